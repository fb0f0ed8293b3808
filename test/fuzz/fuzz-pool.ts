// The fuzz pool: J worker threads share the inputs of a run (job j takes
// indexes j, j + J, j + 2J, …). Each worker writes the index it runs and
// when it started to shared memory; the pool watches that clock and
// terminates a worker whose input runs past the time limit (an endless loop
// never yields, so only terminate() can stop it), gives the input a second
// chance in a fresh worker (two helpers share these cores: a pause of the
// machine is not a hang), and records it as a failure when it runs over
// again. A worker that exceeds its heap bound dies with an out-of-memory
// error: that input is a failure too. Peak RSS is the process's, which
// holds every thread.

import { Worker } from 'node:worker_threads';
import { SLOT, SLOT_COUNT, type FailureReport, type SeedInfo, type Slowest, type WorkerMessage, type WorkerTask } from './fuzz-protocol.ts';

const BOOT = new URL('../support/worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./fuzz-worker.ts', import.meta.url).href;
// How often the pool looks at the workers' clocks.
const WATCH_MS = 50;
// The inputs a worker that gives a second chance runs first, unjudged, to warm up.
const WARM_UP = 40;

export interface PoolOptions {
  inputs: number;
  seed: number;
  jobs: number;
  /** An input that takes longer fails (issue 10: "0 runs over 2 s"). */
  limitMs: number;
  /** Heap growth in one input (bytes) that counts as a failure. */
  heapBound: number;
  /** The old-generation heap of each worker, in megabytes: the memory bound. */
  workerHeapMb: number;
  /** Called with each failure as it is found, with the input's bytes (a message, or the link as UTF-8). */
  onFailure?: (failure: FailureReport, input: Uint8Array | null) => void;
  onProgress?: (completed: number) => void;
}

export interface PoolResult {
  inputs: number;
  /** Wall time from the first worker ready to the last one done. */
  ms: number;
  inputsPerSecond: number;
  failures: FailureReport[];
  /** Inputs that ran over the limit once and under it the second time. */
  noise: number;
  /** mailauth errors that the pipeline caught (auth-engine-failed), by index. */
  engineFailures: { index: number; seed: string; message: string }[];
  slowest: Slowest;
  peakRssBytes: number;
  seeds: SeedInfo | null;
}

interface Job {
  worker: Worker;
  slots: Float64Array;
  /** The index given a second chance after an over-limit run, or null. */
  suspect: number | null;
  done: boolean;
}

export function runPool(options: PoolOptions): Promise<PoolResult> {
  const failures: FailureReport[] = [];
  const engineFailures: PoolResult['engineFailures'] = [];
  let slowest: Slowest = { index: -1, ms: 0, seed: '', mutations: [] };
  let noise = 0;
  let seeds: SeedInfo | null = null;
  let firstReady = 0;
  const baseCompleted = new Map<number, number>();
  const noiseOf = new Map<Worker, number>();

  return new Promise((resolve, reject) => {
    const jobs: Job[] = [];
    const record = (failure: FailureReport, input: Uint8Array | null) => {
      failures.push(failure);
      options.onFailure?.(failure, input);
    };

    const start = (jobNumber: number, from: number, suspect: number | null) => {
      const progress = new SharedArrayBuffer(SLOT_COUNT * Float64Array.BYTES_PER_ELEMENT);
      const task: WorkerTask = { runSeed: options.seed, from, stride: options.jobs, end: options.inputs, progress, slowMs: options.limitMs, heapBound: options.heapBound, warmUp: suspect === null ? 0 : WARM_UP };
      const worker = new Worker(BOOT, { workerData: { entry: ENTRY, task }, resourceLimits: { maxOldGenerationSizeMb: options.workerHeapMb } });
      const job: Job = { worker, slots: new Float64Array(progress), suspect, done: false };
      jobs[jobNumber] = job;
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'ready') {
          seeds ??= message.seeds;
          if (firstReady === 0) firstReady = performance.now();
        } else if (message.type === 'failure') record(message.failure, message.input);
        else if (message.type === 'engine') engineFailures.push({ index: message.index, seed: message.seed, message: message.message });
        else if (message.type === 'progress') {
          if (message.slowest.ms > slowest.ms) slowest = message.slowest;
          noiseOf.set(worker, message.noise);
        } else if (message.type === 'done') {
          job.done = true;
          finishIfDone();
        }
      });
      worker.on('error', (error: Error & { code?: string }) => {
        // Out of memory, or a crash the worker could not catch: the input it was running is the culprit.
        const index = job.slots[SLOT.index]!;
        if (job.slots[SLOT.startedAt] === 0 && job.slots[SLOT.completed] === 0 && error.code !== 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(error);
          return;
        }
        // The input that died counts as run: it is one of the failures.
        baseCompleted.set(jobNumber, (baseCompleted.get(jobNumber) ?? 0) + 1);
        record({ index, reason: error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'heap' : 'crash', kind: 'message', seed: '', mutations: [], ms: 0, heapGrowth: 0, detail: error.stack ?? error.message }, null);
        restart(jobNumber, job, index + options.jobs, null);
      });
    };

    const restart = (jobNumber: number, job: Job, from: number, suspect: number | null) => {
      noise += noiseOf.get(job.worker) ?? 0;
      noiseOf.delete(job.worker);
      baseCompleted.set(jobNumber, (baseCompleted.get(jobNumber) ?? 0) + job.slots[SLOT.completed]!);
      job.done = true;
      job.worker.removeAllListeners();
      void job.worker.terminate();
      if (from < options.inputs) start(jobNumber, from, suspect);
      else finishIfDone();
    };

    const completed = () => jobs.reduce((sum, job, n) => sum + job.slots[SLOT.completed]! + (baseCompleted.get(n) ?? 0), 0);

    const watch = setInterval(() => {
      jobs.forEach((job, jobNumber) => {
        const startedAt = job.slots[SLOT.startedAt]!;
        if (job.done || startedAt === 0 || Date.now() - startedAt <= options.limitMs) return;
        const index = job.slots[SLOT.index]!;
        if (job.suspect === index) {
          noise--;
          baseCompleted.set(jobNumber, (baseCompleted.get(jobNumber) ?? 0) + 1);
          record({ index, reason: 'hang', kind: 'message', seed: '', mutations: [], ms: Date.now() - startedAt, heapGrowth: 0, detail: `terminated after ${options.limitMs} ms, twice` }, null);
          restart(jobNumber, job, index + options.jobs, null);
        } else {
          // Counted as noise until the second run is over the limit too.
          noise++;
          restart(jobNumber, job, index, index);
        }
      });
      options.onProgress?.(completed());
    }, WATCH_MS);

    const finishIfDone = () => {
      if (!jobs.every((job) => job.done) || jobs.length < options.jobs) return;
      clearInterval(watch);
      const ms = performance.now() - firstReady;
      const inputs = completed();
      for (const job of jobs) {
        noise += noiseOf.get(job.worker) ?? 0;
        void job.worker.terminate();
      }
      resolve({
        inputs,
        ms,
        inputsPerSecond: inputs / (ms / 1000),
        failures,
        noise,
        engineFailures,
        slowest,
        peakRssBytes: process.resourceUsage().maxRSS * 1024,
        seeds,
      });
    };

    for (let jobNumber = 0; jobNumber < options.jobs; jobNumber++) start(jobNumber, jobNumber, null);
  });
}
