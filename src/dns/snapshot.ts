// From recorded answers back to a zone.json (FORMAT.md) that, served by
// createZoneSource, gives every one of them again: so a live analysis can be
// frozen, shared and replayed offline with the same DNS.

import { MAX_CNAME_LINKS } from './answer-section.ts';
import { normalizeName, type DnsAnswer, type DnsRecord, type MxRecord } from './resolver.ts';
import { ZONE_TYPES, zoneRecords, type ZoneEntry, type ZoneError, type ZoneFile } from './zone-file.ts';

export type RecordedAnswer = Pick<DnsAnswer, 'name' | 'type' | 'rcode' | 'records' | 'cnames' | 'authenticated'>;

/** What one name is in the snapshot; its first recorded answer decides. */
type NameFact =
  | { kind: 'absent' }
  | { kind: 'error'; error: ZoneError }
  | { kind: 'alias'; target: string }
  | { kind: 'data'; entry: ZoneEntry };

/**
 * Builds the zone. A consistent DNS never gives answers that disagree, but a
 * live one can (a record changed, a lookup timed out once): then the first
 * answer about a name wins, and the later one is not reproduced.
 */
export function snapshotZone(answers: readonly RecordedAnswer[]): ZoneFile {
  const facts = new Map<string, NameFact>();
  const settle = (name: string, fact: NameFact) => {
    if (!facts.has(name)) facts.set(name, fact);
  };
  const addData = (name: string, type: string, records: readonly DnsRecord[]) => {
    if (!facts.has(name)) facts.set(name, { kind: 'data', entry: {} });
    const fact = facts.get(name);
    if (fact?.kind !== 'data' || records.length === 0) return;
    if (!(ZONE_TYPES as readonly string[]).includes(type) || type === 'CNAME') return;
    const entry = fact.entry as Record<string, unknown>;
    if (entry[type] === undefined) entry[type] = records.map((record) => zoneRecord(type, record));
  };

  // The AD bit each name was first answered with: createZoneSource gives
  // it back for the names of a chain together, as the resolver did.
  const authenticated = new Map<string, boolean>();
  for (const answer of answers) {
    const chain = [normalizeName(answer.name), ...answer.cnames.map(normalizeName)];
    if (answer.rcode === 'NOERROR' && answer.authenticated !== undefined) {
      for (const name of chain) if (!authenticated.has(name)) authenticated.set(name, answer.authenticated);
    }
    for (let i = 0; i + 1 < chain.length; i++) settle(chain[i] ?? '', { kind: 'alias', target: chain[i + 1] ?? '' });
    // A loop or an over-long chain is its own SERVFAIL: the links above give it again.
    const looped = new Set(chain).size < chain.length || answer.cnames.length > MAX_CNAME_LINKS;
    if (answer.rcode === 'SERVFAIL' && looped) continue;
    const last = chain[chain.length - 1] ?? '';
    switch (answer.rcode) {
      case 'NOERROR':
        if (answer.type === 'CNAME' && typeof answer.records[0] === 'string') {
          settle(last, { kind: 'alias', target: answer.records[0] });
        } else {
          // Records, or none at all (NODATA): either way the name exists.
          addData(last, answer.type, answer.records);
        }
        break;
      case 'NXDOMAIN':
        settle(last, { kind: 'absent' });
        break;
      default:
        settle(last, { kind: 'error', error: answer.rcode });
    }
  }

  const records = zoneRecords();
  for (const [name, fact] of facts) {
    if (fact.kind === 'error') records[name] = { error: fact.error };
    else if (fact.kind === 'alias') records[name] = { CNAME: fact.target };
    else if (fact.kind === 'data') records[name] = fact.entry;
    const flag = authenticated.get(name);
    if (flag !== undefined && fact.kind !== 'error' && fact.kind !== 'absent') records[name] = { ...records[name], AD: flag };
  }
  return { records };
}

/** A record as zone.json writes it: a one-string TXT (or SPF-type) record as a plain string. */
function zoneRecord(type: string, record: DnsRecord): string | string[] | MxRecord {
  if ((type === 'TXT' || type === 'SPF') && Array.isArray(record)) return record.length === 1 ? (record[0] ?? '') : [...record];
  if (typeof record === 'object' && !Array.isArray(record)) return { priority: record.priority, exchange: record.exchange };
  return record;
}
