// The worker's entry: install the globals mailauth expects, start the
// WebAssembly hashers, and expose the API. Nothing else lives here.

import './shims/globals.ts';
import { expose } from 'comlink';
import { prepareCrypto } from './shims/crypto.ts';
import { createApi, type AnalysisProgress, type AnalyzeRequest, type LookupEvent } from './api.ts';

// The WebAssembly hashers compile asynchronously, but mailauth hashes
// synchronously: start them now and let the first analysis wait for them.
const cryptoReady = prepareCrypto();
const api = createApi({ fetch: (input, init) => fetch(input, init) });

expose({
  async analyze(request: AnalyzeRequest, onLookup?: (event: LookupEvent) => void, onProgress?: (progress: AnalysisProgress) => void) {
    await cryptoReady;
    return api.analyze(request, onLookup, onProgress);
  },
  makeShare: api.makeShare,
  openShare: api.openShare,
  markdownReport: api.markdownReport,
  // The redacted message is analysed again: it hashes, as an analysis does.
  async redactedExport(request: Parameters<typeof api.redactedExport>[0]) {
    await cryptoReady;
    return api.redactedExport(request);
  },
  checkDomain: api.checkDomain,
  verdictsBeforeRedaction: api.verdictsBeforeRedaction,
  liveRecheck: api.liveRecheck,
  compareWhatIf: api.compareWhatIf,
  ping: api.ping,
});
