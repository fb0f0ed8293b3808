// The strict DER key reader of the crypto stand-in against OpenSSL (through
// node:crypto) on hand-made and on randomly damaged keys. The reader may be
// stricter than OpenSSL, never laxer: whatever it accepts, Node accepts as
// the same key.
import * as nodeCrypto from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as shim from '../../../src/worker/shims/crypto.ts';
import { outcome } from './crypto-keys.ts';

const SEED = Number(process.env.SHIM_TEST_SEED ?? 8017);
const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const octets = length < 0x100 ? [length] : [length >> 8, length & 0xff];
  return Buffer.from([0x80 | octets.length, ...octets]);
}
const element = (tag: number, ...parts: Buffer[]) => {
  const content = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([tag]), derLength(content.length), content]);
};
const integer = (bytes: Buffer) => element(0x02, bytes);
const sequence = (...parts: Buffer[]) => element(0x30, ...parts);
const RSA_ALGORITHM = hex('300d 0609 2a864886f70d010101 0500');
const spkiOf = (algorithm: Buffer, key: Buffer, unusedBits = 0) => sequence(algorithm, element(0x03, Buffer.from([unusedBits]), key));

type Reading = { accepted: false } | { accepted: true; type: string; spki: string };

function readWith(create: (input: nodeCrypto.PublicKeyInput) => { asymmetricKeyType?: string; export(options: { type: 'spki'; format: 'der' }): unknown }, der: Buffer, type: 'spki' | 'pkcs1'): Reading {
  try {
    const key = create({ key: der, format: 'der', type });
    return { accepted: true, type: String(key.asymmetricKeyType), spki: Buffer.from(key.export({ type: 'spki', format: 'der' }) as Uint8Array).toString('hex') };
  } catch {
    return { accepted: false };
  }
}
const readShim = (der: Buffer, type: 'spki' | 'pkcs1') => readWith((input) => shim.createPublicKey(input as shim.PublicKeyInput), der, type);
const readNode = (der: Buffer, type: 'spki' | 'pkcs1') => readWith((input) => nodeCrypto.createPublicKey(input), der, type);

let rsaPkcs1 = Buffer.alloc(0);
let rsaSpki = Buffer.alloc(0);
let edSpki = Buffer.alloc(0);
let modulus = Buffer.alloc(0);

beforeAll(() => {
  const rsa = nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
  rsaPkcs1 = rsa.export({ type: 'pkcs1', format: 'der' });
  rsaSpki = rsa.export({ type: 'spki', format: 'der' });
  edSpki = nodeCrypto.generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
  modulus = Buffer.from(rsa.export({ format: 'jwk' }).n!, 'base64url');
});

