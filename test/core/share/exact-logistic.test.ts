// The logistic function and its inverse from the four operations agree
// with Math.exp and Math.log to the last bits they share.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logistic, logit } from '../../../src/core/share/exact-logistic.ts';

describe('exact logistic', () => {
  it('matches 1 / (1 + e^−x) and ln(p / (1 − p)) within 1e-14', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), (x) => {
        expect(Math.abs(logistic(x) - 1 / (1 + Math.exp(-x)))).toBeLessThan(1e-14);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (p) => {
        expect(Math.abs(logit(p) - Math.log(p / (1 - p)))).toBeLessThan(1e-12);
      }),
    );
  });

  it('is its own inverse', () => {
    fc.assert(fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (x) => {
        expect(logit(logistic(x))).toBeCloseTo(x, 6);
      }),
    );
  });
});
