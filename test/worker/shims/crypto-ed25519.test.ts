// Our Ed25519 verification (RFC 8032 §5.1.7) against its test vectors and
// against node:crypto.verify on generated keys, messages and signatures:
// good ones, damaged ones, and the edge cases verifiers disagree on (S ≥ L,
// small-order and mixed-order keys and R, non-canonical encodings). Edge
// points are built with @noble/curves' point arithmetic, an implementation
// independent of ours; Node decides what is valid.
import * as nodeCrypto from 'node:crypto';
import { ED25519_TORSION_SUBGROUP, ed25519 } from '@noble/curves/ed25519.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyEd25519 } from '../../../src/worker/shims/crypto-ed25519.ts';
import * as shim from '../../../src/worker/shims/crypto.ts';
import { bigIntFromBytes, bytesFromBigInt, flipBit } from './crypto-keys.ts';

const SEED = Number(process.env.SHIM_TEST_SEED ?? 8017);
const P = (1n << 255n) - 19n; // RFC 8032 §5.1
const L = (1n << 252n) + 27742317777372353535851937790883648493n;
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex'); // RFC 8410 §4, as mailauth wraps a DNS key
const tally = { compared: 0, valid: 0 };

const littleEndian = (bytes: Uint8Array): bigint => bigIntFromBytes(Buffer.from(bytes).reverse());
const encodeLittleEndian = (value: bigint): Buffer => Buffer.from(bytesFromBigInt(value, 32)).reverse();

const asSpki = (publicKey: Uint8Array) => ({ key: Buffer.concat([SPKI_PREFIX, publicKey]), format: 'der' as const, type: 'spki' as const });

// Node 24 refuses small-order keys and R before OpenSSL sees them; Node 22
// leaves it to OpenSSL, which accepts them (R = identity, S = 0 verifies
// any message under the identity key). Under such a Node the cases built
// around a small-order point are held to Node 24's answer: refused.
const NODE_REFUSES_SMALL_ORDER = !nodeCrypto.verify(null, Buffer.from('probe'), nodeCrypto.createPublicKey(asSpki(encodeLittleEndian(1n))), Buffer.concat([encodeLittleEndian(1n), Buffer.alloc(32)]));

/**
 * Node's answer and ours, through each one's whole verify() (key import
 * included); they must agree. `smallOrder` marks a case built on a
 * small-order key or R (see NODE_REFUSES_SMALL_ORDER).
 */
function agree(label: string, publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array, smallOrder = false): boolean {
  const nodeSays = smallOrder && !NODE_REFUSES_SMALL_ORDER ? false : nodeCrypto.verify(null, message, nodeCrypto.createPublicKey(asSpki(publicKey)), signature);
  expect(shim.verify(null, message, asSpki(publicKey), signature), label).toBe(nodeSays);
  tally.compared += 1;
  if (nodeSays) tally.valid += 1;
  return nodeSays;
}

/** A signer that can sign for any point whose discrete log it knows, plus a torsion part. */
interface Signer {
  scalar: bigint;
  publicKey: Uint8Array;
}

/** A scalar mod L named by a seed, so every run builds the same points. */
function scalarFrom(seed: string): bigint {
  return bigIntFromBytes(nodeCrypto.createHash('sha512').update(seed).digest()) % L;
}

/** §5.1.6 with a chosen nonce point R = [r]B + rTorsion and key A = [a]B + aTorsion. */
function signWith(signer: Signer, message: Uint8Array, r: bigint, rTorsion = ed25519.Point.ZERO): Buffer {
  const R = ed25519.Point.BASE.multiplyUnsafe(r).add(rTorsion).toBytes();
  const k = littleEndian(nodeCrypto.createHash('sha512').update(R).update(signer.publicKey).update(message).digest()) % L;
  const s = (r + k * signer.scalar) % L;
  return Buffer.concat([R, encodeLittleEndian(s)]);
}

function signer(seed: string, torsion = ed25519.Point.ZERO): Signer {
  const scalar = scalarFrom(seed) || 1n;
  return { scalar, publicKey: ed25519.Point.BASE.multiply(scalar).add(torsion).toBytes() };
}

