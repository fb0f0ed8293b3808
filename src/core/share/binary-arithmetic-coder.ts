// A binary arithmetic coder (the carry-less form of PAQ and lpaq): each bit
// narrows a 32-bit interval in proportion to its predicted probability, and
// a byte goes out whenever the interval's leading byte is settled. The
// decoder narrows the same interval with the same predictions and reads off
// which side the coded value lies on. Arithmetic is on doubles: a 32-bit
// range times a 16-bit probability stays below 2^53, so it is exact.

const TOP_BYTE = 0xff000000;

/** A probability of a 1 bit, in (0, 1), as 16 bits never 0 nor 65536: neither bit may become impossible. */
function scaled(probabilityOfOne: number): number {
  return Math.min(65535, Math.max(1, Math.round(probabilityOfOne * 65536)));
}

export class ArithmeticEncoder {
  private low = 0;
  private high = 0xffffffff;
  private readonly out: number[] = [];

  encode(bit: number, probabilityOfOne: number): void {
    const middle = this.low + Math.floor(((this.high - this.low) * scaled(probabilityOfOne)) / 65536);
    if (bit) this.high = middle;
    else this.low = middle + 1;
    while (((this.low ^ this.high) & TOP_BYTE) === 0) {
      this.out.push(this.high >>> 24);
      this.low = (this.low << 8) >>> 0;
      this.high = ((this.high << 8) | 0xff) >>> 0;
    }
  }

  /** The coded bytes: one more byte settles the interval. */
  finish(): Uint8Array {
    this.out.push(this.low >>> 24);
    return Uint8Array.from(this.out);
  }
}

export class ArithmeticDecoder {
  private low = 0;
  private high = 0xffffffff;
  private value = 0;
  private next: number;

  /** Reads `bytes` from `start`; past their end it reads 0xFF bytes (what the encoder’s last byte leaves open), so a cut payload decodes to something (checked later) and never reads out of bounds. */
  constructor(
    private readonly bytes: Uint8Array,
    start: number,
  ) {
    this.next = start;
    for (let i = 0; i < 4; i++) this.value = ((this.value << 8) | this.byte()) >>> 0;
  }

  private byte(): number {
    return this.next < this.bytes.length ? this.bytes[this.next++]! : 0xff;
  }

  decode(probabilityOfOne: number): number {
    const middle = this.low + Math.floor(((this.high - this.low) * scaled(probabilityOfOne)) / 65536);
    const bit = this.value <= middle ? 1 : 0;
    if (bit) this.high = middle;
    else this.low = middle + 1;
    while (((this.low ^ this.high) & TOP_BYTE) === 0) {
      this.low = (this.low << 8) >>> 0;
      this.high = ((this.high << 8) | 0xff) >>> 0;
      this.value = ((this.value << 8) | this.byte()) >>> 0;
    }
    return bit;
  }
}
