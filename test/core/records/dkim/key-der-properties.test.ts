// The DKIM bench's readers over hostile input: a record of any Unicode
// text, and any bytes as a public or private key (bare, PEM-wrapped, or
// cut from a real key), give a report or "unreadable", never a throw.

import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDkimRecord } from '../../../../src/core/records/dkim/read-record.ts';
import { readPrivateKey, readPublicKey } from '../../../../src/core/records/dkim/key-der.ts';
import { hostileText } from '../../../support/hostile-text.ts';
import { corpusFile, corpusFolder } from '../../../corpus/support/corpus-root.ts';

const vectors = corpusFolder('dkim-vectors');
const REAL_PUBLIC = Buffer.from(/p=([^;\s]+)/.exec(readFileSync(corpusFile(vectors, 'dkimpy/test.txt'), 'utf8'))![1]!, 'base64');
const REAL_PRIVATE = Buffer.from(readFileSync(corpusFile(vectors, 'dkimpy/2048_testkey_PKCS8.key'), 'utf8').replace(/-----[^-]+-----|\s/g, ''), 'base64');

/** Random bytes, or a real key with bytes changed, cut or appended: DER that gets far into the reader. */
const keyBytes = (real: Buffer) =>
  fc.oneof(
    fc.uint8Array({ maxLength: 300 }),
    fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 }), fc.nat(real.length)).map(([at, value, cut]) => {
      const copy = Uint8Array.from(real);
      copy[at] = value;
      return copy.subarray(0, Math.max(1, cut));
    }),
  );

describe('the DKIM readers over hostile input', () => {
  it('read any record text without throwing, with a status and a finding for every fail', () => {
    fc.assert(
      fc.property(hostileText(['v=DKIM1', 'k=rsa', 'k=ed25519', 'p=', 'p=MIGfMA0', 'h=sha1', 't=y', 's=email', '"', '\\;', 'IN TXT'], 60), (text) => {
        const report = readDkimRecord(text);
        expect(['pass', 'warn', 'fail']).toContain(report.status);
        expect(report.status === 'fail').toBe(report.findings.some((f) => f.level === 'fail'));
      }),
      { numRuns: 2000 },
    );
  });

  it('read any bytes as a public key (as SPKI, PKCS#1 or Ed25519) without throwing', () => {
    fc.assert(
      fc.property(keyBytes(REAL_PUBLIC), fc.constantFrom('rsa', 'ed25519'), (bytes, keyType) => {
        const key = readPublicKey(Buffer.from(bytes).toString('base64'), keyType);
        if (key.type === 'rsa') expect(key.bits).toBeLessThanOrEqual(bytes.length * 8);
      }),
      { numRuns: 2000 },
    );
  });

  it('read any bytes as a private key, bare or in PEM armour, without throwing', () => {
    fc.assert(
      fc.property(keyBytes(REAL_PRIVATE), fc.constantFrom('PRIVATE KEY', 'RSA PRIVATE KEY', null), (bytes, label) => {
        const base64 = Buffer.from(bytes).toString('base64');
        const key = readPrivateKey(label ? `-----BEGIN ${label}-----\n${base64}\n-----END ${label}-----\n` : base64);
        expect(['rsa', 'ed25519', 'unreadable']).toContain(key.type);
      }),
      { numRuns: 2000 },
    );
  });
});
