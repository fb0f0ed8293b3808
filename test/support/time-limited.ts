// A call that may never return, made in a worker thread that is
// terminated when it runs over its time or memory limit. A test of an input
// that once hung a parser must fail, not hang the whole run: an endless
// loop in the test's own thread would block the runner's timeout too.

import { Worker } from 'node:worker_threads';

const BOOT = new URL('./worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./time-limited-entry.ts', import.meta.url).href;

export type TimeLimited<T> =
  | { outcome: 'returned'; value: T; ms: number }
  | { outcome: 'threw'; error: string }
  | { outcome: 'over-time'; ms: number }
  | { outcome: 'over-memory'; error: string };

export interface TimeLimitedCall {
  /** The module (a file: URL) and the exported function to call with `args`; its result must survive structured cloning. */
  module: URL;
  exportName: string;
  args: unknown[];
  limitMs: number;
  /** The worker's heap bound; the hang of issue 10 climbed to 4.7 GB. */
  heapMb?: number;
}

/** Runs the call; the clock starts when the worker has loaded the module, so tsx's start-up is not counted. */
export function callWithTimeLimit<T>(call: TimeLimitedCall): Promise<TimeLimited<T>> {
  return new Promise((resolve) => {
    const worker = new Worker(BOOT, {
      workerData: { entry: ENTRY, module: call.module.href, exportName: call.exportName, args: call.args },
      resourceLimits: { maxOldGenerationSizeMb: call.heapMb ?? 256 },
    });
    let timer: NodeJS.Timeout | undefined;
    let startedAt = 0;
    let settled = false;
    const settle = (result: TimeLimited<T>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    worker.on('message', (message: { type: 'started' } | { type: 'returned'; value: T } | { type: 'threw'; error: string }) => {
      if (message.type === 'started') {
        startedAt = performance.now();
        timer = setTimeout(() => settle({ outcome: 'over-time', ms: performance.now() - startedAt }), call.limitMs);
      } else if (message.type === 'returned') settle({ outcome: 'returned', value: message.value, ms: performance.now() - startedAt });
      else settle({ outcome: 'threw', error: message.error });
    });
    worker.on('error', (error: Error & { code?: string }) =>
      settle(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { outcome: 'over-memory', error: error.message } : { outcome: 'threw', error: error.stack ?? error.message }),
    );
    worker.on('exit', (code) => settle({ outcome: 'threw', error: `worker exited with code ${code}` }));
  });
}
