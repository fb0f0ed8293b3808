// SHA-1, SHA-256 and SHA-512 (FIPS 180-4), synchronous and incremental, for
// the `node:crypto` stand-in: mailauth hashes inside stream callbacks and
// uses the digest at once, which WebCrypto's one-shot Promise cannot serve.
// Plain JavaScript, so the worker needs no WebAssembly (and its CSP no
// 'wasm-unsafe-eval'). SHA-1 and SHA-256 work on 32-bit integers; SHA-512
// on BigInt, since it only hashes Ed25519's R || A || M (a few dozen octets
// for DKIM, which signs a SHA-256 digest) and small code matters more there.

export interface IncrementalHash {
  update(bytes: Uint8Array): void;
  /** The digest; the object must not be used afterwards. */
  digest(): Uint8Array;
}

/**
 * The Merkle–Damgård frame shared by all three (FIPS 180-4 §5.1, §6): input
 * gathered into blocks, each full block compressed, and at the end a 1 bit,
 * zeros, and the message length in bits, big-endian, filling the last block.
 */
abstract class BlockHash implements IncrementalHash {
  readonly #pending: Uint8Array;
  #filled = 0;
  // Octets so far; a Number is exact up to 2^53, far past any input here.
  #length = 0;

  constructor(
    private readonly blockSize: number,
    private readonly lengthFieldSize: number,
  ) {
    this.#pending = new Uint8Array(blockSize);
  }

  protected abstract compress(block: Uint8Array, offset: number): void;
  protected abstract output(): Uint8Array;

