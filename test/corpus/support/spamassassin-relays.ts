// SpamAssassin's reading of a Received chain (its "relays") beside ours,
// field by field. SpamAssassin writes an address-literal HELO as "!ip!"
// and an absent value as ""; we write "[ip]" and null. Those are the same
// facts, so they are mapped before comparing, never counted as a difference.

import type { Hop } from '../../../src/core/analysis.ts';

export interface SpamAssassinRelay {
  ip: string;
  rdns: string;
  helo: string;
  by: string;
  ident: string;
  envfrom: string;
  id: string;
  auth: string;
  msa: string;
}

export const COMPARED_FIELDS = ['ip', 'rdns', 'helo', 'by'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

/** Our hop in SpamAssassin's terms. */
export function relayOf(hop: Hop): Record<ComparedField | 'id', string> {
  return { ip: hop.ip ?? '', rdns: hop.reverseName ?? '', helo: hop.from ?? '', by: hop.by ?? '', id: hop.id ?? '' };
}

export function normalise(relay: SpamAssassinRelay): Record<ComparedField | 'id', string> {
  return { ip: relay.ip, rdns: relay.rdns, helo: relay.helo.replace(/^!(.*)!$/, '[$1]'), by: relay.by, id: relay.id };
}

export function formatRelay(relay: Record<ComparedField | 'id', string>): string {
  return `${relay.ip}/${relay.rdns}/${relay.helo}/${relay.by}/${relay.id}`;
}

/**
 * The hops SpamAssassin would list, newest first: a hop with a client
 * address that is not a retrieval, and nothing above the newest retrieval
 * (SpamAssassin starts reading below fetchmail's line; what the local MTA
 * wrote after the retrieval is not a relay to it).
 */
export function relayView(hops: readonly Hop[]): Hop[] {
  const newestFirst = [...hops].reverse();
  const retrieval = newestFirst.findIndex((h) => h.role === 'retrieval');
  const below = retrieval === -1 ? newestFirst : newestFirst.slice(retrieval);
  return below.filter((h) => h.ip !== null && h.role !== 'retrieval');
}

export function fieldDifferences(ours: Record<ComparedField | 'id', string>, theirs: Record<ComparedField | 'id', string>, fields: readonly string[] = COMPARED_FIELDS): string[] {
  return fields.filter((f) => ours[f as ComparedField] !== theirs[f as ComparedField]).map((f) => `${f}: SpamAssassin "${theirs[f as ComparedField]}", we "${ours[f as ComparedField]}"`);
}
