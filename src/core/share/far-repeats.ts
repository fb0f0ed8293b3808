// A pass before DEFLATE for share links (format v2): a repeat of at least
// MIN_REPEAT bytes, however far back its first occurrence lies, becomes a
// reference. DEFLATE (RFC 1951 §2.5.1) looks back 32 KB only, and the
// browser's CompressionStream offers nothing with a longer reach; a message
// whose HTML part retells its text part 40 KB further on is the common case
// this catches (issue 18: a 1 MB message's link 349,264 → about 240,000
// characters). Whatever DEFLATE would find itself is left to it.
//
// The coded form is the input's bytes, except:
//   0xFF 0x00                       a 0xFF of the input
//   0xFF <length> <distance>        copy `length` bytes from `distance` back
// with `length` written as length − MIN_REPEAT + 1 (so never 0) and both as
// unsigned LEB128. UTF-8 never has a 0xFF, so a share's JSON needs no escape.

export const MIN_REPEAT = 20;

/**
 * The largest input searched for repeats. The search costs up to
 * CANDIDATES × MIN_REPEAT byte comparisons and six bytes of tables per input
 * byte (4 MiB: about 4 s in the worker), while a link past 32,000
 * characters already comes with a note to send the file instead, and a
 * 4 MiB message makes a link of a million characters or more. A larger
 * input is only escaped: its link, where one is offered, is DEFLATE's alone.
 */
export const MAX_SEARCHED_BYTES = 4 * 1024 * 1024;

const MARK = 0xff;
/** How far back DEFLATE itself looks (RFC 1951 §2.5.1): a repeat within it is left to DEFLATE, which codes it in fewer bits. */
const DEFLATE_WINDOW = 32 * 1024;
/** Bytes hashed to find a candidate; a repeat shorter than MIN_REPEAT is not taken, so HASHED ≤ MIN_REPEAT. */
const HASHED = 16;
/** Earlier places with the same hash tried per position: more finds longer repeats, and costs time. */
const CANDIDATES = 8;
/** A repeat this long is taken without trying the other candidates (zlib's nice_length does the same). */
const GOOD_ENOUGH = 256;
const TABLE_BITS = 20;
/** The longest LEB128 number read back: five groups of seven bits hold any length the limit allows. */
const MAX_NUMBER_BYTES = 5;
const BASE = 0x01000193;
/** BASE to the power HASHED − 1, modulo 2^32: what the byte leaving the window weighed. */
const LEAVING_WEIGHT = Array.from({ length: HASHED - 1 }).reduce<number>((power) => Math.imul(power, BASE), 1);

/**
 * A polynomial hash of the HASHED bytes at each position, rolled forward one
 * byte at a time (positions are asked for in increasing order), so finding
 * candidates costs the same for any HASHED.
 */
function rollingHash(bytes: Uint8Array): (at: number) => number {
  let position = 0;
  let value = 0;
  for (let i = 0; i < HASHED && i < bytes.length; i++) value = (Math.imul(value, BASE) + bytes[i]!) | 0;
  return (at) => {
    for (; position < at; position++) {
      value = (Math.imul((value - Math.imul(bytes[position]!, LEAVING_WEIGHT)) | 0, BASE) + (bytes[position + HASHED] ?? 0)) | 0;
    }
    // Fibonacci hashing spreads the low-entropy sums of text over the table.
    return Math.imul(value, 0x9e3779b1) >>> (32 - TABLE_BITS);
  };
}

function escapeOnly(bytes: Uint8Array, marks: number): Uint8Array {
  if (marks === 0) return bytes;
  const out = new Uint8Array(bytes.length + marks);
  let length = 0;
  for (const byte of bytes) {
    out[length++] = byte;
    if (byte === MARK) out[length++] = 0;
  }
  return out;
}

