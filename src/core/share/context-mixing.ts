// The bit predictor of link format v3 (issue 18: shorter links): context
// mixing in the manner of PAQ (Mahoney, "Adaptive weighing of context
// models for lossless data compression", 2005). Every bit of the input is
// predicted by several models, each a table of adaptive probabilities
// indexed by a hashed context — the last 1, 2, 3 and 5 bytes, the word
// being written, it and the word before — plus a match model that follows
// the longest earlier occurrence of the recent bytes however far back (an
// HTML part retelling the text part). A logistic mixer weighs the
// predictions by how well each did in the same situation, and two
// secondary estimation stages ("refiners") correct the mix.
//
// The encoder and the decoder run this same model on the same bytes, so
// both sides' tables are always equal; nothing of the model is sent.
// Tables have a fixed size chosen from the declared length (bounded by the
// caller), never from the data.

import { logistic, logit } from './exact-logistic.ts';

// Orders 1–3 and 5: order 4 and 6 as well (7 models) gave the same size, 12,498 bytes for 100 KB, one cache miss a nibble slower.
const ORDERS = [1, 2, 3, 5];
/**
 * Buckets per model: one for every two bytes of input (a byte visits two,
 * one a nibble, but most contexts recur), at most 2^16 of 64 bytes, 4 MB a
 * model and 24 MB for all six. Measured on the bench's 100 KB message: a
 * bucket a byte gave 12,500 bytes, one for two 12,519, one for four 12,562.
 */
const MAX_BUCKET_BITS = 16;
const MIN_BUCKET_BITS = 10;
const EMPTY = 0x8000 << 8;
/** The bytes hashed to find an earlier occurrence for the match model. */
const MATCH_MIN = 16;
const MATCH_TABLE_BITS = 20;
/** Where a lost copy is looked for again, relative to where it would be had nothing changed: the same place (a byte replaced), one or two on (bytes left out: "\r\n" become " "), one back. */
const RECOVERY_SHIFTS = [0, 1, -1, 2, 3];
/** A count's limit: past it a context keeps adapting at a fixed rate, so a message that changes style (header → body) is followed. */
const COUNT_LIMIT = 60;
const MODEL_INPUTS = ORDERS.length + 2;
/** Inputs: one per hashed model, order 0, the match model, and a constant bias. */
const INPUTS = MODEL_INPUTS + 3;
/** Measured on the bench's messages: 0.0025 gave 13,017 bytes for 100 KB, 0.012 12,565, 0.025 12,520. */
const LEARNING_RATE = 0.02;

/** 1 / (n + 1.5): an adaptive counter's step after n updates (the running average of its bits while n is small). */
const RATE = Float64Array.from({ length: COUNT_LIMIT + 1 }, (_, n) => 1 / (n + 1.5));
/** ln(p / (1 − p)) for p of 12 bits. */
const STRETCH = Float64Array.from({ length: 4096 }, (_, p) => logit((p + 0.5) / 4096));

/** 1 / (1 + e^−x) at steps of 1/64 over [−16, 16]: a table is faster than Math.exp per bit. */
const SQUASH = Float64Array.from({ length: 2049 }, (_, i) => logistic((i - 1024) / 64));

function squash(x: number): number {
  const at = (x * 64 + 1024.5) | 0;
  return SQUASH[at < 0 ? 0 : at > 2048 ? 2048 : at]!;
}

function hash2(a: number, b: number): number {
  return Math.imul(Math.imul(a, 0x2c9277b5) ^ Math.imul(b + 0x3c6ef372, 0x9e3779b1), 0x85ebca6b) ^ (a >>> 15);
}

/** A secondary estimation stage: a probability refined by a small context, interpolated between 33 points of the stretched input. */
class Refiner {
  private readonly table: Float32Array;
  private index = 0;
  private weight = 0;

  constructor(contexts: number) {
    this.table = new Float32Array(contexts * 33);
    for (let j = 0; j < 33; j++) this.table[j] = squash((j - 16) / 2);
    // Every context starts as the identity: copy the first row over the rest, doubling.
    for (let filled = 33; filled < this.table.length; filled *= 2) this.table.copyWithin(filled, 0, Math.min(filled, this.table.length - filled));
  }

  /** `stretched`: the probability as ln(p / (1 − p)). */
  refine(stretched: number, context: number): number {
    const position = Math.min(31.999, Math.max(0, (stretched + 8) * 2));
    const low = Math.floor(position);
    this.weight = position - low;
    this.index = context * 33 + low;
    return this.table[this.index]! * (1 - this.weight) + this.table[this.index + 1]! * this.weight;
  }

  update(bit: number): void {
    const rate = 0.02;
    this.table[this.index]! += (bit - this.table[this.index]!) * rate * (1 - this.weight);
    this.table[this.index + 1]! += (bit - this.table[this.index + 1]!) * rate * this.weight;
  }
}

export class ContextMixer {
  private readonly history: Uint8Array;
  private position = 0;
  /** The bits of the current byte so far, after a leading 1. */
  private partial = 1;
  private bitCount = 0;

