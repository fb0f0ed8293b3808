// The arithmetic coder alone: any bits under any probabilities decode back,
// and a bit predicted well costs far less than one bit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArithmeticDecoder, ArithmeticEncoder } from '../../../src/core/share/binary-arithmetic-coder.ts';

describe('binary arithmetic coder', () => {
  it('decodes any bits coded under any probabilities, the extremes included', () => {
    const probability = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1e-12, 0.5, 1 - 1e-12, 1));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), probability), { maxLength: 3000 }), (steps) => {
        const encoder = new ArithmeticEncoder();
        for (const [bit, p] of steps) encoder.encode(bit ? 1 : 0, p);
        const decoder = new ArithmeticDecoder(encoder.finish(), 0);
        expect(steps.map(([, p]) => decoder.decode(p))).toEqual(steps.map(([bit]) => (bit ? 1 : 0)));
      }),
      { numRuns: 300 },
    );
  });

  it('spends about −log2(p) bits a step: 10,000 likely bits take under 30 bytes', () => {
    const encoder = new ArithmeticEncoder();
    for (let i = 0; i < 10_000; i++) encoder.encode(1, 0.99);
    expect(encoder.finish().length).toBeLessThan(30);
  });
});
