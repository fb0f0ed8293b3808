import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../src/core/share/rfc4648-base64.ts';

const SEED = Number(process.env.SHARE_TEST_SEED ?? 4648);

describe('RFC 4648 base64 and base64url', () => {
  it('encodes as Node does (base64 with padding, base64url without) and decodes back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const buffer = Buffer.from(bytes);
        expect(encodeBase64(bytes, 'base64')).toBe(buffer.toString('base64'));
        expect(encodeBase64(bytes, 'base64url')).toBe(buffer.toString('base64url'));
        for (const alphabet of ['base64', 'base64url'] as const) {
          const decoded = decodeBase64(encodeBase64(bytes, alphabet), alphabet);
          expect(decoded.ok && [...decoded.bytes]).toEqual([...bytes]);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('encodes across its internal slices (more than 24 KiB) without a seam', () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 7919) & 255);
    expect(encodeBase64(bytes, 'base64url')).toBe(Buffer.from(bytes).toString('base64url'));
  });

  it('says where a character outside the alphabet stands', () => {
    expect(decodeBase64('abc*defg', 'base64url')).toEqual({ ok: false, position: 3, reason: 'character' });
    expect(decodeBase64('ab+d', 'base64url')).toEqual({ ok: false, position: 2, reason: 'character' });
    expect(decodeBase64('ab-d', 'base64')).toEqual({ ok: false, position: 2, reason: 'character' });
    expect(decodeBase64('abcdé', 'base64url')).toMatchObject({ ok: false, position: 4 });
  });

  it('refuses impossible lengths, padding in base64url, and set bits past the end (RFC 4648 §3.5)', () => {
    expect(decodeBase64('abcde', 'base64url')).toMatchObject({ ok: false, reason: 'length' });
    expect(decodeBase64('abc', 'base64')).toMatchObject({ ok: false, reason: 'length' });
    expect(decodeBase64('QQ==', 'base64url')).toMatchObject({ ok: false, reason: 'padding' });
    // "QR" carries one byte and four more bits, which must be zero ("QQ").
    expect(decodeBase64('QR', 'base64url')).toMatchObject({ ok: false, reason: 'padding' });
    expect(decodeBase64('QQ', 'base64url')).toEqual({ ok: true, bytes: new Uint8Array([0x41]) });
  });
});
