// A worker thread cannot take tsx from the command line of its parent
// (Node's --import does not reach workers started from a vitest fork), so
// each test worker (time-limited calls, the fuzzer's threads) registers it
// here, then loads the TypeScript entry named in its workerData.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