  update(bytes: Uint8Array): void {
    const { blockSize } = this;
    this.#length += bytes.length;
    let offset = 0;
    if (this.#filled > 0) {
      const taken = Math.min(blockSize - this.#filled, bytes.length);
      this.#pending.set(bytes.subarray(0, taken), this.#filled);
      this.#filled += taken;
      offset = taken;
      if (this.#filled < blockSize) return;
      this.compress(this.#pending, 0);
      this.#filled = 0;
    }
    // Whole blocks straight from the input, without a copy.
    for (; offset + blockSize <= bytes.length; offset += blockSize) this.compress(bytes, offset);
    this.#pending.set(bytes.subarray(offset), 0);
    this.#filled = bytes.length - offset;
  }

  digest(): Uint8Array {
    const { blockSize, lengthFieldSize } = this;
    const pending = this.#pending;
    pending[this.#filled] = 0x80;
    pending.fill(0, this.#filled + 1);
    // §5.1.1/§5.1.2: no room for the length after the 1 bit: one more block.
    if (this.#filled + 1 > blockSize - lengthFieldSize) {
      this.compress(pending, 0);
      pending.fill(0);
    }
    // The bit length, big-endian, in the last octets (its upper part is zero).
    const bits = this.#length * 8;
    const view = new DataView(pending.buffer, pending.byteOffset, blockSize);
    view.setUint32(blockSize - 8, Math.floor(bits / 2 ** 32));
    view.setUint32(blockSize - 4, bits >>> 0);
    this.compress(pending, 0);
    return this.output();
  }
}

function wordsToBytes(words: Int32Array): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const view = new DataView(out.buffer);
  words.forEach((word, i) => view.setInt32(4 * i, word));
  return out;
}

const readWord = (bytes: Uint8Array, at: number): number =>
  (bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!;

const rotl32 = (x: number, n: number): number => (x << n) | (x >>> (32 - n));

/** SHA-1 (FIPS 180-4 §6.1): kept for rsa-sha1 signatures, which DKIM still meets. */
export class Sha1 extends BlockHash {
  readonly #state = Int32Array.of(0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0); // §5.3.1
  readonly #schedule = new Int32Array(80);

  constructor() {
    super(64, 8);
  }

  protected compress(block: Uint8Array, offset: number): void {
    const w = this.#schedule;
    for (let t = 0; t < 16; t++) w[t] = readWord(block, offset + 4 * t);
    for (let t = 16; t < 80; t++) w[t] = rotl32(w[t - 3]! ^ w[t - 8]! ^ w[t - 14]! ^ w[t - 16]!, 1);
    const h = this.#state;
    let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!;
    for (let t = 0; t < 80; t++) {
      // §4.1.1 and §4.2.1: the function and constant of each 20-round stage.
      let fk: number;
      if (t < 20) fk = ((b & c) ^ (~b & d)) + 0x5a827999;
      else if (t < 40) fk = (b ^ c ^ d) + 0x6ed9eba1;
      else if (t < 60) fk = ((b & c) ^ (b & d) ^ (c & d)) + 0x8f1bbcdc;
      else fk = (b ^ c ^ d) + 0xca62c1d6;
      const temp = (rotl32(a, 5) + fk + e + w[t]!) | 0;
      e = d;
      d = c;
      c = rotl32(b, 30);
      b = a;
      a = temp;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
  }

  protected output(): Uint8Array {
    return wordsToBytes(this.#state);
  }
}

// §4.2.2 / §4.2.3 and §5.3.3 / §5.3.5: the SHA-2 constants are the leading
// bits of the fractional parts of the cube roots (round constants) and
// square roots (initial values) of the first primes. Derived once, here,
// instead of written out: 88 numbers that cannot hold a typo.
function firstPrimes(count: number): bigint[] {
  const primes: bigint[] = [];
  for (let n = 2n; primes.length < count; n++) if (primes.every((p) => n % p !== 0n)) primes.push(n);
  return primes;
}

/** ⌊n^(1/k)⌋ by Newton's method on integers, from above. */
function integerRoot(n: bigint, k: bigint): bigint {
  let x = 1n << (BigInt(n.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * x + n / x ** (k - 1n)) / k;
    if (next >= x) return x;
    x = next;
  }
}

/** The first 64 bits of the fractional part of p^(1/k). */
const fractionBits = (p: bigint, k: bigint): bigint => BigInt.asUintN(64, integerRoot(p << (64n * k), k));

interface Sha2Constants {
  rounds512: bigint[];
  initial512: bigint[];
  rounds256: Int32Array;
  initial256: Int32Array;
}
let sha2Constants: Sha2Constants | undefined;

// SHA-256's constants are the upper halves of SHA-512's (same primes, same
// roots, 32 bits instead of 64).
function constants(): Sha2Constants {
  if (sha2Constants) return sha2Constants;
  const primes = firstPrimes(80);
  const rounds512 = primes.map((p) => fractionBits(p, 3n));
  const initial512 = primes.slice(0, 8).map((p) => fractionBits(p, 2n));
  const upperHalves = (values: bigint[]) => Int32Array.from(values, (value) => Number(BigInt.asIntN(32, value >> 32n)));
  sha2Constants = { rounds512, initial512, rounds256: upperHalves(rounds512.slice(0, 64)), initial256: upperHalves(initial512) };
  return sha2Constants;
}

const rotr32 = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** SHA-256 (FIPS 180-4 §6.2): the DKIM and ARC hash. */
export class Sha256 extends BlockHash {
  readonly #state: Int32Array;
  readonly #rounds: Int32Array;
  readonly #schedule = new Int32Array(64);

  constructor() {
    super(64, 8);
    const { initial256, rounds256 } = constants();
    this.#state = initial256.slice();
    this.#rounds = rounds256;
  }

  protected compress(block: Uint8Array, offset: number): void {
    const w = this.#schedule;
    const k = this.#rounds;
    for (let t = 0; t < 16; t++) w[t] = readWord(block, offset + 4 * t);
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const sigma0 = rotr32(x, 7) ^ rotr32(x, 18) ^ (x >>> 3); // (4.6)
      const sigma1 = rotr32(y, 17) ^ rotr32(y, 19) ^ (y >>> 10); // (4.7)
      w[t] = (sigma1 + w[t - 7]! + sigma0 + w[t - 16]!) | 0;
    }
    const h = this.#state;
    let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!, f = h[5]!, g = h[6]!, hh = h[7]!;
    for (let t = 0; t < 64; t++) {
      const bigSigma1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25); // (4.5)
      const choose = (e & f) ^ (~e & g); // (4.2)
      const t1 = (hh + bigSigma1 + choose + k[t]! + w[t]!) | 0;
      const bigSigma0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22); // (4.4)
      const majority = (a & b) ^ (a & c) ^ (b & c); // (4.3)
      const t2 = (bigSigma0 + majority) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] = (h[0]! + a) | 0;
    h[1] = (h[1]! + b) | 0;
    h[2] = (h[2]! + c) | 0;
    h[3] = (h[3]! + d) | 0;
    h[4] = (h[4]! + e) | 0;
    h[5] = (h[5]! + f) | 0;
    h[6] = (h[6]! + g) | 0;
    h[7] = (h[7]! + hh) | 0;
  }

  protected output(): Uint8Array {
    return wordsToBytes(this.#state);
  }
}

const MASK64 = (1n << 64n) - 1n;
const rotr64 = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & MASK64;

/** SHA-512 (FIPS 180-4 §6.4): Ed25519's hash (RFC 8032 §5.1). */
export class Sha512 extends BlockHash {
  readonly #state: bigint[];
  readonly #rounds: bigint[];
  readonly #schedule: bigint[] = new Array<bigint>(80).fill(0n);

  constructor() {
    // §5.1.2: a 128-bit length field; its upper 64 bits stay zero here.
    super(128, 16);
    const { initial512, rounds512 } = constants();
    this.#state = initial512.slice();
    this.#rounds = rounds512;
  }

  protected compress(block: Uint8Array, offset: number): void {
    const w = this.#schedule;
    const k = this.#rounds;
    for (let t = 0; t < 16; t++) {
      w[t] = (BigInt(readWord(block, offset + 8 * t) >>> 0) << 32n) | BigInt(readWord(block, offset + 8 * t + 4) >>> 0);
    }
    for (let t = 16; t < 80; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const sigma0 = rotr64(x, 1n) ^ rotr64(x, 8n) ^ (x >> 7n); // (4.12)
      const sigma1 = rotr64(y, 19n) ^ rotr64(y, 61n) ^ (y >> 6n); // (4.13)
      w[t] = (sigma1 + w[t - 7]! + sigma0 + w[t - 16]!) & MASK64;
    }
    const h = this.#state;
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let t = 0; t < 80; t++) {
      const bigSigma1 = rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n); // (4.11)
      const choose = (e & f) ^ (~e & g & MASK64); // (4.8)
      const t1 = (hh + bigSigma1 + choose + k[t]! + w[t]!) & MASK64;
      const bigSigma0 = rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n); // (4.10)
      const majority = (a & b) ^ (a & c) ^ (b & c); // (4.9)
      const t2 = (bigSigma0 + majority) & MASK64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK64;
    }
    [a, b, c, d, e, f, g, hh].forEach((value, i) => (h[i] = (h[i]! + value) & MASK64));
  }

  protected output(): Uint8Array {
    const out = new Uint8Array(64);
    const view = new DataView(out.buffer);
    this.#state.forEach((word, i) => view.setBigUint64(8 * i, word));
    return out;
  }
}

export type ShaAlgorithm = 'sha1' | 'sha256' | 'sha512';

export function createSha(algorithm: ShaAlgorithm): IncrementalHash {
  if (algorithm === 'sha1') return new Sha1();
  return algorithm === 'sha256' ? new Sha256() : new Sha512();
}
