// The `punycode.js` stand-in against punycode.js itself (mailauth's own
// copy): toASCII() over arbitrary strings of all of Unicode, lone
// surrogates, labels joined by every separator punycode.js reads as a dot,
// e-mail addresses, and labels long enough to overflow (RFC 3492 §6.4).
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as standIn from '../../../src/worker/shims/punycode.ts';

// punycode.js is mailauth's dependency, not ours: load the copy mailauth loads.
const requireFromMailauth = createRequire(createRequire(import.meta.url).resolve('mailauth'));
const punycode = requireFromMailauth('punycode.js') as typeof standIn;

const tally = { encoded: 0, overflowed: 0 };

function outcome(run: () => string): unknown {
  try {
    return { value: run() };
  } catch (error) {
    return { threw: (error as Error).constructor.name, message: (error as Error).message };
  }
}

function expectSame(text: string): void {
  const theirs = outcome(() => punycode.toASCII(text));
  expect(outcome(() => standIn.toASCII(text)), JSON.stringify(text)).toEqual(theirs);
  if ('threw' in (theirs as object)) tally.overflowed += 1;
  else if ((theirs as { value: string }).value.includes('xn--')) tally.encoded += 1;
}

const SEPARATORS = ['.', '\u3002', '\uFF0E', '\uFF61', '@'];
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 8 }) },
);
const joined = fc.array(fc.tuple(piece, fc.constantFrom(...SEPARATORS)), { maxLength: 6 }).map((parts) => parts.flat().join(''));

describe('punycode.js stand-in', () => {
  it('answers toASCII() as punycode.js does over arbitrary strings of all of Unicode', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), expectSame), { numRuns: 3000 });
  });

  it('answers as punycode.js does for labels joined by its separators and for e-mail addresses', () => {
    fc.assert(fc.property(joined, expectSame), { numRuns: 3000 });
    for (const text of ['bücher.example', 'BÜCHER.Example', 'a@b@c.ü', 'ü@ü.ü', 'ü\u3002ü\uFF0Eü\uFF61ü', '\uD800', '\uDC00\uD800', '\uD83D\uDE00.x', '\x7F', '', '@', '..ü..']) expectSame(text);
    expect(tally.encoded).toBeGreaterThan(1000);
  });

  it('overflows where punycode.js does, with its RangeError, and not before', () => {
    // delta grows by (code point − 128) × (handled + 1): with n basic code
    // points before U+10FFFF it passes 2^31 − 1 at n = 1927.
    const label = (basic: number, high: string) => `${'a'.repeat(basic)}${high}`;
    // Mostly near the top of Unicode (where the overflow comes first), surrogates included.
    const codePoint = fc.oneof(fc.integer({ min: 0xe0000, max: 0x10ffff }), fc.integer({ min: 0x80, max: 0xffff }));
    const highCodePoints = fc.array(codePoint, { minLength: 1, maxLength: 3 }).map((points) => String.fromCodePoint(...points));
    for (const basic of [1926, 1927, 1928, 1929, 5000]) for (const high of ['\u{10FFFF}', '\uDBFF', 'ü\u{10FFFF}']) expectSame(label(basic, high));
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 3000 }), highCodePoints, (basic, high) => expectSame(label(basic, high))),
      { numRuns: 300 },
    );
    expect(outcome(() => standIn.toASCII(label(1927, '\u{10FFFF}')))).toEqual({ threw: 'RangeError', message: 'Overflow: input needs wider integers to process' });
    expect(tally.overflowed).toBeGreaterThan(100);
  });

  it('encodes labels far longer than a domain label without running out of stack', () => {
    expectSame('ü'.repeat(200_000));
  });
});
