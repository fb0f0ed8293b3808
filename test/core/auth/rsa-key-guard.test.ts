import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { guardKeyRecords, oversizedExponentBits, rsaPublicExponent, type RefusedKey } from '../../../src/core/auth/rsa-key-guard.ts';
import { giantExponentKey } from '../../cases/generate/hostile-inputs.ts';

/** An RSA key record whose exponent is `exponent`, from a real 1024-bit modulus. */
function recordWithExponent(exponent: bigint, form: 'spki' | 'pkcs1' = 'spki'): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
  const jwk = publicKey.export({ format: 'jwk' });
  const hex = exponent.toString(16);
  const e = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex').toString('base64url');
  const key = createPublicKey({ key: { ...jwk, e }, format: 'jwk' });
  return `v=DKIM1; k=rsa; p=${key.export({ type: form, format: 'der' }).toString('base64')}`;
}

describe('the RSA exponent guard', () => {
  it('reads the exponent of a SubjectPublicKeyInfo and of a bare RSAPublicKey', () => {
    for (const form of ['spki', 'pkcs1'] as const) {
      const p = recordWithExponent(65537n, form).split('p=')[1]!;
      expect([...rsaPublicExponent(Buffer.from(p, 'base64'))!]).toEqual([0x01, 0x00, 0x01]);
    }
  });

  it('accepts 65537 and 2^32+1, refuses 2^32+3 and a 3,072-bit exponent', () => {
    expect(oversizedExponentBits(recordWithExponent(65537n))).toBeNull();
    expect(oversizedExponentBits(recordWithExponent(2n ** 32n + 1n))).toBeNull();
    expect(oversizedExponentBits(recordWithExponent(2n ** 32n + 3n))).toBe(33);
    expect(oversizedExponentBits(`v=DKIM1; p=${giantExponentKey()}`)).toBeGreaterThan(3000);
  });

  it('leaves Ed25519 keys, revoked keys and damaged data to mailauth', () => {
    expect(oversizedExponentBits('v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=')).toBeNull();
    expect(oversizedExponentBits('v=DKIM1; p=')).toBeNull();
    expect(oversizedExponentBits('v=DKIM1; p=MIIB%%%')).toBeNull();
    expect(oversizedExponentBits('v=DKIM1; p=MAA=')).toBeNull();
  });

  it('fails the key lookup as an unusable key, with the record, and reports it', async () => {
    const record = `v=DKIM1; k=rsa; p=${giantExponentKey()}`;
    const refused: RefusedKey[] = [];
    const resolver = guardKeyRecords(async () => [[record]], (key) => refused.push(key));
    const error = (await resolver('giant._domainkey.example.com', 'TXT').catch((e: unknown) => e)) as { code: string; rr: string };
    expect(error.code).toBe('EINVALIDVAL');
    expect(error.rr).toBe(record.replace(/\s+/g, ''));
    expect(refused.map((key) => key.name)).toEqual(['giant._domainkey.example.com']);
    // Other questions pass through untouched.
    await expect(resolver('example.com', 'TXT')).resolves.toEqual([[record]]);
  });
});
