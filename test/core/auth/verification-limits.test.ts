import { describe, expect, it } from 'vitest';
import { headerWithinLimits, measureHeader, MAX_HEADER_BYTES, MAX_HEADER_LINES, MAX_HEADER_WHITESPACE_RUN } from '../../../src/core/auth/verification-limits.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('measureHeader', () => {
  it('counts the lines and bytes up to the blank line', () => {
    expect(measureHeader(bytes('From: a@example.com\r\nSubject: x\r\n y\r\n\r\nbody\r\n'))).toEqual({ bytes: 39, lines: 3, whitespaceRun: 4 });
  });

  it('measures a header-only paste to its end, and an empty header as nothing', () => {
    expect(measureHeader(bytes('From: a@example.com\r\nTo: b@example.net\r\n'))).toEqual({ bytes: 40, lines: 2, whitespaceRun: 2 });
    expect(measureHeader(bytes('\r\nbody\r\n'))).toEqual({ bytes: 2, lines: 0, whitespaceRun: 0 });
  });

  it('puts the limits just past the counts', () => {
    expect(headerWithinLimits({ bytes: MAX_HEADER_BYTES, lines: MAX_HEADER_LINES, whitespaceRun: MAX_HEADER_WHITESPACE_RUN })).toBe(true);
    expect(headerWithinLimits({ bytes: MAX_HEADER_BYTES + 1, lines: 1, whitespaceRun: 0 })).toBe(false);
    expect(headerWithinLimits({ bytes: 100, lines: MAX_HEADER_LINES + 1, whitespaceRun: 0 })).toBe(false);
    expect(headerWithinLimits({ bytes: 100, lines: 1, whitespaceRun: MAX_HEADER_WHITESPACE_RUN + 1 })).toBe(false);
  });

  it('measures the longest run of SP, HT, CR and LF, folds included, and only in the header', () => {
    const run = ' \t'.repeat(3000);
    const size = measureHeader(bytes(`DKIM-Signature: v=1;${run}\r\n  d=example.com\r\n\r\n${' '.repeat(9000)}x\r\n`));
    expect(size.whitespaceRun).toBe(6000 + 4); // the fold "\r\n  " continues the run
    expect(headerWithinLimits(size)).toBe(false);
  });
});
