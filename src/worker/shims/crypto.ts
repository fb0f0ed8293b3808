// Stand-in for the part of `node:crypto` that mailauth's verification path
// uses (DKIM, ARC, and the body hashes), synchronous as Node's is.
//
// WebCrypto cannot stand in: its verify() returns a Promise, and mailauth
// uses verify()'s return value directly as a boolean, so every signature
// would "pass". Hence RSA PKCS#1 v1.5 by BigInt arithmetic (RFC 8017 §8.2.2),
// Ed25519 by BigInt arithmetic too (RFC 8032 §5.1.7), SHA-1/SHA-256 in
// JavaScript (FIPS 180-4). Signing, sealing and private keys are not offered.
import { Buffer } from './buffer.ts';
import { verifyEd25519 } from './crypto-ed25519.ts';
import { createHash as createHashOf, digestOf, hashAlgorithmFor, toBytes, Hash } from './crypto-hash.ts';
import type { HashAlgorithm } from './crypto-hash.ts';
import { KeyObject, publicKeyData, toKeyObject, type PublicKeyInput, type PublicKeyLike } from './crypto-key-object.ts';
import { verifyRsaPkcs1 } from './crypto-rsa-pkcs1.ts';
import { nodeError, notInBrowser } from './node-error.ts';

export { Hash, KeyObject };
export type { HashAlgorithm, PublicKeyInput, PublicKeyLike };

const ED25519_SIGNATURE_LENGTH = 64; // RFC 8032 §5.1.6

// Node's signature has an options second argument (outputLength, for XOFs
// only); it is accepted and ignored.
export function createHash(algorithm: string, _options?: unknown): Hash {
  return createHashOf(algorithm);
}

export function createPublicKey(key: PublicKeyLike): KeyObject {
  return toKeyObject(key, false);
}

function signatureBytes(signature: unknown): Uint8Array {
  if (!ArrayBuffer.isView(signature)) {
    throw nodeError(
      'The "signature" argument must be an instance of Buffer, TypedArray, or DataView.',
      'ERR_INVALID_ARG_TYPE',
      TypeError,
    );
  }
  return new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength);
}

// The PSS padding option is the one verify() option that changes the result.
function rejectUnsupportedOptions(key: PublicKeyLike): void {
  if (typeof key === 'object' && key !== null && !ArrayBuffer.isView(key) && !(key instanceof KeyObject)) {
    const { padding } = key as { padding?: unknown };
    if (padding !== undefined && padding !== 1) throw notInBrowser('RSA padding other than PKCS#1 v1.5', 'DKIM uses PKCS#1 v1.5 only');
  }
}

/**
 * One-shot verification as Node's `crypto.verify(algorithm, data, key, signature)`.
 * `algorithm` names the digest for RSA ("rsa-sha256", "sha256", ... as
 * OpenSSL spells them); with `null` an RSA key uses SHA-256 (OpenSSL 3's
 * default) and an Ed25519 key verifies `data` itself (RFC 8032 PureEdDSA).
 * Returns false for a wrong signature; throws for an unusable key or name.
 */
export function verify(algorithm: string | null | undefined, data: ArrayBufferView | string, key: PublicKeyLike, signature: ArrayBufferView): boolean {
  if (algorithm !== null && algorithm !== undefined && typeof algorithm !== 'string') {
    throw nodeError('The "algorithm" argument must be of type string.', 'ERR_INVALID_ARG_TYPE', TypeError);
  }
  const hash = algorithm === null || algorithm === undefined ? null : hashAlgorithmFor(algorithm);
  if (hash === undefined) throw nodeError(`Invalid digest: ${algorithm}`, 'ERR_CRYPTO_INVALID_DIGEST', TypeError);
  const message = toBytes(data as string | ArrayBufferView);
  const sig = signatureBytes(signature);
  rejectUnsupportedOptions(key);
  const keyObject = toKeyObject(key, true);
  const keyInfo = publicKeyData(keyObject);

  if (keyInfo.type === 'rsa') {
    const digestAlgorithm: HashAlgorithm = hash ?? 'sha256';
    return verifyRsaPkcs1(keyInfo, digestAlgorithm, digestOf(digestAlgorithm, message), sig);
  }
  if (keyInfo.type === 'ed25519') {
    // Ed25519 hashes internally; OpenSSL refuses any digest name with it, and
    // that error text is what mailauth reports for an a=rsa-* signature
    // checked against an Ed25519 key.
    if (hash) throw nodeError('error:1C80007A:Provider routines::invalid digest', 'ERR_OSSL_INVALID_DIGEST');
    if (sig.length !== ED25519_SIGNATURE_LENGTH) return false;
    return verifyEd25519(keyInfo.raw, message, sig);
  }
  if (keyInfo.type === 'ed448') throw notInBrowser('Ed448 verification', 'DKIM defines Ed25519 only (RFC 8463)');
  throw nodeError(
    'error:03000096:digital envelope routines::operation not supported for this keytype',
    'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE',
  );
}

const MAX_RANDOM_VALUES = 65536; // getRandomValues' limit per call (WebCrypto §10.1.1)

export function randomBytes(size: number): Buffer {
  const out = Buffer.alloc(size);
  for (let offset = 0; offset < size; offset += MAX_RANDOM_VALUES) {
    globalThis.crypto.getRandomValues(out.subarray(offset, Math.min(size, offset + MAX_RANDOM_VALUES)));
  }
  return out;
}

// crypto.randomUUID() exists only in secure contexts; a page served over
// plain http from another host has getRandomValues but not randomUUID.
// RFC 9562 §5.4: version 4, variant 10.
export function randomUUID(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function getHashes(): string[] {
  return ['sha1', 'sha256'];
}

const SIGNING = 'signing and sealing are not available in the browser';

export function sign(): never {
  throw notInBrowser('crypto.sign()', SIGNING);
}
export function createSign(): never {
  throw notInBrowser('crypto.createSign()', SIGNING);
}
export function createPrivateKey(): never {
  throw notInBrowser('crypto.createPrivateKey()', SIGNING);
}
export function createVerify(): never {
  throw notInBrowser('crypto.createVerify()', 'use the one-shot crypto.verify()');
}
export function createHmac(): never {
  throw notInBrowser('crypto.createHmac()', 'mailauth does not use HMAC when verifying');
}
export class X509Certificate {
  constructor() {
    throw notInBrowser('X509Certificate', 'certificates are only read for MTA-STS and BIMI VMC, which need network access');
  }
}

export default {
  createHash,
  createPublicKey,
  verify,
  randomBytes,
  randomUUID,
  getHashes,
  sign,
  createSign,
  createPrivateKey,
  createVerify,
  createHmac,
  Hash,
  KeyObject,
  X509Certificate,
};
