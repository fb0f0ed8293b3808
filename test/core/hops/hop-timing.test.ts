// Delays, totals, clock skew with its culprit, and the Date field.

import { describe, expect, it } from 'vitest';
import { checkDate, computeDelays, findSkews, totalSeconds } from '../../../src/core/hops/hop-timing.ts';

const t = (hms: string) => Date.parse(`2026-11-27T${hms}Z`);

describe('delays', () => {
  it('measures from the previous hop with a time, and totals first to last', () => {
    const times = [t('11:50:00'), null, t('11:50:07.5'), t('11:50:09')];
    expect(computeDelays(times)).toEqual([{ delaySeconds: null, from: null }, { delaySeconds: null, from: null }, { delaySeconds: 7.5, from: 0 }, { delaySeconds: 1.5, from: 2 }]);
    expect(totalSeconds(times)).toBe(9);
    expect(totalSeconds([t('11:50:00'), null])).toBeNull();
  });
});

describe('findSkews', () => {
  it('names the hop whose clock stands out, and a whole-hour difference as a zone error', () => {
    const times = [t('11:50:00'), t('12:50:30'), t('11:50:40')];
    const [skew] = findSkews(times, computeDelays(times));
    expect(skew).toMatchObject({ hop: 3, seconds: -3590, culprit: 2 });
    expect(skew!.text.en).toMatch(/time zone/);
    expect(skew!.text.de).toMatch(/Zeitzone/);
  });

  it('blames the later hop when it is behind both neighbours', () => {
    const times = [t('11:50:00'), t('11:50:10'), t('11:48:00'), t('11:50:20')];
    expect(findSkews(times, computeDelays(times))[0]).toMatchObject({ hop: 3, culprit: 3 });
  });

  it('names no culprit when the times cannot tell, and ignores sub-second differences', () => {
    const pair = [t('11:50:10'), t('11:50:00')];
    expect(findSkews(pair, computeDelays(pair))[0]?.culprit).toBeNull();
    const rounding = [t('11:50:17.028'), t('11:50:17')];
    expect(findSkews(rounding, computeDelays(rounding))).toEqual([]);
  });
});

describe('checkDate', () => {
  const now = t('12:00:00');
  it.each([
    ['2026-11-30T09:00:00.000Z', 'future'],
    ['2026-11-22T08:00:00.000Z', 'long-before-first-hop'],
    ['2026-11-27T12:10:00.000Z', 'after-first-hop'],
    ['2026-11-27T11:49:58.000Z', 'ok'],
  ])('%s is %s', (date, verdict) => {
    expect(checkDate(date, t('11:50:00'), now)?.verdict).toBe(verdict);
  });

  it('needs a Date and a hop time', () => {
    expect(checkDate(null, t('11:50:00'), now)).toBeNull();
    expect(checkDate('2026-11-27T11:49:58.000Z', null, now)?.verdict).toBe('no-hop-time');
  });
});
