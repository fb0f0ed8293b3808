// What the fuzz pool and its worker threads tell each other.

export interface WorkerTask {
  runSeed: number;
  /** The first index, the step between indexes, and the end (exclusive). */
  from: number;
  stride: number;
  end: number;
  /** Float64 slots shared with the pool (SLOT). */
  progress: SharedArrayBuffer;
  slowMs: number;
  heapBound: number;
  /** Inputs run first without being judged, so that an input given a second chance meets a warm JIT as it did the first time. */
  warmUp: number;
}

/** The shared slots: the index being run, when it started (ms since the epoch; 0 between inputs), and how many are done. */
export const SLOT = { index: 0, startedAt: 1, completed: 2 } as const;
export const SLOT_COUNT = 3;

export type FailureReason = 'throw' | 'slow' | 'heap' | 'hang' | 'crash';

export interface FailureReport {
  index: number;
  reason: FailureReason;
  kind: 'message' | 'link';
  seed: string;
  mutations: string[];
  ms: number;
  heapGrowth: number;
  /** The stack of what was thrown, or what the pool saw. */
  detail: string;
}

export interface SeedInfo {
  fixtures: number;
  corpus: number;
  links: number;
  corpusSource: string;
}

export interface Slowest {
  index: number;
  ms: number;
  seed: string;
  mutations: string[];
}

export type WorkerMessage =
  | { type: 'ready'; seeds: SeedInfo }
  | { type: 'failure'; failure: FailureReport; input: Uint8Array }
  | { type: 'engine'; index: number; seed: string; message: string }
  | { type: 'progress'; slowest: Slowest; noise: number }
  | { type: 'done' };
