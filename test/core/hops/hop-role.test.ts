// The role of each hop on the mail path, with position where it matters.

import { describe, expect, it } from 'vitest';
import { decideRole, type RolePosition } from '../../../src/core/hops/hop-role.ts';
import { parseReceived } from '../../../src/core/hops/received-field.ts';

const ONLY: RolePosition = { oldest: true, newest: true, firstNetworkHop: true };
const MIDDLE: RolePosition = { oldest: false, newest: false, firstNetworkHop: false };
const role = (value: string, position: RolePosition = MIDDLE) => decideRole(parseReceived(value), position);

describe('decideRole', () => {
  it('delivery: LMTP and LMTP proxies', () => {
    expect(role('from mx.example.com ([203.0.113.5]) by mailbox1.example.com with LMTP id 0P; Fri, 27 Nov 2026 11:50:41 +0000').role).toBe('delivery');
    expect(role('from mx4 ([10.202.2.203]) by compute1.internal (LMTPProxy); Mon, 10 Oct 2022 01:37:22 -0400').role).toBe('delivery');
  });

  it('retrieval: fetchmail over POP3 or IMAP, whatever the position', () => {
    expect(role('from pop.example.com [203.0.113.25] by laptop with POP3 (fetchmail-6.4.38) for <bob@localhost>', ONLY).role).toBe('retrieval');
  });

  it('internal: content filters, loopback clients, qmail-queue, no client in the middle', () => {
    expect(role('from mx.example.com ([127.0.0.1]) by localhost (mx.example.com [127.0.0.1]) (amavisd-new, port 10024) with ESMTP id a').kind).toBe('content-filter');
    expect(role('from localhost (localhost [127.0.0.1]) by mx.example.com (Postfix) with ESMTP id b').kind).toBe('loopback');
    expect(role('(qmail 1 invoked from network); 27 Nov 2026 11:50:12 -0000').kind).toBe('qmail-network');
    expect(role('by 2001:db8::1 with SMTP id x; Fri, 27 Nov 2026 03:50:31 -0800').kind).toBe('by-only');
  });

  it('submission: the oldest local step, authentication at the first network hop, MAPI, webmail', () => {
    expect(role('by mail.example.net (Postfix, from userid 1000) id 4X', ONLY).role).toBe('submission');
    expect(role('by mail.example.net (Postfix, from userid 1000) id 4X').role).toBe('internal');
    expect(role('from [198.51.100.77] (laptop.example.net [198.51.100.77]) by mail.example.net (Postfix) with ESMTPSA id 4X', ONLY).kind).toBe('authenticated');
    expect(role('from a ([fe80::1%12]) by a ([fe80::1%12]) with mapi id 15.01.2507.039', ONLY).role).toBe('submission');
    expect(role('from 198.51.100.8 by web.example.org with HTTP', ONLY).kind).toBe('webmail');
    expect(role('from MARISELA (dsl.example.net [192.0.2.63]) by mail.example.com (8.13.8/8.13.8) with ESMTP id k', ONLY).kind).toBe('mua-like');
  });

  it('relay: a server to a server, and an authenticated smarthost after earlier hops', () => {
    expect(role('from mail.example.net (mail.example.net [192.0.2.10]) by mx.example.com (Postfix) with ESMTPS id 4X', ONLY).role).toBe('relay');
    expect(role('from relay.example.net (relay.example.net [192.0.2.11]) by smarthost.example.com with ESMTPSA id 4X').kind).toBe('authenticated-relay');
    expect(role('from localhost (localhost [2001:db8:114::514]) by ietfa.example.com (Postfix) with ESMTP id 0', ONLY).role).toBe('relay');
  });

  it('the newest HTTPS hop of Exchange Online is the mailbox delivery; junk is unknown', () => {
    expect(role('from AM6PR08MB5123.eurprd08.prod.outlook.com (2001:db8:10b6::7) by DB9PR08MB6789.eurprd08.prod.outlook.com with HTTPS', { oldest: false, newest: true, firstNetworkHop: false }).role).toBe('delivery');
    expect(role('apparently', ONLY).role).toBe('unknown');
  });

  it('gives every reason in English and German', () => {
    const reason = role('from mail.example.net (mail.example.net [192.0.2.10]) by mx.example.com (Postfix) with ESMTPS id 4X', ONLY).reason;
    expect(reason.en).toMatch(/server/);
    expect(reason.de).toMatch(/Server/);
    expect(reason.de).not.toBe(reason.en);
  });
});
