// Stand-in for `libmime` (with libqp, libbase64, its charset tables and
// the iconv-lite and encoding-japanese it loads, about 8 kB gzip in the
// worker). On the verification path mailauth calls two functions:
//
//   foldLines(str, lineLength?, afterSpace?)   tools.js, spf/index.js: folds
//                                              the header lines it formats
//   parseHeaderValue(str)                      dkim-verifier.js: the
//                                              Content-Type line, of which the
//                                              body hashers read `.value`
//                                              (multipart/…) and
//                                              `.params.boundary`
//
// Both answer as libmime 5.4 does; test/worker/shims/libmime.test.ts
// compares them with libmime over all of Unicode. The one difference:
// charsets other than UTF-8 (RFC 2231 `key*=charset'lang'…` values and
// encoded words in continued parameters) are decoded by the runtime's
// TextDecoder (WHATWG Encoding), where libmime uses iconv-lite — see
// decodeCharset(). Any other export is missing, so a new call in a later
// mailauth fails the worker tests at once.
import { Buffer } from 'node:buffer';

export interface ParsedHeaderValue {
  value: string | false;
  params: Record<string, string>;
}

// The white space libmime skips between tokens (not Unicode's other spaces).
const TOKEN_SPACE = new Set([' ', '\t', '\r', '\n', '\f', '\v']);

// libmime's test for names it decodes as UTF-8 itself (US-ASCII is not
// among them: its label table sends it to windows-1252, as WHATWG does).
const DECODED_AS_UTF8 = /^(us-)?ascii|utf-8|7bit$/i;

// WHATWG decoders iconv-lite has no counterpart for, so libmime falls back
// to UTF-8: "replacement" (ISO-2022-KR, HZ and others, one U+FFFD for any
// input), "x-user-defined" and "x-mac-cyrillic".
const UNKNOWN_TO_ICONV = new Set(['replacement', 'x-user-defined', 'x-mac-cyrillic']);
// A windows-125x or -874 byte with no character: WHATWG gives its C1 code point,
// iconv-lite U+FFFD. No byte of theirs maps to C1 in iconv-lite.
const C1_CONTROLS = /[\x80-\x9f]/g;

/**
 * Bytes in a MIME charset, as libmime decodes them: UTF-8 by name, else the
 * charset's decoder, and UTF-8 again for a charset nobody knows (libmime's
 * fallback when iconv-lite throws). Here the decoder is TextDecoder, whose
 * labels are the WHATWG table libmime also normalizes names by; the
 * windows-125x gaps are mapped as iconv-lite maps them. Left different from
 * iconv-lite: KOI8-U 0xAE and 0xBE, Macintosh 0xBD, 0xDB and 0xF0,
 * windows-1253 0xAA where the runtime has U+00AA for it (Node 22's ICU),
 * invalid or incomplete multi-byte input (UTF-16, CJK charsets), the
 * charsets iconv-lite knows and WHATWG does not (UTF-7, UTF-32, cp437, …:
 * UTF-8 here), and names only libmime's rewriting knows ("win-1250",
 * "latin-2": UTF-8 here). mailauth reads only the boundary, which a message
 * puts in such a charset only to be odd, and only for the informational
 * `mimeStructureStart`; no verdict reads it.
 */
