// The keys a DKIM bench meets, read from their DER: the public key of a
// record's p= (RFC 6376 §3.6.1: an RSA SubjectPublicKeyInfo, RFC 5280
// §4.1.2.7, or a bare RSAPublicKey, RFC 8017 §A.1.1, which many verifiers
// accept; RFC 8463 §4.2: the 32 bytes of an Ed25519 key), and the private
// keys people paste to check a pair (PKCS#1 RSAPrivateKey, RFC 8017 §A.1.2;
// PKCS#8 PrivateKeyInfo, RFC 5208 §5; dkimpy's bare base64 Ed25519 seed).

import { readElement, type DerElement } from '../../auth/rsa-key-guard.ts';
import { decodeBase64 } from '../../share/rfc4648-base64.ts';

export type PublicKeyRead =
  | { type: 'rsa'; form: 'spki' | 'pkcs1'; bits: number; modulus: Uint8Array; exponent: Uint8Array }
  | { type: 'ed25519'; form: 'raw' | 'spki'; bits: 256; raw: Uint8Array }
  | { type: 'unreadable'; why: 'base64' | 'der' | 'algorithm' | 'ed25519-length' };

export type PrivateKeyRead =
  | { type: 'rsa'; form: 'pkcs1' | 'pkcs8'; modulus: Uint8Array; exponent: Uint8Array }
  | { type: 'ed25519'; form: 'pkcs8' | 'seed'; seed: Uint8Array }
  | { type: 'unreadable'; why: 'encrypted' | 'public-key' | 'not-a-key' };

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const OCTET_STRING = 0x04;
const OID = 0x06;

// Content octets of the algorithm identifiers (X.690 §8.19).
const RSA_ENCRYPTION = '2a864886f70d010101'; // 1.2.840.113549.1.1.1
const ED25519 = '2b6570'; // 1.3.101.112, RFC 8410 §3
const ED25519_LENGTH = 32;

// The 16 octets before a 32-byte seed in an Ed25519 PKCS#8 key (RFC 8410 §7).
const ED25519_PKCS8_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The elements inside a constructed element, in order; null if one runs past it. */
function children(der: Uint8Array, parent: DerElement): DerElement[] | null {
  const out: DerElement[] = [];
  for (let at = parent.start; at < parent.end; ) {
    const child = readElement(der, at, parent.end);
    if (!child) return null;
    out.push(child);
    at = child.end;
  }
  return out;
}

function whole(der: Uint8Array): DerElement | null {
  const outer = readElement(der, 0, der.length);
  return outer && outer.end === der.length && outer.tag === SEQUENCE ? outer : null;
}

/** An unsigned big-endian integer without its leading zero octets. */
export function unsigned(bytes: Uint8Array): Uint8Array {
  let first = 0;
  while (first < bytes.length - 1 && bytes[first] === 0) first++;
  return bytes.subarray(first);
}

export function bitLength(bytes: Uint8Array): number {
  const value = unsigned(bytes);
  if (value.length === 0 || value[0] === 0) return 0;
  return (value.length - 1) * 8 + (32 - Math.clz32(value[0]!));
}

const content = (der: Uint8Array, element: DerElement) => der.subarray(element.start, element.end);

/** The algorithm OID of an AlgorithmIdentifier SEQUENCE, as hex. */
function algorithmOf(der: Uint8Array, identifier: DerElement): string | null {
  if (identifier.tag !== SEQUENCE) return null;
  const oid = readElement(der, identifier.start, identifier.end);
  return oid?.tag === OID ? hex(content(der, oid)) : null;
}

/** An RSAPublicKey SEQUENCE { modulus, publicExponent }. */
function rsaPublicKey(der: Uint8Array, key: DerElement): { modulus: Uint8Array; exponent: Uint8Array } | null {
  const parts = children(der, key);
  if (!parts || parts.length !== 2 || parts.some((part) => part.tag !== INTEGER)) return null;
  return { modulus: unsigned(content(der, parts[0]!)), exponent: unsigned(content(der, parts[1]!)) };
}

