// `--jobs N`: analyses spread over N threads — this one and N - 1 worker
// threads, each started when a message is waiting for it, so a single
// message never pays for starting one. A thread takes one message at a
// time; the caller keeps the order and bounds how many are in flight
// (run.ts).

import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyzeRequest, type AnalysisRequest, type AnalyzedInput } from './analyze-input.ts';
import type { WorkerReply, WorkerRequest } from './analysis-worker.ts';

export interface Analyzer {
  analyze(request: AnalysisRequest): Promise<AnalyzedInput>;
  close(): Promise<void>;
}

export const inProcessAnalyzer: Analyzer = { analyze: analyzeRequest, close: async () => {} };

interface Pending {
  id: number;
  request: AnalysisRequest;
  resolve: (result: AnalyzedInput) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  busy: Pending | null;
}

/**
 * A thread running TypeScript (`npm run analyze`, the tests), through tsx's
 * API: Node 20 does not pass `--import tsx` on to worker threads.
 */
function sourceWorker(entry: URL): Worker {
  // The ESM build of the API; require.resolve would pick the CommonJS one.
  const tsx = new URL('dist/esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`, { eval: true });
}

/**
 * `entry` is the script that becomes analysis-worker.ts in a thread: the
 * built bin.js, or bin.ts under tsx when run from the sources.
 */
export function createWorkerPool(size: number, entry: URL): Analyzer {
  const threads: Thread[] = [];
  const queue: Pending[] = [];
  let nextId = 0;
  let hereBusy = false;

  function start(): Thread {
    const worker = entry.pathname.endsWith('.ts') ? sourceWorker(entry) : new Worker(entry);
    const thread: Thread = { worker, busy: null };
    worker.on('message', (reply: WorkerReply) => {
      const job = thread.busy;
      thread.busy = null;
      if (job && job.id === reply.id) {
        if (reply.ok) job.resolve(reply.result);
        else job.reject(new Error(reply.message));
      }
      dispatch();
    });
    // A thread that died takes its message with it; the next message gets a new thread.
    worker.on('error', (error) => {
      thread.busy?.reject(error);
      thread.busy = null;
      threads.splice(threads.indexOf(thread), 1);
      dispatch();
    });
    threads.push(thread);
    return thread;
  }

  function runHere(job: Pending): void {
    hereBusy = true;
    analyzeRequest(job.request)
      .then(job.resolve, job.reject)
      .finally(() => {
        hereBusy = false;
        dispatch();
      });
  }

  function dispatch(): void {
    while (queue.length > 0) {
      if (!hereBusy) {
        runHere(queue.shift()!);
        continue;
      }
      const idle = threads.find((thread) => thread.busy === null) ?? (threads.length < size - 1 ? start() : null);
      if (!idle) return;
      const job = queue.shift()!;
      idle.busy = job;
      idle.worker.postMessage({ id: job.id, request: job.request } satisfies WorkerRequest);
    }
  }

  return {
    analyze(request) {
      return new Promise((resolve, reject) => {
        queue.push({ id: nextId++, request, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(threads.map((thread) => thread.worker.terminate()));
    },
  };
}
