// Link format v3 carries a message's quoted-printable and base64 body
// parts (RFC 2045 §6.7, §6.8) as their decoded octets, and writes them
// back exactly on opening. Encoded, an HTML part that retells the text
// part shares no long run with it (soft line breaks every 76 characters,
// "=3D" for every "=", "=C3=A4" for "ä"); decoded, the compressor sees the
// same words twice. On the bench's 100 KB message that is 2,000 of its
// 15,800 coded bytes.
//
// A part is taken only when encoding its octets again, with the line
// length and the choices read off the part, gives back the original byte
// for byte; any other part (lower-case hex, a line break where no encoder
// would put it) stays as it was. The transform is checked, not trusted.
//
// The stream: segments, each a tag byte, its LEB128 numbers and octets:
//   0 <length> <bytes>                        bytes as they were
//   1 <width> <flags> <length> <octets>       quoted-printable
//   2 <width> <flags> <length> <octets>       base64, lines of `width`
// flags: 1 = lines end in CRLF (else LF); for quoted-printable also
// 2 = a tab is written as itself (else "=09"), 4 = a CRLF of the octets is
// a line break of the text (else "=0D=0A").

import { bytesToView, viewToBytes } from './byte-view.ts';
import { decodeBase64, encodeBase64 } from './rfc4648-base64.ts';

const LITERAL = 0;
const QUOTED_PRINTABLE = 1;
const BASE64 = 2;
const CRLF_LINES = 1;
const TAB_AS_ITSELF = 2;
const TEXT_LINE_BREAKS = 4;
/** The widest line tried: RFC 2045 allows 76 characters; a part with longer lines is kept as it was. */
const MAX_WIDTH = 998;

// The encoding named in a part's header, unfolded (RFC 5322 §2.2.3 folding is rare here and then the part stays as it was).
const TRANSFER_ENCODING = /^content-transfer-encoding:[ \t]*(quoted-printable|base64)[ \t]*\r?$/gim;

interface Part {
  start: number;
  end: number;
  encoding: typeof QUOTED_PRINTABLE | typeof BASE64;
}

/** The body of each quoted-printable or base64 part: from the blank line after its header to the line before the next boundary ("--"). */
function findParts(view: string): Part[] {
  const parts: Part[] = [];
  let after = 0;
  for (const match of view.matchAll(TRANSFER_ENCODING)) {
    if (match.index < after) continue;
    const blank = /\r?\n\r?\n/g;
    blank.lastIndex = match.index;
    const found = blank.exec(view);
    if (!found) break;
    const start = found.index + found[0].length;
    const boundary = view.indexOf('\n--', start);
    let end = boundary < 0 ? view.length : boundary;
    if (view[end - 1] === '\r') end--;
    while (end > start && (view[end - 1] === '\n' || view[end - 1] === '\r')) end--;
    if (end > start) parts.push({ start, end, encoding: match[1]!.toLowerCase() === 'base64' ? BASE64 : QUOTED_PRINTABLE });
    after = Math.max(end, start);
  }
  return parts;
}

function hex(byte: number): string {
  return `=${byte < 16 ? '0' : ''}${byte.toString(16).toUpperCase()}`;
}

/** Octets as quoted-printable: a soft break ("=" and the line end) before a line would pass `width`; trailing white space at a line break is encoded (RFC 2045 §6.7 rule 3). */
function encodeQuotedPrintable(octets: string, width: number, flags: number): string {
  const end = flags & CRLF_LINES ? '\r\n' : '\n';
  const out: string[] = [];
  let line = '';
  const closeLine = () => {
    const last = line.charCodeAt(line.length - 1);
    if (last === 0x20 || last === 0x09) line = line.slice(0, -1) + hex(last);
  };
  for (let i = 0; i < octets.length; i++) {
    if (flags & TEXT_LINE_BREAKS && octets.startsWith(end, i)) {
      closeLine();
      out.push(line, end);
      line = '';
      i += end.length - 1;
      continue;
    }
    const byte = octets.charCodeAt(i);
    const plain = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 || (byte === 9 && flags & TAB_AS_ITSELF);
    const piece = plain ? octets[i]! : hex(byte);
    if (line.length + piece.length > width - 1) {
      out.push(line, '=', end);
      line = '';
    }
    line += piece;
  }
  closeLine();
  out.push(line);
  return out.join('');
}

