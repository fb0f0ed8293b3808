// The denial-of-service inputs of issue 10 item 5, built on demand instead
// of committed (the largest is 20 MB). Each is a fixture case folder, so the
// CLI replays it offline:
//
//   npx tsx test/cases/generate/hostile-inputs.ts OUT_DIR [--scale N]
//   npm run analyze -- OUT_DIR/hostile-giant-exponent-1000
//
// --scale divides the sizes (signatures, body bytes, folded lines) for a
// quick run. The small committed cases (cases-limits.ts) use the same
// builders just past the limits; `npm run bench` uses them at bench size.

import { createHash, createPublicKey } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NOW, SIGNED_AT, type Zone } from './case-types.ts';
import { canonicalizeBody, unixTime } from './dkim-sign.ts';
import { simpleMessage } from './message.ts';
import { txtRecord } from './keys.ts';
import { MAX_DKIM_SIGNATURES } from '../../../src/core/auth/verification-limits.ts';

const CRLF = '\r\n';

/** Deterministic bytes: SHA-256 in counter mode over a label, so a rerun writes the same files. */
export function stretch(label: string, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let block = 0, at = 0; at < length; block++, at += 32) {
    createHash('sha256').update(`${label}:${block}`).digest().copy(out, at);
  }
  return out;
}

/**
 * The p= value of an RSA key whose public exponent is almost as long as
 * its modulus. OpenSSL (and so Node) accepts an exponent of any size below
 * a modulus of up to 3072 bits; each verification then costs a full-size
 * exponentiation instead of 17 squarings for e = 65537. The modulus need
 * not be a product of two primes to cost that.
 */
