// The `tldts` stand-in: no registrable domain for any name, so mailauth's
// getAlignment() compares the domains themselves; the rest of tldts throws.
import { describe, expect, it } from 'vitest';
import tldts, { getDomain } from '../../../src/worker/shims/tldts.ts';

describe('tldts stand-in', () => {
  it('knows no registrable domain, so a caller falls back to the name itself', () => {
    expect(getDomain()).toBeNull();
    for (const name of ['example.com', 'mail.example.co.uk', 'com']) expect(tldts.getDomain() || name).toBe(name);
  });

  it('throws, naming the function, for what mailauth does not use', () => {
    expect(() => tldts.parse()).toThrow(/tldts\.parse is not available/);
    expect(() => tldts.getPublicSuffix()).toThrow(/tldts\.getPublicSuffix/);
  });
});
