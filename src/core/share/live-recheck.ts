// What a live re-check of a shared analysis found: the verdicts that differ
// from the ones the link gave, or why there is nothing to compare. A
// re-check that reached no resolver (offline mode, a network that is down,
// a resolver that never answers) turns every DNS-based verdict into a
// temporary error or a fail (ARC reports a seal whose key it could not
// fetch as fail), so comparing it would report "was pass, is fail now" for
// what is only a missing network.

import type { Analysis, AuthResult } from '../analysis.ts';

/** One lookup of the re-check as the DNS recorder kept it (src/dns/recorder.ts DnsEvidence). */
export interface RecheckLookup {
  rcode: string;
  /** Set where no DNS server gave the rcode: a network or HTTP failure, a timeout, offline mode. */
  error?: string;
  /** The source that was asked, e.g. "cloudflare (wire)". */
  resolver: string;
}

export interface VerdictChange {
  /** Position in the list: names can repeat (two signatures of one d=), positions cannot. */
  key: number;
  name: string;
  before: AuthResult | null;
  now: AuthResult | null;
}

/** Why nothing was compared: offline mode, every lookup timed out, or every lookup failed before a DNS server answered. */
export type RecheckBlocked = 'offline' | 'timeout' | 'unreachable';

export type RecheckOutcome =
  | { kind: 'blocked'; reason: RecheckBlocked; lookups: number; resolver: string | null }
  | { kind: 'compared'; changes: VerdictChange[]; /** Verdicts that became a temporary error: not a change of the record, a lookup that failed now. */ unsure: VerdictChange[] };

/** The src/dns/offline.ts note: a lookup that offline mode never sent. */
const OFFLINE_NOTE = 'offline';

function blockedReason(lookups: readonly RecheckLookup[]): RecheckBlocked | null {
  // A lookup reached a DNS server when the rcode is the server's own (no error beside it).
  if (lookups.length === 0 || lookups.some((lookup) => lookup.error === undefined)) return null;
  if (lookups.every((lookup) => lookup.error === OFFLINE_NOTE)) return 'offline';
  if (lookups.every((lookup) => lookup.rcode === 'TIMEOUT')) return 'timeout';
  return 'unreachable';
}

function verdictRows(frozen: Analysis, live: Analysis): Omit<VerdictChange, 'key'>[] {
  return [
    { name: 'SPF', before: frozen.spf?.result ?? null, now: live.spf?.result ?? null },
    ...frozen.dkim.map((signature, position) => ({ name: `DKIM ${signature.domain}`, before: signature.result, now: live.dkim[position]?.result ?? null })),
    { name: 'DMARC', before: frozen.dmarc?.result ?? null, now: live.dmarc?.result ?? null },
    { name: 'ARC', before: frozen.arc?.result ?? null, now: live.arc?.result ?? null },
  ];
}

/**
 * Compares a shared analysis (`frozen`, replayed with the link's DNS
 * answers) with the same message analysed again with live DNS. `offline`:
 * the page is in offline mode, so the re-check was never sent.
 */
export function compareLiveRecheck(frozen: Analysis, live: Analysis, lookups: readonly RecheckLookup[], options: { offline: boolean }): RecheckOutcome {
  const reason = options.offline ? 'offline' : blockedReason(lookups);
  if (reason !== null) return { kind: 'blocked', reason, lookups: lookups.length, resolver: lookups[0]?.resolver ?? null };
  const differing = verdictRows(frozen, live)
    .map((row, key) => ({ ...row, key }))
    .filter((row) => row.before !== row.now);
  return {
    kind: 'compared',
    changes: differing.filter((row) => row.now !== 'temperror'),
    unsure: differing.filter((row) => row.now === 'temperror'),
  };
}
