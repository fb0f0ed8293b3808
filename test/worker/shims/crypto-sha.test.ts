// Our SHA-1, SHA-256 and SHA-512 (FIPS 180-4) against node:crypto: every
// length across the padding boundaries, arbitrary octets in arbitrary
// update pieces, and the known answers of FIPS 180-4's examples.
import * as nodeCrypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSha, type ShaAlgorithm } from '../../../src/worker/shims/crypto-sha.ts';

const SEED = Number(process.env.SHIM_TEST_SEED ?? 8017);
const ALGORITHMS: ShaAlgorithm[] = ['sha1', 'sha256', 'sha512'];

function ours(algorithm: ShaAlgorithm, chunks: Uint8Array[]): string {
  const hash = createSha(algorithm);
  for (const chunk of chunks) hash.update(chunk);
  return Buffer.from(hash.digest()).toString('hex');
}

const nodes = (algorithm: ShaAlgorithm, data: Uint8Array): string => nodeCrypto.createHash(algorithm).update(data).digest('hex');

// Cuts data at the given sizes, cycled (at least one is above 0); sizes of
// 0 make empty updates.
function cut(data: Uint8Array, sizes: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let offset = 0, i = 0; offset < data.length; i++) {
    const size = sizes[i % sizes.length]!;
    chunks.push(data.subarray(offset, offset + size));
    offset += size;
  }
  return chunks;
}

describe('SHA-1, SHA-256, SHA-512 (FIPS 180-4)', () => {
  it('give FIPS 180-4\'s example digests of "abc" and of the two-block messages', () => {
    // The one-block and multi-block examples of NIST's "Cryptographic
    // Standards and Guidelines: Examples with Intermediate Values".
    const abc = new TextEncoder().encode('abc');
    const twoBlocks256 = new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
    const twoBlocks512 = new TextEncoder().encode('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu');
    expect(ours('sha1', [abc])).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(ours('sha256', [abc])).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(ours('sha512', [abc])).toBe('ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
    expect(ours('sha1', [twoBlocks256])).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
    expect(ours('sha256', [twoBlocks256])).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
    expect(ours('sha512', [twoBlocks512])).toBe('8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909');
  });

  it('match node:crypto for every length from 0 to 300 octets, whole and split in two at every point near the block edges', () => {
    // The lengths where padding changes shape: 55/56 and 63/64/65 octets for
    // the 64-octet block (8-octet length field), 111/112 and 127/128/129 for
    // SHA-512's 128-octet block (16-octet length field), and their multiples.
    let compared = 0;
    for (let length = 0; length <= 300; length++) {
      const data = nodeCrypto.randomBytes(length);
      for (const algorithm of ALGORITHMS) {
        const expected = nodes(algorithm, data);
        expect(ours(algorithm, [data]), `${algorithm}, ${length} octets`).toBe(expected);
        for (const at of new Set([0, 1, 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, length - 1])) {
          if (at < 0 || at > length) continue;
          expect(ours(algorithm, [data.subarray(0, at), data.subarray(at)]), `${algorithm}, ${length} octets split at ${at}`).toBe(expected);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it('match node:crypto for arbitrary octets in arbitrary update pieces (empty ones too)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALGORITHMS),
        fc.uint8Array({ maxLength: 3000 }),
        fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 8 }).filter((sizes) => sizes.some((size) => size > 0)),
        (algorithm, data, sizes) => {
          expect(ours(algorithm, cut(data, sizes)), algorithm).toBe(nodes(algorithm, data));
        },
      ),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('match node:crypto over a few megabytes (the length field past 2^24 bits)', () => {
    const data = nodeCrypto.randomBytes(3 * 1024 * 1024 + 77);
    for (const algorithm of ['sha1', 'sha256'] as const) expect(ours(algorithm, cut(data, [65536, 1, 4095])), algorithm).toBe(nodes(algorithm, data));
  });
});