function decodeCharset(bytes: Uint8Array, charset: string): string {
  const name = charset.toLowerCase().trim() || 'utf-8';
  if (!DECODED_AS_UTF8.test(charsetKey(name))) {
    try {
      const decoder = new TextDecoder(name);
      const { encoding } = decoder;
      const text = UNKNOWN_TO_ICONV.has(encoding) || encoding === 'utf-8' ? null : decoder.decode(bytes);
      // TextDecoder drops a UTF-8 byte order mark; libmime's Buffer keeps it (below).
      if (text !== null) return encoding.startsWith('windows-') ? text.replace(C1_CONTROLS, '\ufffd') : text;
    } catch {
      // A charset TextDecoder does not know: UTF-8, as libmime falls back to.
    }
  }
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** A name for a charset that two spellings of one charset share (libmime joins encoded words on it). */
function charsetKey(name: string): string {
  const lower = name.toLowerCase().trim();
  try {
    return new TextDecoder(lower).encoding.toUpperCase();
  } catch {
    return lower.toUpperCase();
  }
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  const digit = String.fromCharCode(byte);
  return /[0-9A-Fa-f]/.test(digit) ? parseInt(digit, 16) : -1;
}

/** RFC 2047 §4.2 "Q" text to bytes, leniently: `_` and white space are spaces, `=XX` a byte, any other `=` itself. */
function qBytes(text: string): Uint8Array {
  const source = Buffer.from(text.replace(/=\s+([0-9a-fA-F])/g, '=$1').replace(/[_\s]/g, ' '));
  const bytes: number[] = [];
  for (let index = 0; index < source.length; index += 1) {
    const high = source[index] === 0x3d ? hexValue(source[index + 1]) : -1;
    const low = high >= 0 ? hexValue(source[index + 2]) : -1;
    if (low >= 0) {
      bytes.push(high * 16 + low);
      index += 2;
    } else {
      bytes.push(source[index]!);
    }
  }
  return Uint8Array.from(bytes);
}

/** One RFC 2047 encoded word's text; the charset may carry an RFC 2231 §5 language after `*`, which is dropped. */
function decodeWord(charset: string, encoding: string, text: string): string {
  const star = charset.indexOf('*');
  const name = star >= 0 ? charset.slice(0, star) : charset;
  const kind = encoding.toUpperCase();
  // Each run between `=` signs is decoded as base64 on its own (Buffer's lenient decoder, as libmime).
  const bytes =
    kind === 'Q' ? qBytes(text) : kind === 'B' ? Buffer.concat(text.split('=').filter((run) => run !== '').map((run) => Buffer.from(run, 'base64'))) : Buffer.from(text);
  return decodeCharset(bytes, name);
}

// libmime marks the place where two encoded words of one charset and
// encoding are joined into one before decoding (so a character split
// between them survives) with this text, and then cuts it out again.
const JOIN = '__\x00JOIN\x00__';

function joinAdjacentWords(text: string, encoding: 'B' | 'Q'): string {
  const word = `=\\?([^?]+)\\?[${encoding}${encoding.toLowerCase()}]\\?[^?]*\\?=`;
  const adjacent = new RegExp(`(${word})\\s*(?=${word})`, 'g');
  return text.replace(adjacent, (match: string, left: string, leftCharset: string, rightCharset: string) =>
    charsetKey(leftCharset) === charsetKey(rightCharset) ? left + JOIN : match,
  );
}

/** Encoded words (RFC 2047) in a text, decoded, with libmime's joining of neighbours. */
function decodeWords(text: string): string {
  return joinAdjacentWords(joinAdjacentWords(text, 'B'), 'Q')
    .replace(/(\?=)?__\x00JOIN\x00__(=\?([^?]+)\?[QqBb]\?)?/g, '')
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?[^?]+\?[QqBb]\?[^?]*\?=)/g, '$1')
    .replace(/=\?([\w_\-*]+)\?([QqBb])\?([^?]*)\?=/g, (_match: string, charset: string, encoding: string, encoded: string) => decodeWord(charset, encoding, encoded));
}

