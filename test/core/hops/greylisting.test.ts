// X-Greylist fields of milter-greylist, postgrey and SQLgrey, and retry-sized gaps.

import { describe, expect, it } from 'vitest';
import { findGreylisting } from '../../../src/core/hops/greylisting.ts';
import { field } from './chain-fields.ts';

const HOPS = [{ by: 'mail.example.net' }, { by: 'mx.example.com' }];
const read = (value: string) => findGreylisting([field('X-Greylist', value, 3)], HOPS, 1, 5)[0];

describe('findGreylisting', () => {
  it('reads the three filters and the hop they name', () => {
    expect(read('Delayed for 00:05:01 by milter-greylist-4.6.4 (mx.example.com [203.0.113.10]); Fri, 27 Nov 2026 11:50:01 +0000 (UTC)')).toMatchObject({ software: 'milter-greylist-4.6.4', delaySeconds: 301, hop: 2 });
    expect(read('delayed 361 seconds by postgrey-1.37 at mx.example.com; Fri, 27 Nov 2026 11:51:01 UTC')).toMatchObject({ software: 'postgrey-1.37', delaySeconds: 361, hop: 2 });
    expect(read('delayed 00:28:24 by SQLgrey-1.8.0')).toMatchObject({ software: 'SQLgrey-1.8.0', delaySeconds: 1704, hop: 2 });
    expect(read('Delayed for 00:05:01 by milter-greylist-4.6.4 (mail.example.net [192.0.2.10])')?.hop).toBe(1);
  });

  it('reads "not delayed" and keeps an unknown form as written', () => {
    expect(read('Sender IP whitelisted, not delayed by milter-greylist-4.6.4 (mx.example.com [203.0.113.10]); Fri, 27 Nov 2026')).toMatchObject({ delaySeconds: 0, software: 'milter-greylist-4.6.4' });
    expect(read('IP, sender and recipient auto-whitelisted, not delayed by SQLgrey-1.8.0')?.text.en).toMatch(/auto-whitelisted/);
    expect(read('something else entirely')).toMatchObject({ software: null, delaySeconds: null, raw: 'something else entirely' });
  });

  it('reports a retry-sized gap at the boundary as inferred, and not beside a delaying X-Greylist', () => {
    const gap = findGreylisting([], HOPS, 1, 900);
    expect(gap).toEqual([expect.objectContaining({ source: 'delay', delaySeconds: 900, hop: 2 })]);
    expect(gap[0]!.text.en).toMatch(/^Inferred/);
    expect(findGreylisting([], HOPS, 1, 30)).toEqual([]);
    expect(findGreylisting([], HOPS, 1, 20_000)).toEqual([]);
    expect(findGreylisting([field('X-Greylist', 'delayed 361 seconds by postgrey-1.37 at mx.example.com')], HOPS, 1, 900).map((e) => e.source)).toEqual(['x-greylist']);
  });
});
