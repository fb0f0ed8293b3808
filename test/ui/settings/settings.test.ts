// The wait per DNS answer the page accepts: a stored or typed value outside
// 1–10 s (or no number at all) cannot make the page wait forever or give up at once.

import { describe, expect, it } from 'vitest';
import { clampTimeoutSeconds } from '../../../src/ui/settings/settings.svelte.ts';

describe('clampTimeoutSeconds', () => {
  it('keeps whole seconds from 1 to 10 and gives the default of 4 for anything that is no number', () => {
    expect([1, 4, 10, 2.4, 2.6].map(clampTimeoutSeconds)).toEqual([1, 4, 10, 2, 3]);
    expect([0, -5, 0.2, 11, 1e9, Infinity].map(clampTimeoutSeconds)).toEqual([1, 1, 1, 10, 10, 4]);
    expect([NaN, '7', null, undefined, {}].map(clampTimeoutSeconds)).toEqual([4, 4, 4, 4, 4]);
  });
});
