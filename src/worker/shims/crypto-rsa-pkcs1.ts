// RSASSA-PKCS1-v1_5 signature verification, RFC 8017 §8.2.2, with the
// EMSA-PKCS1-v1_5 encoding of §9.2. The expected encoded message is built in
// full and compared as a whole, so there is no padding parser to fool
// (the Bleichenbacher'06 forgeries against lax parsers of the 0xFF run and
// of the DigestInfo do not apply).
import type { HashAlgorithm } from './crypto-hash.ts';

// RFC 8017 §9.2 Note 1: DER of DigestInfo up to the digest octets.
const DIGEST_INFO_PREFIX: Record<HashAlgorithm, Uint8Array> = {
  sha1: Uint8Array.from([0x30, 0x21, 0x30, 0x09, 0x06, 0x05, 0x2b, 0x0e, 0x03, 0x02, 0x1a, 0x05, 0x00, 0x04, 0x14]),
  sha256: Uint8Array.from([
    0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20,
  ]),
};

// The limits OpenSSL applies before any RSA public-key operation
// (rsa_ossl_public_decrypt); they stop a published key from making each
// verification arbitrarily expensive. Mirrored so the worker says "fail"
// exactly where Node does.
const MAX_MODULUS_BITS = 16384; // OPENSSL_RSA_MAX_MODULUS_BITS
const SMALL_MODULUS_BITS = 3072; // OPENSSL_RSA_SMALL_MODULUS_BITS
const MAX_PUBLIC_EXPONENT_BITS = 64; // OPENSSL_RSA_MAX_PUBEXP_BITS, above SMALL_MODULUS_BITS

export function bitLength(value: bigint): number {
  return value === 0n ? 0 : value.toString(2).length;
}

function bytesToBigInt(bytes: Uint8Array): bigint {
  let hex = '0x0';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return BigInt(hex);
}

// I2OSP (RFC 8017 §4.1); the caller guarantees value < 256^length.
function bigIntToBytes(value: bigint, length: number): Uint8Array {
  const hex = value.toString(16).padStart(2 * length, '0');
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n % modulus;
  let square = base % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
  }
  return result;
}

// EMSA-PKCS1-v1_5-ENCODE (RFC 8017 §9.2) of an already computed digest;
// null where §9.2 step 3 says "intended encoded message length too short".
function encodeExpected(digest: Uint8Array, hash: HashAlgorithm, length: number): Uint8Array | null {
  const prefix = DIGEST_INFO_PREFIX[hash];
  const tLength = prefix.length + digest.length;
  if (length < tLength + 11) return null;
  const em = new Uint8Array(length).fill(0xff, 2, length - tLength - 1);
  em[0] = 0x00;
  em[1] = 0x01;
  em[length - tLength - 1] = 0x00;
  em.set(prefix, length - tLength);
  em.set(digest, length - digest.length);
  return em;
}

export interface RsaPublicNumbers {
  modulus: bigint;
  publicExponent: bigint;
}

export function verifyRsaPkcs1(key: RsaPublicNumbers, hash: HashAlgorithm, digest: Uint8Array, signature: Uint8Array): boolean {
  const { modulus, publicExponent } = key;
  const modulusBits = bitLength(modulus);
  if (modulusBits > MAX_MODULUS_BITS) return false;
  if (publicExponent >= modulus) return false;
  if (modulusBits > SMALL_MODULUS_BITS && bitLength(publicExponent) > MAX_PUBLIC_EXPONENT_BITS) return false;

  const k = Math.ceil(modulusBits / 8);
  // §8.2.2 step 1: the signature has exactly the modulus' length in octets.
  if (signature.length !== k) return false;
  // §5.2.2 RSAVP1 step 1: the signature representative is below the modulus.
  const s = bytesToBigInt(signature);
  if (s >= modulus) return false;
  const expected = encodeExpected(digest, hash, k);
  if (!expected) return false;
  const em = bigIntToBytes(modPow(s, publicExponent, modulus), k);
  let difference = 0;
  for (let i = 0; i < k; i++) difference |= em[i]! ^ expected[i]!;
  return difference === 0;
}
