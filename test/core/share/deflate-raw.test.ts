import { inflateRawSync, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflateRaw, inflateRaw } from '../../../src/core/share/deflate-raw.ts';

describe('raw DEFLATE through Compression Streams', () => {
  it('gives what zlib reads, and reads what zlib gives', async () => {
    const text = new TextEncoder().encode('Received: from mail.example.com\r\n'.repeat(500));
    const ours = await deflateRaw(text);
    expect(ours.length).toBeLessThan(text.length / 20);
    expect(new Uint8Array(inflateRawSync(ours))).toEqual(text);
    const theirs = new Uint8Array(deflateRawSync(text));
    expect(await inflateRaw(theirs, 1 << 20)).toEqual({ ok: true, bytes: text });
  });

  it('stops a deflate bomb at the limit instead of inflating it', async () => {
    // 64 MiB of zeros deflate to about 64 KiB.
    const bomb = new Uint8Array(deflateRawSync(new Uint8Array(64 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(100_000);
    const result = await inflateRaw(bomb, 1024 * 1024);
    expect(result).toEqual({ ok: false, reason: 'too-large', limit: 1024 * 1024 });
  });

  it('reports cut-off and changed data as damaged, never throwing', async () => {
    const packed = await deflateRaw(new TextEncoder().encode('{"maillab":1}'.repeat(50)));
    expect(await inflateRaw(packed.subarray(0, packed.length - 3), 1 << 20)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff]), 1 << 20)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('inflates exactly up to the limit', async () => {
    const bytes = new Uint8Array(5000).fill(65);
    expect(await inflateRaw(await deflateRaw(bytes), 5000)).toEqual({ ok: true, bytes });
    expect(await inflateRaw(await deflateRaw(bytes), 4999)).toMatchObject({ ok: false, reason: 'too-large' });
  });
});
