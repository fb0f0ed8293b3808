// npm run fuzz -- [--inputs N] [--seed S] [--jobs J] [--limit-ms MS] [--out DIR]
//
// Runs N fuzz inputs (default 10^6) over J worker threads (default: the
// machine's cores) and prints inputs/s, throws, inputs over the limit,
// heap failures and peak RSS. Each failing input is written as a fixture
// case folder under DIR (default: a folder in the system's temp directory):
// move it to test/fuzz/cases/ to keep it as a regression case. Exit code 1
// when any input failed.

import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFailureCase } from './failure-case.ts';
import { makeInput } from './fuzz-input.ts';
import { runPool } from './fuzz-pool.ts';
import type { FailureReport } from './fuzz-protocol.ts';
import { loadSeeds, type Seeds } from './seeds.ts';

const { values } = parseArgs({
  options: {
    inputs: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string', default: String(availableParallelism()) },
    'limit-ms': { type: 'string', default: '2000' },
    out: { type: 'string' },
  },
});
const inputs = Number(values.inputs);
const seed = Number(values.seed);
const jobs = Number(values.jobs);
const limitMs = Number(values['limit-ms']);
if (![inputs, seed, jobs, limitMs].every(Number.isSafeInteger) || inputs < 1 || jobs < 1 || limitMs < 1) {
  console.error('usage: npm run fuzz -- [--inputs N] [--seed S] [--jobs J] [--limit-ms MS] [--out DIR]');
  process.exit(2);
}
const out = values.out ?? join(tmpdir(), `mail-lab-fuzz-${seed}`);

// The seeds are loaded here only when a failure has to be written: the
// input is made again from its index, byte for byte.
let seeds: Promise<Seeds> | null = null;
const pending: Promise<void>[] = [];
async function keep(failure: FailureReport): Promise<void> {
  seeds ??= loadSeeds();
  const input = await makeInput(await seeds, seed, failure.index);
  const folder = writeFailureCase(out, seed, failure, input);
  console.log(`\n${failure.reason} at input ${failure.index} (${input.seed}; ${input.mutations.join(', ') || 'unchanged'}): ${folder}`);
  if (failure.detail) console.log(failure.detail.split('\n').slice(0, 6).join('\n'));
}

const started = performance.now();
const result = await runPool({
  inputs,
  seed,
  jobs,
  limitMs,
  heapBound: 256 * 1024 * 1024,
  workerHeapMb: 1024,
  onFailure: (failure) => void pending.push(keep(failure)),
  onProgress: (completed) => process.stdout.isTTY && process.stdout.write(`\r${completed} / ${inputs}`),
});
await Promise.all(pending);

const count = (reason: string) => result.failures.filter((f) => f.reason === reason).length;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`
seeds           ${result.seeds ? `${result.seeds.fixtures} fixture messages, ${result.seeds.corpus} corpus messages, ${result.seeds.links} links (${result.seeds.corpusSource})` : 'none'}
inputs          ${result.inputs} in ${(result.ms / 1000).toFixed(1)} s over ${jobs} workers (${((performance.now() - started) / 1000).toFixed(1)} s with start-up)
inputs/s        ${result.inputsPerSecond.toFixed(0)}
throws          ${count('throw')}
over ${limitMs} ms    ${count('slow') + count('hang')} (${count('hang')} terminated); ${result.noise} over once and under on the second run (machine noise)
heap            ${count('heap')} over the bound; ${count('crash')} worker crashes
slowest         ${result.slowest.ms.toFixed(0)} ms at input ${result.slowest.index} (${result.slowest.seed}; ${result.slowest.mutations.join(', ') || 'unchanged'})
peak RSS        ${mb(result.peakRssBytes)}
engine errors   ${result.engineFailures.length} (mailauth threw, the pipeline reported auth-engine-failed)
failures        ${result.failures.length === 0 ? 'none' : `written to ${out}`}`);
process.exit(result.failures.length === 0 ? 0 : 1);
