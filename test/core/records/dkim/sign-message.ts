// Signs a message with a key pair the bench made, with mailauth's signer:
// the test's stand-in for OpenDKIM on the mail server. mailauth signs what
// `signatureData` lists; its type also asks for the same fields at the top.

import { dkimSign } from 'mailauth';
import { expect } from 'vitest';

export async function signMessage(message: string, key: { domain: string; selector: string; privateKeyPem: string; ed25519: boolean }, signTime: Date): Promise<string> {
  const signature = { signingDomain: key.domain, selector: key.selector, privateKey: key.privateKeyPem, algorithm: key.ed25519 ? 'ed25519-sha256' : 'rsa-sha256', canonicalization: 'relaxed/relaxed' };
  const { signatures, errors } = await dkimSign(message, { ...signature, signatureData: [signature], signTime });
  expect(errors).toEqual([]);
  expect(signatures).toMatch(/^DKIM-Signature: /);
  return signatures + message;
}
