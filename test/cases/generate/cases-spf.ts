// SPF cases (RFC 7208). MAIL FROM alice@example.org unless a case says
// otherwise; each zone holds only what check_host() needs.

import type { AuthWord, CaseDef, Smtp, Zone } from './case-types.ts';
import { bounceOf, note, spfRecord } from './fixtures.ts';

const d = 'example.org';
const FROM = `alice@${d}`;

interface SpfCase {
  name: string;
  title: string;
  why: string;
  smtp: Partial<Smtp> & { ip: string };
  zone: Zone;
  spf: AuthWord;
  extra?: Record<string, unknown>;
}

function spfCase(c: SpfCase): CaseDef {
  const smtp: Smtp = { ip: c.smtp.ip, helo: c.smtp.helo ?? 'mail.example.org', mailFrom: c.smtp.mailFrom ?? FROM };
  return {
    name: c.name,
    title: c.title,
    why: c.why,
    smtp,
    message: () => note(c.name, smtp.mailFrom ? { from: `Alice <${smtp.mailFrom}>` } : bounceOf(smtp.helo)),
    zone: c.zone,
    expect: { spf: c.spf },
    ...(c.extra ? { extra: c.extra } : {}),
  };
}

/** Names that each hold one A record, for the lookup-limit case. */
function hosts(count: number): Zone {
  const zone: Zone = {};
  for (let n = 1; n <= count; n++) zone[`h${n}.${d}`] = { A: [`198.51.100.${n}`] };
  return zone;
}

