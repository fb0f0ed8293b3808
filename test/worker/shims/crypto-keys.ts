// Keys and comparison helpers shared by the crypto stand-in tests. Key
// generation is the slow part (RSA-4096 takes seconds), so each test file
// makes a few keys once, in parallel, and reuses them for many messages.
import * as nodeCrypto from 'node:crypto';
import { promisify } from 'node:util';

const generateKeyPair = promisify(nodeCrypto.generateKeyPair);

export interface RsaTestKey {
  bits: number;
  privateKey: nodeCrypto.KeyObject;
  publicKey: nodeCrypto.KeyObject;
  spkiDer: Buffer;
  pkcs1Der: Buffer;
  spkiPem: string;
  pkcs1Pem: string;
}

export interface Ed25519TestKey {
  privateKey: nodeCrypto.KeyObject;
  publicKey: nodeCrypto.KeyObject;
  spkiDer: Buffer;
  spkiPem: string;
  raw: Buffer;
}

export async function makeRsaKeys(counts: Record<number, number>): Promise<RsaTestKey[]> {
  const sizes = Object.entries(counts).flatMap(([bits, count]) => Array.from({ length: count }, () => Number(bits)));
  return Promise.all(
    sizes.map(async (bits) => {
      const { publicKey, privateKey } = await generateKeyPair('rsa', { modulusLength: bits });
      return {
        bits,
        privateKey,
        publicKey,
        spkiDer: publicKey.export({ type: 'spki', format: 'der' }),
        pkcs1Der: publicKey.export({ type: 'pkcs1', format: 'der' }),
        spkiPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
        pkcs1Pem: publicKey.export({ type: 'pkcs1', format: 'pem' }) as string,
      };
    }),
  );
}

export function makeEd25519Keys(count: number): Ed25519TestKey[] {
  return Array.from({ length: count }, () => {
    const { publicKey, privateKey } = nodeCrypto.generateKeyPairSync('ed25519');
    const spkiDer = publicKey.export({ type: 'spki', format: 'der' });
    return { privateKey, publicKey, spkiDer, spkiPem: publicKey.export({ type: 'spki', format: 'pem' }) as string, raw: spkiDer.subarray(12) };
  });
}

// What a call did: its value, or the code of what it threw.
export type Outcome = { value: unknown } | { threw: string };

export function outcome(run: () => unknown): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    const { code, name } = error as { code?: string; name?: string };
    return { threw: code ?? name ?? 'unknown' };
  }
}

export function flipBit(bytes: Uint8Array, bit: number): Buffer {
  const out = Buffer.from(bytes);
  const index = Math.floor(bit / 8) % out.length;
  out[index]! ^= 1 << bit % 8;
  return out;
}

export function bigIntFromBytes(bytes: Uint8Array): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${Buffer.from(bytes).toString('hex')}`);
}

export function bytesFromBigInt(value: bigint, length: number): Buffer {
  return Buffer.from(value.toString(16).padStart(2 * length, '0'), 'hex');
}

export function modulusOf(key: RsaTestKey): bigint {
  const jwk = key.publicKey.export({ format: 'jwk' });
  return bigIntFromBytes(Buffer.from(jwk.n!, 'base64url'));
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let square = base % modulus;
  for (let rest = exponent; rest > 0n; rest >>= 1n) {
    if (rest & 1n) result = (result * square) % modulus;
    square = (square * square) % modulus;
  }
  return result;
}

// Extended Euclid; undefined when value and modulus share a factor.
export function modInverse(value: bigint, modulus: bigint): bigint | undefined {
  let [oldR, r] = [value % modulus, modulus];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  return oldR === 1n ? ((oldS % modulus) + modulus) % modulus : undefined;
}

export function base64UrlOf(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return Buffer.from(hex, 'hex').toString('base64url');
}
