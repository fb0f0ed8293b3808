// One analysis's DNS: each question sent once, and the evidence (and the
// zone.json a share link carries) holds what the analysis asked, not what
// was only asked ahead of a need that never came.

import { describe, expect, it } from 'vitest';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import type { DnsSource } from '../../src/dns/resolver.ts';
import { createZoneSource } from '../../src/dns/zone.ts';

const zone = { records: { 'a.example': { A: ['192.0.2.1'] }, 'b.example': { A: ['192.0.2.2'] }, 'c.example': { TXT: ['hello'] } } };

function countingZone(): { source: DnsSource; sent: string[] } {
  const inner = createZoneSource(zone);
  const sent: string[] = [];
  return {
    sent,
    source: {
      label: inner.label,
      lookup(name, type) {
        sent.push(`${type} ${name}`);
        return inner.lookup(name, type);
      },
    },
  };
}

describe('createLookupSession', () => {
  it('keeps a question asked only ahead out of the evidence and the snapshot', async () => {
    const { source, sent } = countingZone();
    const session = createLookupSession(source);
    await session.resolver.ahead!('b.example', 'A');
    await session.resolver('a.example', 'A');
    expect(sent).toEqual(['A b.example', 'A a.example']);
    expect(session.evidence().map((entry) => entry.name)).toEqual(['a.example']);
    expect(Object.keys(session.snapshot().records)).toEqual(['a.example']);
  });

  it('lists a question asked ahead once it is asked, in the order it was sent, sent once', async () => {
    const { source, sent } = countingZone();
    const session = createLookupSession(source);
    await session.resolver.ahead!('c.example', 'TXT');
    await session.resolver('a.example', 'A');
    // Asked for real in another case and without the root dot: the same question.
    expect(await session.resolver.answer!('C.Example.', 'txt')).toMatchObject({ rcode: 'NOERROR', records: [['hello']] });
    expect(sent).toEqual(['TXT c.example', 'A a.example']);
    expect(session.evidence().map((entry) => `${entry.type} ${entry.name}`)).toEqual(['TXT c.example', 'A a.example']);
    expect(session.snapshot().records['c.example']).toEqual({ TXT: ['hello'] });
  });
});
