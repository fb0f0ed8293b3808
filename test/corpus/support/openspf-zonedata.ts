// The `zonedata` of an OpenSPF-style YAML scenario as a DNS source, with the
// suite's own rules (test/corpus/data/README.md, "OpenSPF YAML"):
// - an `SPF:` record is also served as TXT, unless the name lists a `TXT:` of its own;
// - `TXT: NONE` means no TXT record at that name;
// - `TIMEOUT` makes a lookup of the name time out, unless a record of the
//   asked type is listed before it (then other types get no data);
// - a label longer than 63 octets, or an absent name starting with `error.`,
//   is a temporary error;
// - a string is one character-string, a list several, joined with nothing.
// The RFC suites ship already converted into case folders; this serves
// pyspf's own test.yml, which does not.

import type { MxRecord } from '../../../src/dns/resolver.ts';
import { normalizeName, type DnsSource } from '../../../src/dns/resolver.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import type { ZoneEntry, ZoneFile } from '../../../src/dns/zone-file.ts';

type YamlValue = string | number | (string | number)[] | null;
export type ZoneData = Record<string, (string | Record<string, YamlValue>)[] | null>;

// RFC 1035 §2.3.4: a label is at most 63 octets.
const MAX_LABEL_OCTETS = 63;

function characterStrings(value: YamlValue): string | string[] {
  if (Array.isArray(value)) return value.map(String);
  return String(value ?? '');
}

function entryOf(items: (string | Record<string, YamlValue>)[]): ZoneEntry {
  const entry: ZoneEntry = {};
  const spf: (string | string[])[] = [];
  const txt: (string | string[])[] = [];
  let txtNone = false;
  let listed = 0;
  for (const item of items) {
    if (typeof item === 'string') {
      if (item !== 'TIMEOUT') throw new Error(`openspf zonedata: unknown entry ${item}`);
      // Records listed before the TIMEOUT are answered; with none, every type times out.
      if (listed === 0) entry.error = 'TIMEOUT';
      break;
    }
    for (const [type, value] of Object.entries(item)) {
      listed += 1;
      switch (type) {
        case 'SPF':
          spf.push(characterStrings(value));
          break;
        case 'TXT':
          if (value === 'NONE') txtNone = true;
          else txt.push(characterStrings(value));
          break;
        case 'A':
        case 'AAAA':
        case 'PTR':
          (entry[type] ??= []).push(String(value));
          break;
        case 'MX': {
          const [priority, exchange] = value as [number, string];
          (entry.MX ??= []).push({ priority: Number(priority), exchange: String(exchange).replace(/\.$/, '') } satisfies MxRecord);
          break;
        }
        case 'CNAME':
          entry.CNAME = String(value ?? '').replace(/\.$/, '');
          break;
        default:
          throw new Error(`openspf zonedata: unknown record type ${type}`);
      }
    }
  }
  if (!txtNone) {
    const served = txt.length > 0 ? txt : spf;
    if (served.length > 0) entry.TXT = served;
  }
  return entry;
}

export function zoneOfZoneData(zonedata: ZoneData | undefined): ZoneFile {
  const records: Record<string, ZoneEntry> = {};
  for (const [name, items] of Object.entries(zonedata ?? {})) records[normalizeName(name)] = entryOf(items ?? []);
  return { records };
}

/** The zone as a source, with the suite's temporary errors for over-long labels and absent `error.` names. */
export function sourceOfZoneData(zonedata: ZoneData | undefined): DnsSource {
  const zone = zoneOfZoneData(zonedata);
  const inner = createZoneSource(zone, 'openspf zonedata');
  return {
    label: inner.label,
    async lookup(rawName, type) {
      const name = normalizeName(rawName);
      const tooLong = name.split('.').some((label) => new TextEncoder().encode(label).length > MAX_LABEL_OCTETS);
      if (tooLong || (!(name in zone.records) && name.startsWith('error.'))) {
        return { name, type, rcode: 'TIMEOUT', records: [], ttl: null, cnames: [], error: 'openspf suite: temporary error' };
      }
      return inner.lookup(name, type);
    },
  };
}
