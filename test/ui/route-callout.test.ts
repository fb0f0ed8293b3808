// The callout a focused host shows in the mail path: its whole text,
// wrapped to the picture's width and bounded, for any Unicode a hostile
// message can put into a host name.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calloutLines } from '../../src/ui/path/route-text.ts';
import { monoWidth } from '../../src/ui/path/route-layout.ts';

const cellsOf = (text: string) => Math.round(monoWidth(text, 1) / 0.6);

describe('calloutLines', () => {
  it('keeps short lines whole, one per line of the title', () => {
    expect(calloutLines('MTA · MX — mx.example.net\nDKIM example.com: pass', 40)).toEqual(['MTA · MX — mx.example.net', 'DKIM example.com: pass']);
  });

  it('wraps a long host name at the column count and counts wide characters twice', () => {
    expect(calloutLines('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
    expect(calloutLines('邮件服务器邮件', 6)).toEqual(['邮件服', '务器邮', '件']);
  });

  it('breaks a host name after a dot or dash in the second half of the line', () => {
    expect(calloutLines('MUA — very-long-relay-host-name-0.mail.example.net', 40)).toEqual(['MUA — very-long-relay-host-name-0.mail.', 'example.net']);
  });

  it('ends with "…" when the box is full and more is left', () => {
    const lines = calloutLines('x'.repeat(1000), 10, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines.slice(0, 2)).toEqual(['x'.repeat(10), 'x'.repeat(10)]);
  });

  it('for any text: bounded lines, none wider than the columns, and the text in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 4, max: 60 }), fc.integer({ min: 1, max: 8 }), (title, columns, maxLines) => {
        const lines = calloutLines(title, columns, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines) expect(cellsOf(line)).toBeLessThanOrEqual(columns);
        const shown = lines.join('');
        const whole = title.replaceAll('\n', '');
        if (shown.endsWith('…') && !whole.endsWith('…')) expect(whole.startsWith(shown.slice(0, -1).replace(/…$/, ''))).toBe(true);
        else expect(shown).toBe(whole);
      }),
    );
  });
});
