// The `node:os` stand-in: the MTA name mailauth falls back to.
import { describe, expect, it } from 'vitest';
import osDefault, * as os from '../../../src/worker/shims/os.ts';

describe('os', () => {
  it('names the host "mail-lab" and answers the rest without throwing', () => {
    expect(os.hostname()).toBe('mail-lab');
    expect(osDefault.hostname()).toBe('mail-lab');
    expect(os.EOL).toBe('\n');
    for (const [name, value] of Object.entries(osDefault)) {
      if (typeof value === 'function') expect(() => (value as () => unknown)(), name).not.toThrow();
    }
  });
});
