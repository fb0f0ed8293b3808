// The trust boundary and the SPF hop, through the whole chain reader.

import { describe, expect, it } from 'vitest';
import { readReceivedChain } from '../../../src/core/hops/received-chain.ts';
import { receivedFields } from './chain-fields.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const chain = (values: string[], envelopeHop?: number) => readReceivedChain(receivedFields(values), { now: NOW, envelopeHop });
const OUTSIDE = 'from mail.example.net (mail.example.net [192.0.2.10]) by mx.example.com (Postfix) with ESMTPS id 4X; Fri, 27 Nov 2026 11:50:02 +0000';
const SENDER = 'from [198.51.100.77] (laptop.example.net [198.51.100.77]) by mail.example.net (Postfix) with ESMTPSA id 4Y; Fri, 27 Nov 2026 11:50:00 +0000';

describe('findTrustBoundary', () => {
  it('is the newest hop whose client is outside; hops below it are not trusted', () => {
    const result = chain([OUTSIDE, SENDER]);
    expect(result.path.boundary.hop).toBe(2);
    expect(result.hops.map((h) => h.trusted)).toEqual([false, true]);
    expect(result.client).toMatchObject({ hop: 2, ip: '192.0.2.10', helo: 'mail.example.net' });
  });

  it('walks past filters, loopback, LMTP, private addresses and retrievals', () => {
    const result = chain([
      'from pop.example.com [203.0.113.25] by laptop.example.org with POP3 (fetchmail-6.4.38) for <bob@localhost>; Fri, 27 Nov 2026 11:55:02 +0000',
      'from mx.example.com ([203.0.113.5]) by mailbox1.example.com with LMTP id 0P; Fri, 27 Nov 2026 11:50:05 +0000',
      'from localhost (localhost [127.0.0.1]) by mx.example.com (Postfix) with ESMTP id 4Z; Fri, 27 Nov 2026 11:50:04 +0000',
      'from mx.example.com ([127.0.0.1]) by localhost (mx.example.com [127.0.0.1]) (amavisd-new, port 10024) with ESMTP id a; Fri, 27 Nov 2026 11:50:03 +0000',
      'from relay (relay.corp.example.com [10.0.0.5]) by mx.example.com (Postfix) with ESMTP id 4W; Fri, 27 Nov 2026 11:50:03 +0000',
      OUTSIDE.replace('mx.example.com', 'relay.corp.example.com'),
    ]);
    expect(result.path.boundary.hop).toBe(1);
    expect(result.path.envelopeHop.skipped.map((s) => s.hop)).toEqual([6, 5, 4, 3, 2]);
    expect(result.client?.ip).toBe('192.0.2.10');
  });

  it('infers the same organisation from names and continuity, not from names alone', () => {
    const hub = 'from relay1.example.com (relay1.example.com [198.51.100.3]) by hub.example.com (Postfix) with ESMTPS id 4H; Fri, 27 Nov 2026 11:50:03 +0000';
    const relayed = chain([hub, OUTSIDE.replace('by mx.example.com', 'by relay1.example.com')]);
    expect(relayed.path.boundary.hop).toBe(1);
    const forged = chain([hub, OUTSIDE]);
    expect(forged.path.boundary.hop).toBe(2);
  });

  it('uses a content filter\'s client only when the MTA\'s own field is missing, and says so', () => {
    const lone = chain(['from mail.example.org ([192.0.2.1]) by localhost (mx.example.com [127.0.0.1]) (amavisd-new, port 10024) with ESMTP id k; Tue, 7 May 2019 14:01:04 -0700']);
    expect(lone.path.boundary.hop).toBe(1);
    expect(lone.path.boundary.reason.en).toMatch(/content filter/);
  });

  it('has no boundary for a path that stayed inside, and then checks the first client on the network', () => {
    const inside = chain([
      'from hub (hub.corp.example.com [10.0.0.6]) by mbx.corp.example.com (Postfix) with ESMTP id 1; Fri, 27 Nov 2026 11:50:03 +0000',
      'from app1 (app1.corp.example.com [10.0.0.99]) by hub.corp.example.com (Postfix) with ESMTP id 2; Fri, 27 Nov 2026 11:50:02 +0000',
    ]);
    expect(inside.path.boundary.hop).toBeNull();
    expect(inside.hops.every((h) => h.trusted)).toBe(true);
    expect(inside.client?.ip).toBe('10.0.0.99');
    expect(inside.spfNotApplicable).toBeNull();
  });

  it('does not judge an authenticated submission by SPF, inside or at the boundary', () => {
    const inside = chain([
      'from hub (hub.corp.example.com [10.0.0.6]) by mbx.corp.example.com (Postfix) with ESMTP id 1; Fri, 27 Nov 2026 11:50:03 +0000',
      'from [10.0.0.99] (pc.corp.example.com [10.0.0.99]) by hub.corp.example.com (Postfix) with ESMTPSA id 2; Fri, 27 Nov 2026 11:50:02 +0000',
    ]);
    expect(inside.client).toBeNull();
    expect(inside.spfNotApplicable?.en).toMatch(/Hop 1 is a submission \(ESMTPSA\).*RFC 6409/);
    expect(inside.problems.map((p) => p.code)).toEqual(['spf-not-applicable']);
    const sent = chain([SENDER]);
    expect(sent.path.boundary.hop).toBe(1);
    expect([sent.client, sent.path.envelopeHop.hop]).toEqual([null, null]);
    expect(sent.path.envelopeHop.reason.de).toMatch(/Einlieferung/);
    expect(sent.problems.map((p) => p.code)).toEqual(['spf-not-applicable']);
  });

  it('still checks a first hop that only looks like a mail program: a bot speaks SMTP the same way', () => {
    const bot = chain(['from [198.51.100.77] (unknown [198.51.100.77]) by mx.example.com (Postfix) with ESMTP id 4B; Fri, 27 Nov 2026 11:50:02 +0000']);
    expect(bot.hops[0]).toMatchObject({ role: 'submission' });
    expect(bot.client).toMatchObject({ hop: 1, ip: '198.51.100.77' });
    expect(bot.spfNotApplicable).toBeNull();
    expect(bot.problems).toEqual([]);
  });

  it('takes a field without a client as a local origin, not as the boundary', () => {
    const bounce = chain([
      'from mail.example.com ([192.0.2.25]) by imap.example.com with LMTP id aB3; Mon, 23 Nov 2026 16:42:20 +0100',
      'by mail.example.com (Postfix) id 4Yh8Vr0KpSz9sVx; Mon, 23 Nov 2026 16:42:19 +0100 (CET)',
    ]);
    expect(bounce.path.boundary.hop).toBeNull();
    expect(bounce.path.envelopeHop.skipped.map((s) => s.hop)).toEqual([2, 1]);
    expect(bounce.path.envelopeHop.skipped[1]!.reason.en).toMatch(/^A local origin: the field names no client/);
    expect(bounce.hops.map((h) => [h.role, h.trusted])).toEqual([['submission', true], ['delivery', true]]);
    expect(bounce.client).toBeNull();
    expect(bounce.spfNotApplicable?.en).toMatch(/No hop in the part given passes the message from one MTA to another/);
    expect(bounce.problems.map((p) => [p.code, p.severity])).toEqual([['spf-not-applicable', 'info']]);
    const script = chain(['from www-data by web1.example.net with local (Exim 4.96) id 1t; Fri, 27 Nov 2026 11:50:02 +0000']);
    expect([script.path.boundary.hop, script.hops[0]!.role, script.spfNotApplicable !== null]).toEqual([null, 'submission', true]);
  });

  it('says no-envelope, not "not applicable", when a relay hop recorded no address', () => {
    const relay = chain(['from mail.example.net by mx.example.com (Postfix) with ESMTP id 4X; Fri, 27 Nov 2026 11:50:02 +0000']);
    expect(relay.problems.map((p) => p.code)).toEqual(['no-envelope']);
    expect(relay.spfNotApplicable).toBeNull();
  });

  it('words a content filter by its side of the boundary', () => {
    const result = chain([
      OUTSIDE,
      'from localhost (localhost [127.0.0.1]) by mail.example.net (Postfix) with ESMTP id 4Z; Fri, 27 Nov 2026 11:50:01 +0000',
      'from mail.example.net ([127.0.0.1]) by localhost (mail.example.net [127.0.0.1]) (amavisd-new, port 10026) with ESMTP id a; Fri, 27 Nov 2026 11:50:01 +0000',
      SENDER,
    ]);
    expect(result.path.boundary.hop).toBe(4);
    expect(result.hops[1]!.roleReason.en).toMatch(/inside one host on the sending side/);
    expect(result.hops[1]!.roleReason.de).toMatch(/Absenderseite/);
    const received = chain([
      'from localhost (localhost [127.0.0.1]) by mx.example.com (Postfix) with ESMTP id 4Z; Fri, 27 Nov 2026 11:50:04 +0000',
      'from mx.example.com ([127.0.0.1]) by localhost (mx.example.com [127.0.0.1]) (amavisd-new, port 10024) with ESMTP id a; Fri, 27 Nov 2026 11:50:03 +0000',
      OUTSIDE,
    ]);
    expect(received.hops[1]!.roleReason.en).toMatch(/inside the receiving host/);
  });

  it('lets the user pick another hop, and refuses one that does not exist', () => {
    const picked = chain([OUTSIDE, SENDER], 1);
    expect(picked.client).toMatchObject({ hop: 1, ip: '198.51.100.77', chosenBy: 'user' });
    expect(picked.path.envelopeHop.chosenBy).toBe('user');
    expect(picked.path.boundary.hop).toBe(2);
    const wrong = chain([OUTSIDE, SENDER], 7);
    expect(wrong.client?.hop).toBe(2);
    expect(wrong.problems.map((p) => p.code)).toEqual(['envelope-hop-invalid']);
  });
});
