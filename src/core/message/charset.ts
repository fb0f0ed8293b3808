// Text from bytes, the one place in the core that turns bytes into text, so
// Node and browsers decode alike and the Analysis is the same in both.
//
// The WHATWG Encoding Standard (§4.2, "Names and labels") makes "latin1",
// "iso-8859-1", "ascii", "us-ascii" and the other labels below mean
// windows-1252, and browsers decode them so. Node 20's TextDecoder decodes
// the same labels, "windows-1252" included, as ISO-8859-1: bytes 0x80-0x9F
// become C1 controls instead of "€", "„", "‚", "–", "—". Those labels are
// decoded here with our own table; every other label goes to TextDecoder,
// which follows the Encoding Standard in both for the text they encode.
// Known exception, measured with Node 20.20 against Chromium, not fixed
// here (it would take the multi-byte tables): Node's ICU decoders for
// Big5, EUC-KR and Shift_JIS map some bytes outside those tables to
// private-use characters where browsers give U+FFFD, and its Shift_JIS
// swaps the controls 0x1A, 0x1C and 0x7F and refuses 0x80.
//
// Exact ISO-8859-1 (byte n is code point n) is a different job: it keeps
// every byte recoverable from the text, for a header that is not UTF-8
// and for looking at bytes as characters. `decodeLatin1` does that, and
// TextDecoder cannot (it has no label for it).

export interface ByteDecoder {
  decode(bytes: Uint8Array): string;
}

// String.fromCharCode takes its arguments on the stack: decoding in slices
// keeps a 50 MB message from overflowing it.
const SLICE = 8192;

function codesToText(codes: Uint8Array | Uint16Array): string {
  if (codes.length <= SLICE) return String.fromCharCode(...codes);
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += SLICE) parts.push(String.fromCharCode(...codes.subarray(i, i + SLICE)));
  return parts.join('');
}

/** ISO-8859-1 exactly: byte n becomes U+00nn, so `encodeLatin1` gives the same bytes back. */
export function decodeLatin1(bytes: Uint8Array): string {
  return codesToText(bytes);
}

/** The inverse of `decodeLatin1`; code points above U+00FF keep only their low byte. */
export function encodeLatin1(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

// Every label of the Encoding Standard that means windows-1252.
const WINDOWS_1252_LABELS = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591',
  'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);

// Bytes 0x80-0x9F of windows-1252 (the Encoding Standard's index-windows-1252);
// the five bytes it leaves undefined keep their C1 code point, as there.
// All other bytes are their own code point.
const WINDOWS_1252_HIGH = new Uint16Array([
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
]);

/** windows-1252 as the Encoding Standard defines it; no byte is an error. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes);
  for (let i = 0; i < codes.length; i++) {
    const byte = codes[i]!;
    if (byte >= 0x80 && byte <= 0x9f) codes[i] = WINDOWS_1252_HIGH[byte - 0x80]!;
  }
  return codesToText(codes);
}

// x-user-defined (Encoding Standard §14.5) puts bytes 0x80-0xFF at
// U+F780-U+F7FF. Browsers know it and Node does not, so it is decoded here too.
function decodeUserDefined(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes);
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= 0x80) codes[i] = codes[i]! + 0xf700;
  return codesToText(codes);
}

const WINDOWS_1252: ByteDecoder = { decode: decodeWindows1252 };
const USER_DEFINED: ByteDecoder = { decode: decodeUserDefined };

// One decoder per label and mode, made once; at most a few dozen labels
// occur, but a hostile message could name thousands of different ones, so
// the cache stops growing at this size (a miss only costs a new decoder).
const MAX_CACHED_DECODERS = 64;
const decoders = new Map<string, ByteDecoder | null>();

/**
 * A decoder for a charset label (RFC 2045 §5.1 `charset=`, RFC 2047
 * words), or null when the label is unknown. `fatal` makes a byte sequence
 * that is invalid in the charset throw instead of becoming U+FFFD.
 */
export function decoderFor(charset: string, options: { fatal?: boolean } = {}): ByteDecoder | null {
  const label = charset.trim().toLowerCase();
  if (WINDOWS_1252_LABELS.has(label)) return WINDOWS_1252;
  if (label === 'x-user-defined') return USER_DEFINED;
  const fatal = options.fatal === true;
  const key = `${fatal ? 'fatal' : 'lenient'}:${label}`;
  const cached = decoders.get(key);
  if (cached !== undefined) return cached;
  let decoder: ByteDecoder | null;
  try {
    decoder = new TextDecoder(label, { fatal });
  } catch {
    // RangeError: not a label of the Encoding Standard ("unknown-8bit",
    // "x-no-such-charset"), or one it maps to "replacement" (ISO-2022-KR).
    decoder = null;
  }
  // Chromium's ISO-2022-JP decoder keeps its escape state from one decode()
  // to the next (the WHATWG "output" flag), so a reused one puts U+FFFD
  // before the next text, or throws when fatal: it is made fresh each time.
  const stateful = decoder instanceof TextDecoder && decoder.encoding === 'iso-2022-jp';
  if (!stateful && decoders.size < MAX_CACHED_DECODERS) decoders.set(key, decoder);
  return decoder;
}

const utf8Decoders = {
  lenient: new TextDecoder('utf-8'),
  fatal: new TextDecoder('utf-8', { fatal: true }),
  lenientKeepingMark: new TextDecoder('utf-8', { ignoreBOM: true }),
  fatalKeepingMark: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }),
};

