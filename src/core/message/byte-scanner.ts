// Finding the next octet of interest in a large message four octets at a
// time. A 10 MB attachment has a line end every 78 octets and nothing else
// a line-end count or a body canonicalisation looks at; the word test
// skips the rest about twice as fast as a loop over octets.

/** Scans one byte array; the word test ("has an octet less than n") holds for n <= 128. */
export class ByteScanner {
  readonly #bytes: Uint8Array;
  readonly #words: Int32Array;
  /** Index in `bytes` of the first whole, aligned word. */
  readonly #head: number;

  constructor(bytes: Uint8Array) {
    this.#bytes = bytes;
    this.#head = Math.min(bytes.length, (4 - (bytes.byteOffset & 3)) & 3);
    const count = (bytes.length - this.#head) >> 2;
    this.#words = count > 0 ? new Int32Array(bytes.buffer, bytes.byteOffset + this.#head, count) : new Int32Array(0);
  }

  /** The first index in [from, end) whose octet is below `limit`, or `end`. */
  next(from: number, end: number, limit: number): number {
    const bytes = this.#bytes;
    const head = this.#head;
    const firstWord = from <= head ? 0 : (from - head + 3) >> 2;
    const wordsEnd = Math.min(this.#words.length, (end - head) >> 2);
    let at = from;
    for (const stop = Math.min(end, head + firstWord * 4); at < stop; at++) if (bytes[at]! < limit) return at;
    if (firstWord < wordsEnd) {
      const words = this.#words;
      const ones = limit * 0x01010101;
      for (let word = firstWord; word < wordsEnd; word++) {
        const value = words[word]!;
        if (((value - ones) & ~value & 0x80808080) === 0) continue;
        const start = head + word * 4;
        for (let k = start; k < start + 4; k++) if (bytes[k]! < limit) return k;
      }
      at = head + wordsEnd * 4;
    }
    for (; at < end; at++) if (bytes[at]! < limit) return at;
    return end;
  }
}
