// The worker's entry: install the globals mailauth expects and expose the
// API. Nothing else lives here.

import './shims/globals.ts';
import { expose } from 'comlink';
import { createApi } from './api.ts';

const api = createApi({ fetch: (input, init) => fetch(input, init) });

expose({
  analyze: api.analyze,
  makeShare: api.makeShare,
  openShare: api.openShare,
  markdownReport: api.markdownReport,
  redactedExport: api.redactedExport,
  checkDomain: api.checkDomain,
  verdictsBeforeRedaction: api.verdictsBeforeRedaction,
  liveRecheck: api.liveRecheck,
  compareWhatIf: api.compareWhatIf,
  ping: api.ping,
});
