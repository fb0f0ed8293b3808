// When the resolver of a run, not a domain, stood in the way of its answers:
// said once per resolver and kind on standard error, and the run ends with
// exit 2 (the results are printed all the same, lacking those answers). The
// kinds are the transport's (src/dns/resolver.ts LookupFailureKind), so the
// command line tells a stopped server from a refusal or a rate limit, as
// the page does.

import type { DnsEvidence } from '../dns/recorder.ts';
import { isResolverFault, type ResolverFault } from '../dns/resolver-fault.ts';
import type { DnsSettings } from '../dns/settings.ts';

export interface ResolverTrouble {
  url: string;
  kind: ResolverFault;
}

/** The first lookup the DoH endpoint itself failed (src/dns/resolver-fault.ts), or null (a zone, offline, or every failure the domains'). */
export function resolverTrouble(settings: DnsSettings, evidence: readonly DnsEvidence[]): ResolverTrouble | null {
  if (settings.kind !== 'doh') return null;
  const failed = evidence.find((entry) => isResolverFault(entry.failure));
  return failed && isResolverFault(failed.failure) ? { url: settings.url, kind: failed.failure } : null;
}

const WHAT_HAPPENED: Record<ResolverFault, string> = {
  unreachable: 'could not reach {url} — offline? try --doh google or --offline',
  timeout: '{url} did not answer in time — try again, or --doh google',
  refused: '{url} refused the queries (HTTP 403 or REFUSED) — it may serve only its own clients; try --doh google',
  'rate-limited': '{url} limits how fast it may be asked (HTTP 429 or 503) — try fewer --jobs, later, or another resolver',
  'http-error': '{url} answered with an HTTP error — is it a DNS-over-HTTPS endpoint (RFC 8484)?',
  malformed: '{url} answered with something that is no DNS answer — is it a DNS-over-HTTPS endpoint (RFC 8484)?',
};

export function troubleMessage(trouble: ResolverTrouble): string {
  return `mail-lab: ${WHAT_HAPPENED[trouble.kind].replace('{url}', trouble.url)} (the results lack its answers)`;
}

/** Says each resolver's trouble once, however many messages met it. */
export function troubleReporter(err: (line: string) => void): { report(trouble: ResolverTrouble | null): void; readonly any: boolean } {
  const said = new Set<string>();
  return {
    report(trouble) {
      if (trouble === null || said.has(`${trouble.url} ${trouble.kind}`)) return;
      said.add(`${trouble.url} ${trouble.kind}`);
      err(troubleMessage(trouble));
    },
    get any() {
      return said.size > 0;
    },
  };
}
