// The blocklists a user chose, by zone, turned into lists with their code
// tables: a zone of ours brings its documented codes, any other zone is
// read by RFC 5782 alone (any 127.0.0.0/8 answer but 127.0.0.1 is a
// listing whose meaning is not known here).

import { DEFAULT_BLOCKLISTS, GENERIC_ADVICE, type Blocklist, type BlocklistChoice, type BlocklistKind } from './blocklists.ts';

// Every list is a question per address or domain to the user's resolver
// and, through it, to the list's servers: a long custom list would turn one
// analysis into a flood of queries about the same address.
export const MAX_BLOCKLISTS = 16;

export function customBlocklist(zone: string, kind: BlocklistKind): Blocklist {
  const name = zone.toLowerCase().replace(/\.$/, '');
  return { id: `custom:${name}`, name, zone: name, kind, ipv6: false, lookup: name, codes: [], refusalAdvice: GENERIC_ADVICE(name, "the list's own site") };
}

export function blocklistsOf(choices: readonly BlocklistChoice[]): Blocklist[] {
  const seen = new Set<string>();
  const lists: Blocklist[] = [];
  for (const choice of choices) {
    const zone = choice.zone.trim().toLowerCase().replace(/\.$/, '');
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(zone) || seen.has(`${choice.kind} ${zone}`)) continue;
    seen.add(`${choice.kind} ${zone}`);
    lists.push(DEFAULT_BLOCKLISTS.find((list) => list.zone === zone && list.kind === choice.kind) ?? customBlocklist(zone, choice.kind));
    if (lists.length >= MAX_BLOCKLISTS) break;
  }
  return lists;
}
