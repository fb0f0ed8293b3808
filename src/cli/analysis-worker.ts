// The worker-thread side of `--jobs N`: analyses the requests the main
// thread posts, one reply per request, matched by id.

import { parentPort } from 'node:worker_threads';
import { analyzeRequest, type AnalysisRequest } from './analyze-input.ts';

export interface WorkerRequest {
  id: number;
  request: AnalysisRequest;
}

export type WorkerReply = { id: number; ok: true; result: Awaited<ReturnType<typeof analyzeRequest>> } | { id: number; ok: false; message: string };

const port = parentPort;
if (port) {
  port.on('message', ({ id, request }: WorkerRequest) => {
    analyzeRequest(request).then(
      (result) => port.postMessage({ id, ok: true, result } satisfies WorkerReply),
      (error: unknown) => port.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerReply),
    );
  });
}
