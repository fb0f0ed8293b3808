// The page's side of the records worker (src/worker/records-entry.ts). It
// is started on first use: a visitor who never opens the record workbench
// never loads it. Record work is small and asks DNS through resolvers with
// their own timeouts, so unlike the analysis client there is no watchdog.

import { wrap, type Remote } from 'comlink';
import type { RecordsApi } from './records-entry.ts';

let remote: Remote<RecordsApi> | null = null;

export function recordsWorker(): Remote<RecordsApi> {
  remote ??= wrap<RecordsApi>(new Worker(new URL('./records-entry.ts', import.meta.url), { type: 'module', name: 'mail-lab-records' }));
  return remote;
}
