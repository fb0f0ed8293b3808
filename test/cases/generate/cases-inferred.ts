// Cases without `smtp`: the envelope must be read from the message itself,
// as for a pasted message. The receiving host (mx.example.com) wrote the
// topmost Received field; its from-clause names the client's HELO and IP
// (RFC 5321 §4.4), and Return-Path holds the MAIL FROM (RFC 5321 §4.4,
// RFC 5322 §3.6.7). Fields further down were written by other hosts and
// must not be used. `inferredEnvelope` is our own check, not FORMAT.md.

import type { AuthWord, CaseDef, Smtp, Zone } from './case-types.ts';
import { bounceOf, note, spfRecord } from './fixtures.ts';
import { toLf, type HeaderList } from './message.ts';

interface InferredCase {
  name: string;
  title: string;
  why: string;
  /** top to bottom: Return-Path, the receiver's Received, older Received fields */
  above: HeaderList;
  /** a bounce from this host instead of the usual note */
  bounceFrom?: string;
  envelope: Smtp;
  zone: Zone;
  spf: AuthWord;
  lf?: boolean;
}

function inferredCase(c: InferredCase): CaseDef {
  return {
    name: c.name,
    title: c.title,
    why: c.why,
    message: () => {
      const content = c.bounceFrom ? bounceOf(c.bounceFrom) : { from: 'Alice <alice@example.net>' };
      const message = note(c.name, { ...content, to: 'Bob <bob@example.com>', above: c.above });
      return c.lf ? toLf(message) : message;
    },
    zone: c.zone,
    expect: { spf: c.spf },
    extra: { inferredEnvelope: c.envelope, ...(c.lf ? { lineEnds: 'LF' } : {}) },
  };
}

const SUBMISSION: [string, string] = [
  'Received',
  'from [198.51.100.77] (laptop.example.net [198.51.100.77])\n\tby mail.example.net (Postfix) with ESMTPSA id 4Xq1Qx5HkKz3c1\n\tfor <bob@example.com>; Fri, 27 Nov 2026 11:54:31 +0000 (UTC)',
];