/** The octets of a quoted-printable text, or null where it has an "=" no encoder writes. */
function decodeQuotedPrintable(text: string, end: string, textLineBreaks: boolean): string | null {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char !== '=') {
      if (!textLineBreaks && (char === '\r' || char === '\n')) return null;
      out.push(char);
      continue;
    }
    if (text.startsWith(end, i + 1)) {
      i += end.length;
      continue;
    }
    const digits = text.slice(i + 1, i + 3);
    if (!/^[0-9A-F]{2}$/.test(digits)) return null;
    out.push(String.fromCharCode(parseInt(digits, 16)));
    i += 2;
  }
  return out.join('');
}

function encodeBase64Lines(octets: string, width: number, flags: number): string {
  const text = encodeBase64(viewToBytes(octets), 'base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width));
  return lines.join(flags & CRLF_LINES ? '\r\n' : '\n');
}

/** The part as [width, flags, octets] when they encode back to exactly it, else null. */
function decodedPart(text: string, encoding: Part['encoding']): [number, number, string] | null {
  const crlf = text.includes('\r\n') ? CRLF_LINES : 0;
  const end = crlf ? '\r\n' : '\n';
  const lines = text.split(end);
  if (encoding === BASE64) {
    const width = lines[0]!.length;
    if (width === 0 || width > MAX_WIDTH) return null;
    const decoded = decodeBase64(lines.join(''), 'base64');
    if (!decoded.ok) return null;
    const octets = bytesToView(decoded.bytes);
    return encodeBase64Lines(octets, width, crlf) === text ? [width, crlf, octets] : null;
  }
  const softWidth = Math.max(0, ...lines.filter((line) => line.endsWith('=')).map((line) => line.length));
  const width = softWidth > 0 ? softWidth : Math.max(76, ...lines.map((line) => line.length + 1));
  if (width > MAX_WIDTH) return null;
  for (const choices of [TEXT_LINE_BREAKS, 0, TEXT_LINE_BREAKS | TAB_AS_ITSELF, TAB_AS_ITSELF]) {
    const flags = crlf | choices;
    const octets = decodeQuotedPrintable(text, end, (flags & TEXT_LINE_BREAKS) !== 0);
    if (octets !== null && encodeQuotedPrintable(octets, width, flags) === text) return [width, flags, octets];
  }
  return null;
}

function leb128(value: number): string {
  let out = '';
  let rest = value;
  while (rest >= 0x80) {
    out += String.fromCharCode((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  return out + String.fromCharCode(rest);
}

/** The message as v3's stream of segments. */
export function encodeMessageParts(message: Uint8Array): Uint8Array {
  const view = bytesToView(message);
  const out: string[] = [];
  let at = 0;
  const literal = (until: number) => {
    if (until > at) out.push(String.fromCharCode(LITERAL), leb128(until - at), view.slice(at, until));
  };
  for (const part of findParts(view)) {
    const decoded = decodedPart(view.slice(part.start, part.end), part.encoding);
    if (!decoded) continue;
    literal(part.start);
    const [width, flags, octets] = decoded;
    out.push(String.fromCharCode(part.encoding), leb128(width), leb128(flags), leb128(octets.length), octets);
    at = part.end;
  }
  literal(view.length);
  return viewToBytes(out.join(''));
}

export type MessagePartsResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' } | { ok: false; reason: 'too-large'; limit: number };

/** The message back from its stream, refused once it would pass `limit` bytes (quoted-printable triples a byte at most). */
export function decodeMessageParts(stream: Uint8Array, limit: number): MessagePartsResult {
  const view = bytesToView(stream);
  let at = 0;
  const number = (): number | null => {
    let value = 0;
    for (let scale = 1, read = 0; read < 5 && at < view.length; scale *= 0x80, read++) {
      const byte = view.charCodeAt(at++);
      value += (byte & 0x7f) * scale;
      if ((byte & 0x80) === 0) return value;
    }
    return null;
  };
  const out: string[] = [];
  let total = 0;
  while (at < view.length) {
    const tag = view.charCodeAt(at++);
    const width = tag === LITERAL ? 0 : number();
    const flags = tag === LITERAL ? 0 : number();
    const length = number();
    if (width === null || flags === null || length === null || length > view.length - at || tag > BASE64) return { ok: false, reason: 'damaged' };
    if (tag !== LITERAL && (width < 4 || width > MAX_WIDTH)) return { ok: false, reason: 'damaged' };
    const octets = view.slice(at, at + length);
    at += length;
    const text = tag === LITERAL ? octets : tag === BASE64 ? encodeBase64Lines(octets, width, flags) : encodeQuotedPrintable(octets, width, flags);
    total += text.length;
    if (total > limit) return { ok: false, reason: 'too-large', limit };
    out.push(text);
  }
  return { ok: true, bytes: viewToBytes(out.join('')) };
}