const TORSION = ED25519_TORSION_SUBGROUP.map((hex) => ed25519.Point.fromHex(hex));

// The 14 encodings of the 8 small-order points: the canonical ones, y + p
// where that still fits (y = 0 and y = 1), and x = 0 with the sign bit set.
const SMALL_ORDER_ENCODINGS: Buffer[] = (() => {
  const canonical = TORSION.map((point) => Buffer.from(point.toBytes()));
  const withSign = (value: bigint) => encodeLittleEndian(value | (1n << 255n));
  return [...canonical, encodeLittleEndian(P), withSign(P), encodeLittleEndian(P + 1n), withSign(P + 1n), withSign(1n), withSign(P - 1n)];
})();

afterAll(() => console.log(`Ed25519 parity: ${tally.compared} verifications compared with node:crypto, ${tally.valid} of them valid`));

describe('Ed25519 verification (RFC 8032 §5.1.7)', () => {
  it('accepts the test vectors of RFC 8032 §7.1, which Node signs identically from their seeds', () => {
    const vectors = [
      ['9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '', 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
      ['4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb', '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72', '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
      ['c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7', 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', 'af82', '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a'],
    ] as const;
    for (const [seed, publicKey, message, signature] of vectors) {
      const privateKey = nodeCrypto.createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d: Buffer.from(seed, 'hex').toString('base64url'), x: Buffer.from(publicKey, 'hex').toString('base64url') }, format: 'jwk' });
      expect(nodeCrypto.sign(null, Buffer.from(message, 'hex'), privateKey).toString('hex')).toBe(signature);
      expect(verifyEd25519(Buffer.from(publicKey, 'hex'), Buffer.from(message, 'hex'), Buffer.from(signature, 'hex'))).toBe(true);
      expect(verifyEd25519(Buffer.from(publicKey, 'hex'), Buffer.from(`${message}00`, 'hex'), Buffer.from(signature, 'hex'))).toBe(false);
    }
  });

  it('agrees with Node on good signatures and on every kind of damage: bit flips, S + L, another key, another message', () => {
    const keys = Array.from({ length: 4 }, () => nodeCrypto.generateKeyPairSync('ed25519'));
    fc.assert(
      fc.property(fc.nat(), fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 0, max: 511 }), fc.integer({ min: 0, max: 255 }), fc.nat(), (pick, message, sigBit, keyBit, messageBit) => {
        const { publicKey, privateKey } = keys[pick % keys.length]!;
        const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
        const signature = nodeCrypto.sign(null, message, privateKey);
        const s = littleEndian(signature.subarray(32));
        expect(agree('good signature', raw, message, signature)).toBe(true);
        expect(agree('signature bit flipped', raw, message, flipBit(signature, sigBit))).toBe(false);
        agree('key bit flipped', flipBit(raw, keyBit), message, signature);
        if (message.length > 0) expect(agree('message bit flipped', raw, flipBit(Buffer.from(message), messageBit % (8 * message.length)), signature)).toBe(false);
        expect(agree('S + L', raw, message, Buffer.concat([signature.subarray(0, 32), encodeLittleEndian(s + L)]))).toBe(false);
        agree('S with its top bits set', raw, message, Buffer.concat([signature.subarray(0, 63), Buffer.from([signature[63]! | 0xe0])]));
        agree('another key', keys[(pick + 1) % keys.length]!.publicKey.export({ format: 'der', type: 'spki' }).subarray(12), message, signature);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('agrees with Node on keys and R with a small-order component (the cofactorless equation, k reduced mod L)', () => {
    let mixedKeyValid = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 0, max: 7 }), fc.uint8Array({ maxLength: 64 }), fc.nat(), (keyTorsion, nonceTorsion, message, seed) => {
        const plain = signer(`plain ${seed}`);
        const mixed = signer(`mixed ${seed}`, TORSION[keyTorsion]);
        const r = scalarFrom(`nonce ${seed}`);
        // A = [a]B + T: valid exactly when [k]T is the identity.
        if (agree('mixed-order key', mixed.publicKey, message, signWith(mixed, message, r))) mixedKeyValid += 1;
        // R = [r]B + T: never the encoding of [S]B − [k]A.
        agree('mixed-order R', plain.publicKey, message, signWith(plain, message, r, TORSION[nonceTorsion]));
        agree('both mixed', mixed.publicKey, message, signWith(mixed, message, r, TORSION[nonceTorsion]));
      }),
      { seed: SEED, numRuns: 120 },
    );
    // Some, not all: the torsion part cancels only for some k.
    expect(mixedKeyValid).toBeGreaterThan(5);
    expect(mixedKeyValid).toBeLessThan(100);
  });

  it('refuses small-order keys and small-order R under every encoding, as Node does', () => {
    const message = Buffer.from('any message at all');
    for (const [i, key] of SMALL_ORDER_ENCODINGS.entries()) {
      for (const [j, R] of SMALL_ORDER_ENCODINGS.entries()) {
        expect(agree(`key ${i}, R ${j}, S = 0`, key, message, Buffer.concat([R, Buffer.alloc(32)]), true)).toBe(false);
      }
    }
    // A small-order key with R = [s]B and S = s: [S]B − [k]A = R whenever
    // [k]A is the identity — always for A = the identity. Only the check of
    // A refuses these.
    for (const [i, key] of SMALL_ORDER_ENCODINGS.entries()) {
      for (let j = 0; j < 8; j++) {
        const s = scalarFrom(`small-order key ${i}, ${j}`);
        const signature = Buffer.concat([ed25519.Point.BASE.multiplyUnsafe(s).toBytes(), encodeLittleEndian(s)]);
        expect(agree(`small-order key ${i}, R = [s]B`, key, message, signature, true)).toBe(false);
      }
    }
    // R = the identity for an honest key: [S]B − [k]A is the identity when
    // S = k·a, so only the small-order check refuses it.
    const honest = signer('honest');
    for (let i = 0; i < 16; i++) {
      const msg = Buffer.alloc(i, i);
      expect(agree('R = identity, S = k·a', honest.publicKey, msg, signWith(honest, msg, 0n), true)).toBe(false);
    }
  });

  it('agrees with Node on keys that name no point and on non-canonical keys (y + p, x = 0 with the sign bit)', () => {
    const message = Buffer.from('m');
    const signature = Buffer.concat([SMALL_ORDER_ENCODINGS[0]!, Buffer.alloc(32)]);
    const kinds = { onCurve: 0, noPoint: 0 };
    // Every y below 19 (the only ones with a second encoding, y + p) and a
    // stretch beyond: on the curve or not, with each sign bit.
    for (let y = 0n; y < 40n; y++) {
      kinds[isOnCurve(y) ? 'onCurve' : 'noPoint'] += 1;
      for (const value of [y, y | (1n << 255n), y + P, (y + P) | (1n << 255n)]) {
        if (value < 1n << 256n) expect(agree(`y = ${value}`, encodeLittleEndian(value), message, signature, true)).toBe(false);
      }
    }
    expect(kinds.onCurve).toBeGreaterThan(5);
    expect(kinds.noPoint).toBeGreaterThan(5);
  });
});

// Whether some x has −x² + y² = 1 + d·x²·y², i.e. x² = (y² − 1)/(d·y² + 1) is a square (Euler's criterion).
function isOnCurve(y: bigint): boolean {
  const power = (base: bigint, exponent: bigint): bigint => {
    let result = 1n;
    for (let b = base % P, e = exponent; e > 0n; e >>= 1n, b = (b * b) % P) if (e & 1n) result = (result * b) % P;
    return result;
  };
  const d = (((-121665n * power(121666n, P - 2n)) % P) + P) % P;
  const x2 = ((((y * y - 1n) % P) + P) % P) * power((d * y * y + 1n) % P, P - 2n) % P;
  return x2 === 0n || power(x2, (P - 1n) / 2n) === 1n;
}
