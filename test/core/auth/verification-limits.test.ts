import { describe, expect, it } from 'vitest';
import { headerWithinLimits, measureHeader, MAX_HEADER_BYTES, MAX_HEADER_LINES } from '../../../src/core/auth/verification-limits.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('measureHeader', () => {
  it('counts the lines and bytes up to the blank line', () => {
    expect(measureHeader(bytes('From: a@example.com\r\nSubject: x\r\n y\r\n\r\nbody\r\n'))).toEqual({ bytes: 39, lines: 3 });
  });

  it('measures a header-only paste to its end, and an empty header as nothing', () => {
    expect(measureHeader(bytes('From: a@example.com\r\nTo: b@example.net\r\n'))).toEqual({ bytes: 40, lines: 2 });
    expect(measureHeader(bytes('\r\nbody\r\n'))).toEqual({ bytes: 2, lines: 0 });
  });

  it('puts the limits just past the counts', () => {
    expect(headerWithinLimits({ bytes: MAX_HEADER_BYTES, lines: MAX_HEADER_LINES })).toBe(true);
    expect(headerWithinLimits({ bytes: MAX_HEADER_BYTES + 1, lines: 1 })).toBe(false);
    expect(headerWithinLimits({ bytes: 100, lines: MAX_HEADER_LINES + 1 })).toBe(false);
  });
});
