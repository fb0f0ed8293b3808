// The coder of link format v3: lossless for any bytes, and safe for any
// payload — a crafted or damaged one ends as a problem within the declared
// bound, never as a throw or an allocation the payload did not pay for.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compressContextMixing, decompressContextMixing, MAX_CODED_BYTES, MAX_EXPANSION } from '../../../src/core/share/context-mixing-codec.ts';
import { buildRealisticMessage } from './realistic-message.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** An unsigned LEB128 length, as the codec writes it. */
function lengthBytes(length: number): number[] {
  const out: number[] = [];
  for (let rest = length; ; rest = Math.floor(rest / 128)) {
    if (rest < 128) return [...out, rest];
    out.push((rest % 128) | 128);
  }
}

describe('context-mixing codec', () => {
  it('decompress(compress(x)) is x for any bytes and any text', () => {
    const repeated = fc.tuple(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.nat(5)).map(([text, times]) => utf8(`${text}\u2028${text.repeat(times)}`));
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 1000 }).map(utf8), repeated), (bytes) => {
        expect(decompressContextMixing(compressContextMixing(bytes))).toEqual({ ok: true, bytes });
      }),
      { numRuns: 150 },
    );
  });

  it('codes a mail message to under a third of its size (its header holds 2.4 KB of random base64)', () => {
    const message = buildRealisticMessage(30_000);
    const coded = compressContextMixing(message);
    expect(coded.length).toBeLessThan(message.length / 3);
    expect(decompressContextMixing(coded)).toEqual({ ok: true, bytes: message });
  });

  it('any payload ends as bytes within its bound or as a problem, never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (payload) => {
        const result = decompressContextMixing(payload);
        if (result.ok) expect(result.bytes.length).toBeLessThanOrEqual(payload.length * MAX_EXPANSION);
        else expect(['damaged', 'too-large']).toContain(result.reason);
      }),
      { numRuns: 2000 },
    );
  });

  it('a changed or cut payload is damaged: its check no longer matches', () => {
    const coded = compressContextMixing(buildRealisticMessage(5_000));
    fc.assert(
      fc.property(fc.nat(coded.length - 1), fc.integer({ min: 1, max: 255 }), (at, flip) => {
        const changed = coded.slice();
        changed[at] = changed[at]! ^ flip;
        expect(decompressContextMixing(changed).ok).toBe(false);
      }),
      { numRuns: 60 },
    );
    expect(decompressContextMixing(coded.subarray(0, coded.length - 40))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('a length past the bound is refused before anything is decoded', () => {
    // One byte over the bound declared, with enough bytes behind it to pass the expansion bound.
    const tooLong = new Uint8Array([...lengthBytes(MAX_CODED_BYTES + 1), ...new Uint8Array(MAX_CODED_BYTES / MAX_EXPANSION + 16)]);
    expect(decompressContextMixing(tooLong)).toMatchObject({ ok: false, reason: 'too-large' });
    // A bomb: 100 bytes asking for 1 MiB.
    const bomb = new Uint8Array([...lengthBytes(1024 * 1024), ...new Uint8Array(96).fill(0xa5)]);
    expect(decompressContextMixing(bomb)).toEqual({ ok: false, reason: 'too-large', limit: bomb.length * MAX_EXPANSION });
    // A length that never ends, and nothing at all.
    expect(decompressContextMixing(new Uint8Array(12).fill(0xff))).toEqual({ ok: false, reason: 'damaged' });
    expect(decompressContextMixing(new Uint8Array(0))).toEqual({ ok: false, reason: 'damaged' });
  });
});
