// "Check a domain" across the worker boundary: the page names a domain (and
// DKIM selectors, and whether blocklists may be asked); the worker asks its
// resolver and sends back the scorecard with every answer as evidence and
// as a zone.json, like an analysis.

import { checkDomain, readDomainInput } from '../core/sender/check-domain.ts';
import type { BlocklistChoice } from '../core/sender/blocklists.ts';
import { blocklistsOf } from '../core/sender/blocklist-choice.ts';
import type { DomainReport } from '../core/sender/scorecard.ts';
import { createLookupSession } from '../dns/lookup-session.ts';
import type { DnsEvidence } from '../dns/recorder.ts';
import { createSource, type DnsSettings } from '../dns/settings.ts';
import type { FetchFunction } from '../dns/doh.ts';
import type { ZoneFile } from '../dns/zone-file.ts';
import type { WorkerProblem } from './api.ts';

export interface DomainCheckRequest {
  /** As the user typed it; read by readDomainInput. */
  domain: string;
  selectors?: string[];
  /** Also try the common DKIM selectors (COMMON_DKIM_SELECTORS). */
  commonSelectors?: boolean;
  /** Absent: the user has not allowed blocklist queries. */
  blocklists?: BlocklistChoice[];
  dns: DnsSettings;
}

export type DomainCheckResponse = { ok: true; report: DomainReport; evidence: DnsEvidence[]; snapshot: ZoneFile } | { ok: false; problem: WorkerProblem };

export async function runDomainCheck(request: DomainCheckRequest, dns: DnsSettings, fetch: FetchFunction): Promise<DomainCheckResponse> {
  const domain = readDomainInput(request.domain);
  if (domain === null) return { ok: false, problem: { code: 'bad-request', message: `"${request.domain.slice(0, 100)}" is not a domain name.` } };
  const lookups = createLookupSession(createSource(dns, fetch));
  const report = await checkDomain(domain, {
    resolver: lookups.resolver,
    selectors: request.selectors ?? [],
    commonSelectors: request.commonSelectors === true,
    blocklists: request.blocklists ? blocklistsOf(request.blocklists) : null,
  });
  return { ok: true, report, evidence: lookups.evidence(), snapshot: lookups.snapshot() };
}
