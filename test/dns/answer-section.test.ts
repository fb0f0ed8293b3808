import { describe, expect, it } from 'vitest';
import { answerFromSection, MAX_CNAME_LINKS, rcodeFromNumber } from '../../src/dns/answer-section.ts';
import type { ResourceRecord } from '../../src/dns/dns-message.ts';

const cname = (name: string, target: string, ttl = 300): ResourceRecord => ({ name, type: 5, ttl, data: target });
const a = (name: string, address: string, ttl = 300): ResourceRecord => ({ name, type: 1, ttl, data: address });

describe('answerFromSection', () => {
  it('keeps the records of the asked type and name, with the lowest TTL', () => {
    const answer = answerFromSection({ name: 'Example.com.', type: 'A' }, 'NOERROR', [
      a('example.com.', '192.0.2.1', 300),
      a('EXAMPLE.com', '192.0.2.2', 60),
      a('other.example', '192.0.2.3', 1),
      { name: 'example.com', type: 16, ttl: 1, data: ['not asked'] },
    ]);
    expect(answer).toEqual({ name: 'example.com', type: 'A', rcode: 'NOERROR', records: ['192.0.2.1', '192.0.2.2'], ttl: 60, cnames: [] });
  });

  it('follows the CNAME chain, counting its TTLs too', () => {
    const answer = answerFromSection({ name: 'www.example.com', type: 'A' }, 'NOERROR', [
      a('example.net', '192.0.2.9', 600),
      cname('cdn.example.org', 'example.net', 30),
      cname('www.example.com', 'CDN.example.org.', 3600),
    ]);
    expect(answer).toMatchObject({ records: ['192.0.2.9'], cnames: ['cdn.example.org', 'example.net'], ttl: 30 });
  });

  it('keeps the chain with NXDOMAIN and NODATA (RFC 6604 §3) and has no TTL without records', () => {
    const chain = [cname('a.example', 'b.example', 30)];
    expect(answerFromSection({ name: 'a.example', type: 'A' }, 'NXDOMAIN', chain)).toMatchObject({
      rcode: 'NXDOMAIN',
      records: [],
      cnames: ['b.example'],
      ttl: 30,
    });
    expect(answerFromSection({ name: 'x.example', type: 'A' }, 'NOERROR', [])).toMatchObject({ records: [], ttl: null });
  });

  it('gives the CNAME itself when asked for CNAME', () => {
    expect(answerFromSection({ name: 'a.example', type: 'CNAME' }, 'NOERROR', [cname('a.example', 'b.example'), cname('b.example', 'c.example')])).toMatchObject({
      records: ['b.example'],
      cnames: [],
    });
  });

  it('gives SERVFAIL for a loop or a chain past 8 links', () => {
    const loop = answerFromSection({ name: 'a.example', type: 'TXT' }, 'NOERROR', [cname('a.example', 'b.example'), cname('b.example', 'a.example')]);
    expect(loop).toMatchObject({ rcode: 'SERVFAIL', records: [], cnames: ['b.example', 'a.example'], error: 'CNAME loop at a.example' });
    const links = (count: number) => Array.from({ length: count }, (_, i) => cname(`c${i}.example`, `c${i + 1}.example`));
    expect(MAX_CNAME_LINKS).toBe(8);
    expect(answerFromSection({ name: 'c0.example', type: 'A' }, 'NOERROR', [...links(8), a('c8.example', '192.0.2.1')])).toMatchObject({ rcode: 'NOERROR', records: ['192.0.2.1'] });
    expect(answerFromSection({ name: 'c0.example', type: 'A' }, 'NOERROR', [...links(9), a('c9.example', '192.0.2.1')])).toMatchObject({ rcode: 'SERVFAIL', error: /longer than 8/ });
  });
});

describe('rcodeFromNumber', () => {
  it('maps the rcodes of RFC 1035 §4.1.1 and keeps the others as SERVFAIL with a reason', () => {
    expect(rcodeFromNumber(0)).toEqual({ rcode: 'NOERROR' });
    expect(rcodeFromNumber(2)).toEqual({ rcode: 'SERVFAIL' });
    expect(rcodeFromNumber(3)).toEqual({ rcode: 'NXDOMAIN' });
    expect(rcodeFromNumber(5)).toEqual({ rcode: 'REFUSED' });
    expect(rcodeFromNumber(1)).toEqual({ rcode: 'SERVFAIL', error: 'the server answered rcode 1 (FORMERR)' });
    expect(rcodeFromNumber(4).error).toMatch(/NOTIMP/);
    expect(rcodeFromNumber(15).error).toMatch(/unassigned/);
  });
});
