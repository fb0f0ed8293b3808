// UTF-8 encoding of pasted text without blocking the page: a 50 MB paste
// encoded in one call takes the main thread for well over 50 ms, so large
// text is encoded a slice at a time, yielding between slices.

const SLICE_CHARS = 1 << 20;

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function encodeText(text: string): Promise<ArrayBuffer> {
  if (text.length <= SLICE_CHARS) return new TextEncoder().encode(text).buffer;
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + SLICE_CHARS);
    // Never split a surrogate pair: its halves would each become U+FFFD.
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    const part = encoder.encode(text.slice(start, end));
    parts.push(part);
    total += part.length;
    start = end;
    await yieldToPage();
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out.buffer;
}