/**
 * UTF-8 to text. `fatal`: invalid bytes throw a TypeError instead of
 * becoming U+FFFD. `keepByteOrderMark`: a leading U+FEFF stays in the text,
 * so the text encodes back to exactly the same bytes.
 */
export function decodeUtf8(bytes: Uint8Array, options: { fatal?: boolean; keepByteOrderMark?: boolean } = {}): string {
  const decoder = options.keepByteOrderMark
    ? (options.fatal ? utf8Decoders.fatalKeepingMark : utf8Decoders.lenientKeepingMark)
    : (options.fatal ? utf8Decoders.fatal : utf8Decoders.lenient);
  return decoder.decode(bytes);
}

// Labels mail writes that the Encoding Standard does not know, or that
// mail means otherwise: 8-bit bytes in parts labelled US-ASCII are nearly
// always UTF-8 in practice, so those labels are tried as UTF-8 first.
const MAIL_CHARSET_ALIASES: Record<string, string> = {
  'us-ascii': 'utf-8',
  ascii: 'utf-8',
  'ansi_x3.4-1968': 'utf-8',
  utf8: 'utf-8',
  'x-sjis': 'shift_jis',
  'x-euc-jp': 'euc-jp',
  'iso-2022-jp-2': 'iso-2022-jp',
  'ks_c_5601-1987': 'euc-kr',
  'x-unknown': 'utf-8',
  'unknown-8bit': 'windows-1252',
};

/** ISO-2022-JP announces itself with escape sequences (RFC 1468): ESC $ B, ESC $ @, ESC ( B, ESC ( J. */
function looksLikeIso2022Jp(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 4096);
  for (let i = 0; i + 2 < limit; i++) {
    if (bytes[i] === 0x1b && (bytes[i + 1] === 0x24 || bytes[i + 1] === 0x28) && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40 || bytes[i + 2] === 0x4a)) return true;
  }
  return false;
}

/**
 * The text of a MIME part in its declared charset, read the way mail
 * readers do: US-ASCII as UTF-8, and a label that is unknown, or bytes
 * that are not valid in it, fall back to UTF-8 and then to windows-1252,
 * so no byte is lost.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const label = (charset ?? 'utf-8').trim().toLowerCase();
  // Japanese mail systems send ISO-2022-JP text labelled US-ASCII or not at all:
  // 7-bit bytes with escape sequences that no other charset uses.
  const sniffed = (label === 'us-ascii' || label === 'utf-8' || !charset) && looksLikeIso2022Jp(bytes) ? 'iso-2022-jp' : label;
  const wanted = MAIL_CHARSET_ALIASES[sniffed] ?? sniffed;
  for (const attempt of [wanted, 'utf-8']) {
    const decoder = decoderFor(attempt, { fatal: true });
    if (!decoder) continue;
    try {
      return decoder.decode(bytes);
    } catch {
      // Bytes that are invalid in this charset: try the next reading.
    }
  }
  return decodeWindows1252(bytes);
}
