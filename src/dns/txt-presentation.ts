// TXT data in the presentation format of RFC 1035 §5.1: one or more quoted
// <character-string>s separated by spaces, with `\"`, `\\` and decimal
// `\DDD` escapes. Cloudflare's JSON API gives TXT data this way
// (`"\"v=spf1 \" \"-all\""`); Google's gives the bare text.

// ignoreBOM: a leading U+FEFF is part of the string, not a marker to drop.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * The character-strings of quoted TXT data, or null when the data is not
 * wholly in the quoted form; empty data has none. `\DDD` is one octet, so escaped UTF-8 octets
 * are collected first and decoded per string.
 */
export function parseQuotedStrings(data: string): string[] | null {
  const strings: string[] = [];
  // Empty data is a TXT record with no strings (an empty rdata).
  let i = skipSpace(data, 0);
  while (i < data.length) {
    if (data[i] !== '"') return null;
    i += 1;
    const octets: number[] = [];
    let closed = false;
    while (i < data.length) {
      const char = data[i];
      if (char === '"') {
        closed = true;
        i += 1;
        break;
      }
      if (char === '\\') {
        const digits = /^\d{3}/.exec(data.slice(i + 1, i + 4));
        if (digits) {
          const value = Number(digits[0]);
          if (value > 255) return null;
          octets.push(value);
          i += 4;
          continue;
        }
        i += 1;
        if (i === data.length) return null;
      }
      const text = String.fromCodePoint(data.codePointAt(i) ?? 0);
      octets.push(...encoder.encode(text));
      i += text.length;
    }
    if (!closed) return null;
    strings.push(utf8.decode(Uint8Array.from(octets)));
    const next = skipSpace(data, i);
    // Two strings need a space between them: `"a""b"` is not the quoted form.
    if (next === i && next < data.length) return null;
    i = next;
  }
  return strings;
}

function skipSpace(data: string, from: number): number {
  let i = from;
  while (i < data.length && (data[i] === ' ' || data[i] === '\t')) i += 1;
  return i;
}
