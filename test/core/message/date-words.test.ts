// Dates as Received fields carry them, with what was assumed said aloud.

import { describe, expect, it } from 'vitest';
import { mayStartDate, readDateWords } from '../../../src/core/message/date-words.ts';

const read = (text: string) => readDateWords(text.split(/[\s,]+/).filter(Boolean), 0);

describe('readDateWords', () => {
  it.each([
    ['Fri, 27 Nov 2026 11:50:02 +0000', '2026-11-27T11:50:02.000Z', 0],
    ['27 Nov 2026 11:50:12 -0000', '2026-11-27T11:50:12.000Z', null],
    ['Tue, 24 Dec 91 08:14:38 EST', '1991-12-24T13:14:38.000Z', -300],
    ['Sun Nov 13 14:50:12 2005', '2005-11-13T14:50:12.000Z', null],
    ['Apr 21 2018 3:01:05 +0000', '2018-04-21T03:01:05.000Z', 0],
    ['2018-03-26 13:35:36.270951634 +0000 UTC m=+349867.495769315', '2018-03-26T13:35:36.270Z', 0],
    ['Thu, 6 May 2004 17:40:44-0500', '2004-05-06T22:40:44.000Z', -300],
    ['4/20/2018 11:01:16 PM -0400', '2018-04-21T03:01:16.000Z', -240],
    ['20.04.2018 23:01:16 +0200', '2018-04-20T21:01:16.000Z', 120],
    ['Mon, 26 Mar 2018 13:35:10.102 +0000 (UTC)', '2018-03-26T13:35:10.102Z', 0],
  ])('%s', (text, utc, offset) => {
    const date = read(text);
    expect(date?.utc).toBe(utc);
    expect(date?.offsetMinutes).toBe(offset);
  });

  it('says what it assumed', () => {
    expect(read('Sun Nov 13 14:50:12 2005')?.assumptions).toEqual(['zone-missing']);
    expect(read('Mon, 5 Oct 2020 10:00:00 CEST')?.assumptions).toEqual(['zone-unknown']);
    expect(read('4/5/2018 10:00:00 +0000')?.assumptions).toEqual(['day-month-order']);
    expect(read('13/5/2018 10:00:00 +0000')?.assumptions).toEqual([]);
    expect(read('27 Nov 2026 11:50:12 -0000')?.zoneAssumed).toBe(false);
    expect(read('2018-03-26 13:35:36 +0000 UTC m=+1.5')?.goMonotonic).toBe(true);
  });

  it('refuses what is not a whole date', () => {
    for (const text of ['22 Apr 2018', '31 Apr 2018 10:00:00 +0000', 'Fri, 27 Nov 2026 25:00:00 +0000', 'id 4Xq2A10k3Bz9Tn', '']) expect(read(text)).toBeNull();
  });

  it('stops at the first word that is not part of the date', () => {
    const words = 'Thu, 10 Nov 2005 08:24:21 -0600 id 000000DB.43735815.00001E11'.split(/[\s,]+/);
    expect(readDateWords(words, 0)?.endWord).toBe(6);
  });

  it('tells which words may start a date', () => {
    expect(['Mon,', '27', 'Nov', '2026-11-27', '4/20/2018'].every(mayStartDate)).toBe(true);
    expect(['by', 'filter0652p1las1-5089', 'ESMTPS'].some(mayStartDate)).toBe(false);
  });
});
