// Runs one kept fuzz case as the fuzzer ran it (run-input.ts), in the
// time-limited worker of fuzz-cases.test.ts.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCase } from '../support/fixture-cases.ts';
import { runInput } from './run-input.ts';

export async function runKeptCase(folder: string): Promise<{ thrown: string | null; ms: number }> {
  const linkPath = join(folder, 'link.txt');
  if (existsSync(linkPath)) {
    const outcome = await runInput({ kind: 'link', index: 0, seed: folder, mutations: [], link: readFileSync(linkPath, 'utf8').trim() });
    return { thrown: outcome.thrown, ms: outcome.ms };
  }
  const fixture = readCase(folder);
  const outcome = await runInput({ kind: 'message', index: 0, seed: folder, mutations: [], bytes: fixture.message, zone: fixture.zone, smtp: fixture.smtp ?? {} });
  return { thrown: outcome.thrown, ms: outcome.ms };
}
