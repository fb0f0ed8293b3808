// The DNS of one workbench question: the page's resolver settings checked
// as an analysis checks them, every answer kept as evidence for the page
// to show, and the work's result or a problem as data (STYLE.md: only bugs
// throw across the boundary).

import type { Resolver } from '../../dns/resolver.ts';
import type { DnsEvidence } from '../../dns/recorder.ts';
import type { FetchFunction } from '../../dns/doh.ts';
import { createLookupSession } from '../../dns/lookup-session.ts';
import { createSource, type DnsSettings } from '../../dns/settings.ts';
import { checkDnsSettings, type WorkerProblem } from '../api.ts';

export type RecordResponse<T> = { ok: true; result: T; evidence: DnsEvidence[] } | { ok: false; problem: WorkerProblem };

// Record input is a TXT value or a domain; the core reads at most its
// MAX_TXT_INPUT. A larger request is refused before it is copied around.
const MAX_REQUEST_CHARS = 100_000;

const workerFetch: FetchFunction = (input, init) => fetch(input, init);

export async function withRecordLookups<T>(input: string, dns: DnsSettings, work: (resolver: Resolver) => Promise<T>, fetchDns: FetchFunction = workerFetch): Promise<RecordResponse<T>> {
  if (typeof input !== 'string' || input.length > MAX_REQUEST_CHARS) return { ok: false, problem: { code: 'bad-request', message: 'The record must be text of at most 100,000 characters.' } };
  const settings = checkDnsSettings(dns);
  if ('problem' in settings) return { ok: false, problem: settings.problem };
  const lookups = createLookupSession(createSource(settings, fetchDns));
  const result = await work(lookups.resolver);
  return { ok: true, result, evidence: lookups.evidence() };
}
