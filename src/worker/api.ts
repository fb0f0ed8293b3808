// What the worker offers, as plain async functions: the page calls them
// through comlink, tests call them directly in Node. Expected failures come
// back as data; only bugs throw.

import type { Analysis } from '../core/analysis.ts';
import { analyze, type AnalysisPhase } from '../core/analyze.ts';
import type { EnvelopeInput } from '../core/hops/infer-envelope.ts';
import type { ZoneFile } from '../dns/zone-file.ts';
import type { FetchFunction } from '../dns/doh.ts';
import { createSource, type DnsSettings } from '../dns/settings.ts';
import { parseZoneFile } from '../dns/zone-file.ts';
import { parseCustomDohUrl } from '../dns/presets.ts';
import type { DnsEvidence, LookupEvent } from '../dns/recorder.ts';
import { createLookupSession } from '../dns/lookup-session.ts';
import type { BlocklistChoice } from '../core/sender/blocklists.ts';
import type { DomainCheckRequest, DomainCheckResponse } from './sender-api.ts';

export type { DnsSettings, LookupEvent };

export interface AnalyzeRequest {
  /** The raw message; transferred, not copied, across the worker boundary. */
  message: ArrayBuffer;
  /** ISO time; defaults to the current time. */
  now?: string;
  envelope?: EnvelopeInput;
  /** The Received hop (Hop.number, 1 = the oldest) whose client SPF is checked for; default: inferred. */
  envelopeHop?: number;
  dns: DnsSettings;
  /** The blocklists to ask about the sending server; absent: none (src/core/sender/blocklists.ts). */
  blocklists?: BlocklistChoice[];
}

export interface AnalyzeSuccess {
  ok: true;
  analysis: Analysis;
  /** Every DNS query and answer, in the order asked. */
  evidence: DnsEvidence[];
  /** The answers as a zone.json that replays this analysis offline. */
  snapshot: ZoneFile;
}

export const WORKER_PROBLEM_CODES = ['worker-crashed', 'worker-timeout', 'superseded', 'bad-request', 'bad-zone', 'bad-resolver'] as const;

export interface WorkerProblem {
  code: (typeof WORKER_PROBLEM_CODES)[number];
  message: string;
  /** For worker-timeout: DNS answers were still awaited, or the analysis was busy with none pending. */
  cause?: 'dns' | 'busy';
  /** For worker-timeout: how far the analysis had come. */
  progress?: AnalysisProgress;
}

/** What the analysis is doing, sent to the page as it changes so its watchdog can say why a call hangs. */
export interface AnalysisProgress {
  phase: AnalysisPhase;
  dnsAsked: number;
  dnsAnswered: number;
}

export type AnalyzeResponse = AnalyzeSuccess | { ok: false; problem: WorkerProblem };

export interface ApiEnvironment {
  /** The fetch used for DNS-over-HTTPS; the worker passes its own. */
  fetch: FetchFunction;
}

// Sharing, what-if and Check a domain are loaded on their first call: the
// worker's first job, an analysis, needs none of them, and a smaller entry
// starts sooner.
const shareApi = () => import('./share-api.ts');
const whatIfApi = () => import('./what-if-api.ts');
const senderApi = () => import('./sender-api.ts');

/** `module[name]`, as a function that loads the module when first called. */
function loadedOnCall<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): Module[Name] {
  const call = async (...args: unknown[]) => ((await load())[name] as (...args: unknown[]) => unknown)(...args);
  return call as Module[Name];
}

/** A zone.json or a resolver URL comes from the user: check it before use. */
export function checkDnsSettings(settings: DnsSettings): DnsSettings | { problem: WorkerProblem } {
  try {
    if (settings.kind === 'zone' || settings.kind === 'recorded') return { ...settings, zone: parseZoneFile(settings.zone) };
    if (settings.kind === 'doh') return { ...settings, url: parseCustomDohUrl(settings.url) };
    return settings;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: { code: settings.kind === 'doh' ? 'bad-resolver' : 'bad-zone', message } };
  }
}

export function createApi(environment: ApiEnvironment) {
  return {
    /**
     * `onLookup` hears of every DNS question as it is asked and answered;
     * `onProgress` of each phase and DNS count as it changes.
     */
    async analyze(request: AnalyzeRequest, onLookup?: (event: LookupEvent) => void, onProgress?: (progress: AnalysisProgress) => void): Promise<AnalyzeResponse> {
      if (!(request.message instanceof ArrayBuffer)) {
        return { ok: false, problem: { code: 'bad-request', message: 'The message must be an ArrayBuffer.' } };
      }
      const settings = checkDnsSettings(request.dns);
      if ('problem' in settings) return { ok: false, problem: settings.problem };
      let progress: AnalysisProgress = { phase: 'reading', dnsAsked: 0, dnsAnswered: 0 };
      const report = (change: Partial<AnalysisProgress>) => {
        progress = { ...progress, ...change };
        onProgress?.(progress);
      };
      const lookups = createLookupSession(createSource(settings, environment.fetch), (event) => {
        onLookup?.(event);
        report(event.phase === 'asked' ? { dnsAsked: progress.dnsAsked + 1 } : { dnsAnswered: progress.dnsAnswered + 1 });
      });
      const analysis = await analyze(new Uint8Array(request.message), {
        resolver: lookups.resolver,
        onPhase: (phase) => report({ phase }),
        now: request.now ?? new Date().toISOString(),
        ...(request.envelope ? { envelope: request.envelope } : {}),
        ...(request.envelopeHop !== undefined ? { envelopeHop: request.envelopeHop } : {}),
        // The lists' table travels only with a request that may ask them (the user's permission).
        ...(request.blocklists ? { blocklists: (await import('../core/sender/blocklist-choice.ts')).blocklistsOf(request.blocklists) } : {}),
      });
      return { ok: true, analysis, evidence: lookups.evidence(), snapshot: lookups.snapshot() };
    },

    /** "Check a domain": the domain's scorecard, with its DNS evidence. */
    async checkDomain(request: DomainCheckRequest): Promise<DomainCheckResponse> {
      const settings = checkDnsSettings(request.dns);
      if ('problem' in settings) return { ok: false, problem: settings.problem };
      return (await senderApi()).runDomainCheck(request, settings, environment.fetch);
    },

    makeShare: loadedOnCall(shareApi, 'makeShare'),
    openShare: loadedOnCall(shareApi, 'openShare'),
    markdownReport: loadedOnCall(shareApi, 'markdownReport'),
    redactedExport: loadedOnCall(shareApi, 'redactedExport'),
    verdictsBeforeRedaction: loadedOnCall(shareApi, 'verdictsBeforeRedaction'),
    liveRecheck: loadedOnCall(shareApi, 'liveRecheck'),
    compareWhatIf: loadedOnCall(whatIfApi, 'compareWhatIf'),

    async ping(): Promise<'pong'> {
      return 'pong';
    },
  };
}

export type WorkerApi = ReturnType<typeof createApi>;
