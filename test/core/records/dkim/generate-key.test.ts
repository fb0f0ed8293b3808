// The round trip of issue 17 in Node: a key pair made by the bench with
// Node's WebCrypto, a message signed with its private key by mailauth's
// signer, the generated record published in a frozen zone (as its 255-octet
// strings, and as opendkim-genkey's zone line pasted and cleaned): the
// analysis says DKIM pass. And the forms and setup lines that come with it.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze.ts';
import { createZoneResolver } from '../../../../src/dns/create-resolver.ts';
import { DKIM_KEY_TYPES, generateDkimKey, type DkimKeyType, type GeneratedDkimKey } from '../../../../src/core/records/dkim/generate-key.ts';
import { cleanDkimRecord } from '../../../../src/core/records/dkim/clean-record.ts';
import { readDkimRecord } from '../../../../src/core/records/dkim/read-record.ts';
import { matchPrivateKey } from '../../../../src/core/records/dkim/private-key-match.ts';
import { signMessage } from './sign-message.ts';

const NOW = '2026-12-07T12:00:00Z';
const MESSAGE = ['From: Alice <alice@example.org>', 'To: bob@example.net', 'Subject: Round trip', 'Date: Mon, 07 Dec 2026 11:59:00 +0000', 'Message-ID: <rt@example.org>', '', 'Signed with a key made by the bench.', ''].join('\r\n');

async function generated(keyType: DkimKeyType): Promise<GeneratedDkimKey> {
  const outcome = await generateDkimKey({ keyType, selector: `s-${keyType}`, domain: 'example.org' });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.key;
}

async function signedWith(key: GeneratedDkimKey): Promise<Uint8Array> {
  return new TextEncoder().encode(await signMessage(MESSAGE, { ...key, ed25519: key.keyType === 'ed25519' }, new Date(NOW)));
}

async function dkimResult(message: Uint8Array, key: GeneratedDkimKey, txt: string | string[]): Promise<string[]> {
  const zone = { records: { [key.provider.fullName]: { TXT: [txt] } } };
  const analysis = await analyze(message, { resolver: createZoneResolver(zone), now: NOW });
  return analysis.dkim.map((signature) => `${signature.domain}/${signature.selector}: ${signature.result}`);
}

describe.each(DKIM_KEY_TYPES)('a %s key pair made by the bench', (keyType) => {
  it('signs a message that passes DKIM with the generated record published, as strings and as the cleaned zone line', async () => {
    const key = await generated(keyType);
    const message = await signedWith(key);
    const want = [`example.org/${key.selector}: pass`];
    expect(await dkimResult(message, key, key.strings)).toEqual(want);
    expect(key.strings.every((s) => new TextEncoder().encode(s).length <= 255)).toBe(true);
    const pasted = cleanDkimRecord(key.zoneFile);
    expect(pasted).toMatchObject({ value: key.record, form: 'zone-file', name: `${key.selector}._domainkey`, commentDomain: 'example.org' });
    expect(await dkimResult(message, key, pasted.value)).toEqual(want);
    // A record that is one character off fails: the pass above came from this key.
    const other = await generated(keyType);
    expect(await dkimResult(message, key, other.record)).toEqual([`example.org/${key.selector}: fail`]);
  });

  it('reads back as the key it is, and its private key matches it and not another', async () => {
    const key = await generated(keyType);
    const report = readDkimRecord(key.record);
    expect(report.key).toEqual(keyType === 'ed25519' ? { type: 'ed25519', bits: 256, form: 'raw' } : { type: 'rsa', bits: keyType === 'rsa2048' ? 2048 : 3072, form: 'spki' });
    expect(report.findings.filter((f) => f.level !== 'info')).toEqual([]);
    const p = report.tags.find((tag) => tag.name === 'p')!.value;
    const k = keyType === 'ed25519' ? 'ed25519' : 'rsa';
    expect((await matchPrivateKey(key.privateKeyPem, p, k)).result).toBe('match');
    expect((await matchPrivateKey((await generated(keyType)).privateKeyPem, p, k)).result).toBe('mismatch');
    expect(key.privateKeyPem).toMatch(keyType === 'ed25519' ? /^-----BEGIN PRIVATE KEY-----\n/ : /^-----BEGIN RSA PRIVATE KEY-----\n/);
  });
});

describe('the forms and setup lines of a generated key', () => {
  it('writes opendkim-genkey\'s zone line, the provider form and the seed\'s OpenDKIM and Postfix lines', async () => {
    const key = await generated('rsa2048');
    expect(key.zoneFile).toMatch(/^s-rsa2048\._domainkey\tIN\tTXT\t\( "v=DKIM1; k=rsa; "\n\t {2}"p=[A-Za-z0-9+/]{253}"\n\t {2}"[A-Za-z0-9+/=]+" \) {2}; ----- DKIM key s-rsa2048 for example\.org$/);
    expect(key.provider).toEqual({ host: 's-rsa2048._domainkey', fullName: 's-rsa2048._domainkey.example.org', type: 'TXT', value: key.record });
    const lines = Object.fromEntries(key.setup.map((file) => [file.id, file.lines]));
    expect(lines['key-table']).toEqual(['s-rsa2048._domainkey.example.org example.org:s-rsa2048:/etc/opendkim/keys/example.org/s-rsa2048.private']);
    expect(lines['signing-table']).toEqual(['*@example.org s-rsa2048._domainkey.example.org']);
    expect(lines['trusted-hosts']).toEqual(['127.0.0.1', '::1', 'localhost']);
    expect(lines['postfix-main-cf']).toEqual(['milter_default_action = accept', 'milter_protocol = 6', 'smtpd_milters = inet:localhost:8892', 'non_smtpd_milters = inet:localhost:8892']);
    expect(lines['opendkim-conf']).toContain('Socket                  inet:8892@localhost');
  });

  it('refuses a selector or domain that is no DNS name, and says so instead of throwing', async () => {
    expect(await generateDkimKey({ keyType: 'ed25519', selector: 'bad selector', domain: 'example.org' })).toMatchObject({ ok: false, code: 'bad-selector' });
    expect(await generateDkimKey({ keyType: 'ed25519', selector: 's1', domain: 'localhost' })).toMatchObject({ ok: false, code: 'bad-domain' });
    expect(await generateDkimKey({ keyType: 'ed25519', selector: 's1', domain: 'example.org', subtle: null })).toMatchObject({ ok: false, code: 'no-webcrypto' });
  });
});
