#!/usr/bin/env node
// The `mail-lab` command. Kept tiny: it turns on Node's compile cache
// (Node 22.1 and later) before the analysis code is loaded, so a second run
// skips compiling ~1.6 MB of JavaScript; the same file starts each worker
// thread of a batch.

import module from 'node:module';
import { isMainThread } from 'node:worker_threads';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();

if (isMainThread) {
  const { main } = await import('./main.ts');
  await main(new URL(import.meta.url));
} else {
  await import('./analysis-worker.ts');
}
