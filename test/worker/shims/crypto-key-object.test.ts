// createPublicKey() and the KeyObject of the crypto stand-in against
// node:crypto: what mailauth reads from a key, and the PEM it keeps.
import * as nodeCrypto from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import * as shim from '../../../src/worker/shims/crypto.ts';
import { makeEd25519Keys, makeRsaKeys, outcome, type Ed25519TestKey, type RsaTestKey } from './crypto-keys.ts';

let rsaKeys: RsaTestKey[] = [];
let edKeys: Ed25519TestKey[] = [];

beforeAll(async () => {
  rsaKeys = await makeRsaKeys({ 512: 2, 1024: 3, 1536: 1, 2048: 3, 3072: 1, 4096: 1 });
  edKeys = makeEd25519Keys(4);
}, 120_000);

// mailauth's exportPublicKey(): PKCS#1 for RSA when possible, else SPKI.
function exportAsMailauthDoes(key: { asymmetricKeyType?: string; export(options: { type: 'pkcs1' | 'spki'; format: 'pem' }): unknown }): string {
  if (key.asymmetricKeyType !== 'ed25519') {
    try {
      return String(key.export({ type: 'pkcs1', format: 'pem' }));
    } catch {
      // not RSA: SPKI below, as mailauth does
    }
  }
  return String(key.export({ type: 'spki', format: 'pem' }));
}

describe('createPublicKey()', () => {
  it('reads RSA keys in every form with the same details as Node, and exports the same PEM and DER', () => {
    let checked = 0;
    for (const key of rsaKeys) {
      const inputs: Array<[string, shim.PublicKeyLike]> = [
        ['SPKI DER', { key: key.spkiDer, format: 'der', type: 'spki' }],
        ['PKCS#1 DER', { key: key.pkcs1Der, format: 'der', type: 'pkcs1' }],
        ['SPKI PEM', key.spkiPem],
        ['PKCS#1 PEM', key.pkcs1Pem],
        ['PEM as a Buffer', Buffer.from(key.spkiPem)],
        ['PEM in an object', { key: key.pkcs1Pem, format: 'pem' }],
        ['DER as base64 text', { key: key.spkiDer.toString('base64'), format: 'der', type: 'spki', encoding: 'base64' }],
        ['PEM with CRLF line ends and text before it', `a key:\r\n${key.spkiPem.replace(/\n/g, '\r\n')}`],
      ];
      for (const [form, input] of inputs) {
        const actual = shim.createPublicKey(input);
        const expected = nodeCrypto.createPublicKey(input as nodeCrypto.PublicKeyInput);
        expect(actual.type, form).toBe('public');
        expect(actual.asymmetricKeyType, form).toBe(expected.asymmetricKeyType);
        expect(actual.asymmetricKeyDetails, form).toEqual(expected.asymmetricKeyDetails);
        expect(actual.asymmetricKeyDetails.modulusLength, form).toBe(key.bits);
        for (const type of ['pkcs1', 'spki'] as const) {
          expect(actual.export({ type, format: 'pem' }), `${form} → ${type} PEM`).toBe(expected.export({ type, format: 'pem' }));
          expect(Buffer.from(actual.export({ type, format: 'der' }) as Uint8Array).equals(expected.export({ type, format: 'der' })), `${form} → ${type} DER`).toBe(true);
        }
        // The PEM mailauth keeps is read back by Node as the same key.
        const kept = exportAsMailauthDoes(actual);
        expect(nodeCrypto.createPublicKey(kept).equals(key.publicKey), form).toBe(true);
        expect(actual.equals(shim.createPublicKey(kept)), form).toBe(true);
        checked += 1;
      }
    }
    console.log(`createPublicKey: ${checked} RSA key readings compared with node:crypto`);
  });

  it('reads Ed25519 keys as Node does, including the raw 32-byte form mailauth wraps', () => {
    for (const key of edKeys) {
      const wrapped = Buffer.concat([Buffer.from('302A300506032B6570032100', 'hex'), key.raw]);
      for (const input of [key.spkiPem, { key: wrapped, format: 'der', type: 'spki' }] as const) {
        const actual = shim.createPublicKey(input);
        const expected = nodeCrypto.createPublicKey(input);
        expect(actual.asymmetricKeyType).toBe('ed25519');
        expect(actual.asymmetricKeyDetails).toEqual(expected.asymmetricKeyDetails);
        expect(actual.asymmetricKeyDetails.modulusLength).toBeUndefined();
        expect(exportAsMailauthDoes(actual)).toBe(exportAsMailauthDoes(expected));
        expect(outcome(() => actual.export({ type: 'pkcs1', format: 'pem' }))).toEqual(outcome(() => expected.export({ type: 'pkcs1', format: 'pem' })));
      }
    }
  });

  it('names the other curve key types as Node does, so mailauth reports them as unknown key types', () => {
    for (const type of ['x25519', 'x448', 'ed448'] as const) {
      const pem = nodeCrypto.generateKeyPairSync(type as 'x25519').publicKey.export({ type: 'spki', format: 'pem' }) as string;
      const actual = shim.createPublicKey(pem);
      expect(actual.asymmetricKeyType).toBe(type);
      expect(exportAsMailauthDoes(actual)).toBe(pem);
      expect(outcome(() => shim.verify(null, Buffer.alloc(1), actual, Buffer.alloc(64)))).toHaveProperty('threw');
    }
  });

  it('looks like a KeyObject and fails on bad options as Node does', () => {
    const key = rsaKeys[0]!;
    const actual = shim.createPublicKey(key.spkiPem);
    const expected = nodeCrypto.createPublicKey(key.spkiPem);
    expect(String(actual)).toBe(String(expected));
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    const badOptions: unknown[] = [undefined, { format: 'pem' }, { format: 'xyz', type: 'spki' }, { format: 'pem', type: 'pkcs8' }];
    for (const options of badOptions) {
      const run = (target: { export(options: never): unknown }) => () => target.export(options as never);
      expect(outcome(run(actual)), JSON.stringify(options)).toEqual(outcome(run(expected)));
    }
    const badInputs: unknown[] = [5, 'not a key', '', { key: key.spkiDer, format: 'der' }, actual];
    for (const input of badInputs) {
      const shimOutcome = outcome(() => shim.createPublicKey(input as shim.PublicKeyLike));
      const nodeOutcome = outcome(() => nodeCrypto.createPublicKey((input === actual ? expected : input) as string));
      expect(shimOutcome, String(input)).toEqual(nodeOutcome);
    }
  });

  it('says clearly that private keys and signing are not available', () => {
    const { privateKey } = nodeCrypto.generateKeyPairSync('ed25519');
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
    expect(() => shim.createPublicKey(pem)).toThrow(/signing is not available in the browser/);
    expect(() => shim.createPublicKey({ key: privateKey.export({ type: 'pkcs8', format: 'der' }), format: 'der', type: 'pkcs8' })).toThrow(/signing is not available/);
    expect(() => shim.createPrivateKey()).toThrow(/signing and sealing are not available in the browser/);
    expect(() => shim.sign()).toThrow(/not available/);
    expect(() => new shim.X509Certificate()).toThrow(/not available/);
  });
});
