// The DKIM bench's worker calls in Node, as the page makes them through
// comlink: a published key checked through the DNS settings the page
// sends (a frozen zone here; a bad resolver URL refused as data), a pasted
// private key compared with a pasted record, and a key pair made.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDkimApi } from '../../../src/worker/records/dkim-api.ts';
import { corpusFile, corpusFolder } from '../../corpus/support/corpus-root.ts';

const vectors = corpusFolder('dkim-vectors');
const RECORD = readFileSync(corpusFile(vectors, 'dkimpy/test.txt'), 'utf8').trim();
const PRIVATE = readFileSync(corpusFile(vectors, 'dkimpy/test.private'), 'utf8');
const fetched: string[] = [];
const api = createDkimApi({
  fetch: async (input) => {
    fetched.push(String(input));
    throw new Error('no network in this test');
  },
});

describe('the DKIM worker API', () => {
  it('checks a published key through the page\'s DNS settings and keeps the questions as evidence', async () => {
    const response = await api.check({ domain: 'example.com', selector: 'test', privateKey: PRIVATE, dns: { kind: 'zone', zone: { records: { 'test._domainkey.example.com': { TXT: [RECORD] } } } } });
    expect(response).toMatchObject({ ok: true, check: { outcome: 'published', match: { result: 'match' } } });
    expect(response.ok && response.evidence.map((entry) => `${entry.name} ${entry.type} ${entry.rcode}`)).toEqual(['test._domainkey.example.com TXT NOERROR']);
  });

  it('refuses a resolver URL that is not DNS-over-HTTPS as data, before asking anything', async () => {
    const response = await api.check({ domain: 'example.com', selector: 'test', dns: { kind: 'doh', url: 'ftp://resolver.example', format: 'wire' } });
    expect(response.ok).toBe(false);
    expect(fetched).toEqual([]);
  });

  it('compares a pasted private key with a pasted record, and reads and makes records', async () => {
    expect(await api.matchKey({ privateKey: PRIVATE, record: RECORD })).toMatchObject({ result: 'match' });
    expect(await api.matchKey({ privateKey: '', record: RECORD })).toBeNull();
    expect((await api.read(RECORD)).key).toEqual({ type: 'rsa', bits: 1024, form: 'spki' });
    const made = await api.generate({ keyType: 'ed25519', selector: 's1', domain: 'example.com' });
    expect(made.ok && (await api.read(made.key.zoneFile)).key).toEqual({ type: 'ed25519', bits: 256, form: 'raw' });
    expect(fetched).toEqual([]);
  });
});
