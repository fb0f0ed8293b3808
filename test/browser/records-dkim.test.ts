// The DKIM bench in Chromium against the production build: opendkim-genkey's
// zone line pasted and explained; a key pair made in the page with no
// request at all; a message signed in the test with the page's private key
// passes DKIM in the page once the page's record (pasted back and cleaned,
// or as its strings) is published; the published key checked like
// opendkim-testkey with the private key compared; keyboard use, German, axe.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { SEED_ZONE_LINE } from '../core/records/dkim/seed-record.ts';
import { signMessage } from '../core/records/dkim/sign-message.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOW = new Date();

let harness: Harness;
let context: BrowserContext;
let page: Page;
let requests: string[];

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openBench(locale = 'en-GB'): Promise<void> {
  await context?.close();
  context = await harness.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(harness.site.url);
  await page.locator('#record-workbench > summary').click();
  // Showing the bench starts its worker: waited for, so the audit of key generation starts after it.
  const workerLoaded = page.waitForResponse((response) => /\/assets\/records-entry-[\w-]+\.js$/.test(response.url()));
  await page.getByRole('tab', { name: 'DKIM' }).click();
  await workerLoaded;
}

/** The DKIM bench's panel: "Check a domain" has a Domain field of its own. */
const bench = () => page.locator('#panel-record-dkim');

async function useLocalResolver(): Promise<void> {
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('DNS resolver').selectOption('custom');
  await page.getByLabel('DNS-over-HTTPS URL').fill(harness.doh.url);
  await page.getByText('Settings', { exact: true }).click();
}

/** Makes a key pair in the page and returns what it shows: the zone line, the provider value and the private key. */
async function makeKey(selector: string, keyType: 'rsa2048' | 'ed25519'): Promise<{ zoneFile: string; value: string; privateKey: string }> {
  await bench().getByLabel('Selector', { exact: true }).last().fill(selector);
  await bench().getByLabel('Domain', { exact: true }).last().fill('example.org');
  await page.getByLabel('Key type').selectOption(keyType);
  const before = requests.length;
  await page.getByRole('button', { name: 'Make key pair' }).click();
  await page.locator(`[data-dkim-generated="${keyType}"]`).waitFor();
  // The private key never leaves the page: making it asked nothing of anyone.
  expect(requests.slice(before)).toEqual([]);
  const text = (out: string) => page.locator(`[data-out="${out}"]`).innerText();
  return { zoneFile: await text('zone-file'), value: await text('provider-value'), privateKey: await text('private-key') };
}

async function signed(privateKey: string, selector: string, keyType: 'rsa2048' | 'ed25519'): Promise<string> {
  const message = ['From: Alice <alice@example.org>', 'To: bob@example.net', 'Subject: Key made in the page', `Date: ${NOW.toUTCString().replace('GMT', '+0000')}`, `Message-ID: <${selector}@example.org>`, '', 'Hello.', ''].join('\r\n');
  return signMessage(message, { domain: 'example.org', selector, privateKeyPem: privateKey, ed25519: keyType === 'ed25519' }, NOW);
}

async function dkimInPage(message: string): Promise<string | null> {
  await page.getByLabel('Raw message').fill(message);
  await page.getByRole('button', { name: 'Analyse' }).click();
  const word = page.locator('[data-verdict^="DKIM"] [data-result]').first();
  await word.waitFor();
  return word.getAttribute('data-result');
}

