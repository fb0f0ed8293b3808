import { describe, expect, it } from 'vitest';
import { createZoneSource } from '../../src/dns/zone.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';

// The example of test/cases/FORMAT.md, plus the cases its rules name.
const zone: ZoneFile = {
  records: {
    'example.com': {
      TXT: ['v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all'],
      MX: [{ priority: 10, exchange: 'mx1.example.com' }],
      A: ['192.0.2.10'],
      AAAA: ['2001:db8::10'],
    },
    's2026._domainkey.example.com': { TXT: [['v=DKIM1; k=rsa; p=MIIBIjANBgkq...', '...IDAQAB']] },
    'alias.example.com': { CNAME: 'example.com' },
    '10.2.0.192.in-addr.arpa': { PTR: ['mail.example.com'] },
    '2.0.192.zen.dnsbl.example': { A: ['127.0.0.2'], TXT: ['listed'] },
    'broken.example': { error: 'SERVFAIL' },
    'refused.example': { error: 'REFUSED' },
    'slow.example': { error: 'TIMEOUT' },
    'empty-txt.example': { TXT: [[]] },
    'ns.example': { NS: ['a.iana-servers.net'] },
    'to-nowhere.example': { CNAME: 'absent.example' },
    'to-nodata.example': { CNAME: 'ns.example' },
    'to-broken.example': { CNAME: 'broken.example' },
    'Upper.Example': { A: ['192.0.2.99'] },
    'mixed-case-target.example': { CNAME: 'EXAMPLE.COM' },
    'loop-a.example': { CNAME: 'loop-b.example' },
    'loop-b.example': { CNAME: 'loop-a.example' },
    'self.example': { CNAME: 'self.example' },
  },
};

/** c0 → c1 → … → c{links}, with an A record at the end. */
function chainZone(links: number): ZoneFile {
  const records: ZoneFile['records'] = {};
  for (let i = 0; i < links; i++) records[`c${i}.example`] = { CNAME: `c${i + 1}.example` };
  records[`c${links}.example`] = { A: ['192.0.2.1'] };
  return { records };
}

const source = createZoneSource(zone);

