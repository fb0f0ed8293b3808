// The kind of step a field records, beyond its clauses.

import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../../src/core/hops/received-field.ts';

const signals = (value: string) => parseReceived(value).signals;

describe('readSignals', () => {
  it('local submissions', () => {
    expect(signals('(qmail 1 invoked for bounce); 1 Jan 2020 00:00:00 -0000').qmailInvoked).toBe('bounce');
    expect(signals('(qmail 1 invoked by alias); 1 Jan 2020 00:00:00 -0000').qmailInvoked).toBe('alias');
    expect(signals('from daf by green.example.net with local (Exim 3.36 #1 (Debian)) id 192LJf-0005O7-00').localProtocol).toBe(true);
    expect(signals('from user by server11.example.net with local-bsmtp (Exim 4.24) id 1AtWef').localProtocol).toBe(true);
  });

  it('filters, retrievals, LMTP and MAPI', () => {
    expect(signals('from localhost by host with ESMTP (MailScanner) id 1').contentFilter).toBe('MailScanner');
    expect(signals('from mailmx (localhost [127.0.0.1]) by mx4.example.com (Authentication Milter) with ESMTP id BC3').contentFilter).toBe('Authentication Milter');
    expect(signals('from in02.example.net ([172.16.2.249]) by localhost (cf03.example.net [172.16.3.11]) (MXG, port 10024) with ESMTP id c').contentFilter).toBe('MXG, port 10024');
    expect(signals('from pop.example.com by localhost with POP3S (getmail 5.16) for <a@b>').retrieval).toBe('getmail 5.16');
    expect(signals('from mx4 ([10.202.2.203]) by compute1.internal (LMTPProxy)').lmtp).toBe(true);
    expect(signals('from a ([fe80::1%12]) by a ([fe80::1%12]) with mapi id 15.01.2507.039').mapi).toBe(true);
  });

  it('NAVGW\'s "(from HELO [address])" in place of a FROM clause', () => {
    const parsed = parseReceived('(from KRYPTIK [192.0.2.51]) by host.example.net (NAVGW 2.5.2.12) with SMTP id M2006040415284308595 for <user@example.co.uk>; Tue, 04 Apr 2006 15:28:45 +0100');
    expect([parsed.from, parsed.ip, parsed.signals.hasFrom]).toEqual(['KRYPTIK', '192.0.2.51', true]);
  });
});
