// The DKIM bench on the command line: runDkimRecord (which `--record dkim`
// calls) reads a pasted value or looks up DOMAIN:SELECTOR; `--dkim-keygen`
// prints a key pair's record, private key and setup lines, as text and JSON.

import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { runDkimRecord, dkimLookupTarget } from '../../src/cli/records/dkim.ts';
import { createZoneResolver } from '../../src/dns/create-resolver.ts';
import { readDkimRecord } from '../../src/core/records/dkim/read-record.ts';
import type { GeneratedDkimKey } from '../../src/core/records/dkim/generate-key.ts';
import type { DkimLiveCheck } from '../../src/core/records/dkim/live-check.ts';
import { SEED_ZONE_LINE } from '../core/records/dkim/seed-record.ts';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

const ED25519 = 'v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
const resolver = createZoneResolver({ records: { 'brisbane._domainkey.football.example.com': { TXT: [ED25519] } } });

async function record(value: string, json = false) {
  const out: string[] = [];
  const code = await runDkimRecord(value, { json, resolver }, (line) => out.push(line));
  return { code, text: out.join('\n') };
}

describe('runDkimRecord', () => {
  it('reads opendkim-genkey\'s zone line as text: the clean value, the key, every tag', async () => {
    const { code, text } = await record(SEED_ZONE_LINE);
    expect(code).toBe(0);
    expect(text).toMatch(/^DKIM key record \(zone-file, name 20201110\._domainkey, for stefanux\.net\): PASS\n {2}value {8}v=DKIM1; h=sha256; k=rsa; s=email; p=MIIB/);
    expect(text).toContain('  key          rsa, 2048 bits (spki)');
    expect(text).toContain('  s=           email  — Service types the key is for');
  });

  it('gives JSON, and exit 1 for a record verifiers cannot use', async () => {
    const { code, text } = await record('v=DKIM1; k=rsa; p=', true);
    expect(code).toBe(1);
    expect(JSON.parse(text)).toEqual(readDkimRecord('v=DKIM1; k=rsa; p='));
  });

  it('looks up DOMAIN:SELECTOR and selector._domainkey.domain through the resolver', async () => {
    expect(dkimLookupTarget('football.example.com:brisbane')).toEqual({ domain: 'football.example.com', selector: 'brisbane' });
    expect(dkimLookupTarget('brisbane._domainkey.football.example.com.')).toEqual({ domain: 'football.example.com', selector: 'brisbane' });
    expect(dkimLookupTarget(ED25519)).toBeNull();
    const { code, text } = await record('football.example.com:brisbane', true);
    expect(code).toBe(0);
    expect((JSON.parse(text) as DkimLiveCheck).report?.key).toEqual({ type: 'ed25519', bits: 256, form: 'raw' });
    expect((await record('brisbane._domainkey.football.example.com')).text).toMatch(/^Published key brisbane\._domainkey\.football\.example\.com: The key at .* is published and parses \(ed25519, 256 bits\)\./);
    expect((await record('football.example.com:absent')).code).toBe(1);
  });
});

describe('mail-lab --dkim-keygen', () => {
  it('prints the record in both forms, the private key and the setup lines', async () => {
    const { code, out } = await cli('--dkim-keygen', 'mail2026', 'example.org');
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^# mail2026\.txt — the DNS record in zone-file form \(opendkim-genkey's\)\nmail2026\._domainkey\tIN\tTXT\t\( "v=DKIM1; k=rsa; "/);
    expect(text).toContain('\n-----BEGIN RSA PRIVATE KEY-----\n');
    expect(text).toContain('\n# /etc/opendkim/key.table\nmail2026._domainkey.example.org example.org:mail2026:/etc/opendkim/keys/example.org/mail2026.private\n');
    expect(text).toContain('\nsmtpd_milters = inet:localhost:8892\nnon_smtpd_milters = inet:localhost:8892\n');
  });

  it('prints JSON with --json and --key-type ed25519; the record read back is an Ed25519 key', async () => {
    const { code, out } = await cli('--dkim-keygen', 's1', 'example.org', '--key-type', 'ed25519', '--json');
    expect(code).toBe(0);
    const key = JSON.parse(out[0]!) as GeneratedDkimKey;
    expect(readDkimRecord(key.record).key).toEqual({ type: 'ed25519', bits: 256, form: 'raw' });
    expect(key.notes.map((note) => note.en)).toEqual([expect.stringMatching(/^Not every receiver verifies Ed25519 yet: sign with an RSA key as well/)]);
    expect(key.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
  });

  it('refuses a bad selector, a missing DOMAIN, an unknown key type, and INPUT beside it (exit 2)', async () => {
    expect((await cli('--dkim-keygen', 'no good', 'example.org')).code).toBe(2);
    expect((await cli('--dkim-keygen', 's1')).err[0]).toMatch(/--dkim-keygen needs a SELECTOR and a DOMAIN/);
    expect((await cli('--dkim-keygen', 's1', 'example.org', '--key-type', 'dsa')).err[0]).toMatch(/--key-type: "dsa" is not one of rsa2048, rsa3072, ed25519/);
    expect((await cli('--dkim-keygen', 's1', 'example.org', 'message.eml')).code).toBe(2);
    expect((await cli('--key-type', 'ed25519', 'message.eml')).code).toBe(2);
  });
});
