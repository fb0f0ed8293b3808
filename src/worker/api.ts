// What the worker offers, as plain async functions: the page calls them
// through comlink, tests call them directly in Node. Expected failures come
// back as data; only bugs throw.

import type { Analysis } from '../core/analysis.ts';
import { analyze } from '../core/analyze.ts';
import type { EnvelopeInput } from '../core/hops/infer-envelope.ts';
import type { ZoneFile } from '../dns/zone-file.ts';
import type { FetchFunction } from '../dns/doh.ts';
import { createSource, type DnsSettings } from '../dns/settings.ts';
import type { DnsEvidence } from '../dns/recorder.ts';
import { createLookupSession } from '../dns/lookup-session.ts';

export type { DnsSettings };

export interface AnalyzeRequest {
  /** The raw message; transferred, not copied, across the worker boundary. */
  message: ArrayBuffer;
  /** ISO time; defaults to the current time. */
  now?: string;
  envelope?: EnvelopeInput;
  dns: DnsSettings;
}

export interface AnalyzeSuccess {
  ok: true;
  analysis: Analysis;
  /** Every DNS query and answer, in the order asked. */
  evidence: DnsEvidence[];
  /** The answers as a zone.json that replays this analysis offline. */
  snapshot: ZoneFile;
}

export interface WorkerProblem {
  code: 'worker-crashed' | 'worker-timeout' | 'superseded' | 'bad-request';
  message: string;
}

export type AnalyzeResponse = AnalyzeSuccess | { ok: false; problem: WorkerProblem };

export interface ApiEnvironment {
  /** The fetch used for DNS-over-HTTPS; the worker passes its own. */
  fetch: FetchFunction;
}

export function createApi(environment: ApiEnvironment) {
  return {
    async analyze(request: AnalyzeRequest): Promise<AnalyzeResponse> {
      if (!(request.message instanceof ArrayBuffer)) {
        return { ok: false, problem: { code: 'bad-request', message: 'The message must be an ArrayBuffer.' } };
      }
      const lookups = createLookupSession(createSource(request.dns, environment.fetch));
      const analysis = await analyze(new Uint8Array(request.message), {
        resolver: lookups.resolver,
        now: request.now ?? new Date().toISOString(),
        ...(request.envelope ? { envelope: request.envelope } : {}),
      });
      return { ok: true, analysis, evidence: lookups.evidence(), snapshot: lookups.snapshot() };
    },

    async ping(): Promise<'pong'> {
      return 'pong';
    },
  };
}

export type WorkerApi = ReturnType<typeof createApi>;
