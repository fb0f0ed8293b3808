// The bounded fuzz run of CI: every seed unchanged (fixtures, corpus
// messages, share links), then mutants, with a fixed run seed so that a
// failure here is made again by `npm run fuzz -- --inputs 3000 --seed 10`.
// The full run is `npm run fuzz` (10^6 inputs).

import { describe, expect, it } from 'vitest';
import { runPool } from './fuzz-pool.ts';

describe('fuzzer, bounded run', () => {
  it('3,000 inputs through analyze and the share readers: no throw, none over 2 s, none over the memory bound', async () => {
    const result = await runPool({ inputs: 3000, seed: 10, jobs: 2, limitMs: 2000, heapBound: 256 * 1024 * 1024, workerHeapMb: 1024 });
    expect(result.seeds!.fixtures).toBeGreaterThan(100);
    expect(result.inputs).toBe(3000);
    expect(result.failures.map((f) => `${f.reason} at ${f.index} (${f.seed}; ${f.mutations.join(', ')}): ${f.detail.split('\n')[0]}`)).toEqual([]);
  }, 180_000);
});