/** The input with far repeats replaced by references. */
export function encodeFarRepeats(bytes: Uint8Array): Uint8Array {
  const marks = bytes.reduce((count, byte) => count + (byte === MARK ? 1 : 0), 0);
  if (bytes.length > MAX_SEARCHED_BYTES || bytes.length < MIN_REPEAT) return escapeOnly(bytes, marks);
  // Most recent place of each hash, and for each place the one before it with the same hash.
  const newest = new Int32Array(1 << TABLE_BITS).fill(-1);
  const older = new Int32Array(bytes.length).fill(-1);
  const hashAt = rollingHash(bytes);
  // A reference (at most 11 bytes) is never longer than the MIN_REPEAT or more bytes it stands for.
  const out = new Uint8Array(bytes.length + marks);
  let length = 0;
  const writeNumber = (value: number) => {
    while (value >= 0x80) {
      out[length++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 0x80);
    }
    out[length++] = value;
  };
  let indexed = 0;
  let at = 0;
  while (at < bytes.length) {
    for (; indexed < at && indexed + HASHED <= bytes.length; indexed++) {
      const hash = hashAt(indexed);
      older[indexed] = newest[hash]!;
      newest[hash] = indexed;
    }
    let best = 0;
    let bestFrom = -1;
    if (at + MIN_REPEAT <= bytes.length) {
      let from = newest[hashAt(at)]!;
      for (let tried = 0; tried < CANDIDATES && from >= 0; tried++, from = older[from]!) {
        if (at - from <= DEFLATE_WINDOW) continue;
        let same = 0;
        while (at + same < bytes.length && bytes[from + same] === bytes[at + same]) same++;
        if (same > best) {
          best = same;
          bestFrom = from;
          if (best >= GOOD_ENOUGH) break;
        }
      }
    }
    if (best >= MIN_REPEAT) {
      out[length++] = MARK;
      writeNumber(best - MIN_REPEAT + 1);
      writeNumber(at - bestFrom);
      at += best;
      continue;
    }
    const byte = bytes[at++]!;
    out[length++] = byte;
    if (byte === MARK) out[length++] = 0;
  }
  return out.slice(0, length);
}

export type FarRepeatsResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'damaged' | 'too-large' };

/**
 * The input back. A link is made by anyone: a reference past the start, a
 * cut-off number or an output over `limit` (a 20-byte reference can ask for
 * gigabytes, as a deflate bomb does) ends the reading with a reason, and no
 * more than `limit` bytes are ever held.
 */
export function decodeFarRepeats(coded: Uint8Array, limit: number): FarRepeatsResult {
  let out = new Uint8Array(Math.min(limit, Math.max(1024, coded.length * 2)));
  let length = 0;
  const room = (needed: number): boolean => {
    if (length + needed > limit) return false;
    if (length + needed > out.length) {
      const grown = new Uint8Array(Math.min(limit, Math.max(length + needed, out.length * 2)));
      grown.set(out.subarray(0, length));
      out = grown;
    }
    return true;
  };
  let at = 0;
  const readNumber = (): number | null => {
    let value = 0;
    for (let i = 0; i < MAX_NUMBER_BYTES && at < coded.length; i++) {
      const byte = coded[at++]!;
      value += (byte & 0x7f) * 0x80 ** i;
      if (byte < 0x80) return value;
    }
    return null;
  };
  while (at < coded.length) {
    // The bytes up to the next mark are the input's own: copied as one run.
    const mark = coded.indexOf(MARK, at);
    const runEnd = mark < 0 ? coded.length : mark;
    if (runEnd > at) {
      if (!room(runEnd - at)) return { ok: false, reason: 'too-large' };
      out.set(coded.subarray(at, runEnd), length);
      length += runEnd - at;
      at = runEnd;
      continue;
    }
    at++;
    if (coded[at] === 0) {
      at++;
      if (!room(1)) return { ok: false, reason: 'too-large' };
      out[length++] = MARK;
      continue;
    }
    const lengthCode = readNumber();
    const distance = readNumber();
    if (lengthCode === null || distance === null || lengthCode === 0 || distance === 0 || distance > length) return { ok: false, reason: 'damaged' };
    const count = lengthCode + MIN_REPEAT - 1;
    if (!room(count)) return { ok: false, reason: 'too-large' };
    // Byte by byte: a repeat may overlap what it writes (distance < count), as in LZ77.
    for (let i = 0; i < count; i++, length++) out[length] = out[length - distance]!;
  }
  return { ok: true, bytes: out.slice(0, length) };
}
