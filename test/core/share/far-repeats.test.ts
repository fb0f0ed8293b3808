import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeFarRepeats, encodeFarRepeats, MAX_SEARCHED_BYTES, MIN_REPEAT } from '../../../src/core/share/far-repeats.ts';
import { buildRealisticMessage } from './realistic-message.ts';

const LIMIT = 1 << 24;
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('far repeats', () => {
  it('gives back any bytes exactly: any Unicode text, and bytes that are not UTF-8 (0xFF included)', () => {
    const repeated = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.nat(4)).map(([text, times]) => utf8(`${text}\u2028${text.repeat(times)}`));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 2000 }).map(utf8), repeated), (bytes) => {
        expect(decodeFarRepeats(encodeFarRepeats(bytes), LIMIT)).toEqual({ ok: true, bytes });
      }),
    );
  });

  it('replaces a repeat 40 KB back, which DEFLATE cannot see, by a reference of a few bytes', () => {
    const paragraph = 'Die Quartalszahlen für Oktober liegen im Anhang; bitte bis Freitag prüfen. ';
    const filler = Array.from({ length: 4000 }, (_, i) => `line ${i} of something else\r\n`).join('');
    const bytes = utf8(`${paragraph}${filler}${paragraph}`);
    const coded = encodeFarRepeats(bytes);
    expect(bytes.length - coded.length).toBeGreaterThan(utf8(paragraph).length - 12);
    const decoded = decodeFarRepeats(coded, LIMIT);
    expect(decoded.ok && Buffer.compare(decoded.bytes, bytes)).toBe(0);
  });

  it('takes a 1 MB message of text and HTML to less than half its length', () => {
    const bytes = buildRealisticMessage(1_000_000);
    const coded = encodeFarRepeats(bytes);
    expect(coded.length).toBeLessThan(bytes.length * 0.5);
    const decoded = decodeFarRepeats(coded, LIMIT);
    // Compared as one Buffer: toEqual over a megabyte of elements takes many seconds.
    expect(decoded.ok && Buffer.compare(decoded.bytes, bytes)).toBe(0);
  });

  it('leaves a repeat shorter than MIN_REPEAT, and input past MAX_SEARCHED_BYTES, as it is (escaped)', () => {
    const short = utf8(`${'x'.repeat(MIN_REPEAT - 1)}|${'x'.repeat(MIN_REPEAT - 1)}`);
    expect(encodeFarRepeats(short)).toEqual(short);
    const large = new Uint8Array(MAX_SEARCHED_BYTES + 1).fill(0x61);
    large[5] = 0xff;
    const coded = encodeFarRepeats(large);
    expect([coded.length, coded[5], coded[6], coded[7]]).toEqual([large.length + 1, 0xff, 0, 0x61]);
    const decoded = decodeFarRepeats(coded, MAX_SEARCHED_BYTES + 2);
    expect(decoded.ok && Buffer.compare(decoded.bytes, large)).toBe(0);
  });

  it('stops a reference bomb at the limit: 7 bytes asking for 4 GB', () => {
    // "a", then copy 2^32 bytes from 1 back.
    const bomb = new Uint8Array([0x61, 0xff, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    expect(decodeFarRepeats(bomb, LIMIT)).toEqual({ ok: false, reason: 'too-large' });
    const exact = encodeFarRepeats(new Uint8Array(5000).fill(0x61));
    expect(decodeFarRepeats(exact, 5000)).toMatchObject({ ok: true });
    expect(decodeFarRepeats(exact, 4999)).toEqual({ ok: false, reason: 'too-large' });
  });

  it('says damaged, never throws, for a reference before the start, a zero, or a cut-off number', () => {
    expect(decodeFarRepeats(new Uint8Array([0x61, 0xff, 0x01, 0x02]), LIMIT)).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeFarRepeats(new Uint8Array([0x61, 0xff, 0x01, 0x00]), LIMIT)).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeFarRepeats(new Uint8Array([0x61, 0xff, 0x81]), LIMIT)).toEqual({ ok: false, reason: 'damaged' });
    expect(decodeFarRepeats(new Uint8Array([0x61, 0xff]), LIMIT)).toEqual({ ok: false, reason: 'damaged' });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decodeFarRepeats(bytes, 4096);
        if (result.ok) expect(result.bytes.length).toBeLessThanOrEqual(4096);
      }),
    );
  });
});
