// Base64 and base64url (RFC 4648 §4 and §5) for share links and files.
// A link carries base64url without padding (§3.2 allows leaving it out
// when the length is known, and "=" would be percent-encoded by some
// chat tools); a .maillab.json file carries a non-UTF-8 message as plain
// base64 with padding. Decoding is strict: a character outside the
// alphabet is reported with its position, never skipped (§3.3), because a
// link that was changed in transit must say so instead of decoding to
// something else.

export type Base64Alphabet = 'base64' | 'base64url';

const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function valuesOf(alphabet: string): Int16Array {
  const values = new Int16Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) values[alphabet.charCodeAt(i)] = i;
  return values;
}

const VALUES: Record<Base64Alphabet, Int16Array> = { base64: valuesOf(STANDARD), base64url: valuesOf(URL_SAFE) };
const CHARACTERS: Record<Base64Alphabet, string> = { base64: STANDARD, base64url: URL_SAFE };

// Strings are built in slices: one concatenation per character would make
// a 1 MB message cost a million intermediate strings.
const SLICE_BYTES = 3 * 8192;

export function encodeBase64(bytes: Uint8Array, alphabet: Base64Alphabet): string {
  const table = CHARACTERS[alphabet];
  const slices: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE_BYTES) {
    const end = Math.min(bytes.length, start + SLICE_BYTES);
    const out: string[] = [];
    let i = start;
    for (; i + 2 < end; i += 3) {
      const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
      out.push(table[n >> 18]!, table[(n >> 12) & 63]!, table[(n >> 6) & 63]!, table[n & 63]!);
    }
    const rest = end - i;
    if (rest > 0) {
      const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
      out.push(table[n >> 18]!, table[(n >> 12) & 63]!);
      if (rest === 2) out.push(table[(n >> 6) & 63]!);
      if (alphabet === 'base64') out.push(rest === 2 ? '=' : '==');
    }
    slices.push(out.join(''));
  }
  return slices.join('');
}

export type Base64Decoded = { ok: true; bytes: Uint8Array } | { ok: false; position: number; reason: 'character' | 'length' | 'padding' };

/**
 * Decodes strictly. base64 needs its padding to a multiple of 4; base64url
 * must come without it. Unused bits in the last character must be zero
 * (RFC 4648 §3.5), so every byte string has exactly one encoding and a
 * changed last character is noticed.
 */
export function decodeBase64(text: string, alphabet: Base64Alphabet): Base64Decoded {
  let length = text.length;
  if (alphabet === 'base64') {
    if (text.endsWith('==')) length -= 2;
    else if (text.endsWith('=')) length -= 1;
  }
  const values = VALUES[alphabet];
  // A character outside the alphabet is reported before a wrong length:
  // it says where the text was changed.
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || values[code]! < 0) return { ok: false, position: i, reason: code === 0x3d ? 'padding' : 'character' };
  }
  if ((alphabet === 'base64' && text.length % 4 !== 0) || length % 4 === 1) return { ok: false, position: length, reason: 'length' };
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let o = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < length; i++) {
    buffer = ((buffer << 6) | values[text.charCodeAt(i)]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return { ok: false, position: length - 1, reason: 'padding' };
  return { ok: true, bytes: out };
}
