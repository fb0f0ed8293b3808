// Bytes in and out of link format v3's compression: the length of the
// input as unsigned LEB128, a 32-bit FNV-1a hash of the input, then the
// arithmetic-coded bits of every byte as context-mixing.ts predicts them.
// The hash (5 characters of a link) tells a cut or changed link from a
// good one: without it a changed bit would decode to a different message,
// silently.
//
// The length is declared before anything is decoded, and the decoder
// does exactly 8 × length steps whatever the payload holds: a corrupted or
// crafted payload decodes to some bytes of the declared length (the JSON
// check then refuses them), never to a loop. The declared length is held to
// MAX_CODED_BYTES and to MAX_EXPANSION times the payload, so a link of a
// few characters cannot ask for seconds of work.

import { ArithmeticDecoder, ArithmeticEncoder } from './binary-arithmetic-coder.ts';
import { ContextMixer } from './context-mixing.ts';

/**
 * The most bytes coded this way. Coding costs about 2 µs of CPU a byte
 * each way in Node (the bench's 1 MB message: 2.0 s to make its link and
 * 1.9 s to open it, about 122,000 characters; Chromium on a loaded
 * machine 6–9 s), so a link of a 1 MB message would keep the worker busy
 * for seconds, and a crafted link declaring 2 MiB for 4 s or more.
 * 512 KiB bounds that to about a second.
 * Past it the link is format v2, whose DEFLATE is native: for 1 MB,
 * 241,730 characters in about 50 ms to open. Such links (over 60,000
 * characters) are past what chat tools pass anyway; the page offers the
 * file beside them.
 */
export const MAX_CODED_BYTES = 512 * 1024;

/**
 * The most a payload may expand: declared length ÷ payload bytes. Real
 * shares reach 8–11 (the bench's 100 KB and 1 MB messages); a payload of
 * 100 bytes declaring 512 KiB is a bomb, refused before its tables are made.
 * The writer checks the same bound and writes v2 when a share would
 * exceed it (a message of one repeated line), so no link it makes is refused.
 */
export const MAX_EXPANSION = 64;

/** The longest LEB128 length read: 3 groups of 7 bits hold MAX_CODED_BYTES, a fourth is never needed. */
const MAX_LENGTH_BYTES = 4;
const CHECK_BYTES = 4;

/** FNV-1a, 32 bits: enough to notice damage, which is all it is for (no one gains by forging it). */
function checkOf(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  return hash >>> 0;
}

export type ContextMixingResult =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'damaged' }
  | { ok: false; reason: 'too-large'; limit: number };

function lengthPrefix(length: number): number[] {
  const out: number[] = [];
  let rest = length;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
  return out;
}

/** Whether a payload of `payloadBytes` may declare `length` bytes. */
export function withinExpansion(length: number, payloadBytes: number): boolean {
  return length <= MAX_CODED_BYTES && length <= payloadBytes * MAX_EXPANSION;
}

/** The coded form of `bytes` (at most MAX_CODED_BYTES; the caller checks). */
export function compressContextMixing(bytes: Uint8Array): Uint8Array {
  const model = new ContextMixer(bytes.length);
  const encoder = new ArithmeticEncoder();
  for (let at = 0; at < bytes.length; at++) {
    const byte = bytes[at]!;
    for (let shift = 7; shift >= 0; shift--) {
      const bit = (byte >>> shift) & 1;
      encoder.encode(bit, model.predict());
      model.update(bit);
    }
  }
  const check = checkOf(bytes);
  const prefix = [...lengthPrefix(bytes.length), check >>> 24, (check >>> 16) & 0xff, (check >>> 8) & 0xff, check & 0xff];
  const coded = encoder.finish();
  const out = new Uint8Array(prefix.length + coded.length);
  out.set(prefix);
  out.set(coded, prefix.length);
  return out;
}

export function decompressContextMixing(payload: Uint8Array): ContextMixingResult {
  let length = 0;
  let at = 0;
  for (let scale = 1; ; scale *= 0x80) {
    if (at >= payload.length || at >= MAX_LENGTH_BYTES) return { ok: false, reason: 'damaged' };
    const byte = payload[at++]!;
    length += (byte & 0x7f) * scale;
    if ((byte & 0x80) === 0) break;
  }
  if (!withinExpansion(length, payload.length)) return { ok: false, reason: 'too-large', limit: Math.min(MAX_CODED_BYTES, payload.length * MAX_EXPANSION) };
  if (at + CHECK_BYTES > payload.length) return { ok: false, reason: 'damaged' };
  const check = ((payload[at]! << 24) | (payload[at + 1]! << 16) | (payload[at + 2]! << 8) | payload[at + 3]!) >>> 0;
  at += CHECK_BYTES;
  const model = new ContextMixer(length);
  const decoder = new ArithmeticDecoder(payload, at);
  const out = new Uint8Array(length);
  for (let position = 0; position < length; position++) {
    let byte = 0;
    for (let bit = 0; bit < 8; bit++) {
      const decoded = decoder.decode(model.predict());
      model.update(decoded);
      byte = (byte << 1) | decoded;
    }
    out[position] = byte;
  }
  return checkOf(out) === check ? { ok: true, bytes: out } : { ok: false, reason: 'damaged' };
}
