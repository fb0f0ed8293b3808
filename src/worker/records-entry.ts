// The record workbench's own worker (src/ui/records): explaining, checking
// and generating SPF, DKIM and DMARC records runs here, apart from the
// analysis worker, so the page's analysis bundle carries none of it and a
// key pair made in the page never shares a thread with pasted mail.
// Only the comlink boundary: each record kind's API lives in ./records/.

import { expose } from 'comlink';
import { spfApi } from './records/spf-api.ts';
import { dkimApi } from './records/dkim-api.ts';
import { dmarcApi } from './records/dmarc-api.ts';

const api = { spf: spfApi, dkim: dkimApi, dmarc: dmarcApi };

/** What the page may call: `remote.spf.…`, `remote.dkim.…`, `remote.dmarc.…`. */
export type RecordsApi = typeof api;

expose(api);
