// DMARC cases (RFC 9989, which obsoletes RFC 7489). Author Domain
// example.com unless a case says otherwise. An ESP (esp.example.net) relays
// with its own bounce address, so its SPF pass is not aligned.

import type { AuthWord, CaseDef, DkimExpectation, Smtp, Zone } from './case-types.ts';
import { dkimKey, dmarcRecord, note, sign, spfRecord } from './fixtures.ts';

const ESP_SMTP: Smtp = { ip: '198.51.100.25', helo: 'out.esp.example.net', mailFrom: 'bounce-7781@esp.example.net' };
const ESP_SPF = spfRecord('esp.example.net', 'v=spf1 ip4:198.51.100.0/24 -all');
const OWN_SMTP: Smtp = { ip: '192.0.2.25', helo: 'mail.example.com', mailFrom: 'alice@example.com' };
const OWN_SPF = spfRecord('example.com', 'v=spf1 ip4:192.0.2.0/24 -all', { A: ['192.0.2.1'] });

interface DmarcCase {
  name: string;
  title: string;
  why: string;
  from?: string;
  /** fields below Message-ID */
  below?: [string, string][];
  smtp?: Smtp;
  /** DKIM signing domain and selector, signed with rsa2048 */
  signedBy?: { domain: string; selector: string };
  zone: Zone;
  spf: AuthWord;
  dmarc?: AuthWord;
  /** the policy the receiver should apply; not a FORMAT.md field, compared with authheaders' policy.dmarc */
  dmarcPolicy?: 'none' | 'quarantine' | 'reject';
  extra?: Record<string, unknown>;
}

function dmarcCase(c: DmarcCase): CaseDef {
  const smtp = c.smtp ?? ESP_SMTP;
  const dkim: DkimExpectation[] = c.signedBy ? [{ ...c.signedBy, result: 'pass' }] : [];
  const keyZone = c.signedBy ? dkimKey(c.signedBy.selector, c.signedBy.domain, 'rsa2048') : {};
  return {
    name: c.name,
    title: c.title,
    why: c.why,
    smtp,
    message: () => {
      const message = note(c.name, { from: c.from ?? 'Alice <alice@example.com>', ...(c.below ? { below: c.below } : {}) });
      return c.signedBy ? sign(message, { key: 'rsa2048', ...c.signedBy }) : message;
    },
    zone: { ...(smtp === ESP_SMTP ? ESP_SPF : {}), ...keyZone, ...c.zone },
    expect: { spf: c.spf, dkim, ...(c.dmarc ? { dmarc: c.dmarc } : {}) },
    extra: { ...(c.dmarcPolicy ? { dmarcPolicy: c.dmarcPolicy } : {}), ...c.extra },
  };
}

