// The body hash made with WebCrypto from the octets mailauth's own hasher
// chose equals mailauth's own incremental hash, for both canonicalisations,
// both algorithms, any l= and any octets: mailauth still decides what is
// hashed (its end-of-body rules included), only the digest is native.

import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectForNativeDigest, type DigestibleHasher } from '../../../src/core/auth/native-body-digest.ts';

interface BodyHasher extends DigestibleHasher {
  update(chunk: Buffer | null, final?: boolean): void;
}
const { dkimBody } = createRequire(import.meta.url)('mailauth/lib/dkim/body/index.js') as {
  dkimBody: (canonicalization: string, algorithm: string, maxBodyLength?: number) => BodyHasher;
};

const CRLF_HEAVY = fc.array(fc.oneof(fc.constantFrom('\r\n', '\n', '\r', ' ', '\t', '\r\n\r\n'), fc.string({ unit: 'binary', maxLength: 8 })), { maxLength: 40 }).map((parts) => Buffer.from(parts.join(''), 'utf8'));

describe('collectForNativeDigest', () => {
  it('gives mailauth\'s own body hash for any body, canonicalisation, algorithm and l=', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)), CRLF_HEAVY),
        fc.constantFrom('simple', 'relaxed'),
        fc.constantFrom('sha256', 'sha1'),
        fc.option(fc.nat({ max: 300 }), { nil: undefined }),
        async (body, canonicalization, algorithm, limit) => {
          const stock = dkimBody(canonicalization, algorithm, limit);
          stock.update(body);
          const expected = stock.digest('base64');

          const hasher = dkimBody(canonicalization, algorithm, limit);
          const finish = collectForNativeDigest(hasher, algorithm, body.length);
          expect(finish).not.toBeNull();
          hasher.update(body);
          await finish!();
          expect(hasher.digest('base64')).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves the hash to mailauth where WebCrypto has no such algorithm, and where the copies would pass 64 MiB in all', () => {
    expect(collectForNativeDigest(dkimBody('simple', 'sha256'), 'md5', 10)).toBeNull();
    expect(collectForNativeDigest(dkimBody('simple', 'sha256'), 'sha256', 64 * 1024 * 1024)).not.toBeNull();
    expect(collectForNativeDigest(dkimBody('simple', 'sha256'), 'sha256', 64 * 1024 * 1024 + 1)).toBeNull();
  });
});
