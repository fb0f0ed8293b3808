// fast-check arbitraries for zone.json files and the questions asked of
// them. Names come from a small pool so that CNAMEs chain, loop, run past
// 8 links and end at absent or erroring names often enough.

import fc from 'fast-check';
import type { ZoneEntry, ZoneFile } from '../../src/dns/zone-file.ts';

export const POOL = Array.from({ length: 12 }, (_, i) => `n${i}.test`);
const TARGETS = [...POOL, 'absent.test'];

/** Canonical text (RFC 5952), as every DoH form gives it back. */
const IPV4 = ['192.0.2.1', '198.51.100.7', '127.0.0.2'];
const IPV6 = ['2001:db8::1', '::1', '2001:db8:0:1::', '::ffff:192.0.2.1'];

/** At most 40 characters of at most 4 octets: always one character-string (≤ 255 octets). */
const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '"', '\\', ';', '=', 'ü', '€', '😀'), maxLength: 40 });

const dataEntry: fc.Arbitrary<ZoneEntry> = fc.record(
  {
    A: fc.array(fc.constantFrom(...IPV4), { minLength: 1, maxLength: 2 }),
    AAAA: fc.array(fc.constantFrom(...IPV6), { minLength: 1, maxLength: 2 }),
    TXT: fc.array(fc.oneof(text, fc.array(text, { maxLength: 3 })), { minLength: 1, maxLength: 3 }),
    MX: fc.array(fc.record({ priority: fc.integer({ min: 0, max: 65535 }), exchange: fc.constantFrom(...TARGETS) }), { minLength: 1, maxLength: 2 }),
    PTR: fc.array(fc.constantFrom(...TARGETS), { minLength: 1, maxLength: 2 }),
    NS: fc.array(fc.constantFrom(...TARGETS), { minLength: 1, maxLength: 2 }),
  },
  { requiredKeys: [] },
);

export function zoneArbitrary(options: { timeouts?: boolean } = {}): fc.Arbitrary<ZoneFile> {
  const errors = options.timeouts === false ? (['SERVFAIL', 'REFUSED'] as const) : (['SERVFAIL', 'REFUSED', 'TIMEOUT'] as const);
  const entry: fc.Arbitrary<ZoneEntry> = fc.oneof(
    { weight: 1, arbitrary: fc.record({ error: fc.constantFrom(...errors) }) },
    { weight: 4, arbitrary: fc.record({ CNAME: fc.constantFrom(...TARGETS) }) },
    { weight: 4, arbitrary: dataEntry },
  );
  // Most pool names present; half the zones also get a straight chain
  // n0 → n1 → … of 1 to 11 links, so chains past 8 links come up.
  const entries = fc.tuple(...POOL.map(() => fc.option(entry, { freq: 5 })));
  const chainLinks = fc.option(fc.integer({ min: 1, max: POOL.length - 1 }), { freq: 2 });
  return fc.tuple(entries, chainLinks).map(([list, links]) => {
    const records: Record<string, ZoneEntry> = {};
    list.forEach((item, i) => {
      if (item !== null) records[POOL[i] ?? ''] = item;
    });
    for (let i = 0; i < (links ?? 0); i++) records[POOL[i] ?? ''] = { CNAME: POOL[i + 1] ?? '' };
    return { records };
  });
}

export interface Question {
  name: string;
  type: string;
}

/** Questions about the pool, in any case, with or without the root dot. */
export function questionsArbitrary(types: readonly string[]): fc.Arbitrary<Question[]> {
  const name = fc
    .tuple(fc.constantFrom(...TARGETS), fc.boolean(), fc.boolean())
    .map(([n, upper, dot]) => `${upper ? n.toUpperCase() : n}${dot ? '.' : ''}`);
  return fc.array(fc.record({ name, type: fc.constantFrom(...types) }), { minLength: 1, maxLength: 12 });
}
