// What the DNS evidence of one analysis says about the resolver: which of
// its lookups failed and the kind most of them failed with, so the page
// can say it once at the top ("Could not reach Cloudflare") and offer
// another resolver there, instead of leaving four temperror cards to guess.

import type { DnsEvidence } from '../../dns/recorder.ts';
import type { LookupFailureKind } from '../../dns/resolver.ts';
import { DOH_PRESETS, type DohPresetId } from '../../dns/presets.ts';
import { i18n } from '../i18n/i18n.svelte.ts';

export interface ResolverTrouble {
  /** The kind most failed lookups share (the first asked wins a tie). */
  kind: LookupFailureKind;
  failed: number;
  total: number;
  /** The resolver as the evidence names it ("Cloudflare", a custom URL). */
  resolver: string;
  /** How long the first lookup of that kind took: for a timeout, the wait. */
  ms: number;
}

/** null when no lookup failed, or when nothing was asked on purpose (offline): that is no trouble to report. */
export function resolverTrouble(evidence: readonly DnsEvidence[]): ResolverTrouble | null {
  const failures = evidence.filter((entry) => entry.failure !== undefined && entry.failure !== 'offline');
  if (failures.length === 0) return null;
  const counts = new Map<LookupFailureKind, number>();
  for (const entry of failures) counts.set(entry.failure!, (counts.get(entry.failure!) ?? 0) + 1);
  let kind = failures[0]!.failure!;
  for (const [candidate, count] of counts) if (count > (counts.get(kind) ?? 0)) kind = candidate;
  const first = failures.find((entry) => entry.failure === kind)!;
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
