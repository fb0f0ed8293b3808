// The part of WebCrypto (W3C Web Cryptography API) the DKIM bench uses:
// making key pairs, exporting them, and importing a pasted Ed25519 private
// key to learn its public half. The same `crypto.subtle` exists in the
// records worker and in Node (globalThis.crypto since Node 19), so the core
// declares only what it calls instead of taking the DOM's or Node's typings.

export interface CryptoKeyHandle {
  readonly type: string;
}

export interface KeyPairHandle {
  publicKey: CryptoKeyHandle;
  privateKey: CryptoKeyHandle;
}

export type KeyAlgorithm = { name: 'RSASSA-PKCS1-v1_5'; modulusLength: number; publicExponent: Uint8Array; hash: 'SHA-256' } | { name: 'Ed25519' };

export interface SubtleSubset {
  generateKey(algorithm: KeyAlgorithm, extractable: boolean, usages: string[]): Promise<KeyPairHandle | CryptoKeyHandle>;
  exportKey(format: 'spki' | 'pkcs8' | 'raw', key: CryptoKeyHandle): Promise<ArrayBuffer>;
  exportKey(format: 'jwk', key: CryptoKeyHandle): Promise<{ x?: string }>;
  importKey(format: 'pkcs8', data: Uint8Array, algorithm: { name: 'Ed25519' }, extractable: boolean, usages: string[]): Promise<CryptoKeyHandle>;
}

/** The platform's WebCrypto, or null where there is none (an old runtime, a page not served over HTTPS). */
export function platformSubtle(): SubtleSubset | null {
  const crypto = (globalThis as { crypto?: { subtle?: SubtleSubset } }).crypto;
  return crypto?.subtle ?? null;
}
