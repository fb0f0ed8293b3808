// A strict DER reader and writer for the two public key structures DKIM and
// ARC keys come in: SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) and the bare
// PKCS#1 RSAPublicKey (RFC 8017 Appendix A.1.1), plus PEM armour (RFC 7468).
//
// Strict on purpose: X.690 §10 DER only (definite, minimal lengths; minimal
// INTEGERs), no trailing bytes, BIT STRINGs without unused bits. OpenSSL is
// laxer (it takes BER lengths, trailing bytes, negative moduli); the tests
// count where the two differ and check that this reader never accepts a key
// OpenSSL rejects or reads a different key from the same bytes.
import { nodeError, notInBrowser, type NodeStyleError } from './node-error.ts';

export type AsymmetricKeyType = 'rsa' | 'ed25519' | 'x25519' | 'ed448' | 'x448';

export type PublicKeyData =
  | { type: 'rsa'; modulus: bigint; publicExponent: bigint }
  | { type: Exclude<AsymmetricKeyType, 'rsa'>; raw: Uint8Array };

const TAG_INTEGER = 0x02;
const TAG_BIT_STRING = 0x03;
const TAG_NULL = 0x05;
const TAG_OID = 0x06;
const TAG_SEQUENCE = 0x30;

// Content octets of the OBJECT IDENTIFIERs (X.690 §8.19).
const OID_RSA_ENCRYPTION = '2a864886f70d010101'; // 1.2.840.113549.1.1.1, RFC 8017 Appendix A.1
const CURVE_OIDS: Record<string, { type: Exclude<AsymmetricKeyType, 'rsa'>; length: number }> = {
  '2b656e': { type: 'x25519', length: 32 }, // 1.3.101.110, RFC 8410 §3
  '2b656f': { type: 'x448', length: 56 }, // 1.3.101.111
  '2b6570': { type: 'ed25519', length: 32 }, // 1.3.101.112
  '2b6571': { type: 'ed448', length: 57 }, // 1.3.101.113
};

// OpenSSL reports every key it cannot decode with this code.
function malformed(detail: string): NodeStyleError {
  return nodeError(`error:1E08010C:DECODER routines::unsupported (${detail})`, 'ERR_OSSL_UNSUPPORTED');
}

interface Element {
  tag: number;
  content: Uint8Array;
  end: number;
}

function readElement(bytes: Uint8Array, offset: number): Element {
  if (offset + 2 > bytes.length) throw malformed('truncated DER element');
  const tag = bytes[offset]!;
  // Only the universal single-octet tags above occur in these structures.
  if ((tag & 0x1f) === 0x1f) throw malformed('multi-octet DER tag');
  let length = bytes[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    // 0x80 is BER's indefinite form; four length octets already exceed any key.
    if (count === 0 || count > 4) throw malformed('indefinite or oversized DER length');
    if (start + count > bytes.length) throw malformed('truncated DER length');
    if (bytes[start] === 0) throw malformed('DER length with a leading zero octet');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[start + i]!;
    if (length < 0x80) throw malformed('DER length not in its shortest form');
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw malformed('DER element runs past its container');
  return { tag, content: bytes.subarray(start, end), end };
}

function readChildren(content: Uint8Array): Element[] {
  const children: Element[] = [];
  for (let offset = 0; offset < content.length; ) {
    const child = readElement(content, offset);
    children.push(child);
    offset = child.end;
  }
  return children;
}

// The whole input must be exactly one element of the expected tag.
function readOnly(bytes: Uint8Array, tag: number, what: string): Element {
  const element = readElement(bytes, 0);
  if (element.tag !== tag) throw malformed(`${what}: unexpected tag 0x${element.tag.toString(16)}`);
  if (element.end !== bytes.length) throw malformed(`${what}: trailing bytes`);
  return element;
}

function expectTag(element: Element | undefined, tag: number, what: string): Element {
  if (!element || element.tag !== tag) throw malformed(`${what} missing`);
  return element;
}

function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

export function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

// X.690 §8.3: two's complement, minimal; a key's numbers are never negative.
function readUnsignedInteger(element: Element, what: string): bigint {
  const bytes = element.content;
  if (bytes.length === 0) throw malformed(`${what}: empty INTEGER`);
  if (bytes[0]! & 0x80) throw malformed(`${what}: negative INTEGER`);
  if (bytes.length > 1 && bytes[0] === 0 && !(bytes[1]! & 0x80)) throw malformed(`${what}: INTEGER not minimal`);
  return BigInt(`0x${toHex(bytes)}`);
}

function readBitStringBytes(element: Element): Uint8Array {
  if (element.content.length === 0 || element.content[0] !== 0) throw malformed('BIT STRING with unused bits');
  return element.content.subarray(1);
}

export function parsePkcs1RsaPublicKey(der: Uint8Array): PublicKeyData {
  const [n, e, extra] = readChildren(readOnly(der, TAG_SEQUENCE, 'RSAPublicKey').content);
  if (extra) throw malformed('RSAPublicKey: more than two INTEGERs');
  const modulus = readUnsignedInteger(expectTag(n, TAG_INTEGER, 'modulus'), 'modulus');
  const publicExponent = readUnsignedInteger(expectTag(e, TAG_INTEGER, 'publicExponent'), 'publicExponent');
  // OpenSSL rejects 0 and 1 as a modulus as well.
  if (modulus < 2n) throw malformed('modulus smaller than 2');
  return { type: 'rsa', modulus, publicExponent };
}

export function parseSpki(der: Uint8Array): PublicKeyData {
  const [algorithm, subjectPublicKey, extra] = readChildren(readOnly(der, TAG_SEQUENCE, 'SubjectPublicKeyInfo').content);
  if (extra) throw malformed('SubjectPublicKeyInfo: extra fields');
  const [oid, parameters, extraParameter] = readChildren(expectTag(algorithm, TAG_SEQUENCE, 'AlgorithmIdentifier').content);
  if (extraParameter) throw malformed('AlgorithmIdentifier: extra fields');
  const oidHex = toHex(expectTag(oid, TAG_OID, 'algorithm OID').content);
  const keyBytes = readBitStringBytes(expectTag(subjectPublicKey, TAG_BIT_STRING, 'subjectPublicKey'));
  if (oidHex === OID_RSA_ENCRYPTION) {
    // RFC 3279 §2.3.1 / RFC 8017 Appendix C: the parameters are NULL.
    if (!parameters || parameters.tag !== TAG_NULL || parameters.content.length !== 0) {
      throw malformed('rsaEncryption parameters are not NULL');
    }
    return parsePkcs1RsaPublicKey(keyBytes);
  }
  const curve = CURVE_OIDS[oidHex];
  if (!curve) throw malformed(`unsupported key algorithm OID ${oidHex}`);
  // RFC 8410 §3: "the parameters MUST be absent".
  if (parameters) throw malformed(`${curve.type} key with algorithm parameters`);
  if (keyBytes.length !== curve.length) throw malformed(`${curve.type} key of ${keyBytes.length} bytes`);
  return { type: curve.type, raw: keyBytes.slice() };
}

function encodeLength(length: number): number[] {
  if (length < 0x80) return [length];
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest & 0xff);
  return [0x80 | octets.length, ...octets];
}

