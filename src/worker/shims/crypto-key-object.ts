// The public half of Node's KeyObject, and the ways Node accepts a key
// (PEM text, DER with a type, an existing KeyObject).
//
// mailauth reads asymmetricKeyType and asymmetricKeyDetails.modulusLength,
// exports the key as PEM (PKCS#1 for RSA, falling back to SPKI) and later
// passes that PEM string back into verify(), so the PEM written here must
// parse here and in Node alike.
import { Buffer } from './buffer.ts';
import {
  encodePkcs1RsaPublicKey,
  encodeSpki,
  parsePem,
  parsePkcs1RsaPublicKey,
  parseSpki,
  toPem,
  type AsymmetricKeyType,
  type PublicKeyData,
} from './crypto-der.ts';
import { bitLength } from './crypto-rsa-pkcs1.ts';
import { nodeError, notInBrowser } from './node-error.ts';

const keyData = new WeakMap<KeyObject, PublicKeyData>();

export interface KeyExportOptions {
  type?: string;
  format?: string;
}

export interface AsymmetricKeyDetails {
  modulusLength?: number;
  publicExponent?: bigint;
}

function invalidOption(name: string, value: unknown): Error {
  const shown = typeof value === 'string' ? `'${value}'` : String(value);
  return nodeError(`The property 'options.${name}' is invalid. Received ${shown}`, 'ERR_INVALID_ARG_VALUE', TypeError);
}

export class KeyObject {
  constructor(data: PublicKeyData) {
    keyData.set(this, data);
  }

  // A getter, as in Node: JSON.stringify() of a KeyObject gives {}.
  get type(): 'public' {
    return 'public';
  }

  get asymmetricKeyType(): AsymmetricKeyType {
    return publicKeyData(this).type;
  }

  // Node gives RSA keys these two details and Ed25519 keys none.
  get asymmetricKeyDetails(): AsymmetricKeyDetails {
    const data = publicKeyData(this);
    if (data.type !== 'rsa') return {};
    return { modulusLength: bitLength(data.modulus), publicExponent: data.publicExponent };
  }

  export(options?: KeyExportOptions): string | Buffer {
    if (typeof options !== 'object' || options === null) {
      throw nodeError('The "options" argument must be of type object.', 'ERR_INVALID_ARG_TYPE', TypeError);
    }
    const { type, format } = options;
    if (format === 'jwk') throw notInBrowser('Exporting a key as JWK', 'only PEM and DER are implemented');
    if (format !== 'pem' && format !== 'der') throw invalidOption('format', format);
    if (type !== 'pkcs1' && type !== 'spki') throw invalidOption('type', type);
    const data = publicKeyData(this);
    let der: Uint8Array;
    if (type === 'pkcs1') {
      if (data.type !== 'rsa') {
        throw nodeError('The selected key encoding pkcs1 can only be used for RSA keys.', 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS');
      }
      der = encodePkcs1RsaPublicKey(data.modulus, data.publicExponent);
    } else {
      der = encodeSpki(data);
    }
    return format === 'pem' ? toPem(der, type) : Buffer.from(der);
  }

  equals(other: unknown): boolean {
    if (!(other instanceof KeyObject)) return false;
    const a = encodeSpki(publicKeyData(this));
    const b = encodeSpki(publicKeyData(other));
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }

  get [Symbol.toStringTag](): string {
    return 'KeyObject';
  }
}

export function publicKeyData(key: KeyObject): PublicKeyData {
  const data = keyData.get(key);
  if (!data) throw nodeError('Invalid KeyObject', 'ERR_INVALID_ARG_TYPE', TypeError);
  return data;
}

function asText(key: string | ArrayBufferView): string {
  if (typeof key === 'string') return key;
  return Buffer.from(new Uint8Array(key.buffer, key.byteOffset, key.byteLength)).toString('latin1');
}

function asBytes(key: string | ArrayBufferView, encoding?: string): Uint8Array {
  if (typeof key === 'string') return Buffer.from(key, (encoding ?? 'utf8') as 'utf8');
  return new Uint8Array(key.buffer, key.byteOffset, key.byteLength);
}

function isKeyMaterial(value: unknown): value is string | ArrayBufferView {
  return typeof value === 'string' || ArrayBuffer.isView(value);
}

export interface PublicKeyInput {
  key: string | ArrayBufferView | KeyObject;
  format?: string;
  type?: string;
  encoding?: string;
}

export type PublicKeyLike = string | ArrayBufferView | KeyObject | PublicKeyInput;

// `allowKeyObject`: verify() takes a KeyObject as it is, while Node's
// createPublicKey() refuses a public one (it derives from private keys).
export function toKeyObject(input: PublicKeyLike, allowKeyObject: boolean): KeyObject {
  if (input instanceof KeyObject) {
    if (allowKeyObject) return input;
    throw nodeError('Invalid key object type public, expected private.', 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', TypeError);
  }
  if (isKeyMaterial(input)) return new KeyObject(parsePem(asText(input)));
  if (typeof input === 'object' && input !== null) {
    const { key, format = 'pem', type, encoding } = input;
    if (key instanceof KeyObject) return toKeyObject(key, allowKeyObject);
    if (!isKeyMaterial(key)) {
      throw nodeError(
        'The "key.key" property must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
        'ERR_INVALID_ARG_TYPE',
        TypeError,
      );
    }
    if (format === 'pem') return new KeyObject(parsePem(asText(key)));
    if (format === 'jwk') throw notInBrowser('A JWK key', 'only PEM and DER keys are implemented');
    if (format !== 'der') throw invalidOption('format', format);
    if (type === 'spki') return new KeyObject(parseSpki(asBytes(key, encoding)));
    if (type === 'pkcs1') return new KeyObject(parsePkcs1RsaPublicKey(asBytes(key, encoding)));
    if (type === 'pkcs8' || type === 'sec1') throw notInBrowser('A private key', 'signing is not available in the browser');
    throw invalidOption('type', type);
  }
  throw nodeError(
    'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey.',
    'ERR_INVALID_ARG_TYPE',
    TypeError,
  );
}
