// Byte-level mutations, as AFL and libFuzzer make them: bit flips, bytes
// inserted, deleted, duplicated and repeated, two inputs spliced, and the
// bytes parsers trip on put in at random places. Each returns a new array
// and the name it is logged under.

import type { Random } from './random.ts';

// A mutated input stays under this size: the run measures parsers on
// hostile shapes, and the limits of large inputs have their own tests.
export const MAX_FUZZ_BYTES = 1024 * 1024;

const utf8 = (text: string) => Array.from(new TextEncoder().encode(text));

/**
 * Bytes and sequences that end or confuse tokens: NUL, NBSP as Latin-1 and
 * as UTF-8, 0xFF, line ends, the separators of structured fields, every
 * white space that is not SP/HT (\v, \f, U+0085, U+2028, U+3000), ESC (the
 * ISO-2022 shifts), a byte order mark, zero-width characters, C1 controls.
 */
export const INTERESTING: readonly number[][] = [
  [0x00], [0xa0], [0xff], [0x0d], [0x0a], [0x3b], [0x3d], [0x28], [0x29], [0x22], [0x3a], [0x5c], [0x3c], [0x3e], [0x5b], [0x5d],
  [0x2c], [0x40], [0x2e], [0x2d], [0x20], [0x09], [0x0b], [0x0c], [0x1b], [0x7f], [0x80], [0x85], [0x9f], [0xc0], [0xfe],
  [0x0d, 0x0a], [0x0d, 0x0d, 0x0a], [0x0a, 0x20], [0x0d, 0x0a, 0x09], [0x0d, 0x0a, 0x0d, 0x0a],
  utf8('\u00a0'), utf8('\u0085'), utf8('\u2028'), utf8('\u2029'), utf8('\u3000'), utf8('\ufeff'), utf8('\u200b'), utf8('\u200d'), utf8('\u202e'),
  [0xed, 0xa0, 0x80], [0xc3], [0xe2, 0x80], [0x1b, 0x24, 0x42], [0x1b, 0x28, 0x42],
  utf8('=?utf-8?B?'), utf8('?='), utf8('--'), utf8('=\r\n'), utf8('\\'),
];

function insert(bytes: Uint8Array, at: number, piece: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length + piece.length);
  out.set(bytes.subarray(0, at));
  out.set(piece, at);
  out.set(bytes.subarray(at), at + piece.length);
  return out;
}

function remove(bytes: Uint8Array, at: number, count: number): Uint8Array {
  const out = new Uint8Array(bytes.length - count);
  out.set(bytes.subarray(0, at));
  out.set(bytes.subarray(at + count), at);
  return out;
}

/** A short range, mostly a few bytes, sometimes a few hundred. */
function rangeLength(random: Random, available: number): number {
  const wanted = random.chance(0.8) ? random.between(1, 16) : random.between(17, 4096);
  return Math.max(1, Math.min(wanted, available));
}

type ByteMutation = (bytes: Uint8Array, random: Random, other: Uint8Array) => Uint8Array;

const MUTATIONS: Record<string, ByteMutation> = {
  'flip-bit': (bytes, random) => {
    if (bytes.length === 0) return bytes;
    const out = bytes.slice();
    const at = random.below(out.length);
    out[at] = out[at]! ^ (1 << random.below(8));
    return out;
  },
  'set-byte': (bytes, random) => {
    if (bytes.length === 0) return bytes;
    const out = bytes.slice();
    out[random.below(out.length)] = random.chance(0.5) ? random.pick(INTERESTING)[0]! : random.below(256);
    return out;
  },
  'insert-interesting': (bytes, random) => insert(bytes, random.below(bytes.length + 1), random.pick(INTERESTING)),
  'insert-random': (bytes, random) => insert(bytes, random.below(bytes.length + 1), Array.from({ length: random.between(1, 32) }, () => random.below(256))),
  delete: (bytes, random) => {
    if (bytes.length === 0) return bytes;
    const at = random.below(bytes.length);
    return remove(bytes, at, rangeLength(random, bytes.length - at));
  },
  duplicate: (bytes, random) => {
    if (bytes.length === 0) return bytes;
    const from = random.below(bytes.length);
    const piece = bytes.slice(from, from + rangeLength(random, bytes.length - from));
    return insert(bytes, random.below(bytes.length + 1), piece);
  },
  // A long run of one short piece: the shape that makes a quadratic loop show.
  repeat: (bytes, random) => {
    if (bytes.length === 0) return bytes;
    const from = random.below(bytes.length);
    const piece = random.chance(0.5) ? random.pick(INTERESTING) : Array.from(bytes.subarray(from, from + random.between(1, 8)));
    const times = random.chance(0.9) ? random.between(2, 200) : random.between(1000, 60_000);
    const run = new Uint8Array(piece.length * times);
    for (let i = 0; i < times; i++) run.set(piece, i * piece.length);
    return insert(bytes, random.below(bytes.length + 1), run);
  },
  splice: (bytes, random, other) => {
    const head = bytes.subarray(0, random.below(bytes.length + 1));
    const tail = other.subarray(random.below(other.length + 1));
    const out = new Uint8Array(head.length + tail.length);
    out.set(head);
    out.set(tail, head.length);
    return out;
  },
  truncate: (bytes, random) => bytes.slice(0, random.below(bytes.length + 1)),
};

export const BYTE_MUTATIONS = Object.keys(MUTATIONS);

/** One byte mutation; `other` is a second seed for the splice. */
export function mutateBytes(bytes: Uint8Array, random: Random, other: Uint8Array): { bytes: Uint8Array; name: string } {
  const name = random.pick(BYTE_MUTATIONS);
  const out = MUTATIONS[name]!(bytes, random, other);
  return { bytes: out.length > MAX_FUZZ_BYTES ? out.subarray(0, MAX_FUZZ_BYTES) : out, name };
}