function encodeElement(tag: number, ...contents: Uint8Array[]): Uint8Array {
  const length = contents.reduce((sum, part) => sum + part.length, 0);
  const header = [tag, ...encodeLength(length)];
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  let offset = header.length;
  for (const part of contents) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function encodeUnsignedInteger(value: bigint): Uint8Array {
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  // A leading 0x00 keeps a value with its top bit set positive.
  if (parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
  return encodeElement(TAG_INTEGER, hexToBytes(hex));
}

export function encodePkcs1RsaPublicKey(modulus: bigint, publicExponent: bigint): Uint8Array {
  return encodeElement(TAG_SEQUENCE, encodeUnsignedInteger(modulus), encodeUnsignedInteger(publicExponent));
}

export function encodeSpki(key: PublicKeyData): Uint8Array {
  let algorithm: Uint8Array;
  let subjectPublicKey: Uint8Array;
  if (key.type === 'rsa') {
    algorithm = encodeElement(TAG_SEQUENCE, encodeElement(TAG_OID, hexToBytes(OID_RSA_ENCRYPTION)), encodeElement(TAG_NULL));
    subjectPublicKey = encodePkcs1RsaPublicKey(key.modulus, key.publicExponent);
  } else {
    const oidHex = Object.keys(CURVE_OIDS).find((hex) => CURVE_OIDS[hex]!.type === key.type)!;
    algorithm = encodeElement(TAG_SEQUENCE, encodeElement(TAG_OID, hexToBytes(oidHex)));
    subjectPublicKey = key.raw;
  }
  return encodeElement(TAG_SEQUENCE, algorithm, encodeElement(TAG_BIT_STRING, Uint8Array.of(0), subjectPublicKey));
}

const PEM_LABELS = { spki: 'PUBLIC KEY', pkcs1: 'RSA PUBLIC KEY' } as const;

// RFC 7468 §2: base64 in lines of 64 characters; Node ends the text with a newline.
export function toPem(der: Uint8Array, type: keyof typeof PEM_LABELS): string {
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  const label = PEM_LABELS[type];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

// Text before the first BEGIN line is ignored, as OpenSSL does. Line lengths
// are not checked (OpenSSL refuses a body on one long line): the PEM read
// here is the PEM written by toPem(), which mailauth hands back to verify().
export function parsePem(text: string): PublicKeyData {
  const match = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!match) throw malformed('no PEM block');
  const label = match[1]!;
  const body = match[2]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) throw malformed('PEM body is not base64');
  const binary = atob(body);
  const der = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) der[i] = binary.charCodeAt(i);
  if (label === PEM_LABELS.spki) return parseSpki(der);
  if (label === PEM_LABELS.pkcs1) return parsePkcs1RsaPublicKey(der);
  if (label.endsWith('PRIVATE KEY')) throw notInBrowser('A private key', 'signing is not available in the browser');
  throw malformed(`PEM block "${label}" is not a public key this stand-in reads`);
}
