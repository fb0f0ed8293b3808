// The page's side of the worker boundary: starts the worker, moves the
// message across (transferred, so a 50 MB paste is not copied), and keeps
// a watchdog on every call. comlink never settles a call whose worker died
// and drops an error's class, so failures become data here, and a dead,
// hung or superseded worker is terminated and started again on the next call.

import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { AnalysisProgress, AnalyzeRequest, AnalyzeResponse, LookupEvent, WorkerApi, WorkerProblem } from './api.ts';
import type { OpenedShare, RedactedExport, SharePackage, ShareRequest } from './share-api.ts';
import type { DomainCheckRequest, DomainCheckResponse } from './sender-api.ts';
import type { VerifiedBeforeRedaction } from '../core/share/share-state.ts';
import type { VerdictsShown } from '../core/share/verdicts-before-redaction.ts';
import type { RecheckOutcome } from '../core/share/live-recheck.ts';
import type { WhatIfOutcome } from './what-if-api.ts';
import type { Analysis, LocalizedText, Problem } from '../core/analysis.ts';

// A message is analysed in well under a second per megabyte; a call that
// takes minutes is hung (a resolver that never answers despite its own
// timeouts, an engine bug looping). Generous, because a slow resolver is
// not a hang: 60 s plus 2 s per MB.
const BASE_TIMEOUT_MS = 60_000;
const TIMEOUT_MS_PER_MB = 2_000;

// When the watchdog fires with DNS answers outstanding, the worker is asked
// for a ping: a worker that waits on the network answers at once, one that
// computes (a crafted message) cannot until it is done. Its own DNS timeouts
// make a pending question at the watchdog rare, so the grace is short.
const PING_GRACE_MS = 2_000;

/** The page's language: each has a worker carrying only its own prose. */
export type WorkerLanguage = keyof LocalizedText;

export interface AnalysisClientOptions {
  /** Which language's worker the default createWorker starts (default English). */
  language?: WorkerLanguage;
  createWorker?: () => Worker;
  timeoutMs?: (messageBytes: number) => number;
}

interface Running {
  /** Settles the call once; false when it had settled already. */
  settle(response: AnalyzeResponse): boolean;
  progress: AnalysisProgress | null;
}

// One worker per page language: the build leaves the other language's
// prose out of each (vite-plugin-one-language.ts, issue 18: worker size).
const WORKERS: Record<WorkerLanguage, () => Worker> = {
  en: () => new Worker(new URL('./entry-en.ts', import.meta.url), { type: 'module', name: 'mail-lab-analysis' }),
  de: () => new Worker(new URL('./entry-de.ts', import.meta.url), { type: 'module', name: 'mail-lab-analysis' }),
};

function failure(code: WorkerProblem['code'], message: string): AnalyzeResponse {
  return { ok: false, problem: { code, message } };
}

/** The watchdog's verdict, in English for the details; the page words it from `cause`. */
function timeoutFailure(cause: 'dns' | 'busy', progress: AnalysisProgress | null, seconds: number): AnalyzeResponse {
  const counts = progress ? `${progress.dnsAnswered} of ${progress.dnsAsked} DNS answers received` : 'no progress reported';
  const message =
    cause === 'dns'
      ? `The analysis was stopped after ${seconds} s while waiting for DNS answers (${counts}); the resolver does not answer.`
      : `The analysis was stopped after ${seconds} s while busy${progress ? ` (phase: ${progress.phase})` : ''}, with no DNS question pending (${counts}).`;
  return { ok: false, problem: { code: 'worker-timeout', message, cause, ...(progress ? { progress } : {}) } };
}

export class AnalysisClient {
  readonly #createWorker: () => Worker;
  readonly #timeoutMs: (messageBytes: number) => number;
  #worker: Worker | null = null;
  #remote: Remote<WorkerApi> | null = null;
  #running: Running | null = null;

  constructor(options: AnalysisClientOptions = {}) {
    this.#createWorker = options.createWorker ?? WORKERS[options.language ?? 'en'];
    this.#timeoutMs = options.timeoutMs ?? ((bytes) => BASE_TIMEOUT_MS + (bytes / 1_000_000) * TIMEOUT_MS_PER_MB);
  }