describe('createZoneSource', () => {
  it('answers the records of a present name and type', async () => {
    expect(await source.lookup('example.com', 'A')).toEqual({
      name: 'example.com',
      type: 'A',
      rcode: 'NOERROR',
      records: ['192.0.2.10'],
      ttl: null,
      cnames: [],
    });
    expect((await source.lookup('example.com', 'AAAA')).records).toEqual(['2001:db8::10']);
    expect((await source.lookup('example.com', 'MX')).records).toEqual([{ priority: 10, exchange: 'mx1.example.com' }]);
    expect((await source.lookup('10.2.0.192.in-addr.arpa', 'PTR')).records).toEqual(['mail.example.com']);
    expect((await source.lookup('ns.example', 'NS')).records).toEqual(['a.iana-servers.net']);
  });

  it('is labelled zone.json unless told otherwise', () => {
    expect(source.label).toBe('zone.json');
    expect(createZoneSource(zone, 'case 12').label).toBe('case 12');
  });

  it('gives TXT records as arrays of character-strings', async () => {
    expect((await source.lookup('example.com', 'TXT')).records).toEqual([
      ['v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all'],
    ]);
    expect((await source.lookup('s2026._domainkey.example.com', 'TXT')).records).toEqual([
      ['v=DKIM1; k=rsa; p=MIIBIjANBgkq...', '...IDAQAB'],
    ]);
    // An empty array is a TXT record with no strings, not "no record".
    expect(await source.lookup('empty-txt.example', 'TXT')).toMatchObject({ rcode: 'NOERROR', records: [[]] });
  });

  it('gives NXDOMAIN for an absent name and NODATA for a present name without the type', async () => {
    expect(await source.lookup('nothing.example', 'A')).toMatchObject({ rcode: 'NXDOMAIN', records: [], cnames: [] });
    expect(await source.lookup('2.0.192.zen.dnsbl.example', 'MX')).toMatchObject({ rcode: 'NOERROR', records: [] });
    // A type the format does not know is simply not there.
    expect(await source.lookup('example.com', 'SOA')).toMatchObject({ rcode: 'NOERROR', records: [] });
    // A parent of a present name is not present (no empty non-terminals in zone.json).
    expect(await source.lookup('_domainkey.example.com', 'TXT')).toMatchObject({ rcode: 'NXDOMAIN' });
  });

  it('compares names case-insensitively and without the root dot', async () => {
    expect((await source.lookup('EXAMPLE.Com.', 'a')).records).toEqual(['192.0.2.10']);
    expect(await source.lookup('upper.example', 'A')).toMatchObject({ name: 'upper.example', records: ['192.0.2.99'] });
    expect(await source.lookup('Example.COM', 'TXT')).toMatchObject({ name: 'example.com', type: 'TXT' });
  });

  it('answers every type of a name with an error with that error', async () => {
    for (const type of ['A', 'AAAA', 'TXT', 'MX', 'PTR', 'NS', 'CNAME', 'SOA']) {
      expect(await source.lookup('broken.example', type)).toMatchObject({ rcode: 'SERVFAIL', records: [] });
      expect(await source.lookup('refused.example', type)).toMatchObject({ rcode: 'REFUSED', records: [] });
      expect(await source.lookup('slow.example', type)).toMatchObject({ rcode: 'TIMEOUT', records: [] });
    }
  });

  it('follows a CNAME for every other type and names the chain', async () => {
    expect(await source.lookup('alias.example.com', 'MX')).toEqual({
      name: 'alias.example.com',
      type: 'MX',
      rcode: 'NOERROR',
      records: [{ priority: 10, exchange: 'mx1.example.com' }],
      ttl: null,
      cnames: ['example.com'],
    });
    expect(await source.lookup('alias.example.com', 'TXT')).toMatchObject({
      records: [['v=spf1 ip4:192.0.2.0/24 include:_spf.example.net -all']],
    });
    // The target is compared case-insensitively too, and reported lower-case.
    expect(await source.lookup('mixed-case-target.example', 'A')).toMatchObject({
      records: ['192.0.2.10'],
      cnames: ['example.com'],
    });
  });

  it('returns the CNAME itself when asked for CNAME', async () => {
    expect(await source.lookup('alias.example.com', 'CNAME')).toMatchObject({
      rcode: 'NOERROR',
      records: ['example.com'],
      cnames: [],
    });
    expect(await source.lookup('example.com', 'CNAME')).toMatchObject({ rcode: 'NOERROR', records: [] });
    expect(await source.lookup('loop-a.example', 'CNAME')).toMatchObject({ rcode: 'NOERROR', records: ['loop-b.example'] });
  });

  it('ends a chain at an absent name with NXDOMAIN, at a name without the type with NODATA, at an error with the error', async () => {
    expect(await source.lookup('to-nowhere.example', 'A')).toMatchObject({
      rcode: 'NXDOMAIN',
      records: [],
      cnames: ['absent.example'],
    });
    expect(await source.lookup('to-nodata.example', 'A')).toMatchObject({
      rcode: 'NOERROR',
      records: [],
      cnames: ['ns.example'],
    });
    expect(await source.lookup('to-broken.example', 'TXT')).toMatchObject({
      rcode: 'SERVFAIL',
      cnames: ['broken.example'],
    });
  });

  it('gives SERVFAIL for a CNAME loop', async () => {
    expect(await source.lookup('loop-a.example', 'A')).toMatchObject({
      rcode: 'SERVFAIL',
      records: [],
      cnames: ['loop-b.example', 'loop-a.example'],
    });
    expect(await source.lookup('self.example', 'TXT')).toMatchObject({ rcode: 'SERVFAIL', cnames: ['self.example'] });
  });

  it('follows up to 8 links and gives SERVFAIL past them', async () => {
    const eight = await createZoneSource(chainZone(8)).lookup('c0.example', 'A');
    expect(eight).toMatchObject({ rcode: 'NOERROR', records: ['192.0.2.1'] });
    expect(eight.cnames).toHaveLength(8);
    expect(eight.cnames.at(-1)).toBe('c8.example');
    const nine = await createZoneSource(chainZone(9)).lookup('c0.example', 'A');
    expect(nine).toMatchObject({ rcode: 'SERVFAIL', records: [] });
    expect(nine.error).toMatch(/longer than 8/);
  });

  it('hands out copies: changing an answer does not change the zone', async () => {
    const first = await source.lookup('s2026._domainkey.example.com', 'TXT');
    (first.records[0] as string[]).push('tampered');
    const mx = await source.lookup('example.com', 'MX');
    (mx.records[0] as { priority: number }).priority = 99;
    expect((await source.lookup('s2026._domainkey.example.com', 'TXT')).records[0]).toHaveLength(2);
    expect((await source.lookup('example.com', 'MX')).records).toEqual([{ priority: 10, exchange: 'mx1.example.com' }]);
  });
});
