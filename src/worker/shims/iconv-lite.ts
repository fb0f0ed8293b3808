// Stand-in for `iconv-lite`, whose tables are ~300 kB of the bundle. libmime
// only calls decode(buffer, charset), for MIME encoded-words (RFC 2047) and
// parameter values (RFC 2231), and falls back to UTF-8 when it throws.
//
// The browser's TextDecoder decodes every WHATWG Encoding Standard charset,
// ISO-2022-JP and EUC-JP included. Where WHATWG and iconv-lite disagree in
// ways mail shows, this follows iconv-lite, so that the Node CLI (real
// iconv-lite) and the worker decode a header the same way:
// - ISO-8859-1 is ISO-8859-1 (WHATWG treats the label as windows-1252);
// - windows-125x bytes with no character become U+FFFD (WHATWG: C1 controls);
// - windows-1252 is decoded from its own table, since Node 20's TextDecoder
//   decodes it as ISO-8859-1 and the tests run in Node;
// - UTF-7 (RFC 2152), which WHATWG lacks and spam still uses, is decoded here;
// - labels WHATWG maps to its "replacement" or "x-user-defined" decoders are
//   unknown, as in iconv-lite, so libmime falls back as it does in Node.
import { Buffer } from './buffer.ts';
import { nodeError } from './node-error.ts';
import { decodeLatin1, decodeWindows1252 } from '../../core/message/charset.ts';

const LATIN1 = new Set(['latin1', 'binary', 'iso88591', 'l1', 'cp819', 'ibm819', 'isoir100', 'csisolatin1']);
const WINDOWS_1252 = new Set(['windows1252', 'cp1252', 'win1252']);
const UTF7 = new Set(['utf7', 'unicode11utf7']);
const ASCII = new Set(['ascii', 'usascii', 'ascii8bit']);
// WHATWG's euc-kr decoder is Microsoft's code page 949 (a superset).
const ALIASES: Record<string, string> = { cp949: 'euc-kr', windows949: 'euc-kr' };

// The five bytes code page 1252 leaves undefined; iconv-lite gives U+FFFD
// for them where the core's table keeps their C1 code point.
const CP1252_UNDEFINED = /[\u0081\u008d\u008f\u0090\u009d]/g;

// iconv-lite's name matching: case and punctuation do not count, nor does a
// trailing ":1987"-style year.
function canonicalName(charset: string): string {
  return charset.toLowerCase().replace(/:\d{4}$|[^0-9a-z]/g, '');
}

function mapBytes(bytes: Uint8Array, map: (byte: number) => number): string {
  let out = '';
  // fromCharCode in slices: one call per byte would be slow for 10 MB, one
  // call with everything would overflow the argument stack.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), map);
    out += String.fromCharCode(...codes);
  }
  return out;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// RFC 2152: "+" starts modified base64 of UTF-16BE, ended by any character
// outside the base64 alphabet; a "-" ending it is absorbed; "+-" is "+".
// Bits left over at the end of a run are dropped.
function decodeUtf7(bytes: Uint8Array): string {
  const text = mapBytes(bytes, (byte) => byte).replace(/\+([A-Za-z0-9+/]*)-?/g, (run, base64: string) => {
    if (base64 === '') return run === '+-' ? '+' : '';
    let bits = 0;
    let bitCount = 0;
    const units: number[] = [];
    for (const char of base64) {
      bits = ((bits << 6) | BASE64.indexOf(char)) & 0xffffff;
      bitCount += 6;
      if (bitCount >= 16) {
        bitCount -= 16;
        units.push((bits >> bitCount) & 0xffff);
      }
    }
    return String.fromCharCode(...units);
  });
  // iconv-lite drops a byte order mark at the start, as for UTF-8 and UTF-16.
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

function textDecoderFor(charset: string, canonical: string): TextDecoder {
  for (const label of [charset, ALIASES[canonical] ?? canonical]) {
    try {
      const decoder = new TextDecoder(label);
      if (decoder.encoding !== 'x-user-defined') return decoder;
    } catch {
      // RangeError: not a WHATWG label; try the next spelling.
    }
  }
  throw nodeError(`Encoding not recognized: '${charset}' (searched as: '${canonical}')`, 'ERR_ENCODING_NOT_SUPPORTED');
}

export function decode(input: Uint8Array | string, charset: string): string {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'latin1') : input;
  const canonical = canonicalName(String(charset));
  if (LATIN1.has(canonical)) return decodeLatin1(bytes);
  if (WINDOWS_1252.has(canonical)) return decodeWindows1252(bytes).replace(CP1252_UNDEFINED, '\ufffd');
  if (ASCII.has(canonical)) return mapBytes(bytes, (byte) => (byte < 0x80 ? byte : 0xfffd));
  if (UTF7.has(canonical)) return decodeUtf7(bytes);
  const decoded = textDecoderFor(String(charset), canonical).decode(bytes);
  return /^(windows|win|cp)125\d$/.test(canonical) ? decoded.replace(/[\u0080-\u009f]/g, '\ufffd') : decoded;
}

export function encodingExists(charset: string): boolean {
  try {
    decode(new Uint8Array(0), charset);
    return true;
  } catch {
    return false;
  }
}

// Nothing on mailauth's path encodes; Buffer's own encodings are enough.
const BUFFER_ENCODINGS: Record<string, 'utf8' | 'latin1' | 'ascii' | 'utf16le'> = {
  utf8: 'utf8', latin1: 'latin1', binary: 'latin1', iso88591: 'latin1', ascii: 'ascii', usascii: 'ascii',
  utf16le: 'utf16le', ucs2: 'utf16le',
};

export function encode(text: string, charset: string): Buffer {
  const encoding = BUFFER_ENCODINGS[canonicalName(String(charset))];
  if (!encoding) throw nodeError(`Encoding to ${charset} is not available in the browser stand-in`, 'ERR_ENCODING_NOT_SUPPORTED');
  return Buffer.from(String(text), encoding);
}

export default { decode, encode, encodingExists };