/** Sets a key as an own property, `__proto__` included (assigning it would change the prototype). */
function setParam(params: Record<string, string>, key: string, value: string): void {
  Object.defineProperty(params, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Splits `value; key=value; key; …` as libmime does: quotes group (and are
 * dropped), a backslash takes the next character as it is (in values only),
 * white space around a token is dropped and inside it kept, keys are
 * lower-cased, a key without `=` gets '', a later duplicate overwrites.
 */
function splitParameters(text: string): ParsedHeaderValue {
  const result: ParsedHeaderValue = { value: false, params: {} };
  let inKey = false;
  let key: string | false = false;
  let token = '';
  let significant = 0;
  let quoted = false;
  let escaped = false;
  const take = (): string => {
    const taken = token.slice(0, significant);
    token = '';
    significant = 0;
    return taken;
  };
  const finish = (): void => {
    const taken = take();
    if (inKey) {
      if (taken) setParam(result.params, taken.toLowerCase(), '');
    } else if (key === false) {
      result.value = taken;
    } else {
      setParam(result.params, key, taken);
    }
  };
  for (const character of text.split('')) {
    if (inKey) {
      if (character === '=') {
        key = take().toLowerCase();
        inKey = false;
      } else if (character === ';') {
        finish();
      } else if (!TOKEN_SPACE.has(character)) {
        token += character;
        significant = token.length;
      } else if (token) {
        token += character;
      }
      continue;
    }
    if (escaped || (character !== '\\' && character !== '"' && (quoted || (character !== ';' && !TOKEN_SPACE.has(character))))) {
      token += character;
      significant = token.length;
      escaped = false;
    } else if (character === '\\') {
      escaped = true;
    } else if (character === '"') {
      quoted = !quoted;
    } else if (character === ';') {
      finish();
      inKey = true;
    } else if (token) {
      token += character;
    }
  }
  finish();
  return result;
}

interface ContinuedParameter {
  charset: string | false;
  parts: { index: number; text: string }[];
}

// RFC 2231 §3-§4 parameter names: `key*` (charset), `key*N` (section N),
// `key*N*` (section N, percent-encoded). libmime reads the charset only
// from a section 0 that ends in `*`.
const CONTINUATION = /\*((\d+)\*?)?$/;
// `charset'language'text`; the text runs to the end of the line.
const CHARSET_PREFIX = /^([^']*)'[^']*'(.*)$/;

/** Percent-encoded (RFC 2231 §4) text in a charset, through the Q decoder as libmime does it. */
function decodePercentEncoded(text: string, charset: string): string {
  const asQ = text.replace(/[=_\s]/g, (character) => (character === ' ' ? '_' : `%${character.charCodeAt(0).toString(16).padStart(2, '0')}`)).replace(/%/g, '=');
  return decodeWord(charset, 'Q', asQ);
}

/** A structured header value (RFC 2045 §5.1 Content-Type and alike) with RFC 2231 continuations assembled and decoded. */
export function parseHeaderValue(str: string): ParsedHeaderValue {
  const result = splitParameters(str);
  const continued = new Map<string, ContinuedParameter>();
  for (const name of Object.keys(result.params)) {
    const marker = CONTINUATION.exec(name);
    if (!marker) continue;
    let text = result.params[name]!;
    delete result.params[name];
    const base = name.slice(0, marker.index).toLowerCase();
    const index = Number(marker[2]) || 0;
    const parameter = continued.get(base) ?? { charset: false, parts: [] };
    continued.set(base, parameter);
    const prefixed = index === 0 && marker[0].endsWith('*') ? CHARSET_PREFIX.exec(text) : null;
    if (prefixed) {
      // An empty charset is UTF-8 (decodeCharset()).
      parameter.charset = prefixed[1]!;
      text = prefixed[2]!;
    }
    parameter.parts.push({ index, text });
  }
  // An assembled parameter replaces a plain one of the same name (RFC 6266 §4.3: the extended form wins).
  for (const [name, { charset, parts }] of continued) {
    const joined = parts
      .sort((a, b) => a.index - b.index)
      .map((part) => part.text)
      .join('');
    setParam(result.params, name, charset === false ? decodeWords(joined) : decodePercentEncoded(joined, charset));
  }
  return result;
}

// RFC 5322 §2.1.1 recommends lines of at most 78 characters; libmime's default is 76.
const DEFAULT_LINE_LENGTH = 76;

/**
 * Folds a header line at white space so no line is longer than lineLength
 * where a space allows it (a longer word stays whole), as libmime does:
 * the fold goes before the last run of white space in the line (after it
 * with afterSpace), existing line breaks are kept, and folds are CRLF.
 */
export function foldLines(str: unknown, lineLength?: number, afterSpace?: boolean): string {
  const text = String(str || '');
  const length = lineLength || DEFAULT_LINE_LENGTH;
  let folded = '';
  let position = 0;
  while (position < text.length) {
    let line = text.substr(position, length);
    if (line.length < length) return folded + line;
    const throughBreak = /^[^\n\r]*(\r?\n|\r)/.exec(line);
    if (throughBreak) {
      folded += throughBreak[0];
      position += throughBreak[0].length;
      continue;
    }
    const lastSpace = /(\s+)[^\s]*$/.exec(line);
    const cut = lastSpace ? lastSpace[0].length - (afterSpace ? lastSpace[1]!.length : 0) : 0;
    if (lastSpace && cut < line.length) {
      line = line.slice(0, line.length - cut);
    } else {
      const rest = /^[^\s]+(\s*)/.exec(text.slice(position + line.length));
      if (rest) line += rest[0].slice(0, rest[0].length - (afterSpace ? 0 : rest[1]!.length));
    }
    folded += line;
    position += line.length;
    if (position < text.length) folded += '\r\n';
  }
  return folded;
}

export default { foldLines, parseHeaderValue };
