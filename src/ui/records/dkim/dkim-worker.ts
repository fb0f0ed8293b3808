// The DKIM bench's calls on the records worker. comlink types a nested
// object of the exposed API as a promise of it, yet calls through it work
// by path (`remote.dkim.read(…)`); the API's functions already return
// promises, so their own type is what the page gets.

import type { createDkimApi } from '../../../worker/records/dkim-api.ts';
import { recordsWorker } from '../../../worker/records-client.ts';

export type DkimCalls = ReturnType<typeof createDkimApi>;

export function dkimWorker(): DkimCalls {
  return recordsWorker().dkim as unknown as DkimCalls;
}
