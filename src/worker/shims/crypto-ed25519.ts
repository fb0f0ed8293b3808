// Ed25519 verification (RFC 8032 §5.1.7) for the `node:crypto` stand-in:
// synchronous, because mailauth uses verify()'s return value as a boolean.
// BigInt field arithmetic and extended coordinates (§5.1.4); a DKIM
// signature takes a few milliseconds, which is all a message needs.
//
// It accepts exactly what Node 24 accepts (compared over generated and
// mutated keys and signatures in test/worker/shims/crypto-ed25519.test.ts):
// - S ≥ L is refused (§5.1.7 step 1; OpenSSL since 2018): otherwise S + L
//   would be a second valid signature (malleability);
// - A is decoded as OpenSSL decodes it, which is laxer than §5.1.3: y is
//   taken modulo p and x = 0 with the sign bit set is kept, so a few
//   non-canonical encodings are read as the point they name. The hash uses
//   A's octets as given, as §5.1.7 step 2 does;
// - A or R of small order (the eight points whose multiple by the cofactor
//   is the identity, under any of their 14 encodings) is refused, as Node
//   does since 2026 before asking OpenSSL: with such a key one signature
//   verifies for many messages;
// - R is never decoded: [S]B − [k]A is encoded and compared with R octet
//   for octet (OpenSSL's check), so an R that is no point, or a point
//   written non-canonically, never matches;
// - the cofactorless equation with k reduced modulo L, as OpenSSL computes
//   it, so keys with a small-order component give OpenSSL's answer.
import { Sha512 } from './crypto-sha.ts';

const P = (1n << 255n) - 19n; // §5.1: the field
const L = (1n << 252n) + 27742317777372353535851937790883648493n; // §5.1: the group order

function mod(a: bigint, m = P): bigint {
  const r = a % m;
  return r < 0n ? r + m : r;
}

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % P;
    b = (b * b) % P;
  }
  return result;
}

const invert = (a: bigint): bigint => power(a, P - 2n); // Fermat: p is prime

const D = mod(-121665n * invert(121666n)); // §5.1: d = −121665/121666
const D2 = (2n * D) % P;
const SQRT_M1 = power(2n, (P - 1n) / 4n); // §5.1.3: a square root of −1

/** A point in extended homogeneous coordinates: x = X/Z, y = Y/Z, x·y = T/Z. */
interface Point {
  X: bigint;
  Y: bigint;
  Z: bigint;
  T: bigint;
}

const IDENTITY: Point = { X: 0n, Y: 1n, Z: 1n, T: 0n };

// §5.1.4, the addition formulas for a = −1 (complete: any two points).
function add(p: Point, q: Point): Point {
  const a = ((p.Y - p.X) * (q.Y - q.X)) % P;
  const b = ((p.Y + p.X) * (q.Y + q.X)) % P;
  const c = (((p.T * D2) % P) * q.T) % P;
  const d = (2n * p.Z * q.Z) % P;
  const e = b - a;
  const f = d - c;
  const g = d + c;
  const h = b + a;
  return { X: mod(e * f), Y: mod(g * h), Z: mod(f * g), T: mod(e * h) };
}

// §5.1.4, doubling.
function double(p: Point): Point {
  const a = (p.X * p.X) % P;
  const b = (p.Y * p.Y) % P;
  const c = (2n * p.Z * p.Z) % P;
  const h = a + b;
  const sum = p.X + p.Y;
  const e = h - ((sum * sum) % P);
  const g = a - b;
  const f = c + g;
  return { X: mod(e * f), Y: mod(g * h), Z: mod(f * g), T: mod(e * h) };
}

const negate = (p: Point): Point => ({ X: mod(-p.X), Y: p.Y, Z: p.Z, T: mod(-p.T) });

const isIdentity = (p: Point): boolean => mod(p.X) === 0n && mod(p.Y - p.Z) === 0n;

// The small-order points are exactly those the cofactor 8 sends to the identity.
const hasSmallOrder = (p: Point): boolean => isIdentity(double(double(double(p))));

function littleEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}

/** §5.1.3 as OpenSSL reads it (see the top of the file); null if no point has this y. */
function decodePoint(bytes: Uint8Array): Point | null {
  const encoded = littleEndian(bytes);
  const sign = encoded >> 255n;
  const y = mod(encoded & ((1n << 255n) - 1n)); // OpenSSL: y ≥ p wraps
  const y2 = (y * y) % P;
  const u = mod(y2 - 1n);
  const v = mod(D * y2 + 1n);
  // x = u·v³·(u·v⁷)^((p−5)/8), a square root of u/v when one exists.
  const v3 = (v * v * v) % P;
  let x = (u * v3 * power(u * v3 * ((v3 * v) % P), (P - 5n) / 8n)) % P;
  const vx2 = (v * x * x) % P;
  if (vx2 !== u) {
    if (vx2 !== mod(-u)) return null;
    x = (x * SQRT_M1) % P;
  }
  if ((x & 1n) !== sign) x = mod(-x); // OpenSSL: x = 0 with the sign bit set stays 0
  return { X: x, Y: y, Z: 1n, T: (x * y) % P };
}

/** §5.1.2: y little-endian, the low bit of x in the top bit. */
function encodePoint(p: Point): Uint8Array {
  const zInverse = invert(p.Z);
  const x = mod(p.X * zInverse);
  let value = mod(p.Y * zInverse) | ((x & 1n) << 255n);
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++, value >>= 8n) out[i] = Number(value & 0xffn);
  return out;
}

// §5.1: the base point B, with y = 4/5 and x even.
const BASE = (() => {
  const y = mod(4n * invert(5n));
  const out = new Uint8Array(32);
  for (let i = 0, value = y; i < 32; i++, value >>= 8n) out[i] = Number(value & 0xffn);
  return decodePoint(out)!;
})();

/** [s]B + [k]Q by one shared run of doublings (Straus–Shamir); not constant-time: all of it is public. */
function doubleScalarMultiply(s: bigint, k: bigint, q: Point): Point {
  const both = add(BASE, q);
  let result = IDENTITY;
  for (let bit = BigInt(Math.max(s.toString(2).length, k.toString(2).length)) - 1n; bit >= 0n; bit--) {
    result = double(result);
    const sBit = (s >> bit) & 1n;
    const kBit = (k >> bit) & 1n;
    if (sBit && kBit) result = add(result, both);
    else if (sBit) result = add(result, BASE);
    else if (kBit) result = add(result, q);
  }
  return result;
}

function sameOctets(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((octet, i) => octet === b[i]);
}

/**
 * PureEdDSA verification of `signature` (64 octets) over `message` with the
 * 32-octet public key, with Node 24's acceptance rules (top of this file).
 */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  const r = signature.subarray(0, 32);
  const s = littleEndian(signature.subarray(32));
  if (s >= L) return false;
  const a = decodePoint(publicKey);
  if (!a || hasSmallOrder(a)) return false;
  const hash = new Sha512();
  hash.update(r);
  hash.update(publicKey);
  hash.update(message);
  const k = mod(littleEndian(hash.digest()), L);
  // §5.1.7 step 3, cofactorless: R = [S]B − [k]A, compared as encodings.
  const candidate = doubleScalarMultiply(s, k, negate(a));
  return sameOctets(encodePoint(candidate), r) && !hasSmallOrder(candidate);
}
