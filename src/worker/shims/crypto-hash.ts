// Node's createHash() for SHA-1 / SHA-256, synchronous and streaming as
// mailauth uses it (crypto-sha.ts does the hashing): the digest names Node
// accepts, its input and output encodings, and its errors.
import { Buffer } from './buffer.ts';
import { createSha, type IncrementalHash } from './crypto-sha.ts';
import { nodeError } from './node-error.ts';

export type HashAlgorithm = 'sha1' | 'sha256';

// The OpenSSL names (matched without regard to case) that Node accepts for
// these two digests, in createHash() as in verify(). mailauth passes the DKIM
// a= value itself ("rsa-sha256", any case) as the digest name.
const DIGEST_NAMES: Record<string, HashAlgorithm> = {
  sha1: 'sha1',
  'sha-1': 'sha1',
  'rsa-sha1': 'sha1',
  'rsa-sha1-2': 'sha1',
  'ssl3-sha1': 'sha1',
  sha1withrsaencryption: 'sha1',
  '1.3.14.3.2.26': 'sha1',
  sha256: 'sha256',
  'sha-256': 'sha256',
  'sha2-256': 'sha256',
  'rsa-sha256': 'sha256',
  sha256withrsaencryption: 'sha256',
  '2.16.840.1.101.3.4.2.1': 'sha256',
};

export function hashAlgorithmFor(name: unknown): HashAlgorithm | undefined {
  // OpenSSL 3 (Node 22 and 24) looks a digest name up without its trailing
  // spaces, and only spaces: "sha256 " verifies, "sha256\t" is refused.
  return typeof name === 'string' ? DIGEST_NAMES[name.replace(/ +$/, '').toLowerCase()] : undefined;
}

type BinaryLike = string | ArrayBufferView;

// Node decodes hex pairs up to the first pair that is not hex; buffer@6's
// parseInt() would read "ap" as 0x0a.
function hexToBytesAsNode(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) {
    const pair = hex.slice(2 * i, 2 * i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) return out.subarray(0, i);
    out[i] = parseInt(pair, 16);
  }
  return out;
}

// Node's update(data, inputEncoding): strings default to UTF-8.
export function toBytes(data: BinaryLike, encoding?: string, argumentName = 'data'): Uint8Array {
  if (typeof data === 'string') {
    if (encoding === 'hex' && data.length % 2 !== 0) {
      throw nodeError(`The argument 'encoding' is invalid for data of length ${data.length}. Received 'hex'`, 'ERR_INVALID_ARG_VALUE', TypeError);
    }
    if (encoding === 'hex') return hexToBytesAsNode(data);
    // buffer@6 predates 'base64url'; its base64 decoder accepts '-' and '_'.
    return Buffer.from(data, (encoding === 'base64url' ? 'base64' : (encoding ?? 'utf8')) as 'utf8');
  }
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw nodeError(
    `The "${argumentName}" argument must be of type string or an instance of Buffer, TypedArray, or DataView.`,
    'ERR_INVALID_ARG_TYPE',
    TypeError,
  );
}

export class Hash {
  readonly #hash: IncrementalHash;
  #finished = false;

  constructor(algorithm: HashAlgorithm) {
    this.#hash = createSha(algorithm);
  }

  update(data: BinaryLike, inputEncoding?: string): this {
    if (this.#finished) throw nodeError('Digest already called', 'ERR_CRYPTO_HASH_FINALIZED');
    this.#hash.update(toBytes(data, inputEncoding));
    return this;
  }

  digest(): Buffer;
  digest(encoding: string): string | Buffer;
  digest(encoding?: string): string | Buffer {
    if (this.#finished) throw nodeError('Digest already called', 'ERR_CRYPTO_HASH_FINALIZED');
    this.#finished = true;
    const out = Buffer.from(this.#hash.digest());
    if (encoding === 'base64url') return out.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    // Node returns the Buffer for an encoding it does not know.
    return encoding !== undefined && Buffer.isEncoding(encoding) ? out.toString(encoding) : out;
  }
}

export function createHash(algorithm: string): Hash {
  const known = hashAlgorithmFor(algorithm);
  if (!known) throw nodeError(`Digest method not supported in the browser stand-in: ${algorithm}`, 'ERR_OSSL_EVP_UNSUPPORTED');
  return new Hash(known);
}

export function digestOf(algorithm: HashAlgorithm, data: Uint8Array): Uint8Array {
  const hash = createSha(algorithm);
  hash.update(data);
  return hash.digest();
}
