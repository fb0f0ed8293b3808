// One fuzz worker thread: inputs from, from + stride, … up to the end,
// each run in process and judged. Where it stands is written to shared
// memory before and after every input, so the pool can see an input that
// never returns and name it, even when this thread is stuck in a loop.

import { parentPort, workerData } from 'node:worker_threads';
import { makeInput, type FuzzInput } from './fuzz-input.ts';
import { runInput } from './run-input.ts';
import { loadSeeds } from './seeds.ts';
import { SLOT, type WorkerMessage, type WorkerTask } from './fuzz-protocol.ts';

const task = (workerData as { task: WorkerTask }).task;
const slots = new Float64Array(task.progress);
const post = (message: WorkerMessage) => parentPort!.postMessage(message);

function payload(input: FuzzInput): Uint8Array {
  return input.kind === 'message' ? input.bytes.slice() : new TextEncoder().encode(input.link);
}

const seeds = await loadSeeds();
post({ type: 'ready', seeds: { fixtures: seeds.fixtures.length, corpus: seeds.corpus.length, links: seeds.links.length, corpusSource: seeds.corpusSource } });

for (let index = 0; index < task.warmUp; index++) await runInput(await makeInput(seeds, task.runSeed, index));

let lastReport = Date.now();
let slowest = { index: -1, ms: 0, seed: '', mutations: [] as string[] };
let noise = 0;
for (let index = task.from; index < task.end; index += task.stride) {
  const input = await makeInput(seeds, task.runSeed, index);
  slots[SLOT.index] = index;
  slots[SLOT.startedAt] = Date.now();
  let outcome = await runInput(input);
  if (outcome.ms > task.slowMs && outcome.thrown === null) {
    // Once more before it counts: two helpers share these cores, and a
    // pause of the machine is not a slow parser. The pool's clock starts again with it.
    slots[SLOT.startedAt] = Date.now();
    const again = await runInput(input);
    if (again.ms <= task.slowMs) noise++;
    outcome = again;
  }
  slots[SLOT.startedAt] = 0;
  slots[SLOT.completed] = slots[SLOT.completed]! + 1;
  if (outcome.ms > slowest.ms) slowest = { index, ms: outcome.ms, seed: input.seed, mutations: input.mutations };
  const reason = outcome.thrown !== null ? 'throw' : outcome.ms > task.slowMs ? 'slow' : outcome.heapGrowth > task.heapBound ? 'heap' : null;
  if (reason) {
    post({
      type: 'failure',
      failure: { index, reason, kind: input.kind, seed: input.seed, mutations: input.mutations, ms: outcome.ms, heapGrowth: outcome.heapGrowth, detail: outcome.thrown ?? '' },
      input: payload(input),
    });
  }
  if (outcome.engineFailure !== null) post({ type: 'engine', index, seed: input.seed, message: outcome.engineFailure });
  if (Date.now() - lastReport > 1000) {
    post({ type: 'progress', slowest, noise });
    lastReport = Date.now();
  }
}
post({ type: 'progress', slowest, noise });
post({ type: 'done' });
