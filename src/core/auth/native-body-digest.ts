// A DKIM body hash finished with the platform's own SHA (WebCrypto's
// digest: native in Node and in the browser), not the incremental hasher
// mailauth feeds piece by piece — in the worker that one is JavaScript,
// several times slower over a large body (issue 18). mailauth's hasher still
// decides every octet that is hashed (canonicalisation, l=, the end of the
// body); only the octets are collected, and the digest is made of them.

import { encodeBase64 } from '../share/rfc4648-base64.ts';

/** The part of mailauth's body hasher this touches (mailauth/lib/dkim/body). */
export interface DigestibleHasher {
  bodyHash: { update(octets: Uint8Array): unknown; digest(encoding: 'base64'): string };
  digest(encoding: 'base64'): string;
}

interface DigestSubtle {
  digest(algorithm: 'SHA-1' | 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

// Collecting is a copy of the hashed octets, one per body hash: past this
// in all, the incremental hashers are kept, so a 50 MB message with eight
// body hashes (the most one may have) is not held nine times over.
const MAX_COLLECTED_OCTETS = 64 * 1024 * 1024;

const WEB_CRYPTO_NAMES: Record<string, 'SHA-1' | 'SHA-256'> = { sha1: 'SHA-1', sha256: 'SHA-256' };

function platformDigest(): DigestSubtle | null {
  const crypto = (globalThis as { crypto?: { subtle?: DigestSubtle } }).crypto;
  return crypto?.subtle ?? null;
}

/**
 * Has `hasher` collect the octets it would hash instead of hashing them.
 * `collectedInAll` is what every body hash of the message would collect
 * together (the body's length times their number). Returns the finisher to
 * await once the body was fed, or null where there is no WebCrypto, the
 * algorithm is not one it has, or that is too much (mailauth then hashes).
 */
export function collectForNativeDigest(hasher: DigestibleHasher, algorithm: string, collectedInAll: number): (() => Promise<void>) | null {
  const subtle = platformDigest();
  const name = WEB_CRYPTO_NAMES[algorithm.split('-').pop()!.toLowerCase()];
  if (!subtle || !name || collectedInAll > MAX_COLLECTED_OCTETS) return null;
  const parts: Uint8Array[] = [];
  let length = 0;
  const incremental = hasher.bodyHash;
  hasher.bodyHash = {
    update(octets) {
      // Views of the body and of constants: nothing is copied until the end.
      parts.push(octets);
      length += octets.length;
      return this;
    },
    digest: () => '',
  };
  return async () => {
    // mailauth's own digest() runs its end-of-body rules (the trailing
    // CRLFs of RFC 6376 §3.4.3 and §3.4.4) into the collector first.
    hasher.digest('base64');
    const octets = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      octets.set(part, at);
      at += part.length;
    }
    const digest = encodeBase64(new Uint8Array(await subtle.digest(name, octets)), 'base64');
    hasher.bodyHash = incremental;
    // mailauth reads the hash once, in finalChunk: answer it with ours.
    hasher.digest = () => digest;
  };
}
