import { describe, expect, it } from 'vitest';
import { snapshotZone, type RecordedAnswer } from '../../src/dns/snapshot.ts';

const answer = (name: string, type: string, rcode: RecordedAnswer['rcode'], records: RecordedAnswer['records'] = [], cnames: string[] = []): RecordedAnswer => ({
  name,
  type,
  rcode,
  records,
  cnames,
});

describe('snapshotZone', () => {
  it('writes one-string TXT records as strings and keeps several strings, or none, as lists', () => {
    expect(snapshotZone([answer('a.example', 'TXT', 'NOERROR', [['one'], ['two', 'parts'], []])])).toEqual({
      records: { 'a.example': { TXT: ['one', ['two', 'parts'], []] } },
    });
  });

  it('gathers the types of one name into one entry', () => {
    expect(
      snapshotZone([
        answer('a.example', 'A', 'NOERROR', ['192.0.2.1']),
        answer('A.Example.', 'MX', 'NOERROR', [{ priority: 1, exchange: 'mx.example' }]),
        answer('a.example', 'TXT', 'NOERROR'),
      ]),
    ).toEqual({ records: { 'a.example': { A: ['192.0.2.1'], MX: [{ priority: 1, exchange: 'mx.example' }] } } });
  });

  it('keeps the first answer about a name when a live DNS contradicts itself', () => {
    expect(
      snapshotZone([
        answer('a.example', 'A', 'TIMEOUT'),
        answer('a.example', 'TXT', 'NOERROR', [['v=spf1 -all']]),
        answer('b.example', 'A', 'NXDOMAIN'),
        answer('b.example', 'TXT', 'NOERROR', [['late']]),
        answer('c.example', 'A', 'NOERROR', ['192.0.2.1']),
        answer('c.example', 'A', 'NOERROR', ['192.0.2.2']),
        answer('c.example', 'MX', 'NOERROR', [], ['elsewhere.example']),
      ]),
    ).toEqual({
      records: {
        'a.example': { error: 'TIMEOUT' },
        'c.example': { A: ['192.0.2.1'] },
        'elsewhere.example': {},
      },
    });
  });

  it('does not add an error for a SERVFAIL that the CNAME links explain', () => {
    const links = Array.from({ length: 9 }, (_, i) => `c${i + 1}.example`);
    const zone = snapshotZone([answer('c0.example', 'A', 'SERVFAIL', [], links)]);
    expect(Object.keys(zone.records)).toHaveLength(9);
    expect(zone.records['c8.example']).toEqual({ CNAME: 'c9.example' });
    expect(zone.records['c9.example']).toBeUndefined();
  });
});
