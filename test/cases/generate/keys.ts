// The key pairs the fixture cases are signed with. They are committed under
// keys/ so that regenerating gives byte-identical messages: RSA PKCS#1 v1.5
// (RFC 8017 §8.2) and Ed25519 (RFC 8032) signatures are deterministic, so the
// same key, data and clock give the same b= value. A missing key file is
// created once and then kept.

import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const KEY_DIR = join(import.meta.dirname, 'keys');

export type KeyName =
  | 'rsa512'
  | 'rsa1024'
  | 'rsa2048'
  | 'rsa2048-other'
  | 'rsa4096'
  | 'ed25519'
  | 'arc-list'
  | 'arc-fwd';

interface KeySpec {
  type: 'rsa' | 'ed25519';
  bits?: number;
}

const KEY_SPECS: Record<KeyName, KeySpec> = {
  // RFC 8301 §3.2: verifiers MUST NOT consider keys below 1024 bits valid
  rsa512: { type: 'rsa', bits: 512 },
  rsa1024: { type: 'rsa', bits: 1024 },
  rsa2048: { type: 'rsa', bits: 2048 },
  // a second 2048-bit key, published where a signature made with rsa2048 is checked: a key mismatch
  'rsa2048-other': { type: 'rsa', bits: 2048 },
  rsa4096: { type: 'rsa', bits: 4096 },
  ed25519: { type: 'ed25519' },
  'arc-list': { type: 'rsa', bits: 2048 },
  'arc-fwd': { type: 'rsa', bits: 2048 },
};

export interface KeyPair {
  name: KeyName;
  type: 'rsa' | 'ed25519';
  privateKey: KeyObject;
  publicKey: KeyObject;
  privatePem: string;
}

const cache = new Map<KeyName, KeyPair>();

export function loadKey(name: KeyName): KeyPair {
  const cached = cache.get(name);
  if (cached) return cached;
  const spec = KEY_SPECS[name];
  const file = join(KEY_DIR, `${name}.pem`);
  if (!existsSync(file)) {
    mkdirSync(KEY_DIR, { recursive: true });
    const pair =
      spec.type === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: spec.bits ?? 2048 })
        : generateKeyPairSync('ed25519');
    writeFileSync(file, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  }
  const privatePem = readFileSync(file, 'utf8');
  const privateKey = createPrivateKey(privatePem);
  const pair: KeyPair = { name, type: spec.type, privateKey, publicKey: createPublicKey(privateKey), privatePem };
  cache.set(name, pair);
  return pair;
}

/**
 * The p= value of a key record. RSA: the DER SubjectPublicKeyInfo in base64,
 * the form every signer publishes (RFC 6376 §3.6.1). Ed25519: the bare
 * 32-byte public key, not wrapped in SPKI (RFC 8463 §4.2).
 */
export function publicKeyData(pair: KeyPair): string {
  const spki = pair.publicKey.export({ type: 'spki', format: 'der' });
  return pair.type === 'ed25519' ? spki.subarray(spki.length - 32).toString('base64') : spki.toString('base64');
}

/** `v=DKIM1; k=...; p=...` plus any extra tags (t=y, ...), as one string. */
export function keyRecord(pair: KeyPair, extraTags = ''): string {
  const k = pair.type === 'ed25519' ? 'ed25519' : 'rsa';
  return `v=DKIM1; k=${k};${extraTags ? ` ${extraTags};` : ''} p=${publicKeyData(pair)}`;
}

/**
 * A TXT record as zone.json holds it: one string when it fits a DNS
 * character-string (at most 255 octets, RFC 1035 §3.3), else the parts a
 * publisher would have to split it into.
 */
export function txtRecord(text: string, partLength = 255): string | string[] {
  if (text.length <= partLength) return text;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += partLength) parts.push(text.slice(i, i + partLength));
  return parts;
}
