// The crypto stand-in's verify() against node:crypto on generated vectors:
// every vector is run through both, and the outcomes (true, false, or the
// code of the error thrown) must be equal.
import * as nodeCrypto from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as shim from '../../../src/worker/shims/crypto.ts';
import {
  base64UrlOf, bigIntFromBytes, bytesFromBigInt, flipBit, makeEd25519Keys, makeRsaKeys, modInverse, modPow, modulusOf, outcome,
  type Ed25519TestKey, type Outcome, type RsaTestKey,
} from './crypto-keys.ts';

const SEED = Number(process.env.SHIM_TEST_SEED ?? 8017);
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex'); // as mailauth's getPublicKey wraps raw keys

// How mailauth and others spell the digest: the DKIM a= value as written,
// ARC's 'sha256', and null (RSA then defaults to SHA-256).
const NAMES = {
  sha256: ['rsa-sha256', 'RSA-SHA256', 'Rsa-Sha256', 'sha256', 'SHA256', 'sha-256', 'sha2-256', 'sha256WithRSAEncryption', null],
  sha1: ['rsa-sha1', 'RSA-SHA1', 'sha1', 'SHA-1', 'sha1WithRSAEncryption'],
} as const;

type KeyForm = { form: string; shimKey: shim.PublicKeyLike; nodeKey: Parameters<typeof nodeCrypto.verify>[2] };

let rsaKeys: RsaTestKey[] = [];
let edKeys: Ed25519TestKey[] = [];
const rsaForms = new Map<RsaTestKey, KeyForm[]>();
const edForms = new Map<Ed25519TestKey, KeyForm[]>();
const tally = { vectors: 0, nodeTrue: 0 };

function compare(label: string, shimRun: () => unknown, nodeRun: () => unknown): Outcome {
  const expected = outcome(nodeRun);
  expect(outcome(shimRun), label).toEqual(expected);
  tally.vectors += 1;
  if ('value' in expected && expected.value === true) tally.nodeTrue += 1;
  return expected;
}

function verifyBoth(label: string, name: string | null, data: Uint8Array, forms: KeyForm[], signature: Uint8Array): void {
  for (const { form, shimKey, nodeKey } of forms) {
    compare(`${label} [${form}, ${name}]`, () => shim.verify(name, data, shimKey, signature), () => nodeCrypto.verify(name, data, nodeKey, signature));
  }
}

beforeAll(async () => {
  rsaKeys = await makeRsaKeys({ 1024: 4, 2048: 4, 3072: 2, 4096: 2 });
  edKeys = makeEd25519Keys(6);
  for (const key of rsaKeys) {
    rsaForms.set(key, [
      { form: 'SPKI DER', shimKey: shim.createPublicKey({ key: key.spkiDer, format: 'der', type: 'spki' }), nodeKey: nodeCrypto.createPublicKey({ key: key.spkiDer, format: 'der', type: 'spki' }) },
      { form: 'PKCS#1 DER', shimKey: shim.createPublicKey({ key: key.pkcs1Der, format: 'der', type: 'pkcs1' }), nodeKey: nodeCrypto.createPublicKey({ key: key.pkcs1Der, format: 'der', type: 'pkcs1' }) },
      { form: 'SPKI PEM string', shimKey: key.spkiPem, nodeKey: key.spkiPem },
      { form: 'PKCS#1 PEM string', shimKey: key.pkcs1Pem, nodeKey: key.pkcs1Pem },
    ]);
  }
  for (const key of edKeys) {
    const wrapped = Buffer.concat([ED25519_SPKI_PREFIX, key.raw]);
    edForms.set(key, [
      { form: 'raw key wrapped as SPKI DER', shimKey: shim.createPublicKey({ key: wrapped, format: 'der', type: 'spki' }), nodeKey: nodeCrypto.createPublicKey({ key: wrapped, format: 'der', type: 'spki' }) },
      { form: 'SPKI PEM string', shimKey: key.spkiPem, nodeKey: key.spkiPem },
      { form: 'exported PEM read back', shimKey: shim.createPublicKey(shim.createPublicKey(key.spkiPem).export({ type: 'spki', format: 'pem' })), nodeKey: key.publicKey },
    ]);
  }
}, 120_000);