  /**
   * Analyses a message. A call made while another runs supersedes it.
   * `onLookup` hears of each DNS question as it is asked and answered.
   */
  analyze(request: AnalyzeRequest, onLookup?: (event: LookupEvent) => void): Promise<AnalyzeResponse> {
    if (this.#running) {
      this.#running.settle(failure('superseded', 'A newer analysis replaced this one.'));
      // The only way to stop mailauth mid-message is to end the worker.
      this.#stop();
    }
    const remote = this.#start();
    const worker = this.#worker!;
    return new Promise<AnalyzeResponse>((resolve) => {
      const running: Running = {
        progress: null,
        settle: (response) => {
          if (this.#running !== running) return false;
          this.#running = null;
          clearTimeout(timer);
          worker.removeEventListener('error', onError);
          resolve(response);
          return true;
        },
      };
      const onError = (event: ErrorEvent) => {
        running.settle(failure('worker-crashed', `The analysis worker stopped: ${event.message || 'it failed to load or crashed'}.`));
        this.#stop();
      };
      const limitMs = this.#timeoutMs(request.message.byteLength);
      const timer = setTimeout(() => {
        void this.#timeoutCause(running.progress, remote).then((cause) => {
          if (running.settle(timeoutFailure(cause, running.progress, Math.round(limitMs / 1000)))) this.#stop();
        });
      }, limitMs);
      this.#running = running;
      worker.addEventListener('error', onError);
      const onProgress = (progress: AnalysisProgress) => {
        running.progress = progress;
      };
      remote.analyze(transfer(request, [request.message]), onLookup ? proxy(onLookup) : undefined, proxy(onProgress)).then(
        (response) => running.settle(response),
        (error: unknown) => running.settle(failure('worker-crashed', `The analysis failed unexpectedly: ${errorText(error)}`)),
      );
    });
  }

  /**
   * Why a call ran out of time: DNS answers outstanding and a worker free to
   * answer a ping mean it waits on the resolver; anything else is a busy
   * analysis (a synchronous loop cannot answer, nor report progress).
   */
  async #timeoutCause(progress: AnalysisProgress | null, remote: Remote<WorkerApi>): Promise<'dns' | 'busy'> {
    if (!progress || progress.dnsAsked <= progress.dnsAnswered) return 'busy';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const grace = new Promise<'busy'>((resolve) => {
      timer = setTimeout(() => resolve('busy'), PING_GRACE_MS);
    });
    const pong = remote.ping().then(() => 'dns' as const, () => 'busy' as const);
    try {
      return await Promise.race([pong, grace]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Makes a share link and file; waits for a running analysis, never supersedes it. */
  makeShare(request: ShareRequest): Promise<SharePackage | { ok: false; problem: WorkerProblem }> {
    return this.#side((remote) => remote.makeShare(transfer(request, [request.message])));
  }

  /** The analysis as a recipient of the redacted link sees it, and its Markdown report. */
  redactedExport(request: Parameters<WorkerApi['redactedExport']>[0]): Promise<RedactedExport | { ok: false; problem: WorkerProblem }> {
    return this.#side((remote) => remote.redactedExport(transfer(request, [request.message])));
  }

  openShare(input: { link: string } | { file: ArrayBuffer }): Promise<OpenedShare | { ok: false; problem: Problem | WorkerProblem }> {
    return this.#side<OpenedShare | { ok: false; problem: Problem }>((remote) => remote.openShare('file' in input ? transfer(input, [input.file]) : input));
  }

  /** A redacted share's analysis with the verdicts from before redaction in their place; null if the worker failed. */
  async verdictsBeforeRedaction(analysis: Analysis, verified: VerifiedBeforeRedaction): Promise<VerdictsShown | null> {
    const result = await this.#side((remote) => remote.verdictsBeforeRedaction(analysis, verified));
    return result.ok ? { analysis: result.analysis, spf: result.spf, dkim: result.dkim, dmarc: result.dmarc, arc: result.arc } : null;
  }

  /** What a live re-check found beside the shared analysis; null if the worker failed. */
  async liveRecheck(...call: Parameters<WorkerApi['liveRecheck']>): Promise<RecheckOutcome | null> {
    const result = await this.#side((remote) => remote.liveRecheck(...call));
    return result.ok ? result.outcome : null;
  }

  /** The verdicts before and after edited DNS answers, compared; null if the worker failed. */
  async compareWhatIf(...call: Parameters<WorkerApi['compareWhatIf']>): Promise<WhatIfOutcome | null> {
    const result = await this.#side((remote) => remote.compareWhatIf(...call));
    return result.ok ? result.outcome : null;
  }

  async markdownReport(analysis: Analysis, options: Parameters<WorkerApi['markdownReport']>[1]): Promise<string | null> {
    const result = await this.#side(async (remote) => ({ ok: true as const, text: await remote.markdownReport(analysis, options) }));
    return result.ok ? result.text : null;
  }

  /** "Check a domain": beside the analyses, like a share; never supersedes one. */
  checkDomain(request: DomainCheckRequest): Promise<DomainCheckResponse> {
    return this.#side<DomainCheckResponse>((remote) => remote.checkDomain(request));
  }

  /**
   * A call beside the analyses: the same worker, its own watchdog. A bug
   * or a dead worker comes back as a problem, as for an analysis.
   */
  async #side<T extends { ok: boolean }>(call: (remote: Remote<WorkerApi>) => Promise<T>): Promise<T | { ok: false; problem: WorkerProblem }> {
    const remote = this.#start();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<{ ok: false; problem: WorkerProblem }>((resolve) => {
      timer = setTimeout(() => resolve({ ok: false, problem: { code: 'worker-timeout', message: 'The worker did not answer in time.' } }), BASE_TIMEOUT_MS);
    });
    try {
      return await Promise.race([call(remote), timeout]);
    } catch (error) {
      return { ok: false, problem: { code: 'worker-crashed', message: errorText(error) } };
    } finally {
      clearTimeout(timer);
    }
  }

  terminate(): void {
    this.#running?.settle(failure('superseded', 'The analysis was cancelled.'));
    this.#stop();
  }

  #start(): Remote<WorkerApi> {
    if (!this.#worker || !this.#remote) {
      this.#worker = this.#createWorker();
      this.#remote = wrap<WorkerApi>(this.#worker);
    }
    return this.#remote;
  }

  #stop(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#remote = null;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
