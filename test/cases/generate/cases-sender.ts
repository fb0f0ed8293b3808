// One case per item of the seed's checklist for a server that sends mail
// (a static IP, forward and reverse DNS that agree, on no blocklist, a
// greeting name that matches, a sender domain that takes mail): the
// headers of a message as pasted, read at the envelope hop written by the
// receiver mx.example.com, and `expectSender` naming the status of every
// scorecard item (src/core/sender). A well-kept server passes every item
// it can; each other case breaks one thing and names what that changes.
// `senderBlocklists` is the user's permission to ask the lists named.

import type { CaseDef, Zone } from './case-types.ts';
import { note } from './fixtures.ts';

type Status = 'pass' | 'warn' | 'fail' | 'cannot-tell';

interface SenderCase {
  name: string;
  title: string;
  why: string;
  ip?: string;
  /** The name the client gave in HELO/EHLO and the receiver's looked-up name for it. */
  helo?: string;
  reverse?: string;
  mailFrom?: string;
  /** Changes to the well-kept zone: an entry replaced, or removed with null. */
  zone?: Record<string, Zone[string] | null>;
  blocklists?: { zone: string; kind: 'ip' | 'domain' }[];
  /** The items that differ from the well-kept server's. */
  items: Partial<Record<string, Status | Status[]>>;
}

const WELL_KEPT_ZONE: Zone = {
  '25.2.0.192.in-addr.arpa': { PTR: ['mail.example.net'] },
  'mail.example.net': { A: ['192.0.2.25'] },
  'example.net': { MX: [{ priority: 10, exchange: 'mail.example.net' }], TXT: ['v=spf1 ip4:192.0.2.25 -all'] },
  'example.com': { MX: [{ priority: 10, exchange: 'mx.example.com' }] },
  'mx.example.com': { A: ['192.0.2.80'] },
};

/** What the well-kept server gets for every item; no page can test for an open relay. */
const WELL_KEPT_ITEMS: Record<string, Status | Status[]> = {
  ptr: 'pass',
  fcrdns: 'pass',
  'static-ip': 'pass',
  helo: 'pass',
  'envelope-domain': 'pass',
  'from-domain': 'pass',
  'receiving-mx': 'pass',
  'open-relay': 'cannot-tell',
};

function senderCase(c: SenderCase): CaseDef {
  const ip = c.ip ?? '192.0.2.25';
  const helo = c.helo ?? 'mail.example.net';
  const reverse = c.reverse ?? helo;
  const mailFrom = c.mailFrom ?? 'alice@example.net';
  const zone: Zone = { ...WELL_KEPT_ZONE };
  for (const [name, entry] of Object.entries(c.zone ?? {})) {
    if (entry === null) delete zone[name];
    else zone[name] = entry;
  }
  const items = { ...WELL_KEPT_ITEMS, ...c.items } as Record<string, Status | Status[]>;
  return {
    name: c.name,
    title: c.title,
    why: c.why,
    message: () =>
      note(c.name, {
        from: `Alice <${mailFrom}>`,
        to: 'Bob <bob@example.com>',
        above: [
          ['Return-Path', `<${mailFrom}>`],
          ['Received', `from ${helo} (${reverse} [${ip}])\n\tby mx.example.com (Postfix) with ESMTPS id 4Xs1Q7mZ2kz9Tp\n\tfor <bob@example.com>; Fri, 27 Nov 2026 11:54:33 +0000 (UTC)`],
        ],
      }),
    zone,
    expect: {},
    extra: {
      ...(c.blocklists ? { senderBlocklists: c.blocklists } : {}),
      expectSender: { blocklists: c.blocklists ? 'asked' : 'not-asked', items },
    },
  };
}

const ZEN = [{ zone: 'zen.spamhaus.org', kind: 'ip' as const }];

