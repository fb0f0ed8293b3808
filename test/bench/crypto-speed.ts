// The worker's own hashes and Ed25519 verification (src/worker/shims)
// against node:crypto in the same run: SHA-1 and SHA-256 over 10 MB in
// 64 KiB updates (how an incremental hasher is fed), and one Ed25519
// verification of a DKIM-sized message (a SHA-256 digest). The ratio is
// ours ÷ node:crypto's time; both run here in Node, so the figure is the
// cost of JavaScript against native code, not of the browser.
//
// Run alone:  npx tsx test/bench/crypto-speed.ts

import * as nodeCrypto from 'node:crypto';
import { verifyEd25519 } from '../../src/worker/shims/crypto-ed25519.ts';
import { createSha } from '../../src/worker/shims/crypto-sha.ts';

const RUNS = 7;
const HASHED_BYTES = 10 * 1024 * 1024;
const UPDATE_SIZE = 65536;
const SIGNATURES = 50;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export interface SpeedPair {
  oursMs: number;
  nodeMs: number;
  /** ours ÷ node:crypto */
  ratio: number;
}

export interface CryptoSpeed {
  hashedBytes: number;
  sha1: SpeedPair;
  sha256: SpeedPair;
  /** Per signature. */
  ed25519: SpeedPair;
}

// Runs the two alternately, so a load change on the machine hits both.
function interleaved(ours: () => void, node: () => void): SpeedPair {
  ours();
  node();
  const oursTimes: number[] = [];
  const nodeTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    oursTimes.push(timed(ours));
    nodeTimes.push(timed(node));
  }
  const oursMs = median(oursTimes);
  const nodeMs = median(nodeTimes);
  return { oursMs, nodeMs, ratio: oursMs / nodeMs };
}

function hashSpeed(algorithm: 'sha1' | 'sha256', data: Uint8Array): SpeedPair {
  const digests = new Set<string>();
  const pair = interleaved(
    () => {
      const hash = createSha(algorithm);
      for (let offset = 0; offset < data.length; offset += UPDATE_SIZE) hash.update(data.subarray(offset, offset + UPDATE_SIZE));
      digests.add(Buffer.from(hash.digest()).toString('hex'));
    },
    () => {
      const hash = nodeCrypto.createHash(algorithm);
      for (let offset = 0; offset < data.length; offset += UPDATE_SIZE) hash.update(data.subarray(offset, offset + UPDATE_SIZE));
      digests.add(hash.digest('hex'));
    },
  );
  if (digests.size !== 1) throw new Error(`${algorithm}: the two digests differ`);
  return pair;
}

function ed25519Speed(): SpeedPair {
  const { publicKey, privateKey } = nodeCrypto.generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(12);
  const messages = Array.from({ length: SIGNATURES }, () => nodeCrypto.createHash('sha256').update(nodeCrypto.randomBytes(100)).digest());
  const signatures = messages.map((message) => nodeCrypto.sign(null, message, privateKey));
  const pair = interleaved(
    () => {
      if (!messages.every((message, i) => verifyEd25519(raw, message, signatures[i]!))) throw new Error('ours refused a good signature');
    },
    () => {
      if (!messages.every((message, i) => nodeCrypto.verify(null, message, publicKey, signatures[i]!))) throw new Error('Node refused a good signature');
    },
  );
  return { oursMs: pair.oursMs / SIGNATURES, nodeMs: pair.nodeMs / SIGNATURES, ratio: pair.ratio };
}

export function measureCryptoSpeed(): CryptoSpeed {
  const data = nodeCrypto.randomBytes(HASHED_BYTES);
  return { hashedBytes: HASHED_BYTES, sha1: hashSpeed('sha1', data), sha256: hashSpeed('sha256', data), ed25519: ed25519Speed() };
}

export function printCryptoSpeed(speed: CryptoSpeed): void {
  const megabytes = speed.hashedBytes / (1024 * 1024);
  const hashRow = ({ oursMs, nodeMs, ratio }: SpeedPair) =>
    `${ratio.toFixed(1)}x (${oursMs.toFixed(0)} / ${nodeMs.toFixed(0)} ms, ${(megabytes / (oursMs / 1000)).toFixed(0)} / ${(megabytes / (nodeMs / 1000)).toFixed(0)} MiB/s)`;
  console.log('the worker\'s own crypto against node:crypto, in Node (ours ÷ native):');
  console.table({
    [`SHA-256, ${megabytes} MiB in 64 KiB updates`]: hashRow(speed.sha256),
    [`SHA-1, ${megabytes} MiB in 64 KiB updates`]: hashRow(speed.sha1),
    'Ed25519, one verification': `${speed.ed25519.ratio.toFixed(1)}x (${speed.ed25519.oursMs.toFixed(2)} / ${speed.ed25519.nodeMs.toFixed(3)} ms)`,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) printCryptoSpeed(measureCryptoSpeed());
