// The worker side of time-limited.ts: load the module, say so, make the call.

import { parentPort, workerData } from 'node:worker_threads';

const { module, exportName, args } = workerData as { module: string; exportName: string; args: unknown[] };
const loaded = (await import(module)) as Record<string, (...args: unknown[]) => unknown>;
parentPort!.postMessage({ type: 'started' });
try {
  parentPort!.postMessage({ type: 'returned', value: await loaded[exportName]!(...args) });
} catch (error) {
  parentPort!.postMessage({ type: 'threw', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
