// What the DNS evidence of one analysis says about the resolver: which of
// its lookups failed and the kind most of them failed with, so the page
// can say it once at the top ("Could not reach Cloudflare") and offer
// another resolver there, instead of leaving four temperror cards to guess.

import type { DnsEvidence } from '../../dns/recorder.ts';
import type { LookupFailureKind } from '../../dns/resolver.ts';
import { isResolverFault, type ResolverFault } from '../../dns/resolver-fault.ts';
import { DOH_PRESETS, type DohPresetId } from '../../dns/presets.ts';
import { i18n } from '../i18n/i18n.svelte.ts';

export interface ResolverTrouble {
  /** The kind most of the resolver's failures share (the first asked wins a tie). */
  kind: ResolverFault;
  /** Lookups the resolver failed; a SERVFAIL, the domain's, is not one (src/dns/resolver-fault.ts). */
  failed: number;
  total: number;
  /** The resolver as the evidence names it ("Cloudflare", a custom URL). */
  resolver: string;
  /** How long the first lookup of that kind took: for a timeout, the wait. */
  ms: number;
}

/**
 * null when the resolver failed no lookup: every one answered, failed by
 * the domain's fault (SERVFAIL) or not asked on purpose (offline). Each
 * card still says its own failure.
 */
export function resolverTrouble(evidence: readonly DnsEvidence[]): ResolverTrouble | null {
  const failures = evidence.flatMap((entry) => (isResolverFault(entry.failure) ? [{ entry, kind: entry.failure }] : []));
  if (failures.length === 0) return null;
  const counts = new Map<ResolverFault, number>();
  for (const { kind } of failures) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let kind = failures[0]!.kind;
  for (const [candidate, count] of counts) if (count > (counts.get(kind) ?? 0)) kind = candidate;
  const first = failures.find((failure) => failure.kind === kind)!.entry;
  return { kind, failed: failures.length, total: evidence.length, resolver: first.resolver, ms: first.ms };
}

/** The evidence of one question of the analysis: who failed it, after how long. */
export function evidenceOf(evidence: readonly DnsEvidence[], name: string, type: string): DnsEvidence | null {
  return evidence.find((entry) => entry.name === name && entry.type === type) ?? null;
}

/** The presets to offer instead of the one in use, in their usual order. */
export function otherPresets(current: string): DohPresetId[] {
  return (Object.keys(DOH_PRESETS) as DohPresetId[]).filter((id) => id !== current);
}

/**
 * The sentence for a failure of `resolver`, in the page's language. A
 * timeout names the wait it gave up after: the time the lookup took.
 */
export function failureSentence(kind: LookupFailureKind, resolver: string, ms: number | null): string {
  return i18n.t(`dns.failure.${kind}`, { resolver, seconds: i18n.number((ms ?? 0) / 1000, ms !== null && ms < 1000 ? 1 : 0) });
}