export const SPF_CASES: CaseDef[] = [
  spfCase({
    name: 'spf-ip4-pass',
    title: 'SPF: client inside an ip4 network of the policy',
    why: 'ip4:192.0.2.0/24 matches 192.0.2.10 (RFC 7208 §5.6); a mechanism without qualifier is "+" (§4.6.2), so the result is pass (§2.6.3).',
    smtp: { ip: '192.0.2.10' },
    zone: spfRecord(d, 'v=spf1 ip4:192.0.2.0/24 -all'),
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-fail-dash-all',
    title: 'SPF: client outside the policy, "-all"',
    why: 'No mechanism before all matches 203.0.113.77; all always matches (RFC 7208 §5.1) and its "-" qualifier gives fail (§4.6.2, §2.6.4).',
    smtp: { ip: '203.0.113.77' },
    zone: spfRecord(d, 'v=spf1 ip4:192.0.2.0/24 -all'),
    spf: 'fail',
  }),
  spfCase({
    name: 'spf-softfail-tilde-all',
    title: 'SPF: client outside the policy, "~all"',
    why: 'all matches with the "~" qualifier: softfail (RFC 7208 §4.6.2, §2.6.5).',
    smtp: { ip: '203.0.113.77' },
    zone: spfRecord(d, 'v=spf1 ip4:192.0.2.0/24 ~all'),
    spf: 'softfail',
  }),
  spfCase({
    name: 'spf-neutral-question-all',
    title: 'SPF: client outside the policy, "?all"',
    why: 'all matches with the "?" qualifier: neutral (RFC 7208 §4.6.2, §2.6.2).',
    smtp: { ip: '203.0.113.77' },
    zone: spfRecord(d, 'v=spf1 ip4:192.0.2.0/24 ?all'),
    spf: 'neutral',
  }),
  spfCase({
    name: 'spf-ip6-plus-qualifier',
    title: 'SPF: IPv6 client matched by "+ip6" with an explicit plus qualifier',
    why: 'The client 2001:db8:25::1 is inside 2001:db8:25::/48 (RFC 7208 §5.6); the explicit "+" qualifier gives pass (§4.6.2). The ip4 mechanism is skipped for an IPv6 client.',
    smtp: { ip: '2001:db8:25::1' },
    zone: spfRecord(d, 'v=spf1 ip4:192.0.2.0/24 +ip6:2001:db8:25::/48 -all'),
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-a-ipv6-dual-cidr',
    title: 'SPF: IPv6 client matched by "a" with an IPv6 prefix length (a//64)',
    why: 'For an IPv6 client the a mechanism looks up AAAA records (RFC 7208 §5.3) and compares with the ip6-cidr-length after "//" (§5.6): 2001:db8:1::99 is in 2001:db8:1::/64 around mail.example.org: pass.',
    smtp: { ip: '2001:db8:1::99' },
    zone: {
      ...spfRecord(d, 'v=spf1 a:mail.example.org/24//64 -all'),
      'mail.example.org': { A: ['192.0.2.20'], AAAA: ['2001:db8:1::1'] },
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-a-cidr-pass',
    title: 'SPF: "a/28" matches a neighbour of the domain address',
    why: 'a/28 takes the A record of example.org (203.0.113.1) with a /28 prefix (RFC 7208 §5.3, §5.6): 203.0.113.0 to .15; 203.0.113.14 matches: pass.',
    smtp: { ip: '203.0.113.14' },
    zone: spfRecord(d, 'v=spf1 a/28 -all', { A: ['203.0.113.1'] }),
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-a-cidr-outside',
    title: 'SPF: "a/28" does not cover the next address block',
    why: 'Same policy as spf-a-cidr-pass; 203.0.113.16 is just outside 203.0.113.0/28 (RFC 7208 §5.6), so "-all" decides: fail.',
    smtp: { ip: '203.0.113.16' },
    zone: spfRecord(d, 'v=spf1 a/28 -all', { A: ['203.0.113.1'] }),
    spf: 'fail',
  }),
  spfCase({
    name: 'spf-mx-cidr',
    title: 'SPF: "mx/24" matches a host in the mail exchanger\'s /24',
    why: 'mx looks up the MX hosts of example.org and their A records (RFC 7208 §5.4); with /24, 198.51.100.200 is in the network of mx1.example.org (198.51.100.1): pass.',
    smtp: { ip: '198.51.100.200' },
    zone: {
      ...spfRecord(d, 'v=spf1 mx/24 -all', { MX: [{ priority: 10, exchange: 'mx1.example.org' }] }),
      'mx1.example.org': { A: ['198.51.100.1'] },
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-ptr',
    title: 'SPF: "ptr" with a validated reverse name under the domain',
    why: 'ptr (RFC 7208 §5.5) takes the PTR names of 192.0.2.33, keeps those whose A record points back to the client (mail.example.org), and matches one that ends in example.org: pass. §5.5 discourages ptr, but it is still a mechanism with a defined result.',
    smtp: { ip: '192.0.2.33' },
    zone: {
      ...spfRecord(d, 'v=spf1 ptr -all'),
      '33.2.0.192.in-addr.arpa': { PTR: ['mail.example.org'] },
      'mail.example.org': { A: ['192.0.2.33'] },
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-include-pass',
    title: 'SPF: client authorised through "include" of a provider policy',
    why: 'include evaluates _spf.example.net recursively; its pass makes the include match (RFC 7208 §5.2 table), so the result is pass.',
    smtp: { ip: '198.51.100.20' },
    zone: {
      ...spfRecord(d, 'v=spf1 include:_spf.example.net -all'),
      ...spfRecord('_spf.example.net', 'v=spf1 ip4:198.51.100.0/24 -all'),
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-redirect',
    title: 'SPF: policy delegated with "redirect="',
    why: 'No mechanism in the record and a redirect modifier: the result is that of check_host() for _spf.example.net (RFC 7208 §6.1), whose ip4 matches 198.51.100.20: pass.',
    smtp: { ip: '198.51.100.20' },
    zone: {
      ...spfRecord(d, 'v=spf1 redirect=_spf.example.net'),
      ...spfRecord('_spf.example.net', 'v=spf1 ip4:198.51.100.0/24 -all'),
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-exp-explanation',
    title: 'SPF: fail with an "exp=" explanation using %{s} and %{i}',
    why: 'The client matches nothing, "-all" gives fail (RFC 7208 §4.6.2). exp= names a TXT record whose text is macro-expanded (§6.2, §7.3: %{s} = the sender, %{i} = the client IP) and returned as the explanation of the fail.',
    smtp: { ip: '203.0.113.77' },
    zone: {
      ...spfRecord(d, 'v=spf1 ip4:192.0.2.0/24 -all exp=explain._spf.%{d}'),
      'explain._spf.example.org': { TXT: ['%{s} is not allowed to send mail from %{i}'] },
    },
    spf: 'fail',
    extra: { spfExplanation: 'alice@example.org is not allowed to send mail from 203.0.113.77' },
  }),
  spfCase({
    name: 'spf-exists-macro-i-d',
    title: 'SPF: "exists" built from %{i} and %{d}',
    why: '%{i} expands to 192.0.2.10 and %{d} to example.org (RFC 7208 §7.2, §7.3), so exists queries 192.0.2.10._allow.example.org, which has an A record: match (§5.7), pass.',
    smtp: { ip: '192.0.2.10' },
    zone: {
      ...spfRecord(d, 'v=spf1 exists:%{i}._allow.%{d} -all'),
      '192.0.2.10._allow.example.org': { A: ['127.0.0.2'] },
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-macro-ir-v',
    title: 'SPF: "exists" with the reversed IP %{ir} and %{v}',
    why: 'The "r" transformer reverses the dot-separated parts (RFC 7208 §7.3): %{ir} = 10.2.0.192; %{v} is "in-addr" for IPv4 (§7.3). exists queries 10.2.0.192.in-addr._spf.example.org, which exists: pass. A wrong expansion would find no record and fall to "-all".',
    smtp: { ip: '192.0.2.10' },
    zone: {
      ...spfRecord(d, 'v=spf1 exists:%{ir}.%{v}._spf.%{d} -all'),
      '10.2.0.192.in-addr._spf.example.org': { A: ['127.0.0.2'] },
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-macro-l-h',
    title: 'SPF: "exists" with the local part %{l} and the HELO name %{h}',
    why: '%{l} is the local part of the sender (alice) and %{h} the HELO/EHLO name (mail.example.net) (RFC 7208 §7.3): exists queries alice.mail.example.net._auth.example.org, which exists: pass.',
    smtp: { ip: '198.51.100.9', helo: 'mail.example.net' },
    zone: {
      ...spfRecord(d, 'v=spf1 exists:%{l}.%{h}._auth.%{d} -all'),
      'alice.mail.example.net._auth.example.org': { A: ['127.0.0.2'] },
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-macro-d2-transformer',
    title: 'SPF: include target built with %{d2} from a deep sender domain',
    why: 'The sender domain is bounce.mail.example.org; the transformer "2" keeps the two right-most labels (RFC 7208 §7.3), so %{d2} = example.org and the include goes to _spf.example.org, whose ip4 matches: pass.',
    smtp: { ip: '192.0.2.45', mailFrom: 'alice@bounce.mail.example.org' },
    zone: {
      ...spfRecord('bounce.mail.example.org', 'v=spf1 include:_spf.%{d2} -all'),
      ...spfRecord('_spf.example.org', 'v=spf1 ip4:192.0.2.0/24 -all'),
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-macro-o-inside-include',
    title: 'SPF: %{o} inside an included policy still names the sender domain',
    why: 'Inside include:_spf.example.net, %{d} is the current domain (_spf.example.net) but %{o} stays the domain of the sender, example.org (RFC 7208 §7.3). exists:%{o}._customers.example.net finds example.org._customers.example.net: pass.',
    smtp: { ip: '203.0.113.30' },
    zone: {
      ...spfRecord(d, 'v=spf1 include:_spf.example.net -all'),
      ...spfRecord('_spf.example.net', 'v=spf1 exists:%{o}._customers.example.net -all'),
      'example.org._customers.example.net': { A: ['127.0.0.2'] },
    },
    spf: 'pass',
  }),
  spfCase({
    name: 'spf-too-many-lookups',
    title: 'SPF: eleven DNS-querying mechanisms, over the limit of ten',
    why: 'RFC 7208 §4.6.4: a, mx, ptr, exists, include and redirect count towards a limit of 10 DNS queries; the 11th a: mechanism exceeds it and check_host() returns permerror, even though every name resolves.',
    smtp: { ip: '203.0.113.5' },
    zone: {
      ...spfRecord(d, `v=spf1 ${Array.from({ length: 11 }, (_, i) => `a:h${i + 1}.${d}`).join(' ')} -all`),
      ...hosts(11),
    },
    spf: 'permerror',
  }),
  spfCase({
    name: 'spf-void-lookup-limit',
    title: 'SPF: three lookups that return no answer, over the void limit of two',
    why: 'RFC 7208 §4.6.4: lookups answering NXDOMAIN or no records are void, and more than two void lookups make check_host() return permerror. The third a: is void before the matching ip4 is reached, so permerror, not pass.',
    smtp: { ip: '192.0.2.10' },
    zone: spfRecord(d, 'v=spf1 a:void1.example.org a:void2.example.org a:void3.example.org ip4:192.0.2.0/24 -all'),
    spf: 'permerror',
  }),
  spfCase({
    name: 'spf-no-record',
    title: 'SPF: the sender domain has TXT records, but none is an SPF record',
    why: 'No TXT record starts with "v=spf1" (RFC 7208 §4.5), so there is no SPF record: none (§2.6.1). The verification TXT record is not SPF.',
    smtp: { ip: '192.0.2.10' },
    zone: { [d]: { A: ['192.0.2.1'], TXT: ['site-verification=4d1c0a9e7b'] } },
    spf: 'none',
  }),
  spfCase({
    name: 'spf-two-records',
    title: 'SPF: two "v=spf1" records at the sender domain',
    why: 'RFC 7208 §4.5: if the DNS returns more than one SPF record, check_host() exits with permerror (no choosing between them).',
    smtp: { ip: '192.0.2.10' },
    zone: { [d]: { TXT: ['v=spf1 ip4:192.0.2.0/24 -all', 'v=spf1 include:_spf.example.net ~all'] } },
    spf: 'permerror',
  }),
  spfCase({
    name: 'spf-syntax-error',
    title: 'SPF: record with an unknown mechanism ("ipv4:")',
    why: '"ipv4" is not a mechanism (RFC 7208 §4.6.1, §12 ABNF); a syntax error anywhere in the record makes check_host() return permerror without evaluating it (§4.6), even though the first mechanism would match the client.',
    smtp: { ip: '192.0.2.10' },
    zone: spfRecord(d, 'v=spf1 ip4:192.0.2.0/24 ipv4:198.51.100.0/24 -all'),
    spf: 'permerror',
  }),
  spfCase({
    name: 'spf-record-timeout',
    title: 'SPF: the TXT lookup of the sender domain times out',
    why: 'RFC 7208 §4.4: if the DNS lookup of the SPF record times out (or returns a server failure), check_host() exits with temperror.',
    smtp: { ip: '192.0.2.10' },
    zone: { [d]: { error: 'TIMEOUT' } },
    spf: 'temperror',
  }),
  spfCase({
    name: 'spf-include-without-record',
    title: 'SPF: include of a domain that publishes no SPF record',
    why: 'RFC 7208 §5.2: when the included check_host() returns none, include gives permerror (the domain owner pointed at a name with no policy).',
    smtp: { ip: '198.51.100.20' },
    zone: {
      ...spfRecord(d, 'v=spf1 include:nospf.example.net -all'),
      'nospf.example.net': { A: ['198.51.100.1'] },
    },
    spf: 'permerror',
  }),
  spfCase({
    name: 'spf-null-mail-from-helo',
    title: 'SPF: null reverse-path (MAIL FROM:<>), the HELO identity is checked',
    why: 'RFC 7208 §2.4: with an empty MAIL FROM, check_host() uses the HELO domain and the sender postmaster@<helo>. mail.example.net authorises its own A record, 192.0.2.40: pass.',
    smtp: { ip: '192.0.2.40', helo: 'mail.example.net', mailFrom: '' },
    zone: spfRecord('mail.example.net', 'v=spf1 a -all', { A: ['192.0.2.40'] }),
    spf: 'pass',
  }),
];
