// A lesson's DNS edit made on a fixture zone, for the what-if tests in core
// and on the command line alike.

import type { ZoneFile } from '../../src/dns/zone-file.ts';

/** The zone with one name's TXT records replaced (or removed with null); every other record kept. */
export function withTxt(zone: ZoneFile, name: string, txt: string[] | null): ZoneFile {
  const records = { ...zone.records };
  const { TXT: _old, ...rest } = records[name] ?? {};
  records[name] = txt === null ? rest : { ...rest, TXT: txt };
  return { records };
}
