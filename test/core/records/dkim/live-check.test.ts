// checkPublishedKey, opendkim-testkey's check: the key record asked of the
// resolver (a frozen zone here), read, and compared with a pasted private
// key; a missing record, a DNS failure and a record verifiers cannot use
// are told apart.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createZoneResolver } from '../../../../src/dns/create-resolver.ts';
import { checkPublishedKey } from '../../../../src/core/records/dkim/live-check.ts';
import { corpusFile, corpusFolder } from '../../../corpus/support/corpus-root.ts';

const vectors = corpusFolder('dkim-vectors');
const read = (path: string) => readFileSync(corpusFile(vectors, path), 'utf8');
const RECORD = read('dkimpy/test.txt').trim();
const ZONE = {
  records: {
    // As mailauth's dns.json publishes it: one record of four character-strings.
    'test._domainkey.example.com': { TXT: [[RECORD.slice(0, 60), RECORD.slice(60, 200), RECORD.slice(200)]] },
    'two._domainkey.example.com': { TXT: [RECORD, 'v=DKIM1; p='] },
    'revoked._domainkey.example.com': { TXT: ['v=DKIM1; k=rsa; p='] },
    'broken._domainkey.example.com': { error: 'SERVFAIL' as const },
    'nokey._domainkey.example.com': { A: ['192.0.2.1'] },
    // What a validating resolver said of each answer (the AD bit).
    'signed._domainkey.example.com': { TXT: [RECORD], AD: true },
    'unsigned._domainkey.example.com': { TXT: [RECORD], AD: false },
  },
};
const resolver = createZoneResolver(ZONE);
const check = (selector: string, privateKey?: string) => checkPublishedKey({ resolver, domain: 'Example.com.', selector, privateKey });

describe('checkPublishedKey', () => {
  it('finds the key published as several strings, reads it, and matches the private key that belongs to it', async () => {
    const result = await check('test', read('dkimpy/test.private'));
    expect(result).toMatchObject({ name: 'test._domainkey.example.com', outcome: 'published', records: [RECORD], report: { status: 'warn', key: { type: 'rsa', bits: 1024 } }, match: { result: 'match' } });
    expect(result.text.en).toBe('The key at test._domainkey.example.com is published and parses (rsa, 1024 bits).');
    expect((await check('test', read('dkimpy/2048_testkey.key'))).match?.result).toBe('mismatch');
    expect((await check('test')).match).toBeNull();
  });

  it('says when several records answer, and when the record is revoked', async () => {
    expect((await check('two')).text.en).toMatch(/2 TXT records answer: RFC 6376 §3\.6\.2\.2/);
    const revoked = await check('revoked');
    expect(revoked).toMatchObject({ outcome: 'published', report: { status: 'fail', key: { type: 'revoked' } } });
    expect(revoked.text.de).toMatch(/Prüfer können ihn nicht verwenden/);
  });

  it('tells a missing record (NXDOMAIN or no TXT) from a resolver that could not answer, and refuses a bad name', async () => {
    expect((await check('absent')).outcome).toBe('missing');
    expect((await check('nokey')).outcome).toBe('missing');
    expect(await check('broken')).toMatchObject({ outcome: 'dns-error', report: null });
    expect((await check('bad selector')).outcome).toBe('bad-name');
  });

  it('says "key secure" only when the resolver authenticated the answer (AD), as opendkim-testkey does', async () => {
    const signed = await check('signed');
    expect(signed.secure).toBe('secure');
    expect(signed.text.en).toMatch(/authenticated the answer with DNSSEC \(AD\): opendkim-testkey would say "key secure"/);
    expect(signed.text.de).toMatch(/„key secure“/);
    const unsigned = await check('unsigned');
    expect(unsigned).toMatchObject({ outcome: 'published', secure: 'not-secure' });
    expect(unsigned.text.en).toMatch(/"key not secure", which is usual/);
    // A resolver that says nothing of it: no claim either way.
    expect((await check('test')).secure).toBe('unknown');
  });
});
