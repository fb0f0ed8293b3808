// One zone and the answers every DoH form must give for it, shared by the
// wire and JSON tests (each runs them against the local DoH server).

import type { DnsAnswer } from '../../src/dns/resolver.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';

export const LONG_KEY = `v=DKIM1; k=rsa; p=${'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'.repeat(9)}IDAQAB`;

export const DOH_ZONE: ZoneFile = {
  records: {
    'example.com': {
      TXT: ['v=spf1 ip4:192.0.2.0/24 -all', ['v=DKIM1; ', 'p=two-strings']],
      MX: [
        { priority: 10, exchange: 'mx1.example.com' },
        { priority: 20, exchange: 'mx2.example.com' },
      ],
      A: ['192.0.2.10', '192.0.2.11'],
      AAAA: ['2001:db8::10'],
      NS: ['ns1.example.net'],
    },
    'long._domainkey.example.com': { TXT: [LONG_KEY] },
    'quotes.example': { TXT: ['say "hi" \\ back; ünï'] },
    'www.example.com': { CNAME: 'cdn.example.net' },
    'cdn.example.net': { CNAME: 'example.com' },
    'dangling.example': { CNAME: 'absent.example' },
    'to-nodata.example': { CNAME: 'quotes.example' },
    'loop-a.example': { CNAME: 'loop-b.example' },
    'loop-b.example': { CNAME: 'loop-a.example' },
    '10.2.0.192.in-addr.arpa': { PTR: ['mail.example.com'] },
    '0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa': { PTR: ['v6.example.com'] },
    'servfail.example': { error: 'SERVFAIL' },
    'refused.example': { error: 'REFUSED' },
    'slow.example': { error: 'TIMEOUT' },
  },
};

export interface DohCase {
  name: string;
  type: string;
  expect: Partial<DnsAnswer>;
}

/** What every form gives; TXT cases differ for Google's JSON and are listed apart. */
export const DOH_CASES: DohCase[] = [
  { name: 'example.com', type: 'A', expect: { rcode: 'NOERROR', records: ['192.0.2.10', '192.0.2.11'], cnames: [], ttl: 300 } },
  { name: 'EXAMPLE.com.', type: 'aaaa', expect: { name: 'example.com', type: 'AAAA', records: ['2001:db8::10'] } },
  {
    name: 'example.com',
    type: 'MX',
    expect: { records: [{ priority: 10, exchange: 'mx1.example.com' }, { priority: 20, exchange: 'mx2.example.com' }] },
  },
  { name: 'example.com', type: 'NS', expect: { records: ['ns1.example.net'] } },
  { name: '10.2.0.192.in-addr.arpa', type: 'PTR', expect: { records: ['mail.example.com'] } },
  {
    name: '0.1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
    type: 'PTR',
    expect: { records: ['v6.example.com'] },
  },
  { name: 'absent.example', type: 'A', expect: { rcode: 'NXDOMAIN', records: [], ttl: null, cnames: [] } },
  { name: 'example.com', type: 'PTR', expect: { rcode: 'NOERROR', records: [], ttl: null } },
  { name: 'servfail.example', type: 'TXT', expect: { rcode: 'SERVFAIL', records: [] } },
  { name: 'refused.example', type: 'A', expect: { rcode: 'REFUSED', records: [] } },
  { name: 'www.example.com', type: 'A', expect: { rcode: 'NOERROR', records: ['192.0.2.10', '192.0.2.11'], cnames: ['cdn.example.net', 'example.com'] } },
  { name: 'www.example.com', type: 'CNAME', expect: { rcode: 'NOERROR', records: ['cdn.example.net'], cnames: [] } },
  { name: 'dangling.example', type: 'A', expect: { rcode: 'NXDOMAIN', records: [], cnames: ['absent.example'] } },
  { name: 'to-nodata.example', type: 'MX', expect: { rcode: 'NOERROR', records: [], cnames: ['quotes.example'] } },
  { name: 'loop-a.example', type: 'A', expect: { rcode: 'SERVFAIL', records: [], cnames: ['loop-b.example', 'loop-a.example'], error: 'CNAME loop at loop-a.example' } },
];

/** TXT as the wire format and Cloudflare's quoted JSON give it: every character-string kept. */
export const TXT_CASES: DohCase[] = [
  { name: 'example.com', type: 'TXT', expect: { records: [['v=spf1 ip4:192.0.2.0/24 -all'], ['v=DKIM1; ', 'p=two-strings']] } },
  // Over 255 octets: served as 255-octet character-strings (RFC 1035 §3.3).
  { name: 'long._domainkey.example.com', type: 'TXT', expect: { records: [[LONG_KEY.slice(0, 255), LONG_KEY.slice(255, 510)]] } },
  { name: 'quotes.example', type: 'TXT', expect: { records: [['say "hi" \\ back; ünï']] } },
  { name: 'www.example.com', type: 'TXT', expect: { cnames: ['cdn.example.net', 'example.com'], records: [['v=spf1 ip4:192.0.2.0/24 -all'], ['v=DKIM1; ', 'p=two-strings']] } },
];
