// Refuses DKIM key records whose RSA public exponent is over the limit,
// before mailauth hands the key to the crypto library: the check sits in the
// resolver mailauth is given, so every key it fetches (DKIM, and the ARC
// keys, which share its key cache) passes through here first.

import type { DnsRecord, Resolver } from '../../dns/resolver.ts';
import { decodeBase64 } from '../share/rfc4648-base64.ts';
import { MAX_RSA_PUBLIC_EXPONENT } from './verification-limits.ts';
import { compactValue, parseTagList } from './tag-list.ts';

export interface RefusedKey {
  /** The key record's name, selector._domainkey.domain. */
  name: string;
  /** The record as mailauth reports it, white space removed. */
  record: string;
  exponentBits: number;
}

/** A DER element: its tag, and where its content starts and ends. */
export interface DerElement {
  tag: number;
  start: number;
  end: number;
}

/** One DER element at `at` (definite lengths of up to 4 octets), or null when it runs past `limit`. */
export function readElement(der: Uint8Array, at: number, limit: number): DerElement | null {
  if (at + 2 > limit) return null;
  const tag = der[at]!;
  let length = der[at + 1]!;
  let start = at + 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    if (octets === 0 || octets > 4 || start + octets > limit) return null;
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + der[start + i]!;
    start += octets;
  }
  return start + length > limit ? null : { tag, start, end: start + length };
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;

/** The public exponent of an RSAPublicKey (RFC 8017 §A.1.1), bare or inside a SubjectPublicKeyInfo (RFC 5280 §4.1); null for anything else. */
export function rsaPublicExponent(der: Uint8Array): Uint8Array | null {
  const outer = readElement(der, 0, der.length);
  if (outer?.tag !== SEQUENCE) return null;
  let first = readElement(der, outer.start, outer.end);
  let key = outer;
  if (first?.tag === SEQUENCE) {
    // SubjectPublicKeyInfo: the algorithm, then the key as a BIT STRING with no unused bits.
    const bits = readElement(der, first.end, outer.end);
    if (bits?.tag !== BIT_STRING || der[bits.start] !== 0) return null;
    const inner = readElement(der, bits.start + 1, bits.end);
    if (inner?.tag !== SEQUENCE) return null;
    key = inner;
    first = readElement(der, inner.start, inner.end);
  }
  if (first?.tag !== INTEGER) return null;
  const exponent = readElement(der, first.end, key.end);
  return exponent?.tag === INTEGER ? der.subarray(exponent.start, exponent.end) : null;
}

/** The bit length of a big-endian unsigned integer, and whether it exceeds the limit. */
function exponentOverLimit(exponent: Uint8Array): { over: boolean; bits: number } {
  let first = 0;
  while (first < exponent.length && exponent[first] === 0) first++;
  const bytes = exponent.subarray(first);
  const bits = bytes.length === 0 ? 0 : (bytes.length - 1) * 8 + (32 - Math.clz32(bytes[0]!));
  // Only exponents of up to 5 bytes need the exact comparison; longer ones are over.
  if (bytes.length > 5) return { over: true, bits };
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return { over: value > MAX_RSA_PUBLIC_EXPONENT, bits };
}

/** The exponent length of a key record whose RSA exponent is over the limit, or null. */
export function oversizedExponentBits(record: string): number | null {
  const p = compactValue(parseTagList(record).tags.get('p'));
  if (!p) return null;
  const decoded = decodeBase64(p, 'base64');
  if (!decoded.ok) return null;
  const exponent = rsaPublicExponent(decoded.bytes);
  if (!exponent) return null;
  const { over, bits } = exponentOverLimit(exponent);
  return over ? bits : null;
}

function recordText(record: DnsRecord): string {
  return typeof record === 'string' ? record : Array.isArray(record) ? record.join('') : '';
}

/**
 * A resolver for mailauth that answers key lookups only with keys within
 * the limit. mailauth reads the first TXT record of a key name; when that
 * one is refused, the lookup fails as an unusable key (mailauth's
 * EINVALIDVAL), with the record attached for the evidence, and `refused`
 * hears of it.
 */
export function guardKeyRecords(resolver: Resolver, refused: (key: RefusedKey) => void): Resolver {
  return async (name, rrtype) => {
    const records = await resolver(name, rrtype);
    if (rrtype.toUpperCase() !== 'TXT' || !name.toLowerCase().includes('._domainkey.') || records.length === 0) return records;
    const record = recordText(records[0]!);
    const bits = oversizedExponentBits(record);
    if (bits === null) return records;
    const compact = record.replace(/\s+/g, '');
    refused({ name, record: compact, exponentBits: bits });
    throw Object.assign(new Error(`RSA public exponent of ${bits} bits is over the limit`), { code: 'EINVALIDVAL', rr: compact });
  };
}
