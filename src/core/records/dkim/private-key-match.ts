// Does a pasted private key belong to a record's public key? What
// opendkim-testkey checks with -k. RSA is read from the DER alone (the
// private key carries its modulus and public exponent, RFC 8017 §A.1.2);
// an Ed25519 private key is only a seed, whose public half WebCrypto
// computes (RFC 8032 §5.1.5). The key never leaves this function.

import type { LocalizedText } from '../../analysis.ts';
import { decodeBase64 } from '../../share/rfc4648-base64.ts';
import { ed25519Pkcs8, readPrivateKey, readPublicKey, unsigned } from './key-der.ts';
import { platformSubtle, type SubtleSubset } from './web-crypto.ts';

export type KeyMatchResult = 'match' | 'mismatch' | 'unreadable' | 'no-public-key' | 'cannot-tell';

export interface KeyMatch {
  result: KeyMatchResult;
  text: LocalizedText;
}

const t = (result: KeyMatchResult, en: string, de: string): KeyMatch => ({ result, text: { en, de } });

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/** The Ed25519 public key of a seed, through WebCrypto's JWK export (RFC 8037 §2: x is the public key). */
async function ed25519PublicOf(seed: Uint8Array, subtle: SubtleSubset): Promise<Uint8Array | null> {
  const key = await subtle.importKey('pkcs8', ed25519Pkcs8(seed), { name: 'Ed25519' }, true, ['sign']);
  const jwk = await subtle.exportKey('jwk', key);
  const decoded = jwk.x ? decodeBase64(jwk.x, 'base64url') : null;
  return decoded?.ok ? decoded.bytes : null;
}

/** Compares `privateKeyText` with the key in a record's p= (k= its key type). */
export async function matchPrivateKey(privateKeyText: string, p: string, keyType: string, subtle: SubtleSubset | null = platformSubtle()): Promise<KeyMatch> {
  const published = readPublicKey(p, keyType);
  if (published.type === 'unreadable') return t('no-public-key', 'The record holds no readable public key to compare with.', 'Der Eintrag enthält keinen lesbaren öffentlichen Schlüssel zum Vergleich.');
  const own = readPrivateKey(privateKeyText);
  if (own.type === 'unreadable') {
    if (own.why === 'encrypted') return t('unreadable', 'The private key is encrypted; OpenDKIM needs it unencrypted, and it cannot be compared here.', 'Der private Schlüssel ist verschlüsselt; OpenDKIM braucht ihn unverschlüsselt, hier kann er nicht verglichen werden.');
    if (own.why === 'public-key') return t('unreadable', 'This is a public key, not the private key (the .private file).', 'Das ist ein öffentlicher Schlüssel, nicht der private (die .private-Datei).');
    return t('unreadable', 'This is no private key PEM (PKCS#1 "RSA PRIVATE KEY" or PKCS#8 "PRIVATE KEY").', 'Das ist kein privater Schlüssel im PEM-Format (PKCS#1 „RSA PRIVATE KEY“ oder PKCS#8 „PRIVATE KEY“).');
  }
  if (own.type !== published.type) return t('mismatch', `The private key is ${own.type}, the published key ${published.type}: they are no pair.`, `Der private Schlüssel ist ${own.type}, der veröffentlichte ${published.type}: Sie sind kein Paar.`);
  if (own.type === 'rsa' && published.type === 'rsa') {
    const same = sameBytes(unsigned(own.modulus), unsigned(published.modulus)) && sameBytes(unsigned(own.exponent), unsigned(published.exponent));
    return same
      ? t('match', `The private key matches the published ${published.bits}-bit key.`, `Der private Schlüssel passt zum veröffentlichten ${published.bits}-Bit-Schlüssel.`)
      : t('mismatch', 'The private key does not match the published key: signatures made with it fail. Publish the record that belongs to this key, or sign with the other key.', 'Der private Schlüssel passt nicht zum veröffentlichten: Damit erzeugte Signaturen scheitern. Den Eintrag zu diesem Schlüssel veröffentlichen oder mit dem anderen Schlüssel signieren.');
  }
  if (own.type !== 'ed25519' || published.type !== 'ed25519') return t('cannot-tell', 'The keys cannot be compared.', 'Die Schlüssel lassen sich nicht vergleichen.');
  if (!subtle) return t('cannot-tell', 'WebCrypto is not available here, so the Ed25519 key cannot be compared.', 'WebCrypto ist hier nicht verfügbar, der Ed25519-Schlüssel lässt sich nicht vergleichen.');
  let derived: Uint8Array | null;
  try {
    derived = await ed25519PublicOf(own.seed, subtle);
  } catch {
    // An engine without Ed25519 in WebCrypto rejects the import.
    derived = null;
  }
  if (!derived) return t('cannot-tell', 'This browser cannot work with Ed25519 keys, so the pair cannot be compared.', 'Dieser Browser kann nicht mit Ed25519-Schlüsseln umgehen, das Paar lässt sich nicht vergleichen.');
  return sameBytes(derived, published.raw)
    ? t('match', 'The private key matches the published Ed25519 key.', 'Der private Schlüssel passt zum veröffentlichten Ed25519-Schlüssel.')
    : t('mismatch', 'The private key does not match the published Ed25519 key: signatures made with it fail.', 'Der private Schlüssel passt nicht zum veröffentlichten Ed25519-Schlüssel: Damit erzeugte Signaturen scheitern.');
}
