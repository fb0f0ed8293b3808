// Real DKIM key records from the corpora in test/corpus/data (the DKIM
// vectors of dkimpy, mailauth and authheaders, rspamd's zones, the DMARC
// cases, the ARC suite's keys) all read with the key type and size that
// Node's own crypto (OpenSSL) reads from the same p=: an independent reader.

import { createPublicKey, createPrivateKey } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { corpusFile, corpusFolder } from '../../../corpus/support/corpus-root.ts';
import { readDkimRecord } from '../../../../src/core/records/dkim/read-record.ts';
import { readPublicKey } from '../../../../src/core/records/dkim/key-der.ts';
import { matchPrivateKey } from '../../../../src/core/records/dkim/private-key-match.ts';

/** Every TXT value found under a `*._domainkey.*` name in a JSON tree (zones in the FORMAT.md shape and rspamd's). */
function recordsIn(tree: unknown, name: string | null, out: Map<string, string>): void {
  if (Array.isArray(tree)) for (const item of tree) recordsIn(item, name, out);
  else if (tree && typeof tree === 'object') for (const [key, value] of Object.entries(tree)) recordsIn(value, key.includes('._domainkey.') ? key : name, out);
  else if (typeof tree === 'string' && name && /(^|;)\s*p=/.test(tree)) out.set(`${name} ${tree}`, tree);
}

function corpusRecords(): Map<string, string> {
  const out = new Map<string, string>();
  const vectors = corpusFolder('dkim-vectors');
  recordsIn(JSON.parse(readFileSync(corpusFile(vectors, 'expected.json'), 'utf8')), null, out);
  recordsIn(JSON.parse(readFileSync(corpusFile(vectors, 'mailauth/dns.json'), 'utf8')), null, out);
  for (const file of readdirSync(corpusFile(vectors, 'dkimpy')).filter((f) => /\.(txt|dns)$/.test(f))) {
    out.set(`dkimpy/${file}`, readFileSync(corpusFile(vectors, `dkimpy/${file}`), 'utf8'));
  }
  const rspamd = corpusFolder('rspamd-auth-cases');
  for (const zone of ['zone-dkim-suite.json', 'zone-merged.json']) recordsIn(JSON.parse(readFileSync(corpusFile(rspamd, zone), 'utf8')), null, out);
  recordsIn(JSON.parse(readFileSync(corpusFile(corpusFolder('dmarc-authheaders'), 'cases.json'), 'utf8')), null, out);
  const arc = corpusFolder('arc-test-suite');
  for (const file of ['arc-draft-validation-tests.yml', 'arc-draft-sign-tests.yml']) {
    for (const document of parseAllDocuments(readFileSync(corpusFile(arc, file), 'utf8'))) recordsIn({ zone: (document.toJS() as { 'txt-records'?: unknown })?.['txt-records'] }, null, out);
  }
  return out;
}

/** What OpenSSL reads from p=: the key type and size, or null when it cannot read a key. */
function oracle(p: string, keyType: string): { type: string; bits: number } | null {
  const der = Buffer.from(p, 'base64');
  if (keyType === 'ed25519' && der.length === 32) {
    return { type: 'ed25519', bits: createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: der.toString('base64url') }, format: 'jwk' }).asymmetricKeyType === 'ed25519' ? 256 : 0 };
  }
  for (const type of ['spki', 'pkcs1'] as const) {
    try {
      const key = createPublicKey({ key: der, format: 'der', type });
      return { type: key.asymmetricKeyType!, bits: key.asymmetricKeyType === 'ed25519' ? 256 : key.asymmetricKeyDetails!.modulusLength! };
    } catch {
      // Not this structure; the next one, or no key at all.
    }
  }
  return null;
}

describe('real DKIM key records from the corpora', () => {
  const records = corpusRecords();

  it('read with the key type and size OpenSSL reads, and unreadable exactly where OpenSSL reads no key', () => {
    const kinds = new Map<string, number>();
    for (const [where, text] of records) {
      const report = readDkimRecord(text);
      const p = report.tags.find((tag) => tag.name === 'p')?.value ?? '';
      const keyType = (report.tags.find((tag) => tag.name === 'k')?.value ?? 'rsa').toLowerCase();
      if (p === '') {
        expect(report.key.type, where).toBe('revoked');
        continue;
      }
      const expected = oracle(p, keyType);
      const read = readPublicKey(p, keyType);
      if (expected === null) expect(read.type, where).toBe('unreadable');
      else expect({ type: read.type, bits: read.type === 'unreadable' ? null : read.bits }, where).toEqual(expected);
      const kind = `${report.key.type} ${report.key.bits ?? ''}`.trim();
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    expect(records.size).toBeGreaterThan(30);
    // Each key kind the corpora hold was met: RSA 512 to 32768 bits, Ed25519 raw, and keys OpenSSL cannot read.
    expect([...kinds.keys()].sort()).toEqual(expect.arrayContaining(['ed25519 256', 'rsa 1024', 'rsa 2048', 'rsa 512', 'unreadable']));
    console.info(`corpus DKIM keys: ${records.size} records; ${[...kinds].map(([kind, count]) => `${kind}: ${count}`).join(', ')}`);
  });

  it('pair the corpora\'s private keys with their public records, and tell a wrong pair', async () => {
    const vectors = corpusFolder('dkim-vectors');
    const read = (path: string) => readFileSync(corpusFile(vectors, path), 'utf8');
    const pOf = (path: string) => /p=([^;\s]+)/.exec(read(path))![1]!;
    const rawOf = (pem: string) => createPublicKey(read(pem)).export({ format: 'jwk' }).x!;
    const pairs: [string, string, string][] = [
      ['dkimpy/test.private', pOf('dkimpy/test.txt'), 'rsa'],
      ['dkimpy/2048_testkey.key', pOf('dkimpy/2048_testkey_wo_markers.pub.txt'), 'rsa'],
      ['dkimpy/2048_testkey.key', pOf('dkimpy/2048_testkey_wo_markers.pub.rsa.txt'), 'rsa'],
      ['dkimpy/2048_testkey_PKCS8.key', pOf('dkimpy/2048_testkey_PKCS8.key.pub.txt'), 'rsa'],
      ['dkimpy/ed25519test.key', pOf('dkimpy/ed25519test.dns'), 'ed25519'],
      ['dkimpy/rfc8032_7_1.key', '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=', 'ed25519'],
      ['mailauth/private-rsa.pem', createPublicKey(read('mailauth/public-rsa.pem')).export({ format: 'der', type: 'spki' }).toString('base64'), 'rsa'],
      ['mailauth/private-ed25519.pem', Buffer.from(rawOf('mailauth/public-ed25519.pem'), 'base64url').toString('base64'), 'ed25519'],
    ];
    for (const [privatePath, p, keyType] of pairs) {
      // The oracle agrees that each is a private key before ours is asked.
      if (read(privatePath).includes('BEGIN')) expect(createPrivateKey(read(privatePath)).asymmetricKeyType).toBe(keyType);
      expect((await matchPrivateKey(read(privatePath), p, keyType)).result, privatePath).toBe('match');
    }
    expect((await matchPrivateKey(read('dkimpy/test.private'), pOf('dkimpy/2048_testkey_wo_markers.pub.txt'), 'rsa')).result).toBe('mismatch');
    expect((await matchPrivateKey(read('dkimpy/ed25519test.key'), pOf('dkimpy/eximtest.dns'), 'ed25519')).result).toBe('mismatch');
    expect((await matchPrivateKey(read('mailauth/public-rsa.pem'), pOf('dkimpy/test.txt'), 'rsa')).result).toBe('unreadable');
  });
});
