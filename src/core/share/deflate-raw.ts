// Raw DEFLATE (RFC 1951) through the platform's Compression Streams, which
// Node and browsers both have: no library, and the same bytes everywhere.
// Raw, not zlib (RFC 1950) or gzip (RFC 1952): their headers and checksums
// would add 6 or 18 bytes to every link, and the JSON inside is checked
// field by field anyway.

export type InflateResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'damaged'; detail: string }
  | { ok: false; reason: 'too-large'; limit: number };

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/**
 * The parts of a (De)CompressionStream used here, written out so the DOM's
 * typing (whose writable side takes any BufferSource) and core's own
 * platform.d.ts both fit.
 */
interface ByteTransform {
  readable: { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(reason?: unknown): Promise<void> } };
  writable: { getWriter(): { write(chunk: Uint8Array<ArrayBuffer>): Promise<void>; close(): Promise<void>; abort(reason?: unknown): Promise<void> } };
}

/**
 * Feeds `input` through a transform and reads everything it gives back,
 * stopping early once more than `limit` bytes came out. Writing and reading
 * run together: a stream's writer waits until its output is read.
 */
async function pump(
  transform: ByteTransform,
  input: Uint8Array,
  limit: number,
): Promise<{ chunks: Uint8Array[]; total: number; overLimit: boolean }> {
  const writer = transform.writable.getWriter();
  // The streams take bytes over an ArrayBuffer only (not a SharedArrayBuffer view).
  const chunk = input.buffer instanceof ArrayBuffer ? (input as Uint8Array<ArrayBuffer>) : new Uint8Array(input);
  // The writer's promises reject too when the data is damaged; the reader
  // reports that, so these rejections are expected and only observed here.
  const written = writer.write(chunk).then(() => writer.close());
  written.catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.length;
    if (total > limit) {
      await reader.cancel('over the size limit').catch(() => undefined);
      await writer.abort('over the size limit').catch(() => undefined);
      return { chunks, total, overLimit: true };
    }
    chunks.push(value);
  }
  await written;
  return { chunks, total, overLimit: false };
}

export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const { chunks, total } = await pump(new CompressionStream('deflate-raw'), bytes, Number.POSITIVE_INFINITY);
  return concat(chunks, total);
}

/**
 * Inflates at most `limit` bytes. Deflate reaches about 1,000:1 on
 * repeated input, so a link of a few kilobytes can unpack to gigabytes
 * (a deflate bomb); the output is counted as it comes and the stream is
 * cancelled past the limit, so no more than `limit` bytes are ever held.
 */
export async function inflateRaw(bytes: Uint8Array, limit: number): Promise<InflateResult> {
  try {
    const { chunks, total, overLimit } = await pump(new DecompressionStream('deflate-raw'), bytes, limit);
    if (overLimit) return { ok: false, reason: 'too-large', limit };
    return { ok: true, bytes: concat(chunks, total) };
  } catch (error) {
    // Node says "unexpected end of file" for a cut-off stream and "invalid
    // ..." for changed bytes; browsers give a bare TypeError. Either way it
    // is damaged input, not a bug.
    return { ok: false, reason: 'damaged', detail: error instanceof Error ? error.message : String(error) };
  }
}
