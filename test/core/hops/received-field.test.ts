// parseReceived on the forms real MTAs write, one line each, and on the
// traps other header tools fall into (build numbers and Gmail ids taken
// for addresses, "with cipher" inside Postfix's TLS comment, a HELO that
// is an address, dates with text after them, no ";").

import { describe, expect, it } from 'vitest';
import { parseReceived, MAX_RECEIVED_LENGTH, type ParsedReceived } from '../../../src/core/hops/received-field.ts';

type Expected = Partial<Omit<ParsedReceived, 'signals' | 'date' | 'notes'>> & { time?: string | null; noteCodes?: string[] };

function check(value: string, expected: Expected): void {
  const parsed = parseReceived(value);
  const { time, noteCodes, ...fields } = expected;
  for (const [key, want] of Object.entries(fields)) expect(parsed[key as keyof ParsedReceived], key).toEqual(want);
  if (time !== undefined) expect(parsed.date?.utc ?? null).toBe(time);
  if (noteCodes) expect(parsed.notes.map((n) => n.code)).toEqual(noteCodes);
}

describe('parseReceived: MTA formats', () => {
  it('Postfix: HELO (reverse name [address]), TLS comment, ESMTPS', () => {
    check('from mail.example.net (mail.example.net [192.0.2.10]) (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)) (No client certificate requested) by mx.example.com (Postfix) with ESMTPS id 4Xq2A10k3Bz9Tn for <bob@example.com>; Fri, 27 Nov 2026 11:50:02 +0000 (UTC)', {
      from: 'mail.example.net', reverseName: 'mail.example.net', ip: '192.0.2.10', by: 'mx.example.com', with: 'ESMTPS', id: '4Xq2A10k3Bz9Tn', for: 'bob@example.com',
      software: 'Postfix', tls: true, tlsVersion: 'TLSv1.3', tlsCipher: 'TLS_AES_256_GCM_SHA384', time: '2026-11-27T11:50:02.000Z', unparsed: [],
    });
  });

  it('Postfix: "unknown" reverse name and a HELO that is an address', () => {
    check('from 192.0.2.1 (unknown [203.0.113.66]) by mx.example.com (Postfix) with SMTP id 4X; Fri, 27 Nov 2026 11:51:20 +0000', {
      from: '192.0.2.1', reverseName: null, ip: '203.0.113.66', tls: false, noteCodes: ['reverse-unknown', 'helo-bare-address'],
    });
  });

  it('vger.kernel.org: reverse name ([ip]:port "EHLO name" rhost-flags)', () => {
    check('from mail.example.net ([192.0.2.10]:38784 "EHLO relay.example.net" rhost-flags-OK-OK-OK-OK) by lists.example.org with ESMTP id S229457AbjAAQJl (ORCPT <rfc822;team@lists.example.org>); Sun, 1 Jan 2023 11:09:41 -0500', {
      from: 'relay.example.net', reverseName: 'mail.example.net', ip: '192.0.2.10', software: null, unparsed: ['(ORCPT <rfc822;team@lists.example.org>)'],
    });
  });

  it('Sendmail: an ORCPT comment after FOR is the DSN original recipient, not the software', () => {
    check('from mail.example.net (mail.example.net [192.0.2.10]) by mx.example.com with ESMTP id 0ABC123 for <bob@example.com> (ORCPT rfc822;bob@example.com); Fri, 27 Nov 2026 11:50:02 +0000', {
      from: 'mail.example.net', ip: '192.0.2.10', for: 'bob@example.com', software: null,
    });
  });

  it('Postfix pickup: no FROM clause, "from userid" in the comment', () => {
    const parsed = parseReceived('by mail.example.net (Postfix, from userid 1000) id 4Xq29z6GJwz3c1; Fri, 27 Nov 2026 11:50:00 +0000 (UTC)');
    expect(parsed.from).toBeNull();
    expect(parsed.ip).toBeNull();
    expect(parsed.signals.pickupUserid).toBe('1000');
    expect(parsed.signals.hasFrom).toBe(false);
  });

  it('Exim: looked-up name ([address]:port helo=HELO), TLS version and the tls clause', () => {
    check('from out-12.example.net ([192.0.2.12]:41234 helo=mail.example.net) by mx.example.com with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 (Exim 4.96) (envelope-from <alice@example.net>) id 1vF3kQ-0004Zx-2B for bob@example.com; Fri, 27 Nov 2026 11:50:05 +0000', {
      from: 'mail.example.net', reverseName: 'out-12.example.net', ip: '192.0.2.12', with: 'esmtps', id: '1vF3kQ-0004Zx-2B', for: 'bob@example.com',
      envelopeFrom: 'alice@example.net', tls: true, tlsVersion: 'TLS1.3', tlsCipher: 'TLS_AES_256_GCM_SHA384', software: 'Exim 4.96', unparsed: [],
    });
  });

  it('Exim: no looked-up name, "[address] (helo=…)"; Exim 3 "ip.port"', () => {
    check('from [205.188.139.136] (helo=imo-d20.mx.aol.com) by server11.example.net with esmtp (Exim 4.24) id 1AtWef-0007Y2-44', { from: 'imo-d20.mx.aol.com', reverseName: null, ip: '205.188.139.136' });
    check('from jsoliday.example.com ([192.0.2.24.63559]) by mailhost.example.com with esmtp (v3.35.1) id 1GNrLz-000295-00', { ip: '192.0.2.24', from: 'jsoliday.example.com' });
  });

  it('Exim "with local": the word after "from" is the submitting user, not a host', () => {
    check('from shopuser by web4711.hosting.example with local (Exim 4.96.2) (envelope-from <service@shop.example>) id 1tFwQx-00B7mK-2Q for ben@example.net; Thu, 26 Nov 2026 03:12:40 +0100', {
      from: null, reverseName: null, ip: null, ident: 'shopuser', by: 'web4711.hosting.example', with: 'local', envelopeFrom: 'service@shop.example', noteCodes: ['local-user'],
    });
    expect(parseReceived('from shopuser by web4711.hosting.example with local (Exim 4.96.2) id 1t; Thu, 26 Nov 2026 03:12:40 +0100').signals.localUser).toBe('shopuser');
    // Local SMTP (exim -bs): the HELO the program gave stays the HELO, the login name is the ident.
    check('from cron (helo=backup.example.net) by backup.example.net with local-esmtp (Exim 4.96) id 1u; Thu, 26 Nov 2026 03:12:40 +0100', {
      from: 'backup.example.net', reverseName: null, ip: null, ident: 'cron',
    });
  });

  it('Sendmail: ident, (may be forged), version= cipher= on ESMTP', () => {
    check('from mx56.example.org (IDENT:nobody@64-119-196-56.example.net [192.0.2.56] (may be forged)) by mail.example.com (8.13.1/8.13.1) with ESMTP id i8FJcSRZ007847 (version=TLSv1/SSLv3 cipher=DHE-RSA-AES256-SHA bits=256 verify=NO) for <bob@example.com>; Wed, 15 Sep 2004 21:38:31 +0200', {
      from: 'mx56.example.org', reverseName: '64-119-196-56.example.net', ip: '192.0.2.56', ident: 'nobody', with: 'ESMTP', tls: true, tlsVersion: 'TLSv1/SSLv3', tlsCipher: 'DHE-RSA-AES256-SHA',
      time: '2004-09-15T19:38:31.000Z', noteCodes: ['reverse-unconfirmed'],
    });
  });

  it('Sendmail MSP: "(from user@localhost)" before BY', () => {
    const parsed = parseReceived('(from alice@localhost) by host.example.net (8.18.1/8.18.1/Submit) id 5ARBnxA1001234; Fri, 27 Nov 2026 11:50:07 GMT');
    expect(parsed.signals.localUser).toBe('alice@localhost');
    expect(parsed.by).toBe('host.example.net');
    expect(parsed.date?.utc).toBe('2026-11-27T11:50:07.000Z');
  });

  it('qmail: (HELO x) (ident@address), the bare address, "invoked" lines', () => {
    check('from unknown (HELO mail.example.net) (alice@192.0.2.30) by mx.example.com with SMTP; 27 Nov 2026 11:50:12 -0000', {
      from: 'mail.example.net', reverseName: null, ip: '192.0.2.30', ident: 'alice', with: 'SMTP', tls: false, time: '2026-11-27T11:50:12.000Z',
    });
    check('from mail.example.net (192.0.2.31) by mx.example.com with SMTP; 27 Nov 2026 11:50:12 -0000', { from: 'mail.example.net', reverseName: 'mail.example.net', ip: '192.0.2.31' });
    expect(parseReceived('(qmail 12345 invoked by uid 1001); 27 Nov 2026 11:50:10 -0000').signals.qmailInvoked).toBe('uid');
    expect(parseReceived('(qmail 87263 messnum 771997 invoked from network[192.0.2.2/host.example.net]); 8 Mar 2004 23:59:05 -0000').signals.qmailInvoked).toBe('network');
  });

  it('Courier: ::ffff: mapped address, AUTH and TLS comments, id after the date', () => {
    check('from laptop (dsl-7.example.org [::ffff:198.51.100.7]) (AUTH: LOGIN alice@example.net, TLS: TLSv1.3,256bits,TLS_AES_256_GCM_SHA384) by mail.example.net with ESMTPSA; Fri, 27 Nov 2026 11:50:15 +0000 id 0006A1B2.673F1200.00001D02', {
      from: 'laptop', ip: '198.51.100.7', auth: 'AUTH: LOGIN alice@example.net', tls: true, tlsCipher: 'TLS_AES_256_GCM_SHA384', id: '0006A1B2.673F1200.00001D02', noteCodes: ['mapped-ipv4'],
    });
  });

  it('Exchange: bare addresses, build numbers are ids, TLS in the comment', () => {
    check('from mail.example.net (192.0.2.50) by AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.72) with Microsoft SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8207.18 via Frontend Transport; Fri, 27 Nov 2026 11:50:19 +0000', {
      from: 'mail.example.net', reverseName: null, ip: '192.0.2.50', byIp: '10.167.16.72', with: 'Microsoft SMTP Server', id: '15.20.8207.18', via: 'Frontend Transport',
      tls: true, tlsVersion: 'TLS1_3', noteCodes: ['one-name'],
    });
    check('from EXCH01.corp.example.net ([fe80::a1b2:c3d4:e5f6:1234%12]) by EXCH01.corp.example.net ([fe80::a1b2:c3d4:e5f6:1234%12]) with mapi id 15.01.2507.039; Fri, 27 Nov 2026 12:50:25 +0100', {
      ip: 'fe80::a1b2:c3d4:e5f6:1234', with: 'mapi', id: '15.01.2507.039', time: '2026-11-27T11:50:25.000Z',
    });
    check('from 0 ([192.0.2.91] RDNS failed) by nccdi.example.com with Microsoft SMTPSVC(6.0.3790.0); Thu, 23 Sep 2004 08:51:06 -0700', { from: '0', ip: '192.0.2.91', with: 'Microsoft SMTPSVC', noteCodes: ['reverse-unconfirmed'] });
  });

  it('Gmail: root dot on the reverse name, dotted ids, by an address', () => {
    check('from mail.example.net (mail.example.net. [192.0.2.60]) by mx.google.com with ESMTPS id i7-20020a056e020d8700b0030d70d9a6absi3210775ilj.159.2026.11.27.03.50.30 for <bob@example.com> (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); Fri, 27 Nov 2026 03:50:30 -0800 (PST)', {
      reverseName: 'mail.example.net', ip: '192.0.2.60', id: 'i7-20020a056e020d8700b0030d70d9a6absi3210775ilj.159.2026.11.27.03.50.30', time: '2026-11-27T11:50:30.000Z',
    });
    const mailbox = parseReceived('by 2001:db8:6358:e483:b0:ed:1eae:60a3 with SMTP id by3csp989960rwb; Fri, 27 Nov 2026 03:50:31 -0800 (PST)');
    expect(mailbox.signals.byIsAddress).toBe(true);
    expect(mailbox.ip).toBeNull();
  });

  it('webmail: an address and "with HTTP", no HELO; Yahoo-style "via HTTP"', () => {
    check('from 198.51.100.8 by web12345.mail.example.org with HTTP; Fri, 27 Nov 2026 11:50:34 +0000', { from: null, ip: '198.51.100.8', with: 'HTTP', tls: false });
    check('from [198.51.100.8] by web12345.mail.example.org via HTTP; Fri, 27 Nov 2026 11:50:34 +0000', { from: null, ip: '198.51.100.8', via: 'HTTP' });
  });

  it('LMTP: Dovecot with envelope-from, Cyrus LMTPA', () => {
    check('from mx.example.com ([203.0.113.5]) by mailbox1.example.com with LMTP id 0PA1CbBBR2eKGgAAfY5M7A (envelope-from <alice@example.net>) for <bob@example.com>; Fri, 27 Nov 2026 11:50:41 +0000', {
      from: 'mx.example.com', ip: '203.0.113.5', with: 'LMTP', envelopeFrom: 'alice@example.net', tls: false,
    });
    expect(parseReceived('from compute1.internal (compute1.example.com [10.202.2.41]) by sloti52n10 (Cyrus 3.9.0) with LMTPA; Fri, 27 Nov 2026 06:50:46 -0500').signals.lmtp).toBe(true);
  });

  it('fetchmail: the server and its bare literal, POP3 and IMAP', () => {
    const pop = parseReceived('from pop.example.com [203.0.113.25] by laptop.example.org with POP3 (fetchmail-6.4.38) for <bob@localhost> (single-drop); Fri, 27 Nov 2026 11:55:02 +0000 (UTC)');
    expect([pop.from, pop.ip, pop.with, pop.signals.retrieval, pop.unparsed]).toEqual(['pop.example.com', '203.0.113.25', 'POP3', 'fetchmail-6.4.38', []]);
    expect(parseReceived('from imap.example.com [203.0.113.26] by localhost with IMAP (fetchmail-6.2.4) for bob@localhost (single-drop); Mon, 08 Mar 2004 16:13:23 -0800 (PST)').signals.retrieval).toBe('fetchmail-6.2.4');
  });

  it('content filters: amavisd-new by localhost, qmail-scanner, SpamAssassin', () => {
    const amavis = parseReceived('from mx.example.com ([127.0.0.1]) by localhost (mx.example.com [127.0.0.1]) (amavisd-new, port 10024) with ESMTP id aBcDeF12 for <bob@example.com>; Fri, 27 Nov 2026 11:51:01 +0000 (UTC)');
    expect([amavis.by, amavis.byIp, amavis.signals.contentFilter]).toEqual(['localhost', '127.0.0.1', 'amavisd-new, port 10024']);
    expect(parseReceived('from 192.0.2.196 by blazing.example.org (envelope-from <list@example.org>, uid 502) with qmail-scanner-1.24 (clamdscan: 0.80/594. Clear:RC:0(192.0.2.196):. Processed in 0.288806 secs); 06 Feb 2005 21:11:38 -0000').signals.contentFilter).toMatch(/qmail-scanner/);
    expect(parseReceived('from localhost by spike.example.com with SpamAssassin (version 3.0.2); Thu, 17 Aug 2006 08:21:10 +1000').signals.contentFilter).toBe('SpamAssassin');
  });

  it('SendGrid: Go date without ";", milliseconds and m=+…', () => {
    check('by filter0652p1las1.sendgrid.net with SMTP id filter0652p1las1-5089-5ADBF958-25 2026-11-27 11:51:11.028704749 +0000 UTC m=+349867.495769315', {
      by: 'filter0652p1las1.sendgrid.net', id: 'filter0652p1las1-5089-5ADBF958-25', time: '2026-11-27T11:51:11.028Z', noteCodes: ['no-semicolon', 'go-monotonic'], unparsed: [],
    });
  });

  it('IPv6 literals and the ?…? HELO form', () => {
    check('from mail6.example.net (mail6.example.net [IPv6:2001:db8:5::25]) by mx.example.com (Postfix) with ESMTPS id 4X; Fri, 27 Nov 2026 11:51:16 +0000', { ip: '2001:db8:5::25' });
    check('from ?IPv6:::ffff:10.1.2.3? (host-30.example.org [198.51.100.30]) by mail.example.org (Postfix) with ESMTPSA id 4X; Fri, 27 Nov 2026 11:51:25 +0000', {
      from: '?IPv6:::ffff:10.1.2.3?', ip: '198.51.100.30', noteCodes: ['helo-other-address'],
    });
  });

  it('CommuniGate: verified names, accounts, HELO inside the comment', () => {
    check('from mail.example.org ([192.0.2.1] verified) by relay2.example.com (CommuniGate Pro SMTP 5.1.13) with ESMTPS id 9837783 for hostmaster@example.com; Tue, 08 Apr 2008 13:14:35 +0700', { reverseName: 'mail.example.org', from: 'mail.example.org' });
    check('from [192.0.2.190] (account alice@example.org HELO [10.10.10.10]) by silver.example.edu (CommuniGate Pro SMTP 4.3.7) with ESMTPSA id 88402416; Mon, 04 Dec 2006 13:15:07 -0800', { from: '[10.10.10.10]', ip: '192.0.2.190', auth: 'account alice@example.org' });
  });
});

