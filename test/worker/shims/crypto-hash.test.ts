// createHash() of the crypto stand-in against node:crypto: names, input and
// output encodings, streaming, misuse. The digests themselves over every
// length and split are in crypto-sha.test.ts.
import * as nodeCrypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as shim from '../../../src/worker/shims/crypto.ts';
import { outcome } from './crypto-keys.ts';

const SEED = Number(process.env.SHIM_TEST_SEED ?? 8017);
const ENCODINGS = [undefined, 'hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'no-such-encoding'] as const;
let comparisons = 0;

function nodeDigest(algorithm: string, chunks: Uint8Array[], encoding?: string): string | Buffer {
  const hash = nodeCrypto.createHash(algorithm);
  for (const chunk of chunks) hash.update(chunk);
  return encoding === undefined ? hash.digest() : hash.digest(encoding as nodeCrypto.BinaryToTextEncoding);
}

function shimDigest(hash: shim.Hash, chunks: Uint8Array[], encoding?: string): string | Uint8Array {
  for (const chunk of chunks) hash.update(chunk);
  return encoding === undefined ? hash.digest() : hash.digest(encoding);
}

// Splits data at the given sizes (cycled), so updates come in odd pieces.
function split(data: Uint8Array, sizes: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let offset = 0, i = 0; offset < data.length; i++) {
    const size = Math.max(1, sizes[i % sizes.length] ?? data.length);
    chunks.push(data.subarray(offset, offset + size));
    offset += size;
  }
  return chunks;
}

// The stand-in's Buffers come from the `buffer` package, not Node's.
function expectSameDigest(actual: string | Uint8Array, expected: string | Buffer, label: string): void {
  comparisons += 1;
  if (Buffer.isBuffer(expected)) {
    expect(actual, label).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(actual as Uint8Array).equals(expected), label).toBe(true);
  } else {
    expect(actual, label).toBe(expected);
  }
}

afterAll(() => console.log(`createHash parity: ${comparisons} digests compared with node:crypto`));

describe('createHash() streaming digests', () => {
  it('matches node:crypto in odd chunk sizes and every digest encoding', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 40_000 }), fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom('sha1', 'sha256'), fc.constantFrom(...ENCODINGS),
        (data, sizes, algorithm, encoding) => {
          const chunks = split(data, sizes);
          expectSameDigest(shimDigest(shim.createHash(algorithm), chunks, encoding), nodeDigest(algorithm, chunks, encoding), `${algorithm} ${encoding}`);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('reads string input with Node\'s input encodings', () => {
    // Any text for the character encodings; ASCII for hex and base64
    // (buffer@6, not the stand-in, differs from Node on non-ASCII there).
    const input = fc.oneof(
      fc.tuple(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.constantFrom(undefined, 'utf8', 'latin1', 'utf16le')),
      fc.tuple(fc.string({ maxLength: 300 }), fc.constantFrom('hex', 'base64', 'base64url')),
      fc.tuple(fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), maxLength: 300 }), fc.constant('hex')),
    );
    fc.assert(
      fc.property(input, ([text, encoding]) => {
        const expected = outcome(() => nodeCrypto.createHash('sha256').update(text, encoding as nodeCrypto.Encoding).digest('hex'));
        comparisons += 1;
        expect(outcome(() => shim.createHash('sha256').update(text, encoding).digest('hex')), `${encoding}`).toEqual(expected);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps hashes independent: interleaved updates of many open hashes', () => {
    const data = nodeCrypto.randomBytes(3000);
    const expected = nodeCrypto.createHash('sha256').update(data).digest('hex');
    const held = Array.from({ length: 12 }, () => shim.createHash('sha256'));
    for (const hash of held) hash.update(data.subarray(0, 1000));
    for (const hash of held) expectSameDigest(hash.update(data.subarray(1000)).digest('hex'), expected, 'interleaved');
  });

  it('accepts the digest names Node accepts for SHA-1 and SHA-256', () => {
    const names = ['sha1', 'SHA1', 'sha-1', 'RSA-SHA1', 'rsa-sha1-2', 'ssl3-sha1', 'sha1WithRSAEncryption', '1.3.14.3.2.26', 'sha256', 'SHA256', 'sha-256', 'SHA2-256', 'RSA-SHA256', 'sha256WithRSAEncryption', '2.16.840.1.101.3.4.2.1'];
    for (const name of names) {
      expectSameDigest(shim.createHash(name).update('abc').digest('hex'), nodeCrypto.createHash(name).update('abc').digest('hex'), name);
    }
  });

  it('fails as Node does on misuse', () => {
    const hash = shim.createHash('sha256');
    hash.digest();
    expect(() => hash.digest()).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_HASH_FINALIZED' }));
    expect(() => hash.update('x')).toThrow(expect.objectContaining({ code: 'ERR_CRYPTO_HASH_FINALIZED' }));
    expect(() => shim.createHash('sha256').update(5 as unknown as string)).toThrow(TypeError);
    expect(() => shim.createHash('no-such-digest')).toThrow(/Digest method not supported/);
    expect(() => nodeCrypto.createHash('no-such-digest')).toThrow(/Digest method not supported/);
  });
});

describe('randomUUID()', () => {
  it('gives RFC 9562 version 4 UUIDs, each different', () => {
    const seen = new Set(Array.from({ length: 1000 }, () => shim.randomUUID()));
    expect(seen.size).toBe(1000);
    for (const uuid of seen) expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
