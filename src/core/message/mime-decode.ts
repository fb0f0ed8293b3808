// Undoing a part's Content-Transfer-Encoding (RFC 2045 §6.7 quoted-printable,
// §6.8 base64); charset.ts turns the bytes into text. Decoding is lenient,
// as mail readers are: bad base64 characters are skipped and a broken `=XY`
// stays as written, because a bounce is read for what it says.

const BASE64_VALUES = (() => {
  const table = new Int16Array(256).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  // RFC 4648 §5 base64url characters, which some gateways write by mistake.
  table[0x2d] = 62;
  table[0x5f] = 63;
  return table;
})();

export function decodeBase64(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let o = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]!;
    if (byte === 0x3d) break; // "=" padding ends the data (RFC 2045 §6.8)
    const value = BASE64_VALUES[byte]!;
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

function hexValue(byte: number): number {
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const out = new Uint8Array(input.length);
  let o = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i]!;
    if (byte !== 0x3d) {
      out[o++] = byte;
      continue;
    }
    // "=" CRLF (or "=" LF) is a soft line break: the line goes on (RFC 2045 §6.7 rule 5).
    if (input[i + 1] === 0x0d && input[i + 2] === 0x0a) {
      i += 2;
      continue;
    }
    if (input[i + 1] === 0x0a) {
      i += 1;
      continue;
    }
    const high = hexValue(input[i + 1] ?? -1);
    const low = hexValue(input[i + 2] ?? -1);
    if (high >= 0 && low >= 0) {
      out[o++] = (high << 4) | low;
      i += 2;
    } else {
      out[o++] = byte;
    }
  }
  return out.subarray(0, o);
}

/** The body bytes with the transfer encoding removed; 7bit, 8bit, binary and unknown encodings pass through. */
export function decodeTransferEncoding(body: Uint8Array, encoding: string): Uint8Array {
  const name = encoding.trim().toLowerCase();
  if (name === 'base64') return decodeBase64(body);
  if (name === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}
