// What a link costs: a realistic 100 KB message (header, text and HTML
// part) with its DNS answers must fit in 40 KB of link; a message made
// mostly of an attachment cannot compress and is offered as a file.

import { describe, expect, it } from 'vitest';
import { measureShareLinks, printShareSizes } from '../../bench/share-size.ts';

describe('share link sizes', () => {
  it('10 KB fits a link, 100 KB of text and HTML makes at most 40 KB of link, attachments go to a file', async () => {
    const rows = await measureShareLinks();
    printShareSizes(rows);
    const row = (name: string) => rows.find((r) => r.message === name)!;
    expect(row('100 KB, text + HTML').messageBytes).toBeGreaterThanOrEqual(100_000);
    expect(row('100 KB, text + HTML').linkCharacters).toBeLessThanOrEqual(40 * 1024);
    expect(row('10 KB, text + HTML').fitsInLink).toBe(true);
    expect(row('10 KB, text + attachment').fitsInLink).toBe(true);
    // Random attachment bytes do not compress: base64 in, deflate, base64url out is about 1:1.
    expect(row('1 MB, text + attachment').ratio).toBeGreaterThan(0.95);
    expect(row('1 MB, text + attachment').fitsInLink).toBe(false);
    expect(row('1 MB, text + HTML').ratio).toBeLessThan(0.4);
  });
});