export const DMARC_CASES: CaseDef[] = [
  dmarcCase({
    name: 'dmarc-relaxed-dkim-subdomain',
    title: 'DMARC: relaxed alignment through a DKIM signature of a subdomain',
    why: 'SPF passes for esp.example.net, which is not aligned. DKIM passes for d=mail.example.com; under relaxed alignment (the default, RFC 9989 §4.7 adkim) it aligns because mail.example.com and example.com have the same Organizational Domain, example.com (DNS Tree Walk, RFC 9989 §4.10, §4.10.2). One aligned pass: dmarc=pass.',
    signedBy: { domain: 'mail.example.com', selector: 's2048' },
    zone: dmarcRecord('example.com', 'v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com'),
    spf: 'pass',
    dmarc: 'pass',
    dmarcPolicy: 'reject',
  }),
  dmarcCase({
    name: 'dmarc-strict-adkim-fail',
    title: 'DMARC: adkim=s, the passing DKIM domain is only a subdomain',
    why: 'Same message as dmarc-relaxed-dkim-subdomain, but adkim=s requires the DKIM d= to equal the Author Domain exactly (RFC 9989 §4.7, strict alignment §3.2). mail.example.com is not example.com and the SPF pass is for another domain: no aligned pass, dmarc=fail; policy reject.',
    signedBy: { domain: 'mail.example.com', selector: 's2048' },
    zone: dmarcRecord('example.com', 'v=DMARC1; p=reject; adkim=s'),
    spf: 'pass',
    dmarc: 'fail',
    dmarcPolicy: 'reject',
  }),
  dmarcCase({
    name: 'dmarc-strict-aspf-fail',
    title: 'DMARC: aspf=s, SPF passes for a subdomain of the Author Domain',
    why: 'SPF passes for MAIL FROM bounce@mail.example.com. Relaxed alignment would accept it, but aspf=s needs the MAIL FROM domain to equal example.com exactly (RFC 9989 §4.7). No DKIM signature: dmarc=fail, policy quarantine.',
    smtp: { ip: '192.0.2.25', helo: 'mail.example.com', mailFrom: 'bounce@mail.example.com' },
    zone: {
      ...spfRecord('mail.example.com', 'v=spf1 ip4:192.0.2.0/24 -all'),
      ...dmarcRecord('example.com', 'v=DMARC1; p=quarantine; aspf=s'),
    },
    spf: 'pass',
    dmarc: 'fail',
    dmarcPolicy: 'quarantine',
  }),
  dmarcCase({
    name: 'dmarc-spf-only-pass',
    title: 'DMARC: unsigned message, SPF passes for the Author Domain itself',
    why: 'No DKIM signature. SPF passes for MAIL FROM alice@example.com, identical to the Author Domain, so it is aligned in either mode (RFC 9989 §4.10.2): dmarc=pass.',
    smtp: OWN_SMTP,
    zone: { ...OWN_SPF, ...dmarcRecord('example.com', 'v=DMARC1; p=reject') },
    spf: 'pass',
    dmarc: 'pass',
    dmarcPolicy: 'reject',
  }),
  dmarcCase({
    name: 'dmarc-org-domain-fallback-sp',
    title: 'DMARC: existing subdomain without its own record falls back to the organisational record, sp= applies',
    why: 'No record at _dmarc.news.example.com, so policy discovery walks up to _dmarc.example.com (RFC 9989 §4.10.1). The Author Domain is an existing subdomain of it (it has an A record), so the sp= policy applies, not p= (RFC 9989 §4.7 sp, §4.10.1). Nothing aligned passes: dmarc=fail, policy reject from sp=reject.',
    from: 'News <news@news.example.com>',
    zone: {
      'news.example.com': { A: ['192.0.2.60'] },
      ...dmarcRecord('example.com', 'v=DMARC1; p=none; sp=reject'),
    },
    spf: 'pass',
    dmarc: 'fail',
    dmarcPolicy: 'reject',
  }),
  dmarcCase({
    name: 'dmarc-p-applies-to-own-domain',
    title: 'DMARC: the record of the Author Domain itself, p= applies and sp= does not',
    why: 'Same record as dmarc-org-domain-fallback-sp (p=none; sp=reject), but the From domain is example.com itself, where the record is published: the policy comes from p= (RFC 9989 §4.10.1); sp= is only for subdomains (§4.7). dmarc=fail, policy none.',
    zone: dmarcRecord('example.com', 'v=DMARC1; p=none; sp=reject'),
    spf: 'pass',
    dmarc: 'fail',
    dmarcPolicy: 'none',
  }),
  dmarcCase({
    name: 'dmarc-np-nonexistent-subdomain',
    title: 'DMARC: From at a subdomain that does not exist, np= applies',
    why: 'ghost.example.com does not exist (NXDOMAIN, RFC 9989 §3.2 non-existent domains, RFC 8020). Its policy is inherited from _dmarc.example.com, and for a non-existent subdomain the np= tag applies (RFC 9989 §4.7 np, §4.10.1): reject, not sp=quarantine. MAIL FROM at the same missing domain gives SPF none (RFC 7208 §4.3). dmarc=fail, policy reject.',
    from: 'Billing <billing@ghost.example.com>',
    smtp: { ip: '203.0.113.99', helo: 'ghost.example.com', mailFrom: 'billing@ghost.example.com' },
    zone: dmarcRecord('example.com', 'v=DMARC1; p=none; sp=quarantine; np=reject'),
    spf: 'none',
    dmarc: 'fail',
    dmarcPolicy: 'reject',
  }),
  dmarcCase({
    name: 'dmarc-no-record',
    title: 'DMARC: no DMARC record anywhere on the tree walk',
    why: 'Neither _dmarc.example.org nor _dmarc.org has a record, so DMARC does not apply (RFC 9989 §4.10.1: MUST NOT apply the DMARC mechanism): dmarc=none (RFC 7489 §11.2 result "none": no DMARC policy record was published).',
    from: 'Carol <carol@example.org>',
    smtp: { ip: '192.0.2.70', helo: 'mail.example.org', mailFrom: 'carol@example.org' },
    zone: spfRecord('example.org', 'v=spf1 ip4:192.0.2.64/26 -all'),
    spf: 'pass',
    dmarc: 'none',
  }),
  dmarcCase({
    name: 'dmarc-invalid-p-no-rua',
    title: 'DMARC: record with an invalid p= value and no rua',
    why: 'p=bogus is not a valid dmarc-request (RFC 9989 §4.8). RFC 9989 §4.10.1: if a record has no valid p tag and no valid rua URI, the Mail Receiver applies no DMARC processing to the message (RFC 7489 §6.6.3 step 6 says the same with SHOULD). DMARC does not apply: dmarc=none, although SPF and DKIM give no aligned pass.',
    zone: dmarcRecord('example.com', 'v=DMARC1; p=bogus'),
    spf: 'pass',
    dmarc: 'none',
  }),
  dmarcCase({
    name: 'dmarc-invalid-p-with-rua',
    title: 'DMARC: record with an invalid p= value but a valid rua',
    why: 'RFC 9989 §4.10.1: a record without a valid p tag but with at least one syntactically valid rua URI MUST be treated as if it said p=none, and processing continues. Nothing aligned passes: dmarc=fail, with policy none.',
    zone: dmarcRecord('example.com', 'v=DMARC1; p=bogus; rua=mailto:dmarc-reports@example.com'),
    spf: 'pass',
    dmarc: 'fail',
    dmarcPolicy: 'none',
  }),
  dmarcCase({
    name: 'dmarc-record-timeout',
    title: 'DMARC: the _dmarc lookup times out',
    why: 'The policy record cannot be retrieved. RFC 9989 §4.10.1 leaves the handling of DNS errors to the receiver, and the result word for a temporary error during DMARC evaluation is temperror (RFC 7489 §11.2 result "temperror"). Even the aligned SPF pass cannot make it pass without a record.',
    smtp: OWN_SMTP,
    zone: { ...OWN_SPF, '_dmarc.example.com': { error: 'TIMEOUT' } },
    spf: 'pass',
    dmarc: 'temperror',
  }),
  dmarcCase({
    name: 'dmarc-two-from-domains',
    title: 'DMARC: From field with two mailboxes in different domains',
    why: 'RFC 9989 §5.3.1 (and RFC 7489 §6.6.1): DMARC works on a single Author Domain; with mailboxes from two domains there is no single Author Domain and DMARC validation is not possible as specified. The case asserts no dmarc result; a correct analysis says why DMARC was not evaluated. SPF and DKIM are evaluated as usual.',
    from: 'Alice <alice@example.com>, Dave <dave@example.org>',
    // RFC 5322 §3.6.2: a From with several mailboxes needs a Sender field
    below: [['Sender', 'Alice <alice@example.com>']],
    signedBy: { domain: 'example.com', selector: 's2048' },
    zone: {
      ...dmarcRecord('example.com', 'v=DMARC1; p=reject'),
      ...dmarcRecord('example.org', 'v=DMARC1; p=none'),
    },
    spf: 'pass',
    extra: { dmarcNotEvaluated: 'two Author Domains in From (RFC 9989 §5.3.1)' },
  }),
  dmarcCase({
    name: 'dmarc-pct-zero-ignored',
    title: 'DMARC: pct=0 does not soften the result or the policy',
    why: 'pct is not a DMARC tag in RFC 9989 (removed, Appendix A; unknown tags MUST be ignored, §4.7). Nothing aligned passes, so dmarc=fail and the policy is reject as published. (Under RFC 7489 pct only sampled the disposition; the result was fail as well.)',
    zone: dmarcRecord('example.com', 'v=DMARC1; p=reject; pct=0'),
    spf: 'pass',
    dmarc: 'fail',
    dmarcPolicy: 'reject',
  }),
  dmarcCase({
    name: 'dmarc-org-domain-of-mail-subdomain',
    title: 'DMARC: From at mail.example.com, record only at example.com, DKIM by example.com',
    why: 'No record at _dmarc.mail.example.com; the tree walk finds _dmarc.example.com (RFC 9989 §4.10.1), and the Organizational Domain of both mail.example.com and the DKIM domain example.com is example.com (§4.10.2; a public-suffix list gives the same). Relaxed alignment holds: dmarc=pass.',
    from: 'Alice <alice@mail.example.com>',
    signedBy: { domain: 'example.com', selector: 's2048' },
    zone: {
      'mail.example.com': { A: ['192.0.2.25'] },
      ...dmarcRecord('example.com', 'v=DMARC1; p=reject; sp=quarantine'),
    },
    spf: 'pass',
    dmarc: 'pass',
    dmarcPolicy: 'quarantine',
  }),
  dmarcCase({
    name: 'dmarc-psd-tree-walk',
    title: 'DMARC: public suffix domain policy (psd=y) found by the tree walk',
    why: 'shop.example has no record; the tree walk reaches _dmarc.example, published with psd=y (RFC 9989 §4.7 psd, §4.10). The Public Suffix Domain record applies to the subdomain: no sp=, so p=reject (§4.10.1). The Organizational Domain is shop.example, one label below the PSD (§4.10.2); nothing aligned passes: dmarc=fail. RFC 7489 with a public suffix list would find no record: none.',
    from: 'Shop <orders@shop.example>',
    zone: {
      'shop.example': { A: ['203.0.113.80'] },
      ...dmarcRecord('example', 'v=DMARC1; p=reject; psd=y'),
    },
    spf: 'pass',
    dmarc: 'fail',
    dmarcPolicy: 'reject',
  }),
];
