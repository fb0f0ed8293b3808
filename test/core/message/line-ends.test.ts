// Line ends counted as the tokens CRLF, CR CR LF, a lone CR and a lone LF,
// read left to right, for any octets (the count skips ahead word by word).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLineEnds } from '../../../src/core/message/line-ends.ts';

const lineEndTokens = (bytes: Uint8Array) => [...String.fromCharCode(...bytes).matchAll(/\r\n|\r\r\n|\r|\n/g)].map((match) => match[0]);

describe('countLineEnds', () => {
  it('counts each line-end token of any octets once', () => {
    const octet = fc.oneof(fc.constantFrom(0x0d, 0x0a, 0x09, 0x20), fc.integer({ min: 0, max: 255 }));
    fc.assert(
      fc.property(fc.array(octet, { maxLength: 120 }), fc.nat(3), (values, offset) => {
        const bytes = new Uint8Array([...new Array<number>(offset).fill(0x41), ...values]).subarray(offset);
        const tokens = lineEndTokens(bytes);
        const doubledCr = tokens.filter((token) => token === '\r\r\n').length;
        expect(countLineEnds(bytes)).toEqual({
          crlf: tokens.filter((token) => token === '\r\n').length + doubledCr,
          lf: tokens.filter((token) => token === '\n').length,
          cr: tokens.filter((token) => token === '\r').length,
          doubledCr,
        });
      }),
      { numRuns: 3000 },
    );
  });
});
