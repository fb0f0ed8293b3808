// Clauses and the date of a Received field.

import { describe, expect, it } from 'vitest';
import { readStamp } from '../../../src/core/hops/received-clauses.ts';

const names = (text: string) => readStamp(text).clauses.map((c) => c.name);

describe('readStamp', () => {
  it('finds each clause outside comments only', () => {
    expect(names('from a (using TLSv1.3 with cipher X (256/256 bits)) by b with ESMTPS id 1 for <c@d>; Fri, 27 Nov 2026 11:00:00 +0000')).toEqual(['from', 'by', 'with', 'id', 'for']);
  });

  it('reads "from <x>" after BY as the envelope sender (XMail) and Exim\'s tls clause', () => {
    expect(names('from a ([192.0.2.1]:1) by b with [XMail 1.20 ESMTP Server] id <S72E> for <c@d> from <e@f>; Sat, 18 Sep 2004 23:17:54 -0500')).toEqual(['from', 'by', 'with', 'id', 'for', 'envelope-from']);
    expect(names('from a by b with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384 id 1; Fri, 27 Nov 2026 11:00:00 +0000')).toEqual(['from', 'by', 'with', 'tls', 'id']);
  });

  it('takes the date after the last ";" and keeps comments after it', () => {
    const stamp = readStamp('from a (x); by b with HTTP; Thu, 23 Sep 2004 14:35:29 -0600 (MDT) (envelope-from c@d)');
    expect(stamp.dateText).toBe('Thu, 23 Sep 2004 14:35:29 -0600');
    expect(stamp.dateComments.map((t) => t.text)).toEqual(['MDT', 'envelope-from c@d']);
    expect(stamp.semicolonMissing).toBe(false);
  });

  it('finds a date without ";" and reads text after a date as clauses', () => {
    const missing = readStamp('by f with SMTP id filter-5089-5ADBF958-25 2018-03-26 13:35:36.270951634 +0000 UTC');
    expect([missing.semicolonMissing, missing.dateText]).toEqual([true, '2018-03-26 13:35:36.270951634 +0000 UTC']);
    const courier = readStamp('from a by b with esmtp; Thu, 10 Nov 2005 08:24:21 -0600 id 000000DB.43735815.00001E11');
    expect(courier.clauses.map((c) => c.name)).toEqual(['from', 'by', 'with', 'id']);
  });

  it('keeps text after ";" that is no date', () => {
    expect(readStamp('from a by b; 22 Apr 2018').unreadDate).toBe('22 Apr 2018');
  });
});
