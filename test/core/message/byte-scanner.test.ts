// The word-at-a-time scan finds exactly what a scan octet by octet finds,
// whatever the alignment of the view, the range and the limit.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteScanner } from '../../../src/core/message/byte-scanner.ts';

describe('ByteScanner', () => {
  it('finds the first octet below the limit in any range of any view', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 80 }),
        fc.nat(7),
        fc.nat(90),
        fc.nat(90),
        fc.integer({ min: 1, max: 128 }),
        (backing, offset, a, b, limit) => {
          const bytes = backing.subarray(Math.min(offset, backing.length));
          const end = Math.min(bytes.length, Math.max(a, b));
          const from = Math.min(end, Math.min(a, b));
          const found = [...bytes.subarray(from, end)].findIndex((octet) => octet < limit);
          expect(new ByteScanner(bytes).next(from, end, limit)).toBe(found < 0 ? end : from + found);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