describe('the strict DER key reader', () => {
  it('accepts what Node accepts when the DER is well-formed, with the same key', () => {
    const n = Buffer.concat([Buffer.alloc(1), modulus]);
    const cases: Array<[string, Buffer, 'spki' | 'pkcs1']> = [
      ['PKCS#1', rsaPkcs1, 'pkcs1'],
      ['SPKI', rsaSpki, 'spki'],
      ['Ed25519 SPKI', edSpki, 'spki'],
      ['exponent 3', sequence(integer(n), integer(hex('03'))), 'pkcs1'],
      // Useless but well-formed: OpenSSL reads them, so does the stand-in.
      ['exponent 0', sequence(integer(n), integer(hex('00'))), 'pkcs1'],
      ['exponent 1', sequence(integer(n), integer(hex('01'))), 'pkcs1'],
      ['even modulus', sequence(integer(hex('00c2' + 'c3'.repeat(63))), integer(hex('03'))), 'pkcs1'],
      ['4-bit modulus', sequence(integer(hex('0f')), integer(hex('03'))), 'pkcs1'],
      ['exponent above the modulus', sequence(integer(hex('0f')), integer(hex('1f'))), 'pkcs1'],
      ['Ed25519 key not on the curve', spkiOf(hex('3005 0603 2b6570'), Buffer.alloc(32, 0xff)), 'spki'],
    ];
    for (const [label, der, type] of cases) {
      const node = readNode(der, type);
      expect(node.accepted, label).toBe(true);
      expect(readShim(der, type), label).toEqual(node);
    }
  });

  it('rejects what Node rejects', () => {
    const n = Buffer.concat([Buffer.alloc(1), modulus]);
    const cases: Array<[string, Buffer, 'spki' | 'pkcs1']> = [
      ['empty', Buffer.alloc(0), 'spki'],
      ['SPKI read as PKCS#1', rsaSpki, 'pkcs1'],
      ['PKCS#1 read as SPKI', rsaPkcs1, 'spki'],
      ['modulus 0', sequence(integer(hex('00')), integer(hex('03'))), 'pkcs1'],
      ['modulus 1', sequence(integer(hex('01')), integer(hex('03'))), 'pkcs1'],
      ['a third INTEGER', sequence(integer(n), integer(hex('03')), integer(hex('01'))), 'pkcs1'],
      ['one INTEGER', sequence(integer(n)), 'pkcs1'],
      ['Ed25519 with NULL parameters', spkiOf(hex('3007 0603 2b6570 0500'), edSpki.subarray(12)), 'spki'],
      ['Ed25519 key of 31 bytes', spkiOf(hex('3005 0603 2b6570'), edSpki.subarray(13)), 'spki'],
      ['Ed25519 key of 33 bytes', spkiOf(hex('3005 0603 2b6570'), Buffer.concat([edSpki.subarray(12), Buffer.alloc(1)])), 'spki'],
      ['unknown algorithm', spkiOf(hex('300b 0609 2a864886f70d010199'), rsaPkcs1), 'spki'],
      ['Ed25519 OID on an RSA key', spkiOf(hex('3005 0603 2b6570'), rsaPkcs1), 'spki'],
      ['rsaEncryption OID on an Ed25519 key', spkiOf(RSA_ALGORITHM, edSpki.subarray(12)), 'spki'],
      ['length past the end', Buffer.concat([hex('3082ffff'), rsaPkcs1.subarray(4)]), 'pkcs1'],
    ];
    for (const [label, der, type] of cases) {
      expect(readNode(der, type), label).toEqual({ accepted: false });
      expect(readShim(der, type), label).toEqual({ accepted: false });
      expect(outcome(() => shim.createPublicKey({ key: der, format: 'der', type })), label).toEqual({ threw: 'ERR_OSSL_UNSUPPORTED' });
    }
  });

  // Documented difference: OpenSSL is laxer than DER (X.690 §10) in these
  // ways; the stand-in rejects, so such a key is "Unknown key type" in the
  // worker. Published DKIM keys are written by OpenSSL and are DER.
  it('rejects BER and other laxness that OpenSSL tolerates (documented difference)', () => {
    const n = Buffer.concat([Buffer.alloc(1), modulus]);
    const cases: Array<[string, Buffer, 'spki' | 'pkcs1']> = [
      ['trailing byte after PKCS#1', Buffer.concat([rsaPkcs1, Buffer.alloc(1)]), 'pkcs1'],
      ['trailing byte after SPKI', Buffer.concat([rsaSpki, Buffer.alloc(1)]), 'spki'],
      ['trailing byte after Ed25519 SPKI', Buffer.concat([edSpki, Buffer.alloc(1)]), 'spki'],
      ['long-form length for a short length', Buffer.concat([hex('3081'), edSpki.subarray(1)]), 'spki'],
      ['indefinite length', Buffer.concat([hex('3080'), edSpki.subarray(2), hex('0000')]), 'spki'],
      ['negative modulus (leading 0x00 missing)', sequence(integer(modulus), integer(hex('010001'))), 'pkcs1'],
      ['modulus with a redundant leading 0x00', sequence(integer(Buffer.concat([Buffer.alloc(1), n])), integer(hex('010001'))), 'pkcs1'],
      ['exponent with a redundant leading 0x00', sequence(integer(n), integer(hex('00010001'))), 'pkcs1'],
      ['rsaEncryption without NULL parameters', spkiOf(hex('300b 0609 2a864886f70d010101'), rsaPkcs1), 'spki'],
      ['rsaEncryption with INTEGER parameters', spkiOf(hex('300e 0609 2a864886f70d010101 020100'), rsaPkcs1), 'spki'],
      ['BIT STRING with unused bits', spkiOf(RSA_ALGORITHM, rsaPkcs1, 1), 'spki'],
      ['Ed25519 BIT STRING with unused bits', spkiOf(hex('3005 0603 2b6570'), edSpki.subarray(12), 1), 'spki'],
      ['RSASSA-PSS key', spkiOf(hex('300b 0609 2a864886f70d01010a'), rsaPkcs1), 'spki'],
    ];
    for (const [label, der, type] of cases) {
      expect(readNode(der, type).accepted, label).toBe(true);
      expect(readShim(der, type), label).toEqual({ accepted: false });
    }
  });

  it('never accepts a damaged key that Node rejects, nor reads a different key (fuzzed)', () => {
    const tally = { tried: 0, bothAccept: 0, bothReject: 0, onlyNodeAccepts: 0 };
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat({ max: 7 }) }),
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.nat({ max: 255 }) }),
      fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('append' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }),
    );
    fc.assert(
      fc.property(fc.constantFrom('pkcs1' as const, 'spki' as const, 'ed25519' as const), fc.array(mutation, { minLength: 1, maxLength: 3 }), (source, mutations) => {
        let der = Buffer.from(source === 'pkcs1' ? rsaPkcs1 : source === 'spki' ? rsaSpki : edSpki);
        // Mostly the first bytes: tags and lengths are where readers differ.
        for (const change of mutations) {
          const at = 'at' in change ? change.at % (change.at % 3 === 0 ? der.length || 1 : Math.min(der.length || 1, 12)) : 0;
          if (change.kind === 'flip') der[at] = (der[at] ?? 0) ^ (1 << change.bit);
          else if (change.kind === 'set') der[at] = change.value;
          else if (change.kind === 'delete') der = Buffer.concat([der.subarray(0, at), der.subarray(at + 1)]);
          else if (change.kind === 'insert') der = Buffer.concat([der.subarray(0, at), Buffer.from([change.value]), der.subarray(at)]);
          else if (change.kind === 'truncate') der = der.subarray(0, at);
          else der = Buffer.concat([der, change.bytes]);
        }
        const type = source === 'pkcs1' ? 'pkcs1' : 'spki';
        const node = readNode(der, type);
        const stand = readShim(der, type);
        tally.tried += 1;
        if (stand.accepted) {
          expect(stand, der.toString('hex')).toEqual(node);
          tally.bothAccept += 1;
        } else if (node.accepted) {
          tally.onlyNodeAccepts += 1;
        } else {
          tally.bothReject += 1;
        }
      }),
      { seed: SEED, numRuns: 4000 },
    );
    console.log(`damaged keys: ${JSON.stringify(tally)}`);
    expect(tally.bothAccept).toBeGreaterThan(0);
    expect(tally.bothReject).toBeGreaterThan(tally.tried / 4);
  });
});
