// Fuzz inputs that once failed, kept as fixture case folders (written by
// `npm run fuzz`, see failure-case.ts): each must now run through within
// the fuzzer's limit without a throw. They run in a worker with a time
// limit, so one that hangs again fails instead of stopping the run.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCaseFolders } from '../support/fixture-cases.ts';
import { callWithTimeLimit } from '../support/time-limited.ts';
import type { KeptCase } from './failure-case.ts';

const KEPT = new URL('./cases/', import.meta.url).pathname;
const CALLS = new URL('./kept-case-call.ts', import.meta.url);
const folders = existsSync(KEPT) ? listCaseFolders(KEPT) : [];

describe('kept fuzz cases', () => {
  it('there are kept cases', () => expect(folders.length).toBeGreaterThan(0));

  it.each(folders.map((folder) => [folder.split('/').pop()!, folder]))('%s runs through', { timeout: 120_000 }, async (_name, folder) => {
    const kept = JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8')) as KeptCase;
    // A case that waits for another part of the issue runs without the 2 s limit (a minute at most): it must not throw.
    const limitMs = kept.waitsFor === undefined ? 2000 : 60_000;
    const run = await callWithTimeLimit<{ thrown: string | null }>({ module: CALLS, exportName: 'runKeptCase', args: [folder], limitMs, heapMb: 1024 });
    expect(run).toMatchObject({ outcome: 'returned', value: { thrown: null } });
    expect(kept.fuzz.reason).toMatch(/^(throw|slow|hang|heap|crash)$/);
  });
});
