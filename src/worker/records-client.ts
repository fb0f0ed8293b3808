// The page's side of the records worker (src/worker/records-entry.ts). It
// is started on first use: a visitor who never opens the record workbench
// never loads it. Record work is small and asks DNS through resolvers with
// their own timeouts, so unlike the analysis client there is no watchdog.

import { wrap, type Remote } from 'comlink';
import type { RecordsApi } from './records-entry.ts';

/**
 * Each bench's API as comlink calls it: `remote.spf.check(…)` walks the
 * property path in the worker. comlink's own Remote type makes a nested
 * object a Promise, though its proxy calls through it; this says what it does.
 */
export type RecordsRemote = { [Bench in keyof RecordsApi]: Remote<RecordsApi[Bench]> };

let remote: RecordsRemote | null = null;

export function recordsWorker(): RecordsRemote {
  remote ??= wrap<RecordsApi>(new Worker(new URL('./records-entry.ts', import.meta.url), { type: 'module', name: 'mail-lab-records' })) as unknown as RecordsRemote;
  return remote;
}