export const INFERRED_CASES: CaseDef[] = [
  inferredCase({
    name: 'inferred-postfix-spf-pass',
    title: 'Inferred envelope: Postfix Received and Return-Path, SPF pass',
    why: 'Envelope from the topmost Received (written by the receiver mx.example.com): HELO mail.example.net, IP 192.0.2.10; MAIL FROM from Return-Path: alice@example.net. check_host(192.0.2.10, example.net) matches ip4:192.0.2.0/28: pass (RFC 7208 §5.6). The older submission hop (198.51.100.77) is not the SMTP client of the receiver; using it would give fail.',
    above: [
      ['Return-Path', '<alice@example.net>'],
      [
        'Received',
        'from mail.example.net (mail.example.net [192.0.2.10])\n\tby mx.example.com (Postfix) with ESMTPS id 4Xq1R03Wtfz7Lm\n\tfor <bob@example.com>; Fri, 27 Nov 2026 11:54:33 +0000 (UTC)',
      ],
      SUBMISSION,
    ],
    envelope: { ip: '192.0.2.10', helo: 'mail.example.net', mailFrom: 'alice@example.net' },
    zone: spfRecord('example.net', 'v=spf1 ip4:192.0.2.0/28 -all'),
    spf: 'pass',
  }),
  inferredCase({
    name: 'inferred-forged-helo-spf-fail',
    title: 'Inferred envelope: HELO claims the sender\'s host, the connecting IP is elsewhere',
    why: 'The topmost Received says the client said HELO mail.example.net but connected from 203.0.113.66 (the TCP-info in parentheses is what the receiver saw, RFC 5321 §4.4). SPF checks the IP, not the claimed name: 203.0.113.66 is not in example.net\'s policy, "-all": fail (RFC 7208 §4.6.2).',
    above: [
      ['Return-Path', '<alice@example.net>'],
      [
        'Received',
        'from mail.example.net (unknown [203.0.113.66])\n\tby mx.example.com (Postfix) with ESMTP id 4Xq1R15TqLz8Pn\n\tfor <bob@example.com>; Fri, 27 Nov 2026 11:54:34 +0000 (UTC)',
      ],
    ],
    envelope: { ip: '203.0.113.66', helo: 'mail.example.net', mailFrom: 'alice@example.net' },
    zone: spfRecord('example.net', 'v=spf1 ip4:192.0.2.0/28 -all'),
    spf: 'fail',
  }),
  inferredCase({
    name: 'inferred-ipv6-spf-softfail',
    title: 'Inferred envelope: IPv6 client address in the Received field',
    why: 'The topmost Received gives the client as [IPv6:2001:db8:5::25] (RFC 5321 §4.1.3 address literal). example.net authorises only 2001:db8:1::/48 and ends with "~all": softfail (RFC 7208 §4.6.2).',
    above: [
      ['Return-Path', '<alice@example.net>'],
      [
        'Received',
        'from mail.example.net (mail.example.net [IPv6:2001:db8:5::25])\n\tby mx.example.com (Postfix) with ESMTPS id 4Xq1R26vBnz9Qr\n\tfor <bob@example.com>; Fri, 27 Nov 2026 11:54:35 +0000 (UTC)',
      ],
      SUBMISSION,
    ],
    envelope: { ip: '2001:db8:5::25', helo: 'mail.example.net', mailFrom: 'alice@example.net' },
    zone: spfRecord('example.net', 'v=spf1 ip6:2001:db8:1::/48 ~all'),
    spf: 'softfail',
  }),
  inferredCase({
    name: 'inferred-null-return-path-helo',
    title: 'Inferred envelope: Return-Path <> (a bounce), SPF of the HELO identity',
    why: 'Return-Path: <> records a null reverse-path. RFC 7208 §2.4: check_host() then uses the HELO name from the Received field, mailer.example.net, with sender postmaster@mailer.example.net. Its policy allows 192.0.2.50: pass.',
    bounceFrom: 'mailer.example.net',
    above: [
      ['Return-Path', '<>'],
      [
        'Received',
        'from mailer.example.net (mailer.example.net [192.0.2.50])\n\tby mx.example.com (Postfix) with ESMTPS id 4Xq1R37dCpz1St\n\tfor <bob@example.com>; Fri, 27 Nov 2026 11:54:36 +0000 (UTC)',
      ],
    ],
    envelope: { ip: '192.0.2.50', helo: 'mailer.example.net', mailFrom: '' },
    zone: spfRecord('mailer.example.net', 'v=spf1 ip4:192.0.2.50 -all', { A: ['192.0.2.50'] }),
    spf: 'pass',
  }),
  inferredCase({
    name: 'inferred-exim-lf-paste',
    title: 'Inferred envelope: Exim Received with helo= and envelope-from, pasted with LF',
    why: 'Exim writes the reverse name first and the HELO after "helo=" inside the parentheses: client 192.0.2.11, HELO mail.example.net. Return-Path gives alice@example.net. 192.0.2.11 is in ip4:192.0.2.0/28: pass (RFC 7208 §5.6). The paste lost its CRs, which does not change the header fields.',
    above: [
      ['Return-Path', '<alice@example.net>'],
      [
        'Received',
        'from out-11.example.net ([192.0.2.11] helo=mail.example.net)\n\tby mx.example.com with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <alice@example.net>)\n\tid 1vF3kQ-0004Zx-2B\n\tfor bob@example.com; Fri, 27 Nov 2026 11:54:37 +0000',
      ],
      SUBMISSION,
    ],
    envelope: { ip: '192.0.2.11', helo: 'mail.example.net', mailFrom: 'alice@example.net' },
    zone: spfRecord('example.net', 'v=spf1 ip4:192.0.2.0/28 -all'),
    spf: 'pass',
    lf: true,
  }),
];