/** The key of a record's p=, base64 with white space already removed. */
export function readPublicKey(p: string, keyType: string): PublicKeyRead {
  const decoded = decodeBase64(p, 'base64');
  if (!decoded.ok) return { type: 'unreadable', why: 'base64' };
  const der = decoded.bytes;
  if (keyType === 'ed25519' && der.length === ED25519_LENGTH) return { type: 'ed25519', form: 'raw', bits: 256, raw: der };
  const outer = whole(der);
  if (!outer) return { type: 'unreadable', why: keyType === 'ed25519' ? 'ed25519-length' : 'der' };
  const parts = children(der, outer);
  if (!parts) return { type: 'unreadable', why: 'der' };
  if (parts.length === 2 && parts[0]!.tag === INTEGER) {
    const key = rsaPublicKey(der, outer);
    return key ? { type: 'rsa', form: 'pkcs1', bits: bitLength(key.modulus), ...key } : { type: 'unreadable', why: 'der' };
  }
  if (parts.length !== 2 || parts[1]!.tag !== BIT_STRING || der[parts[1]!.start] !== 0) return { type: 'unreadable', why: 'der' };
  const algorithm = algorithmOf(der, parts[0]!);
  const bits = { start: parts[1]!.start + 1, end: parts[1]!.end };
  if (algorithm === ED25519) {
    const raw = der.subarray(bits.start, bits.end);
    return raw.length === ED25519_LENGTH ? { type: 'ed25519', form: 'spki', bits: 256, raw } : { type: 'unreadable', why: 'ed25519-length' };
  }
  if (algorithm !== RSA_ENCRYPTION) return { type: 'unreadable', why: 'algorithm' };
  const inner = readElement(der, bits.start, bits.end);
  const key = inner?.tag === SEQUENCE && inner.end === bits.end ? rsaPublicKey(der, inner) : null;
  return key ? { type: 'rsa', form: 'spki', bits: bitLength(key.modulus), ...key } : { type: 'unreadable', why: 'der' };
}

/** A pasted private key: PEM (RFC 7468) of either structure, or a bare base64 Ed25519 seed. */
export function readPrivateKey(text: string): PrivateKeyRead {
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1] ?? null;
  if (label !== null && /ENCRYPTED/.test(label)) return { type: 'unreadable', why: 'encrypted' };
  if (label !== null && /PUBLIC KEY/.test(label)) return { type: 'unreadable', why: 'public-key' };
  const body = label === null ? text : text.slice(text.indexOf('-----', text.indexOf(`BEGIN ${label}`)) + 5).replace(/-----END[\s\S]*$/, '');
  const decoded = decodeBase64(body.replace(/\s+/g, ''), 'base64');
  if (!decoded.ok) return { type: 'unreadable', why: 'not-a-key' };
  const der = decoded.bytes;
  if (label === null && der.length === ED25519_LENGTH) return { type: 'ed25519', form: 'seed', seed: der };
  const pkcs1 = rsaPrivateKey(der);
  if (pkcs1) return { type: 'rsa', form: 'pkcs1', ...pkcs1 };
  // PKCS#8: version, AlgorithmIdentifier, OCTET STRING with the algorithm's own key.
  const outer = whole(der);
  const parts = outer ? children(der, outer) : null;
  if (!parts || parts.length < 3 || parts[0]!.tag !== INTEGER || parts[2]!.tag !== OCTET_STRING) return { type: 'unreadable', why: 'not-a-key' };
  const algorithm = algorithmOf(der, parts[1]!);
  const inner = content(der, parts[2]!);
  if (algorithm === ED25519) {
    const seed = readElement(inner, 0, inner.length);
    if (seed?.tag === OCTET_STRING && seed.end - seed.start === ED25519_LENGTH) return { type: 'ed25519', form: 'pkcs8', seed: inner.subarray(seed.start, seed.end) };
    return { type: 'unreadable', why: 'not-a-key' };
  }
  const rsa = algorithm === RSA_ENCRYPTION ? rsaPrivateKey(inner) : null;
  return rsa ? { type: 'rsa', form: 'pkcs8', ...rsa } : { type: 'unreadable', why: 'not-a-key' };
}

/** An RSAPrivateKey: version, modulus, publicExponent, privateExponent, … (RFC 8017 §A.1.2). */
function rsaPrivateKey(der: Uint8Array): { modulus: Uint8Array; exponent: Uint8Array } | null {
  const outer = whole(der);
  const parts = outer ? children(der, outer) : null;
  if (!parts || parts.length < 9 || parts.slice(0, 9).some((part) => part.tag !== INTEGER)) return null;
  return { modulus: unsigned(content(der, parts[1]!)), exponent: unsigned(content(der, parts[2]!)) };
}

/** The PKCS#8 DER of an Ed25519 seed, which WebCrypto imports (RFC 8410 §7). */
export function ed25519Pkcs8(seed: Uint8Array): Uint8Array {
  const der = new Uint8Array(ED25519_PKCS8_PREFIX.length + seed.length);
  der.set(ED25519_PKCS8_PREFIX);
  der.set(seed, ED25519_PKCS8_PREFIX.length);
  return der;
}

/** The RSAPrivateKey inside a PKCS#8 RSA key: what opendkim-genkey writes as "RSA PRIVATE KEY". */
export function pkcs1OfPkcs8(der: Uint8Array): Uint8Array | null {
  const outer = whole(der);
  const parts = outer ? children(der, outer) : null;
  if (!parts || parts.length < 3 || algorithmOf(der, parts[1]!) !== RSA_ENCRYPTION || parts[2]!.tag !== OCTET_STRING) return null;
  return content(der, parts[2]!);
}
