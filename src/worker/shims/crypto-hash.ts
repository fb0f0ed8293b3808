// Synchronous streaming SHA-1 / SHA-256 for the `node:crypto` stand-in.
//
// mailauth hashes every message body synchronously inside stream callbacks,
// and WebCrypto's digest is async and one-shot, so it cannot serve here.
// hash-wasm runs about 2.5x faster than pure JS, but a WebAssembly instance
// can only be created asynchronously: prepareHashPool() creates a few ahead
// of time and createHash() takes one synchronously. When none is left (or
// WebAssembly is not allowed, e.g. by a CSP without 'wasm-unsafe-eval') the
// same interface falls back to @noble/hashes. Both give identical digests.
import { createSHA1, createSHA256, type IHasher } from 'hash-wasm';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Buffer } from './buffer.ts';
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

interface HashEngine {
  update(bytes: Uint8Array): void;
  digest(): Uint8Array;
}

// Per-call overhead dominates WebAssembly hashing of small pieces, and the
// relaxed body canonicaliser hands over line-sized ones: updates below
// STAGED_UPDATE_MAX bytes are gathered into one STAGE_SIZE copy first
// (80-byte updates: 149 MB/s unstaged, 243 MB/s staged, in Node 20).
const STAGE_SIZE = 16384;
const STAGED_UPDATE_MAX = 2048;

// How many instances of each to keep ready. A message holds one body hash
// per (canonicalization, algorithm, l=) triple in use, plus short-lived
// header hashes; more than this falls back to JS without failing.
const POOL_TARGET: Record<HashAlgorithm, number> = { sha256: 8, sha1: 2 };

const pools: Record<HashAlgorithm, IHasher[]> = { sha1: [], sha256: [] };
const creators: Record<HashAlgorithm, () => Promise<IHasher>> = { sha1: createSHA1, sha256: createSHA256 };

function returnToPool(algorithm: HashAlgorithm, hasher: IHasher): void {
  if (pools[algorithm].length < POOL_TARGET[algorithm]) pools[algorithm].push(hasher);
}

// A hash dropped before digest() (its input threw, its stream failed) would
// keep its instance out of the pool for good; once the Hash is collected,
// the instance goes back (init() resets it when it is taken again).
// prepareHashPool() also tops the pool up.
const reclaim = new FinalizationRegistry<{ algorithm: HashAlgorithm; hasher: IHasher }>(({ algorithm, hasher }) =>
  returnToPool(algorithm, hasher),
);

class WasmEngine implements HashEngine {
  // Allocated on the first small update: one-shot digests never need it.
  #stage: Uint8Array | undefined;
  #staged = 0;

  constructor(
    readonly algorithm: HashAlgorithm,
    readonly hasher: IHasher,
  ) {
    hasher.init();
  }

  update(bytes: Uint8Array): void {
    if (bytes.length >= STAGED_UPDATE_MAX) {
      this.#flush();
      this.hasher.update(bytes);
      return;
    }
    if (this.#staged + bytes.length > STAGE_SIZE) this.#flush();
    this.#stage ??= new Uint8Array(STAGE_SIZE);
    this.#stage.set(bytes, this.#staged);
    this.#staged += bytes.length;
  }

  digest(): Uint8Array {
    this.#flush();
    const out = this.hasher.digest('binary');
    returnToPool(this.algorithm, this.hasher);
    return out;
  }

  #flush(): void {
    if (this.#staged === 0 || !this.#stage) return;
    this.hasher.update(this.#stage.subarray(0, this.#staged));
    this.#staged = 0;
  }
}

function createJsEngine(algorithm: HashAlgorithm): HashEngine {
  const hash = algorithm === 'sha1' ? sha1.create() : sha256.create();
  return { update: (bytes) => void hash.update(bytes), digest: () => hash.digest() };
}

export type HashEngineKind = 'wasm' | 'js';

export function createHashEngine(algorithm: HashAlgorithm, prefer: HashEngineKind = 'wasm'): HashEngine & { kind: HashEngineKind } {
  const pooled = prefer === 'wasm' ? pools[algorithm].pop() : undefined;
  if (pooled) return Object.assign(new WasmEngine(algorithm, pooled), { kind: 'wasm' as const });
  return Object.assign(createJsEngine(algorithm), { kind: 'js' as const });
}

export interface HashPoolStatus {
  wasm: boolean;
  available: Record<HashAlgorithm, number>;
  problem?: string;
}

let refill: Promise<HashPoolStatus> | undefined;
let wasmProblem: string | undefined;

function poolStatus(): HashPoolStatus {
  const available = { sha1: pools.sha1.length, sha256: pools.sha256.length };
  return wasmProblem ? { wasm: false, available, problem: wasmProblem } : { wasm: true, available };
}

// Idempotent; tops each pool up to its target. Never rejects: without
// WebAssembly every hash runs in JS and the status says why.
export function prepareHashPool(): Promise<HashPoolStatus> {
  if (wasmProblem) return Promise.resolve(poolStatus());
  refill ??= (async () => {
    try {
      for (const algorithm of ['sha256', 'sha1'] as const) {
        const missing = POOL_TARGET[algorithm] - pools[algorithm].length;
        const created = await Promise.all(Array.from({ length: Math.max(0, missing) }, () => creators[algorithm]()));
        for (const hasher of created) returnToPool(algorithm, hasher);
      }
    } catch (error) {
      wasmProblem = `WebAssembly hashing unavailable, using JavaScript: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      refill = undefined;
    }
    return poolStatus();
  })();
  return refill;
}

// For the tests: empty the pool so the fallback path can be exercised.
export function drainHashPool(): Record<HashAlgorithm, number> {
  const drained = { sha1: pools.sha1.length, sha256: pools.sha256.length };
  pools.sha1.length = 0;
  pools.sha256.length = 0;
  return drained;
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
  readonly #engine: HashEngine & { kind: HashEngineKind };
  #finished = false;

  constructor(algorithm: HashAlgorithm, prefer?: HashEngineKind) {
    this.#engine = createHashEngine(algorithm, prefer);
    if (this.#engine instanceof WasmEngine) reclaim.register(this, { algorithm, hasher: this.#engine.hasher }, this);
  }

  // Which implementation serves this hash; the tests compare the two.
  get engine(): HashEngineKind {
    return this.#engine.kind;
  }

  update(data: BinaryLike, inputEncoding?: string): this {
    if (this.#finished) throw nodeError('Digest already called', 'ERR_CRYPTO_HASH_FINALIZED');
    this.#engine.update(toBytes(data, inputEncoding));
    return this;
  }

  digest(): Buffer;
  digest(encoding: string): string | Buffer;
  digest(encoding?: string): string | Buffer {
    if (this.#finished) throw nodeError('Digest already called', 'ERR_CRYPTO_HASH_FINALIZED');
    this.#finished = true;
    reclaim.unregister(this);
    const out = Buffer.from(this.#engine.digest());
    if (encoding === 'base64url') return out.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    // Node returns the Buffer for an encoding it does not know.
    return encoding !== undefined && Buffer.isEncoding(encoding) ? out.toString(encoding) : out;
  }
}

export function createHash(algorithm: string, prefer?: HashEngineKind): Hash {
  const known = hashAlgorithmFor(algorithm);
  if (!known) throw nodeError(`Digest method not supported in the browser stand-in: ${algorithm}`, 'ERR_OSSL_EVP_UNSUPPORTED');
  return new Hash(known, prefer);
}

export function digestOf(algorithm: HashAlgorithm, data: Uint8Array): Uint8Array {
  const engine = createHashEngine(algorithm);
  engine.update(data);
  return engine.digest();
}
