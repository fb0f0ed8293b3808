// readDkimRecord: every tag explained, and each finding a verifier or a
// reader needs — revoked, t=y, h=sha1 only, s= not for mail, RSA under 1024
// bits and 1024 weak (RFC 8301), a type mismatch, an Ed25519 key in SPKI
// form (RFC 8463), v= out of place, a string over 255 octets, the size limit.

import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_RECORD_INPUT, readDkimRecord } from '../../../../src/core/records/dkim/read-record.ts';
import { corpusFile, corpusFolder } from '../../../corpus/support/corpus-root.ts';
import { SEED_ZONE_LINE } from './seed-record.ts';

const vectors = corpusFolder('dkim-vectors');
const SMALL = createPublicKey(readFileSync(corpusFile(vectors, 'mailauth/public-small.pem'), 'utf8')).export({ format: 'der', type: 'spki' }).toString('base64');
const RSA_1024 = /p=([^;\s]+)/.exec(readFileSync(corpusFile(vectors, 'dkimpy/test.txt'), 'utf8'))![1]!;
const ED25519 = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
const codes = (text: string) => readDkimRecord(text).findings.map((f) => `${f.level} ${f.code}`);

describe('readDkimRecord', () => {
  it('explains every tag of the seed\'s record in English and German and reads a 2048-bit RSA key', () => {
    const report = readDkimRecord(SEED_ZONE_LINE);
    expect(report.status).toBe('pass');
    expect(report.key).toEqual({ type: 'rsa', bits: 2048, form: 'spki' });
    expect(report.tags.map((tag) => tag.name)).toEqual(['v', 'h', 'k', 's', 'p']);
    for (const tag of report.tags) {
      expect(tag.status).toBe('documented');
      expect(tag.meaning.en).toMatch(/RFC/);
      expect(tag.meaning.de).not.toBe(tag.meaning.en);
    }
    expect(report.tags.find((tag) => tag.name === 's')!.valueMeaning!.en).toBe('The key may sign e-mail.');
  });

  it('fails a revoked key, a missing key, and a record that is empty', () => {
    expect(codes('v=DKIM1; k=rsa; p=')).toEqual(['fail revoked']);
    expect(readDkimRecord('v=DKIM1; k=rsa; p=').key.type).toBe('revoked');
    expect(codes('v=DKIM1; k=rsa')).toEqual(['fail no-key']);
    expect(codes('   ')).toEqual(['fail empty', 'fail no-key']);
  });

  it('judges RSA sizes by RFC 8301: 512 bits fail, 1024 are weak, 2048 pass, over 4096 warn', () => {
    expect(codes(`v=DKIM1; k=rsa; p=${SMALL}`)).toEqual(['fail rsa-too-small']);
    expect(readDkimRecord(`p=${SMALL}`).key.bits).toBe(512);
    expect(codes(`v=DKIM1; k=rsa; p=${RSA_1024}`)).toEqual(['warn rsa-weak']);
    const zone = JSON.parse(readFileSync(corpusFile(corpusFolder('rspamd-auth-cases'), 'zone-dkim-suite.json'), 'utf8')) as { records: Record<string, { TXT: string[] }> };
    const wide = zone.records['wide._domainkey.bigkey.za.org']!.TXT[0]!;
    expect(readDkimRecord(wide).key.bits).toBe(16384);
    expect(codes(wide)).toEqual(['warn rsa-very-large', 'info needs-splitting']);
  });

  it('reads an Ed25519 key as RFC 8463 writes it, and fails one wrapped in an SPKI or declared as rsa', () => {
    expect(readDkimRecord(`v=DKIM1; k=ed25519; p=${ED25519}`)).toMatchObject({ status: 'pass', key: { type: 'ed25519', bits: 256, form: 'raw' } });
    expect(codes('v=DKIM1; k=ed25519; p=MCowBQYDK2VwAyEA8EXQo7Pdox7frzkAQi9gnze1veAyxuFfAjNwfn/iOYI=')).toEqual(['fail ed25519-spki']);
    expect(codes(`v=DKIM1; k=rsa; p=${ED25519}`)).toEqual(['fail key-der']);
    expect(codes(`v=DKIM1; k=ed25519; p=${RSA_1024}`)).toEqual(['fail key-type-mismatch', 'warn rsa-weak']);
    expect(codes(`v=DKIM1; k=dsa; p=${RSA_1024}`)).toEqual(['fail unknown-key-type', 'warn rsa-weak']);
  });

  it('warns of t=y, fails h=sha1 alone and a service other than email, and notes t=s, g= and unknown tags', () => {
    const key = `p=${ED25519}`;
    expect(codes(`v=DKIM1; k=ed25519; t=y:s; ${key}`)).toEqual(['warn testing', 'info strict-identity']);
    expect(codes(`v=DKIM1; k=ed25519; h=sha1; ${key}`)).toEqual(['fail sha1-only']);
    expect(codes(`v=DKIM1; k=ed25519; h=sha1:sha256; ${key}`)).toEqual([]);
    expect(codes(`v=DKIM1; k=ed25519; s=tlsrpt; ${key}`)).toEqual(['fail not-for-email']);
    expect(codes(`v=DKIM1; g=*; k=ed25519; x=1; ${key}`)).toEqual(['info unknown-tag', 'info obsolete-g']);
  });

  it('fails v= that is not DKIM1 or not first, a duplicate tag, and a part that is no tag', () => {
    expect(codes(`v=DKIM2; k=ed25519; p=${ED25519}`)).toEqual(['fail bad-version']);
    expect(codes(`k=ed25519; v=DKIM1; p=${ED25519}`)).toEqual(['fail version-not-first']);
    expect(codes(`v=DKIM1; k=ed25519; k=rsa; p=${ED25519}`)).toEqual(['fail duplicate-tag']);
    // dkimpy's badversion.txt: "v=DKIM1:" swallows the next tag, so k= is rsa by default and the Ed25519 key is no RSA key.
    expect(codes(`v=DKIM1: k=ed25519; p=${ED25519}`)).toEqual(['fail bad-version', 'fail key-der', 'info copy-spaces-in-values']);
    expect(codes(`v=DKIM1; oops; k=ed25519; p=${ED25519}`)).toEqual(['fail not-a-tag']);
  });

  it('warns of a quoted string over 255 octets, and notes that a long bare value must be split', () => {
    expect(codes(`"v=DKIM1; k=rsa; p=${RSA_1024}"`)).toEqual(['warn rsa-weak']);
    const long = readDkimRecord(SEED_ZONE_LINE).cleaned.value;
    expect(codes(`sel._domainkey IN TXT "${long}"`)).toEqual(['warn string-too-long']);
    expect(codes(long)).toEqual(['info needs-splitting']);
  });

  it('does not read a paste over the limit', () => {
    expect(readDkimRecord('p='.padEnd(MAX_RECORD_INPUT + 1, 'A'))).toMatchObject({ status: 'fail', tags: [], findings: [{ code: 'record-too-large' }] });
  });
});