export const SENDER_CASES: CaseDef[] = [
  senderCase({
    name: 'sender-well-kept',
    title: 'Sender checklist: a well-kept server passes every item a page can check',
    why: 'PTR 192.0.2.25 → mail.example.net, whose A is 192.0.2.25 (forward-confirmed, RFC 8601 §3 iprev); the name is no access-line name; HELO mail.example.net resolves to the address and is the reverse name; example.net has MX; the receiving host mx.example.com is the MX of example.com. An open relay cannot be tested from a page (no SMTP session): cannot tell.',
    items: {},
  }),
  senderCase({
    name: 'sender-no-ptr',
    title: 'Sender checklist: no reverse DNS (PTR) for the sending address',
    why: '25.2.0.192.in-addr.arpa does not exist (NXDOMAIN): the address has no reverse name (ptr fail), so nothing leads back to it (fcrdns fail, as Postfix reject_unknown_client_hostname would), there is no name to judge as static or dynamic (cannot tell). HELO mail.example.net resolves to the address, which is all that can be asked of it without a reverse name (pass).',
    reverse: 'unknown',
    zone: { '25.2.0.192.in-addr.arpa': null },
    items: { ptr: 'fail', fcrdns: 'fail', 'static-ip': 'cannot-tell' },
  }),
  senderCase({
    name: 'sender-ptr-not-confirmed',
    title: 'Sender checklist: a reverse name that does not lead back to the address',
    why: 'PTR 192.0.2.25 → mail.example.net, but mail.example.net has A 192.0.2.99 only: forward and reverse DNS disagree (fcrdns fail). HELO mail.example.net then resolves to another address: warn (it resolves, so Postfix reject_unknown_helo_hostname would accept it, but it does not name the client).',
    zone: { 'mail.example.net': { A: ['192.0.2.99'] } },
    items: { fcrdns: 'fail', helo: 'warn' },
  }),
  senderCase({
    name: 'sender-generic-reverse-name',
    title: 'Sender checklist: a dynamic access-line reverse name (not a static server address)',
    why: 'PTR 198.51.100.7 → dsl-198-51-100-7.pool.isp.example, which leads back to 198.51.100.7 (fcrdns pass), but the name carries the pool words dsl and pool and the address\'s own digits: a generic name of a dynamic line, the seed\'s "static IP" item (inferred from the name). The client greets with that name, so HELO matches.',
    ip: '198.51.100.7',
    helo: 'dsl-198-51-100-7.pool.isp.example',
    zone: {
      '7.100.51.198.in-addr.arpa': { PTR: ['dsl-198-51-100-7.pool.isp.example'] },
      'dsl-198-51-100-7.pool.isp.example': { A: ['198.51.100.7'] },
    },
    items: { 'static-ip': 'fail' },
  }),
  senderCase({
    name: 'sender-helo-unresolvable',
    title: 'Sender checklist: a greeting (HELO) name that does not resolve',
    why: 'The client greets as mailer.example.net, a name that does not exist (NXDOMAIN): helo fail (Postfix reject_unknown_helo_hostname). Its reverse DNS is in order.',
    helo: 'mailer.example.net',
    reverse: 'mail.example.net',
    items: { helo: 'fail' },
  }),
  senderCase({
    name: 'sender-helo-mismatch',
    title: 'Sender checklist: a greeting (HELO) name of another host',
    why: 'The client greets as www.example.net, which resolves to 192.0.2.80, not to the client 192.0.2.25, and is not its reverse name mail.example.net: warn (a greeting that resolves passes reject_unknown_helo_hostname, but names another host).',
    helo: 'www.example.net',
    reverse: 'mail.example.net',
    zone: { 'www.example.net': { A: ['192.0.2.80'] } },
    items: { helo: 'warn' },
  }),
  senderCase({
    name: 'sender-blocklisted',
    title: 'Sender checklist: the sending address is on Spamhaus ZEN',
    why: 'Asked with the user\'s permission: 25.2.0.192.zen.spamhaus.org answers 127.0.0.2, the SBL code (RFC 5782 §2.1; Spamhaus return codes): listed, blocklist-ip fail. The domains are asked of no domain list (only ZEN was allowed).',
    blocklists: ZEN,
    zone: { '25.2.0.192.zen.spamhaus.org': { A: ['127.0.0.2'], TXT: ['https://check.spamhaus.org/query/ip/192.0.2.25'] } },
    items: { 'blocklist-ip': ['fail'] },
  }),
  senderCase({
    name: 'sender-blocklist-refused',
    title: 'Sender checklist: Spamhaus refuses the query through a public resolver (127.255.255.254)',
    why: 'Spamhaus answers 127.255.255.254 to queries that come through public resolvers: not a listing and not a clean answer, so blocklist-ip is cannot tell, with what to do instead (check.spamhaus.org, or a resolver of your own).',
    blocklists: ZEN,
    zone: { '25.2.0.192.zen.spamhaus.org': { A: ['127.255.255.254'] } },
    items: { 'blocklist-ip': ['cannot-tell'] },
  }),
  senderCase({
    name: 'sender-domain-without-mx',
    title: 'Sender checklist: a sender domain that takes no mail (no MX, no A)',
    why: 'MAIL FROM and From are alice@nomail.example; nomail.example exists (it has an SPF record) but has neither MX nor A: nothing can be sent back to it (RFC 5321 §5.1: no implicit MX either), so envelope-domain and from-domain fail.',
    mailFrom: 'alice@nomail.example',
    zone: { 'nomail.example': { TXT: ['v=spf1 ip4:192.0.2.25 -all'] } },
    items: { 'envelope-domain': 'fail', 'from-domain': 'fail' },
  }),
];
