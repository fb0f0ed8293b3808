// The one-pass body canonicalisation against mailauth's own: the same
// message through mailauth's stock DKIM verifier (streamed in chunks of any
// size, every octet through its parser and canonicalisers) and through
// runDkim (the header streamed, the body canonicalised here once per
// canonicalisation) must give the same body hash, the same lengths and the
// same MIME structure start for every signature, for any octets: all of
// Unicode, bare CR and LF, CR CR LF, runs of SP and HTAB, trailing blank
// lines, an empty line anywhere in the header, l= of any value.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DkimVerifier, type MailauthDkimResult } from 'mailauth/lib/dkim/dkim-verifier.js';
import { canonicalizeBody } from '../../../src/core/auth/body-canonicalization.ts';
import { headerBlockEnd, runDkim } from '../../../src/core/auth/mailauth-adapter.ts';
import type { Resolver } from '../../../src/dns/resolver.ts';

const encoder = new TextEncoder();
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(parts.flatMap((part) => [...part]));
const bytesOf = (text: string) => encoder.encode(text);

// No key is ever found: a body hash that happens to match ends in a key
// lookup, which fails the same way in both verifiers.
const noKeys: Resolver = async () => {
  throw Object.assign(new Error('no keys in this test'), { code: 'ENOTFOUND' });
};
const NOW = new Date('2026-12-07T12:00:00Z');

const fragment = fc.oneof(
  fc.constantFrom('\r', '\n', '\r\n', '\r\r\n', '\n\r', ' ', '\t', '  \t ', ' \r\n', '\t\n', '--xyz', '--xyz--', 'a', 'b c').map(bytesOf),
  fc.string({ unit: 'binary', maxLength: 12 }).map(bytesOf),
  fc.uint8Array({ maxLength: 12 }),
);
const octets = fc.array(fragment, { maxLength: 40 }).map((parts) => concat(...parts));

const signature = fc.record({
  canon: fc.constantFrom('simple/simple', 'relaxed/relaxed', 'relaxed/simple', 'simple/relaxed', 'relaxed', ''),
  algorithm: fc.constantFrom('rsa-sha256', 'rsa-sha1', 'ed25519-sha256'),
  length: fc.option(fc.oneof(fc.constant(0), fc.nat(64), fc.nat(100_000)), { nil: undefined }),
});

function signatureField(sig: { canon: string; algorithm: string; length: number | undefined }, index: number): string {
  const tags = [`v=1`, `a=${sig.algorithm}`, sig.canon ? `c=${sig.canon}` : '', `d=example.com`, `s=s${index}`, `h=from`, sig.length === undefined ? '' : `l=${sig.length}`, `bh=AAAA`, `b=${'B'.repeat(index + 1)}`];
  return `DKIM-Signature: ${tags.filter(Boolean).join('; ')}\r\n`;
}

/** mailauth alone: every octet written through its stream, in chunks of `chunk` octets. */
async function stockResults(message: Uint8Array, chunk: number): Promise<MailauthDkimResult[]> {
  const verifier = new DkimVerifier({ resolver: noKeys, curTime: NOW, minBitLength: 1024, rejectRsaSha1: true });
  await new Promise<void>((resolve, reject) => {
    verifier.once('finish', () => resolve());
    verifier.once('error', (error) => reject(error));
    for (let at = 0; at < message.length; at += chunk) verifier.write(message.subarray(at, at + chunk));
    verifier.end();
  });
  return verifier.results;
}

const bodyFacts = (result: MailauthDkimResult & { sourceBodyLength?: number; mimeStructureStart?: number }) => ({
  bodyHash: result.bodyHash,
  canonBodyLength: result.canonBodyLength,
  canonBodyLengthTotal: result.canonBodyLengthTotal,
  sourceBodyLength: result.sourceBodyLength,
  mimeStructureStart: result.mimeStructureStart,
  status: result.status.result,
  comment: result.status.comment,
});

describe('DKIM body canonicalisation in one pass', () => {
  it('gives mailauth’s own body hashes, lengths and MIME start for any body and header octets', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(signature, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        octets,
        octets,
        fc.integer({ min: 1, max: 70 }),
        async (signatures, multipart, headerTail, body, chunk) => {
          const header = [
            'From: a@example.com\r\n',
            ...signatures.map(signatureField),
            multipart ? 'Content-Type: multipart/mixed; boundary="xyz"\r\n' : '',
            'X-Tail: ',
          ].join('');
          // The tail may end the header itself (an empty line, bare LFs) or never end it.
          const message = concat(bytesOf(header), headerTail, bytesOf('\r\n\r\n'), body);
          const ours = await runDkim(message, { resolver: noKeys, now: NOW, headersOnly: false });
          const stock = await stockResults(message, chunk);
          expect(ours.signatures.map(({ engine }) => bodyFacts(engine))).toEqual(stock.filter((r) => r.signature !== undefined).map(bodyFacts));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds the header block’s end where mailauth does, for any octets', async () => {
    await fc.assert(
      fc.asyncProperty(octets, async (tail) => {
        const message = concat(bytesOf('From: a@example.com\r\n'), tail);
        const end = headerBlockEnd(message);
        const verifier = new DkimVerifier({ resolver: noKeys, curTime: NOW });
        let bodyOctets = 0;
        verifier.nextChunk = async (chunk) => {
          bodyOctets += chunk.length;
        };
        // Up to the end we found (or all of it): mailauth has ended the header
        // block exactly there, or (without an end) not at all, and read no body.
        const written = end < 0 ? message : message.subarray(0, end);
        const stream = verifier as unknown as { write(chunk: Uint8Array, done: (error?: unknown) => void): boolean; state: string };
        await new Promise<void>((resolve, reject) => stream.write(written, (error) => (error ? reject(error) : resolve())));
        expect({ state: stream.state, bodyOctets }).toEqual({ state: end < 0 ? 'header' : 'body', bodyOctets: 0 });
      }),
      { numRuns: 400 },
    );
  });

  it('hands out views of the body, not copies, where nothing changes', () => {
    const body = bytesOf('line one\r\nline  two \r\n\r\n\r\n');
    for (const canonicalization of ['simple', 'relaxed'] as const) {
      const segments: Uint8Array[] = [];
      canonicalizeBody(body, canonicalization, (segment) => segments.push(segment));
      const text = segments.map((segment) => new TextDecoder().decode(segment)).join('');
      expect(text).toBe(canonicalization === 'simple' ? 'line one\r\nline  two ' : 'line one\r\nline two');
      expect(segments[0]!.buffer).toBe(body.buffer);
    }
  });
});