  private readonly bucketMask: number;
  /** Per model, buckets of 16 counters: one per node of a nibble's binary tree (1–15), and at 0 a check of the context that owns the bucket. A counter is its probability of a 1 (16 bits) over its count (8 bits). */
  private readonly tables: Uint32Array[];
  private readonly contextHashes = new Int32Array(MODEL_INPUTS);
  private readonly buckets = new Int32Array(MODEL_INPUTS);
  private readonly slots = new Int32Array(MODEL_INPUTS);
  private readonly order0 = new Uint16Array(256).fill(32768);

  private readonly matchTable: Int32Array;
  private matchPointer = 0;
  private matchLength = 0;
  private matchBit = -1;
  private readonly matchProbabilities = new Float64Array(64 * 2).fill(0.5);
  private matchSlot = 0;
  private lostPointer = -1;
  private lostAge = 0;

  private readonly inputs = new Float64Array(INPUTS);
  private readonly weights: Float64Array;
  private weightSet = 0;
  private mixed = 0.5;
  // By the byte's bits so far, and by them and the byte before: the
  // order-2 refiner of lpaq was measured too (12,518 → 12,497 bytes
  // without it) and is left out, its table costs a cache miss a bit.
  private readonly refinerByBits = new Refiner(256);
  private readonly refinerByOrder1 = new Refiner(256 * 256);
  private refined1 = 0.5;
  private refined2 = 0.5;

  private word = 0;
  private previousWord = 0;

  /** `length`: the bytes that will be coded, declared before the first (the tables are sized by it). */
  constructor(length: number) {
    this.history = new Uint8Array(Math.max(1, length));
    let bits = MIN_BUCKET_BITS;
    while (bits < MAX_BUCKET_BITS && 2 << bits < length) bits++;
    this.bucketMask = (1 << bits) - 1;
    this.tables = Array.from({ length: MODEL_INPUTS }, () => new Uint32Array(16 << bits));
    this.matchTable = new Int32Array(1 << Math.min(MATCH_TABLE_BITS, bits + 2)).fill(-1);
    this.weights = new Float64Array(256 * 4 * INPUTS).fill(0.3);
    this.startByte();
  }

  /** The probability, in (0, 1), that the next bit is 1. */
  predict(): number {
    const partial = this.partial;
    const inputs = this.inputs;
    if (this.bitCount === 0 || this.bitCount === 4) this.selectBuckets();
    // The node of the nibble's tree: a leading 1, then the nibble's bits so far.
    const nibbleBits = this.bitCount & 3;
    const node = this.bitCount < 4 ? partial : (1 << nibbleBits) | (partial & ((1 << nibbleBits) - 1));
    for (let i = 0; i < MODEL_INPUTS; i++) {
      const slot = this.buckets[i]! + node;
      this.slots[i] = slot;
      const counter = this.tables[i]![slot]!;
      inputs[i] = (counter & 0xff) === 0 ? 0 : STRETCH[counter >>> 12]!;
    }
    inputs[MODEL_INPUTS] = STRETCH[this.order0[partial]! >>> 4]!;
    if (this.matchLength > 0) {
      const expected = this.history[this.matchPointer]! | 256;
      const shift = 8 - this.bitCount;
      if (expected >>> shift === partial) {
        this.matchBit = (expected >>> (shift - 1)) & 1;
        this.matchSlot = Math.min(this.matchLength, 63) * 2 + this.matchBit;
        const p = this.matchProbabilities[this.matchSlot]!;
        inputs[MODEL_INPUTS + 1] = STRETCH[(p * 4096) | 0]!;
      } else {
        this.matchBit = -1;
        inputs[MODEL_INPUTS + 1] = 0;
      }
    } else {
      this.matchBit = -1;
      inputs[MODEL_INPUTS + 1] = 0;
    }
    const lengthBucket = this.matchBit < 0 ? 0 : this.matchLength < 16 ? 1 : this.matchLength < 32 ? 2 : 3;
    this.weightSet = (lengthBucket * 256 + partial) * INPUTS;
    let dot = 0;
    for (let i = 0; i < INPUTS - 1; i++) dot += this.weights[this.weightSet + i]! * inputs[i]!;
    dot += this.weights[this.weightSet + INPUTS - 1]! * 0.25;
    this.mixed = squash(dot);
    const clamped = Math.min(0.9999, Math.max(0.0001, this.mixed));
    const c1 = this.position > 0 ? this.history[this.position - 1]! : 0;
    this.refined1 = this.refinerByBits.refine(dot, partial);
    this.refined2 = this.refinerByOrder1.refine(dot, (c1 << 8) | partial);
    return Math.min(0.9999, Math.max(0.0001, clamped * 0.5 + this.refined1 * 0.25 + this.refined2 * 0.25));
  }