describe('parseReceived: what cannot be read is kept, not guessed', () => {
  it('keeps junk words and reports no date', () => {
    check('this is not a received field', { from: null, by: null, unparsed: ['this is not a received field'], noteCodes: ['no-date'] });
  });

  it('a date without a time of day is not read as midnight', () => {
    check('from laptop by mail.example.net with SMTP; 27 Nov 2026', { time: null, noteCodes: ['date-unread'] });
  });

  it('a date with no zone is read as UTC and says so; -0000 is UTC, not an assumption', () => {
    const noZone = parseReceived('from a.example by b.example; Sun Nov 13 14:50:12 2005');
    expect(noZone.date?.utc).toBe('2005-11-13T14:50:12.000Z');
    expect(noZone.date?.zoneAssumed).toBe(true);
    expect(noZone.notes.map((n) => n.code)).toContain('date-assumed');
    const minusZero = parseReceived('from a.example by b.example; 27 Nov 2026 11:50:12 -0000');
    expect([minusZero.date?.zoneAssumed, minusZero.date?.offsetMinutes]).toEqual([false, null]);
  });

  it('repeated clauses keep the first and show the rest', () => {
    check('from a.example by b.example by c.example; Fri, 27 Nov 2026 11:00:00 +0000', { by: 'b.example', unparsed: ['by c.example'], noteCodes: ['repeated-clause'] });
  });

  it('an unclosed comment is reported', () => {
    check('from [198.51.100.11] by mail.example.net with SMTP id 8f3a (queued as X; 27 Nov 2026', { ip: '198.51.100.11', time: null, noteCodes: ['no-date', 'unclosed-comment'] });
  });

  it('reads only the start of a field longer than the limit', () => {
    const parsed = parseReceived(`from a.example by b.example with SMTP ${'x '.repeat(MAX_RECEIVED_LENGTH)}; Fri, 27 Nov 2026 11:00:00 +0000`);
    expect(parsed.by).toBe('b.example');
    expect(parsed.notes.map((n) => n.code)).toContain('truncated');
    expect(parsed.date).toBeNull();
  });
});
