// DKIM body canonicalisation (RFC 6376 §3.4.3 simple, §3.4.4 relaxed) in
// one pass that copies nothing: the canonical body is handed out as views
// of the message bytes, with a shared SP or CRLF where a run of white
// space or a bare line feed is rewritten. Each hash that shares a
// canonicalisation is fed from the same pass, so a 10 MB body is read once
// per canonicalisation in use, not once per signature.
//
// The result is mailauth's to the byte (test/core/auth/body-canonicalization.test.ts
// holds it against mailauth's own canonicalisers for any bytes): a bare LF
// counts as CRLF, as mailauth's message parser rewrites it before hashing
// (RFC 5322 §2.3 allows no bare LF, and every verifier has to pick a
// reading); a CR not followed by LF is body content; in relaxed, white
// space before a line end is dropped and any other run of SP and HTAB
// becomes one SP.

import { ByteScanner } from '../message/byte-scanner.ts';

export type BodyCanonicalization = 'simple' | 'relaxed';

const HTAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const SPACE = Uint8Array.of(SP);
const CRLF = Uint8Array.of(CR, LF);

export interface CanonicalBodyPass {
  /**
   * Octets of the body as the verifier reads it, a bare LF counted as CRLF
   * (mailauth's sourceBodyLength).
   */
  sourceBytes: number;
}

/**
 * Hands `emit` the canonical body in order, without its final CRLF: both
 * canonicalisations end a body in exactly one CRLF (simple: always, even an
 * empty body; relaxed: unless the body is empty), and the caller adds it.
 * Segments may be views of `body`; copy one to keep it past the call.
 */
export function canonicalizeBody(body: Uint8Array, canonicalization: BodyCanonicalization, emit: (segment: Uint8Array) => void): CanonicalBodyPass {
  const scanner = new ByteScanner(body);
  return canonicalization === 'simple' ? simpleBody(body, scanner, emit) : relaxedBody(body, scanner, emit);
}

// A line feed is bare when no CR precedes it; the byte before the body is
// the LF that ends the header block, so an LF first in the body is bare.
function isBareLf(body: Uint8Array, at: number): boolean {
  return at === 0 || body[at - 1] !== CR;
}

/** RFC 6376 §3.4.3: "*CRLF" at the end of the body becomes one CRLF; nothing else changes. */
function simpleBody(body: Uint8Array, scanner: ByteScanner, emit: (segment: Uint8Array) => void): CanonicalBodyPass {
  let end = body.length;
  let bareLfs = 0;
  while (end > 0 && body[end - 1] === LF) {
    if (isBareLf(body, end - 1)) bareLfs++;
    else end--;
    end--;
  }
  let from = 0;
  // Only a bare LF changes the bytes: scan for octets below HTAB + 2 (LF and lower).
  for (let at = scanner.next(0, end, LF + 1); at < end; at = scanner.next(at + 1, end, LF + 1)) {
    if (body[at] !== LF || !isBareLf(body, at)) continue;
    if (at > from) emit(body.subarray(from, at));
    emit(CRLF);
    bareLfs++;
    from = at + 1;
  }
  if (end > from) emit(body.subarray(from, end));
  return { sourceBytes: body.length + bareLfs };
}

/**
 * RFC 6376 §3.4.4: trailing white space of each line dropped, other runs of
 * SP and HTAB made one SP, empty lines at the end dropped. Everything after
 * the last octet that is neither white space nor part of a line end is
 * trailing, so the pass stops there and the caller adds the one CRLF.
 */
function relaxedBody(body: Uint8Array, scanner: ByteScanner, emit: (segment: Uint8Array) => void): CanonicalBodyPass {
  let end = body.length;
  let bareLfs = 0;
  while (end > 0) {
    const octet = body[end - 1]!;
    if (octet === LF && isBareLf(body, end - 1)) bareLfs++;
    // A CR is part of the line end only right before an LF; a lone CR is content.
    const trailing = octet === SP || octet === HTAB || octet === LF || (octet === CR && body[end] === LF);
    if (!trailing) break;
    end--;
  }
  let from = 0;
  let at = scanner.next(0, end, SP + 1);
  while (at < end) {
    const octet = body[at]!;
    if (octet === SP || octet === HTAB) {
      // The run cannot reach `end`: the octet before `end` is content.
      let runEnd = at + 1;
      while (body[runEnd] === SP || body[runEnd] === HTAB) runEnd++;
      const next = body[runEnd];
      const beforeLineEnd = next === LF || (next === CR && body[runEnd + 1] === LF);
      if (beforeLineEnd || runEnd - at > 1 || octet === HTAB) {
        if (at > from) emit(body.subarray(from, at));
        if (!beforeLineEnd) emit(SPACE);
        from = runEnd;
      }
      at = scanner.next(runEnd, end, SP + 1);
      continue;
    }
    if (octet === CR && body[at + 1] === LF) {
      // The usual line end: nothing to rewrite, and its LF is not bare.
      at = scanner.next(at + 2, end, SP + 1);
      continue;
    }
    if (octet === LF && isBareLf(body, at)) {
      if (at > from) emit(body.subarray(from, at));
      emit(CRLF);
      bareLfs++;
      from = at + 1;
    }
    at = scanner.next(at + 1, end, SP + 1);
  }
  if (end > from) emit(body.subarray(from, end));
  return { sourceBytes: body.length + bareLfs };
}