export function giantExponentKey(modulusBits = 3072): string {
  const modulus = stretch('giant-exponent modulus', modulusBits / 8);
  modulus[0] = modulus[0]! | 0x80;
  modulus[modulus.length - 1] = modulus[modulus.length - 1]! | 0x01;
  const exponent = Buffer.from(modulus);
  exponent[0] = exponent[0]! & 0x7f;
  const key = createPublicKey({ key: { kty: 'RSA', n: modulus.toString('base64url'), e: exponent.toString('base64url') }, format: 'jwk' });
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

export interface HostileInput {
  message: string;
  zone: Zone;
  /** The problem code the analysis must report. */
  problems: string[];
}

interface ForgedSignature {
  domain: string;
  selector: string;
  /** body canonicalisation; the header one is relaxed */
  bodyCanon?: 'simple' | 'relaxed';
  /** l= as written */
  length?: number;
  bodyHash: string;
  /** the b= bytes: they need not verify, only cost a verification */
  signatureBytes: number;
  label: string;
}

/** A DKIM-Signature field as a signer folds it, with a b= that is never going to verify. */
export function forgedSignature(s: ForgedSignature): string {
  const b = stretch(s.label, s.signatureBytes);
  b[0] = 0x01;
  const tags = [
    'v=1',
    'a=rsa-sha256',
    `c=relaxed/${s.bodyCanon ?? 'relaxed'}`,
    `d=${s.domain}`,
    `s=${s.selector}`,
    `t=${unixTime(SIGNED_AT)}`,
    ...(s.length === undefined ? [] : [`l=${s.length}`]),
    'h=from:to:subject:date:message-id',
    `bh=${s.bodyHash}`,
  ];
  return `DKIM-Signature: ${tags.join('; ')};${CRLF}\tb=${b.toString('base64')}${CRLF}`;
}

function plainMessage(name: string, body: string, subject = 'Quarterly figures'): string {
  return simpleMessage({
    from: 'Alice <alice@example.com>',
    to: 'Bob <bob@example.net>',
    subject,
    date: '2026-11-27T11:54:30Z',
    messageId: `<${name}@example.com>`,
    body,
  });
}

const SHORT_BODY = 'Hi Bob,\n\nthe figures are on the wiki.\n\nAlice\n';

export function bodyOf(message: string): string {
  return message.slice(message.indexOf(CRLF + CRLF) + 4);
}

export function relaxedBodyHash(body: string): string {
  return createHash('sha256').update(canonicalizeBody(body, 'relaxed'), 'utf8').digest('base64');
}

/**
 * `count` signatures whose body hash matches, all naming one key with a
 * 3,072-bit public exponent: one DNS question, `count` verifications.
 */
export function giantExponentSignatures(count: number): HostileInput {
  const base = plainMessage(`giant-exponent-${count}`, SHORT_BODY);
  const bodyHash = relaxedBodyHash(bodyOf(base));
  let fields = '';
  for (let i = 0; i < count; i++) {
    fields += forgedSignature({ domain: 'example.com', selector: 'giant', bodyHash, signatureBytes: 384, label: `giant ${i}` });
  }
  return {
    message: fields + base,
    zone: { 'giant._domainkey.example.com': { TXT: [txtRecord(`v=DKIM1; k=rsa; p=${giantExponentKey()}`)] } },
    problems: count > MAX_DKIM_SIGNATURES ? ['dkim-signature-limit', 'rsa-exponent-too-large'] : ['rsa-exponent-too-large'],
  };
}

/**
 * `count` signatures over a body of `bodyBytes`, each with its own l= and
 * its own signing domain: `count` body hashes over the whole body, and
 * `count` key lookups (no key is published, each lookup is NXDOMAIN).
 */
export function distinctLengthSignatures(count: number, bodyBytes: number): HostileInput {
  const line = 'The quarterly figures are attached to the wiki page, as agreed. Call me.\r\n';
  const body = line.repeat(Math.ceil(bodyBytes / line.length));
  const base = plainMessage(`distinct-lengths-${count}`, body);
  let fields = '';
  for (let i = 0; i < count; i++) {
    fields += forgedSignature({
      domain: `d${i}.example.com`,
      selector: 's',
      length: body.length - i,
      bodyHash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      signatureBytes: 256,
      label: `length ${i}`,
    });
  }
  return { message: fields + base, zone: {}, problems: ['dkim-body-hash-limit'] };
}

/** One Subject folded over `lines` lines: the header parser of mailauth 7 joins folds in quadratic time. */
export function foldedSubject(lines: number): HostileInput {
  const folded = ['Quarterly', ...Array.from({ length: lines - 1 }, (_, i) => ` w${i % 10}`)].join(CRLF);
  return { message: plainMessage(`folded-subject-${lines}`, SHORT_BODY, folded), zone: {}, problems: ['header-too-large'] };
}

function writeCase(root: string, name: string, title: string, input: HostileInput): void {
  const folder = join(root, name);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'message.eml'), input.message);
  writeFileSync(join(folder, 'zone.json'), JSON.stringify({ records: input.zone }, null, 2) + '\n');
  writeFileSync(join(folder, 'case.json'), JSON.stringify({ title, now: NOW, expect: {}, expectProblems: input.problems }, null, 2) + '\n');
}

function main(): void {
  const [root, ...rest] = process.argv.slice(2);
  if (!root) throw new Error('usage: hostile-inputs.ts OUT_DIR [--scale N]');
  const scaleAt = rest.indexOf('--scale');
  const scale = scaleAt >= 0 ? Number(rest[scaleAt + 1]) : 1;
  const signatures = Math.round(1000 / scale);
  writeCase(root, `hostile-giant-exponent-${signatures}`, `${signatures} DKIM signatures, one key with a 3,072-bit public exponent`, giantExponentSignatures(signatures));
  const lengths = Math.round(100 / scale);
  writeCase(root, `hostile-distinct-lengths-${lengths}`, `${lengths} DKIM signatures with distinct l= over 20 MB`, distinctLengthSignatures(lengths, Math.round(20_000_000 / scale)));
  const lines = Math.round(200_000 / scale);
  writeCase(root, `hostile-folded-subject-${lines}`, `one Subject folded over ${lines} lines`, foldedSubject(lines));
}

if (import.meta.url === `file://${process.argv[1]}`) main();
