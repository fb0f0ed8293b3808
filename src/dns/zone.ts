// A DnsSource answering from a frozen zone.json, with the rules of
// test/cases/FORMAT.md, which are those a recursive resolver gives:
// absent name → NXDOMAIN, name without the type → NODATA, CNAME followed
// up to 8 links, `error` for every type of its name, `AD` the resolver's
// word on whether the answer was authenticated.

import { MAX_CNAME_LINKS } from './answer-section.ts';
import { normalizeName, type DnsAnswer, type DnsRecord, type DnsSource, type Rcode } from './resolver.ts';
import type { ZoneEntry, ZoneFile } from './zone-file.ts';

export { parseZoneFile, ZoneFileError } from './zone-file.ts';

const RCODE_OF_ERROR: Record<NonNullable<ZoneEntry['error']>, Rcode> = {
  SERVFAIL: 'SERVFAIL',
  REFUSED: 'REFUSED',
  // FORMAT.md: no answer at all, which a client sees as its own timeout.
  TIMEOUT: 'TIMEOUT',
};

export function createZoneSource(zone: ZoneFile, label = 'zone.json'): DnsSource {
  // Names compare case-insensitively (RFC 4343) and without the root dot.
  const entries = new Map<string, ZoneEntry>();
  for (const [name, entry] of Object.entries(zone.records)) entries.set(normalizeName(name), entry);

  return {
    label,
    async lookup(rawName, rawType) {
      return answer(entries, normalizeName(rawName), rawType.toUpperCase());
    },
  };
}

function answer(entries: ReadonlyMap<string, ZoneEntry>, name: string, type: string): DnsAnswer {
  const cnames: string[] = [];
  const seen = new Set([name]);
  // The answer is authenticated when every name on its chain says so
  // (RFC 4035 §3.2.3 sets AD only when all of it validated); one name
  // that does not say leaves the whole unsaid.
  const flags: (boolean | undefined)[] = [];
  const result = (rcode: Rcode, records: DnsRecord[] = [], error?: string): DnsAnswer => {
    const out: DnsAnswer = { name, type, rcode, records, ttl: null, cnames };
    if (error !== undefined) out.error = error;
    if (rcode === 'NOERROR' && flags.length > 0 && !flags.includes(undefined)) out.authenticated = !flags.includes(false);
    return out;
  };
  let current = name;
  for (;;) {
    const entry = entries.get(current);
    if (entry === undefined) return result('NXDOMAIN');
    flags.push(entry.AD);
    if (entry.error !== undefined) return result(RCODE_OF_ERROR[entry.error]);
    if (entry.CNAME === undefined || type === 'CNAME') return result('NOERROR', recordsOf(entry, type));
    // RFC 1034 §3.6.2: the alias is followed for every other type.
    const target = normalizeName(entry.CNAME);
    cnames.push(target);
    if (seen.has(target)) return result('SERVFAIL', [], `CNAME loop at ${target}`);
    if (cnames.length > MAX_CNAME_LINKS) return result('SERVFAIL', [], `CNAME chain longer than ${MAX_CNAME_LINKS} links`);
    seen.add(target);
    current = target;
  }
}

/** Fresh copies, so a caller that changes an answer does not change the zone. */
function recordsOf(entry: ZoneEntry, type: string): DnsRecord[] {
  switch (type) {
    case 'A':
    case 'AAAA':
    case 'PTR':
    case 'NS':
    case 'TLSA':
      return [...(entry[type] ?? [])];
    case 'CNAME':
      return entry.CNAME === undefined ? [] : [entry.CNAME];
    case 'MX':
      return (entry.MX ?? []).map((mx) => ({ priority: mx.priority, exchange: mx.exchange }));
    case 'TXT':
    case 'SPF':
      // A string is one character-string; a list is several (FORMAT.md).
      return (entry[type] ?? []).map((record) => (typeof record === 'string' ? [record] : [...record]));
    default:
      return [];
  }
}