afterAll(() => {
  console.log(`crypto.verify parity: ${tally.vectors} vectors compared with node:crypto, ${tally.nodeTrue} of them valid signatures`);
});

describe('verify() with RSA PKCS#1 v1.5 keys (RFC 8017 §8.2.2)', () => {
  it('matches node:crypto on good and damaged signatures, all key sizes and key forms', () => {
    fc.assert(
      fc.property(
        fc.nat(), fc.uint8Array({ maxLength: 1500 }), fc.constantFrom('sha1' as const, 'sha256' as const), fc.nat(), fc.nat(), fc.nat(),
        (keyPick, message, hash, namePick, sigBit, dataBit) => {
          const key = rsaKeys[keyPick % rsaKeys.length]!;
          const others = rsaKeys.filter((other) => other.bits === key.bits && other !== key);
          const wrongKey = others[keyPick % others.length]!;
          const forms = rsaForms.get(key)!;
          const name = NAMES[hash][namePick % NAMES[hash].length]!;
          const otherName = hash === 'sha1' ? 'rsa-sha256' : 'rsa-sha1';
          const data = Buffer.from(message);
          const signature = nodeCrypto.sign(hash, data, key.privateKey);
          const modulus = modulusOf(key);
          const size = signature.length;

          verifyBoth('good signature', name, data, forms, signature);
          verifyBoth('signature bit flipped', name, data, forms, flipBit(signature, sigBit));
          verifyBoth('data bit flipped', name, data.length ? flipBit(data, dataBit) : Buffer.from([0]), forms, signature);
          verifyBoth('wrong key of the same size', name, data, rsaForms.get(wrongKey)!, signature);
          verifyBoth('truncated signature', name, data, forms, signature.subarray(0, size - 1));
          verifyBoth('signature with an extra leading zero', name, data, forms, Buffer.concat([Buffer.alloc(1), signature]));
          verifyBoth('signature = modulus', name, data, forms, bytesFromBigInt(modulus, size));
          verifyBoth('signature = modulus - 1', name, data, forms, bytesFromBigInt(modulus - 1n, size));
          // Congruent to the good signature but not below the modulus (RFC 8017 §5.2.2 step 1).
          const aliased = bigIntFromBytes(signature) + modulus;
          if (aliased < 1n << BigInt(8 * size)) verifyBoth('good signature + modulus', name, data, forms, bytesFromBigInt(aliased, size));
          verifyBoth('other digest named', otherName, data, forms, signature);
          verifyBoth('empty signature', name, data, forms, Buffer.alloc(0));
        },
      ),
      { seed: SEED, numRuns: 360 },
    );
  });

  it('rejects a valid signature whose leading zero octet was trimmed (§8.2.2 step 1), as Node does', () => {
    let found = 0;
    for (const key of rsaKeys.filter((candidate) => candidate.bits <= 3072)) {
      const wanted = key.bits === 1024 ? 3 : 1;
      for (let attempt = 0, hits = 0; attempt < 4000 && hits < wanted; attempt++) {
        const data = Buffer.from(`message ${attempt} for a ${key.bits}-bit key`);
        const signature = nodeCrypto.sign('sha256', data, key.privateKey);
        if (signature[0] !== 0) continue;
        hits += 1;
        found += 1;
        expect(compare('full-length signature starting with 0x00', () => shim.verify('rsa-sha256', data, key.spkiPem, signature), () => nodeCrypto.verify('rsa-sha256', data, key.spkiPem, signature))).toEqual({ value: true });
        verifyBoth('leading zero trimmed', 'rsa-sha256', data, rsaForms.get(key)!, signature.subarray(1));
      }
    }
    expect(found).toBeGreaterThanOrEqual(12);
  });

  it('matches node:crypto for every digest name spelling, and refuses names it does not know', () => {
    const key = rsaKeys[0]!;
    const data = Buffer.from('From: a@example.com\r\n');
    const signatures = { sha1: nodeCrypto.sign('sha1', data, key.privateKey), sha256: nodeCrypto.sign('sha256', data, key.privateKey) };
    // Strings mailauth can pass: anything whose first and last dash-separated
    // parts read "rsa" and "sha256"/"sha1" once trimmed and lower-cased.
    const reachable = ['rsa-sha256', 'RSA-SHA256', 'rSa-sHa256', ' rsa-sha256', 'rsa-sha256 ', 'rsa -sha256', 'rsa-x-sha256', 'rsa-sha1', 'RSA-SHA1', 'rsa-rsa-sha1'];
    const known = [...NAMES.sha256, ...NAMES.sha1, 'rsa-sha1-2', 'ssl3-sha1', '1.3.14.3.2.26', '2.16.840.1.101.3.4.2.1'];
    for (const name of [...reachable, ...known, '', 'RSA-SHA', 'sha256 ', 'rsa-sha256-x']) {
      for (const hash of ['sha1', 'sha256'] as const) {
        compare(`digest name ${JSON.stringify(name)}`, () => shim.verify(name, data, key.spkiPem, signatures[hash]), () => nodeCrypto.verify(name, data, key.spkiPem, signatures[hash]));
      }
    }
    // OpenSSL knows other digests; mailauth never passes them (only sha1 and
    // sha256 survive its algorithm check), and the stand-in says it cannot.
    for (const name of ['sha512', 'rsa-sha512', 'md5', 'sha384']) {
      expect(outcome(() => shim.verify(name, data, key.spkiPem, signatures.sha256))).toEqual({ threw: 'ERR_CRYPTO_INVALID_DIGEST' });
    }
    expect(() => shim.verify(5 as unknown as string, data, key.spkiPem, signatures.sha256)).toThrow(TypeError);
  });

  it('applies OpenSSL\'s public exponent limits, with signatures made for crafted exponents', () => {
    const byBits = (bits: number) => rsaKeys.find((key) => key.bits === bits)!;
    const mersenne127 = (1n << 127n) - 1n; // prime, 127 bits
    const largest64BitPrime = 18446744073709551557n;
    const cases: Array<[RsaTestKey, bigint | 'above modulus', boolean]> = [
      [byBits(2048), mersenne127, true], // a large exponent is fine up to 3072 bits
      [byBits(3072), mersenne127, true],
      [byBits(4096), mersenne127, false], // OPENSSL_RSA_MAX_PUBEXP_BITS above 3072 bits
      [byBits(4096), largest64BitPrime, true],
      [byBits(2048), 'above modulus', false], // e must be below n
      [byBits(2048), 3n, true],
    ];
    for (const [key, exponentChoice, nodeSays] of cases) {
      const jwk = key.privateKey.export({ format: 'jwk' });
      const [n, p, q] = [jwk.n!, jwk.p!, jwk.q!].map((part) => bigIntFromBytes(Buffer.from(part, 'base64url'))) as [bigint, bigint, bigint];
      const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
      const lambda = ((p - 1n) * (q - 1n)) / gcd(p - 1n, q - 1n);
      let exponent = exponentChoice === 'above modulus' ? n + 2n : exponentChoice;
      while (!modInverse(exponent, lambda)) exponent += 2n;
      const data = Buffer.from(`crafted exponent ${exponent}`);
      // The encoded message, recovered from a signature under the real key.
      const encoded = nodeCrypto.publicDecrypt({ key: key.publicKey, padding: nodeCrypto.constants.RSA_NO_PADDING }, nodeCrypto.sign('sha256', data, key.privateKey));
      const signature = bytesFromBigInt(modPow(bigIntFromBytes(encoded), modInverse(exponent, lambda)!, n), encoded.length);
      const pkcs1Der = nodeCrypto.createPublicKey({ key: { kty: 'RSA', n: jwk.n!, e: base64UrlOf(exponent) }, format: 'jwk' }).export({ type: 'pkcs1', format: 'der' });
      const forms: KeyForm[] = [{ form: `e of ${exponent.toString(2).length} bits`, shimKey: { key: pkcs1Der, format: 'der', type: 'pkcs1' }, nodeKey: { key: pkcs1Der, format: 'der', type: 'pkcs1' } }];
      verifyBoth(`${key.bits}-bit modulus, crafted exponent`, 'sha256', data, forms, signature);
      expect(nodeCrypto.verify('sha256', data, forms[0]!.nodeKey, signature)).toBe(nodeSays);
    }
  });

  it('applies OpenSSL\'s 16384-bit modulus limit (keys with e = 1, where the signature is the encoded message)', () => {
    const key = rsaKeys[0]!;
    const data = Buffer.from('oversized modulus');
    const encoded = nodeCrypto.publicDecrypt({ key: key.publicKey, padding: nodeCrypto.constants.RSA_NO_PADDING }, nodeCrypto.sign('sha256', data, key.privateKey));
    const digestInfo = encoded.subarray(encoded.indexOf(0, 2) + 1);
    for (const [bytes, nodeSays] of [[2048, true], [2049, false], [256, true]] as const) {
      // EMSA-PKCS1-v1_5 of the same digest for a longer modulus: the 0xFF run grows.
      const longer = Buffer.concat([Buffer.from([0, 1]), Buffer.alloc(bytes - 3 - digestInfo.length, 0xff), Buffer.alloc(1), digestInfo]);
      const modulus = (1n << BigInt(8 * bytes)) - 1n;
      const pkcs1Der = nodeCrypto.createPublicKey({ key: { kty: 'RSA', n: base64UrlOf(modulus), e: 'AQ' }, format: 'jwk' }).export({ type: 'pkcs1', format: 'der' });
      const forms: KeyForm[] = [{ form: `${8 * bytes}-bit modulus`, shimKey: { key: pkcs1Der, format: 'der', type: 'pkcs1' }, nodeKey: { key: pkcs1Der, format: 'der', type: 'pkcs1' } }];
      verifyBoth('e = 1', 'sha256', data, forms, longer);
      expect(nodeCrypto.verify('sha256', data, forms[0]!.nodeKey, longer)).toBe(nodeSays);
    }
  });
});

