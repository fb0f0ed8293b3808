// Redaction works on a "byte view" of text: one character per byte (code
// points 0-255). Mail is bytes in many charsets, and a byte view finds an
// ASCII value (an address, an IP, a host name) in all of them alike and
// turns back into exactly the same bytes. Unicode text (DNS records,
// verdict reasons) enters the view as its UTF-8 bytes.
//
// The view is exact ISO-8859-1 (../message/charset.ts decodeLatin1), not
// TextDecoder('latin1'): the Encoding Standard maps that label to
// windows-1252, which moves 0x80-0x9F to other code points.

import { decodeLatin1, decodeUtf8, encodeLatin1 } from '../message/charset.ts';

export const bytesToView = decodeLatin1;
export const viewToBytes = encodeLatin1;

const utf8 = new TextEncoder();

export function textToView(text: string): string {
  // ASCII is its own view; most values and records are ASCII.
  return /^[\x00-\x7f]*$/.test(text) ? text : bytesToView(utf8.encode(text));
}

export function viewToText(view: string): string {
  return /^[\x00-\x7f]*$/.test(view) ? view : decodeUtf8(viewToBytes(view));
}

/**
 * The spellings a Unicode value can have in a byte view: its UTF-8 bytes,
 * and its Latin-1 bytes where it has them (a body in ISO-8859-1).
 */
export function viewSpellings(text: string): string[] {
  const spellings = new Set([textToView(text)]);
  if (/^[\x00-\xff]*$/.test(text)) spellings.add(text);
  return [...spellings];
}

/** The Unicode text of a byte view that holds UTF-8, or null when it does not. */
export function utf8OfView(view: string): string | null {
  try {
    return decodeUtf8(viewToBytes(view), { fatal: true });
  } catch {
    return null;
  }
}