  update(bit: number): void {
    const error = bit - this.mixed;
    const inputs = this.inputs;
    for (let i = 0; i < INPUTS - 1; i++) this.weights[this.weightSet + i]! += LEARNING_RATE * error * inputs[i]!;
    this.weights[this.weightSet + INPUTS - 1]! += LEARNING_RATE * error * 0.25;
    this.refinerByBits.update(bit);
    this.refinerByOrder1.update(bit);
    const target = bit ? 65535 : 0;
    for (let i = 0; i < MODEL_INPUTS; i++) {
      const slot = this.slots[i]!;
      const table = this.tables[i]!;
      const counter = table[slot]!;
      const count = counter & 0xff;
      const probability = counter >>> 8;
      table[slot] = (((probability + (target - probability) * RATE[count]! + 0.5) | 0) << 8) + (count < COUNT_LIMIT ? count + 1 : count);
    }
    this.order0[this.partial] = this.order0[this.partial]! + (target - this.order0[this.partial]!) * 0.02;
    if (this.matchBit >= 0) {
      const p = this.matchProbabilities[this.matchSlot]!;
      this.matchProbabilities[this.matchSlot] = Math.min(0.9995, Math.max(0.0005, p + (bit - p) * 0.02));
      if (this.matchBit !== bit) {
        // Kept to pick the copy up again: a text part's line break where
        // the HTML part has a space is one byte changed, not the end of
        // the copy.
        this.lostPointer = this.matchPointer;
        this.lostAge = 0;
        this.matchLength = 0;
      }
    }
    this.partial = (this.partial << 1) | bit;
    if (++this.bitCount === 8) this.endByte(this.partial & 0xff);
  }

  /**
   * At each nibble: every model's bucket for its context and the bits of
   * the byte so far. A bucket owned by another context (the check differs)
   * is taken over and emptied, so a collision reads as "not seen" rather
   * than as another context's statistics.
   */
  private selectBuckets(): void {
    const high = this.bitCount === 0 ? 0 : this.partial;
    for (let i = 0; i < MODEL_INPUTS; i++) {
      const h = hash2(this.contextHashes[i]!, high);
      const bucket = (h >>> 8 & this.bucketMask) << 4;
      const check = h & 0xff | 0x100;
      const table = this.tables[i]!;
      if (table[bucket] !== check) {
        table[bucket] = check;
        // A loop, not fill(): for 15 elements the call costs more than the stores.
        for (let j = bucket + 1; j < bucket + 16; j++) table[j] = EMPTY;
      }
      this.buckets[i] = bucket;
    }
  }

  private endByte(byte: number): void {
    this.history[this.position++] = byte;
    this.partial = 1;
    this.bitCount = 0;
    this.updateMatch();
    this.updateText(byte);
    this.startByte();
  }

  private updateMatch(): void {
    const at = this.position;
    if (this.matchLength > 0) {
      this.matchPointer++;
      if (this.matchLength < 65535) this.matchLength++;
    }
    if (at < MATCH_MIN) return;
    let h = 0;
    for (let j = 1; j <= MATCH_MIN; j++) h = Math.imul(h ^ this.history[at - j]!, 0x01000193) + j;
    const slot = (Math.imul(h, 0x9e3779b1) >>> 12) & (this.matchTable.length - 1);
    if (this.matchLength === 0 && this.lostPointer >= 0) {
      this.lostPointer++;
      if (++this.lostAge > 16) this.lostPointer = -1;
      else
        for (const shift of RECOVERY_SHIFTS) {
          const candidate = this.lostPointer + shift;
          if (candidate >= 2 && candidate < at && this.history[candidate - 1] === this.history[at - 1] && this.history[candidate - 2] === this.history[at - 2]) {
            this.matchPointer = candidate;
            this.matchLength = 1;
            this.lostPointer = -1;
            break;
          }
        }
    }
    if (this.matchLength === 0) {
      const candidate = this.matchTable[slot]!;
      if (candidate > 0) {
        let length = 0;
        while (length < 32 && candidate - length > 0 && this.history[candidate - length - 1] === this.history[at - length - 1]) length++;
        if (length >= MATCH_MIN) {
          this.matchLength = length;
          this.matchPointer = candidate;
        }
      }
    }
    this.matchTable[slot] = at;
  }

  private updateText(byte: number): void {
    const letter = (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte >= 0x80;
    if (letter) this.word = Math.imul(this.word ^ (byte | 0x20), 0x2f0b4ca3) + 1;
    else if (this.word !== 0) {
      this.previousWord = this.word;
      this.word = 0;
    }
  }

  private startByte(): void {
    const at = this.position;
    const history = this.history;
    let h = 0;
    let order = 0;
    for (let i = 0; i < ORDERS.length; i++) {
      for (; order < ORDERS[i]!; order++) h = Math.imul(h ^ (at > order ? history[at - order - 1]! : 0), 0x01000193) + order + 1;
      this.contextHashes[i] = hash2(h, i);
    }
    this.contextHashes[ORDERS.length] = hash2(this.word, 101);
    this.contextHashes[ORDERS.length + 1] = hash2(hash2(this.word, this.previousWord), 102);
  }
}
