// What a link costs: a realistic 100 KB message (header, text and HTML
// part) with its DNS answers fits a link that travels through chat tools,
// in at most 25,000 characters, and 1 MB makes at most 250,000 (issue 18,
// format v3); a message made
// mostly of an attachment cannot compress and is offered as a file.

import { describe, expect, it } from 'vitest';
import { LINK_GOALS, measureShareLinks, printShareSizes } from '../../bench/share-size.ts';
import { SAFE_LINK_LENGTH } from '../../../src/core/share/share-link.ts';

describe('share link sizes', () => {
  // Six messages up to 1 MB encoded and decoded: sizes are asserted, never the time it takes.
  it('10 KB fits a link, 100 KB of text and HTML at most 25,000 characters, 1 MB at most 250,000, attachments go to a file', { timeout: 180_000 }, async () => {
    const rows = await measureShareLinks();
    printShareSizes(rows);
    const row = (name: string) => rows.find((r) => r.message === name)!;
    expect(row('100 KB, text + HTML').messageBytes).toBeGreaterThanOrEqual(100_000);
    expect(row('100 KB, text + HTML').linkCharacters).toBeLessThanOrEqual(SAFE_LINK_LENGTH);
    expect(row('100 KB, text + HTML').linkCharacters).toBeLessThanOrEqual(LINK_GOALS['100 KB, text + HTML']!);
    expect(row('10 KB, text + HTML').fitsInLink).toBe(true);
    expect(row('10 KB, text + attachment').fitsInLink).toBe(true);
    // Random attachment bytes do not compress: base64 in, deflate, base64url out is about 1:1.
    expect(row('1 MB, text + attachment').ratio).toBeGreaterThan(0.95);
    expect(row('1 MB, text + attachment').fitsInLink).toBe(false);
    expect(row('1 MB, text + HTML').messageBytes).toBeGreaterThanOrEqual(1_000_000);
    expect(row('1 MB, text + HTML').linkCharacters).toBeLessThanOrEqual(LINK_GOALS['1 MB, text + HTML']!);
  });
});
