// The Date field (src/core/message/rfc5322-date.ts), read by the word reader
// the Received chain uses too.

import { describe, expect, it } from 'vitest';
import { parseMailDate } from '../../../src/core/message/rfc5322-date.ts';

describe('parseMailDate', () => {
  it.each([
    ['Fri, 11 Jul 2003 21:00:37 -0700 (PDT)', '2003-07-12T04:00:37.000Z', -420, false],
    ['Thu,29 Apr 2010 23:34:45 +0900', '2010-04-29T14:34:45.000Z', 540, false],
    ['Tue, 24 Dec 91 08:14:38 EST', '1991-12-24T13:14:38.000Z', -300, false],
    ['27 Nov 2026 11:50:12 -0000', '2026-11-27T11:50:12.000Z', null, true],
    ['Mon, 5 Oct 2020 10:00:00 CEST', '2020-10-05T10:00:00.000Z', null, true],
    ['Sun Nov 13 14:50:12 2005', '2005-11-13T14:50:12.000Z', null, true],
    ['Thursday, April 09, 2003 9:00 PM', '2003-04-09T21:00:00.000Z', null, true],
    ['2020-06-17 16:39:24 +0000 UTC', '2020-06-17T16:39:24.000Z', 0, false],
    ['Date: Fri, 11 Jul 2003 21:00:37 +0200', '2003-07-11T19:00:37.000Z', 120, false],
  ])('%s', (text, utc, offset, assumed) => {
    expect(parseMailDate(text)).toEqual({ utc, offsetMinutes: offset, zoneAssumed: assumed });
  });

  it('reads a military zone letter as "no information" (RFC 5322 §4.3)', () => {
    expect(parseMailDate('29 Apr 2010 23:34:45 Z')).toMatchObject({ offsetMinutes: null, zoneAssumed: true });
  });

  it('refuses what is no date, or a day the month does not have', () => {
    expect(parseMailDate('yesterday')).toBeNull();
    expect(parseMailDate('Mon, 31 Apr 2023 10:00:00 +0000')).toBeNull();
  });

  it('looks only at the start of a padded field', () => {
    const padded = `${'x '.repeat(100_000)}Fri, 11 Jul 2003 21:00:37 -0700`;
    const started = performance.now();
    expect(parseMailDate(padded)).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });
});
