// Redaction works on a "byte view" of text: one character per byte (code
// points 0-255). Mail is bytes in many charsets, and a byte view finds an
// ASCII value (an address, an IP, a host name) in all of them alike and
// turns back into exactly the same bytes. Unicode text (DNS records,
// verdict reasons) enters the view as its UTF-8 bytes.
//
// TextDecoder('latin1') is no use here: the Encoding Standard maps that
// label to windows-1252, which moves 0x80-0x9F to other code points.

// String.fromCharCode takes its arguments on the stack: slices keep a 50 MB
// message from overflowing it.
const SLICE = 8192;

export function bytesToView(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += SLICE) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + SLICE)));
  }
  return parts.join('');
}

export function viewToBytes(view: string): Uint8Array {
  const out = new Uint8Array(view.length);
  for (let i = 0; i < view.length; i++) out[i] = view.charCodeAt(i) & 0xff;
  return out;
}

const utf8 = new TextEncoder();
const lenientUtf8 = new TextDecoder('utf-8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function textToView(text: string): string {
  // ASCII is its own view; most values and records are ASCII.
  return /^[\x00-\x7f]*$/.test(text) ? text : bytesToView(utf8.encode(text));
}

export function viewToText(view: string): string {
  return /^[\x00-\x7f]*$/.test(view) ? view : lenientUtf8.decode(viewToBytes(view));
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
    return strictUtf8.decode(viewToBytes(view));
  } catch {
    return null;
  }
}