describe('verify() with Ed25519 keys (RFC 8032, RFC 8463)', () => {
  const L = (1n << 252n) + 27742317777372353535851937790883648493n; // RFC 8032 §5.1

  it('matches node:crypto on good and damaged signatures over messages and their SHA-256 digests', () => {
    fc.assert(
      fc.property(fc.nat(), fc.uint8Array({ maxLength: 600 }), fc.boolean(), fc.integer({ min: 0, max: 511 }), fc.nat(), fc.boolean(), (keyPick, message, prehash, sigBit, dataBit, nullName) => {
        const key = edKeys[keyPick % edKeys.length]!;
        const wrongKey = edKeys[(keyPick + 1) % edKeys.length]!;
        const forms = edForms.get(key)!;
        // mailauth signs and verifies the SHA-256 digest of the header data.
        const data = prehash ? nodeCrypto.createHash('sha256').update(message).digest() : Buffer.from(message);
        const signature = nodeCrypto.sign(null, data, key.privateKey);
        const name = nullName ? null : (undefined as unknown as null);
        const s = bigIntFromBytes(Buffer.from(signature.subarray(32)).reverse());
        const nonCanonical = Buffer.concat([signature.subarray(0, 32), bytesFromBigInt(s + L, 32).reverse()]);

        verifyBoth('good signature', name, data, forms, signature);
        verifyBoth(sigBit < 256 ? 'R bit flipped' : 'S bit flipped', name, data, forms, flipBit(signature, sigBit));
        verifyBoth('data bit flipped', name, data.length ? flipBit(data, dataBit) : Buffer.from([0]), forms, signature);
        verifyBoth('wrong key', name, data, edForms.get(wrongKey)!, signature);
        verifyBoth('truncated signature', name, data, forms, signature.subarray(0, 63));
        verifyBoth('extended signature', name, data, forms, Buffer.concat([signature, Buffer.alloc(1)]));
        verifyBoth('S + L (non-canonical S)', name, data, forms, nonCanonical);
        verifyBoth('all-zero signature', name, data, forms, Buffer.alloc(64));
      }),
      { seed: SEED, numRuns: 160 },
    );
  });

  it('matches node:crypto when key type and algorithm do not fit together', () => {
    const rsa = rsaKeys[0]!;
    const ed = edKeys[0]!;
    const data = Buffer.from('mismatch');
    const edSignature = nodeCrypto.sign(null, data, ed.privateKey);
    const rsaSignature = nodeCrypto.sign('sha256', data, rsa.privateKey);
    // a=rsa-sha256 with an Ed25519 key in DNS: OpenSSL throws, and mailauth
    // reports the error text, so the code and text must match.
    for (const name of ['rsa-sha256', 'sha256', 'rsa-sha1', 'bogus']) {
      verifyBoth('digest named for an Ed25519 key', name, data, edForms.get(ed)!, edSignature);
    }
    const shimError = outcome(() => shim.verify('rsa-sha256', data, ed.spkiPem, edSignature));
    expect(shimError).toEqual({ threw: 'ERR_OSSL_INVALID_DIGEST' });
    expect(() => shim.verify('rsa-sha256', data, ed.spkiPem, edSignature)).toThrow('error:1C80007A:Provider routines::invalid digest');
    // a=ed25519-sha256 with an RSA key: null digest, RSA defaults to SHA-256.
    verifyBoth('Ed25519 signature, RSA key', null, data, rsaForms.get(rsa)!, edSignature);
    verifyBoth('RSA signature, RSA key, null digest', null, data, rsaForms.get(rsa)!, rsaSignature);
    verifyBoth('RSA signature, Ed25519 key', null, data, edForms.get(ed)!, rsaSignature);
    // string data is UTF-8, as in Node
    compare('string data', () => shim.verify('sha256', 'ünïcödé', rsa.spkiPem, nodeCrypto.sign('sha256', Buffer.from('ünïcödé'), rsa.privateKey)), () => nodeCrypto.verify('sha256', 'ünïcödé' as unknown as Buffer, rsa.spkiPem, nodeCrypto.sign('sha256', Buffer.from('ünïcödé'), rsa.privateKey)));
  });

  // OpenSSL alone checks the cofactorless equation and accepts small-order
  // public keys, so for such a key a fixed signature verifies for (nearly)
  // any message; Node 24 refuses small-order keys and R before OpenSSL sees
  // them, and so does the stand-in (crypto-ed25519.test.ts compares every
  // encoding of them with Node). A Node without that check says "pass"
  // here where the worker says "fail"; a domain can only do this to its own
  // signatures.
  it('rejects small-order public keys, which OpenSSL alone accepts', () => {
    const p = (1n << 255n) - 19n;
    const encodeY = (y: bigint) => bytesFromBigInt(y, 32).reverse();
    const identity = encodeY(1n);
    const trivialSignature = Buffer.concat([identity, Buffer.alloc(32)]); // R = identity, S = 0
    const data = Buffer.from('any message at all');
    for (const [label, raw] of [['identity', identity], ['identity, y + p (non-canonical)', encodeY(p + 1n)]] as const) {
      const der = Buffer.concat([ED25519_SPKI_PREFIX, raw]);
      expect(shim.verify(null, data, { key: der, format: 'der', type: 'spki' }, trivialSignature), label).toBe(false);
    }
  });
});