describe('the DKIM bench in the page', () => {
  beforeEach(async () => {
    await openBench();
  });

  it('explains opendkim-genkey\'s zone line as it is pasted: the clean value, the key and every tag', async () => {
    await page.getByLabel('DKIM record, or the zone line opendkim-genkey wrote').fill(SEED_ZONE_LINE);
    const record = page.locator('[data-dkim-record]');
    await record.waitFor();
    expect(await record.getAttribute('data-status')).toBe('pass');
    expect(await page.locator('[data-dkim-clean]').innerText()).toMatch(/^v=DKIM1; h=sha256; k=rsa; s=email; p=MIIBIjAN[^\s"]+IDAQAB$/);
    expect(await page.locator('[data-dkim-key]').innerText()).toBe('Key: RSA, 2048 bits (SubjectPublicKeyInfo)');
    expect(await record.locator('[data-tag]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-tag')))).toEqual(['v', 'h', 'k', 's', 'p']);
    // The line named the selector and its comment the domain: both are offered for the live check.
    expect(await bench().getByLabel('Selector', { exact: true }).first().inputValue()).toBe('20201110');
    expect(await bench().getByLabel('Domain', { exact: true }).first().inputValue()).toBe('stefanux.net');
  });

  it('makes an RSA key pair with no request; a message signed with it passes DKIM with the zone line pasted back and cleaned', async () => {
    const key = await makeKey('page2048', 'rsa2048');
    expect(key.zoneFile).toMatch(/^page2048\._domainkey\tIN\tTXT\t\( "v=DKIM1; k=rsa; "/);
    expect(key.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----\n/);
    await page.getByLabel('DKIM record, or the zone line opendkim-genkey wrote').fill(key.zoneFile);
    await page.locator('[data-dkim-record][data-status="pass"]').waitFor();
    const cleaned = await page.locator('[data-dkim-clean]').innerText();
    expect(cleaned).toBe(key.value);
    harness.doh.setZone({ records: { 'page2048._domainkey.example.org': { TXT: [cleaned] } } });
    await useLocalResolver();
    expect(await dkimInPage(await signed(key.privateKey, 'page2048', 'rsa2048'))).toBe('pass');
  });

  it('makes an Ed25519 key pair; published as its strings it passes, and the live check finds it and matches the private key', async () => {
    const key = await makeKey('page25519', 'ed25519');
    const strings = [...key.zoneFile.matchAll(/"([^"]*)"/g)].map((match) => match[1]!);
    expect(strings.join('')).toBe(key.value);
    harness.doh.setZone({ records: { 'page25519._domainkey.example.org': { TXT: [strings] } } });
    await useLocalResolver();
    await page.getByLabel('Private key, to check that it matches (optional)').fill(key.privateKey);
    await bench().getByLabel('Selector', { exact: true }).first().fill('page25519');
    await bench().getByLabel('Domain', { exact: true }).first().fill('example.org');
    await page.getByRole('button', { name: 'Check published key' }).click();
    await page.locator('[data-dkim-lookup] [data-outcome="published"]').waitFor();
    expect(await page.locator('[data-dkim-lookup] [data-key-match]').getAttribute('data-key-match')).toBe('match');
    expect(await dkimInPage(await signed(key.privateKey, 'page25519', 'ed25519'))).toBe('pass');
  });

  it('is usable from the keyboard: tab to the key form, make a key with Enter', async () => {
    await bench().getByLabel('Selector', { exact: true }).last().focus();
    await page.keyboard.type('kbd');
    await page.keyboard.press('Tab');
    await page.keyboard.type('example.org');
    await page.keyboard.press('Enter');
    await page.locator('[data-dkim-generated="rsa2048"]').waitFor();
    expect(await page.locator('[data-out="key-table"]').innerText()).toBe('kbd._domainkey.example.org example.org:kbd:/etc/opendkim/keys/example.org/kbd.private');
  });
});

describe('the DKIM bench in German', () => {
  it('speaks German and is axe-core clean with a record read and a key made', async () => {
    await openBench('de-DE');
    await page.getByLabel('DKIM-Eintrag oder die Zonenzeile von opendkim-genkey').fill('v=DKIM1; k=rsa; t=y; h=sha1; p=');
    await page.locator('[data-dkim-record][data-status="fail"]').waitFor();
    expect(await page.locator('[data-finding="revoked"]').innerText()).toMatch(/^Fehler p= ist leer: Der Schlüssel ist widerrufen/);
    expect(await page.locator('[data-finding="testing"]').innerText()).toMatch(/^Warnung t=y/);
    await bench().getByLabel('Selektor', { exact: true }).last().fill('s1');
    await bench().getByLabel('Domain', { exact: true }).last().fill('example.org');
    await page.getByRole('button', { name: 'Schlüsselpaar erzeugen' }).click();
    await page.locator('[data-dkim-generated]').waitFor();
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(context: string): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run('#record-workbench')).violations;
    });
    expect(violations.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
