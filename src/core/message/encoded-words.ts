// RFC 2047 encoded words in header values: `=?charset?B?...?=` (base64) and
// `=?charset?Q?...?=` (quoted-printable with "_" for space). White space
// between two adjacent encoded words is dropped (RFC 2047 §6.2), so a
// subject split across words reads as one.

import { decodeBase64, decodeCharset } from './mime-decode.ts';

// RFC 2047 §2 limits an encoded word to 75 characters; mailers write longer
// ones, so allow up to 2000 but no more, which keeps a crafted value from
// turning one match into a scan of the whole header.
const ENCODED_WORD = /=\?([^?\s]{1,64})\?([BbQq])\?([^?\s]{0,2000})\?=/g;
const BETWEEN_WORDS = /^[ \t\r\n]+$/;

function decodeQ(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '_') bytes.push(0x20);
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return new Uint8Array(bytes);
}

function decodeWord(charset: string, encoding: string, text: string): string {
  // RFC 2231 §5 lets a language follow the charset: "utf-8*en".
  const label = charset.split('*')[0]!;
  const bytes = encoding.toUpperCase() === 'B' ? decodeBase64(new TextEncoder().encode(text)) : decodeQ(text);
  return decodeCharset(bytes, label);
}

/** The header value with its encoded words decoded; other text is left as it is. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  let out = '';
  let last = 0;
  let previousWasWord = false;
  for (const match of value.matchAll(ENCODED_WORD)) {
    const between = value.slice(last, match.index);
    if (!(previousWasWord && BETWEEN_WORDS.test(between))) out += between;
    out += decodeWord(match[1]!, match[2]!, match[3]!);
    last = match.index + match[0].length;
    previousWasWord = true;
  }
  return out + value.slice(last);
}
