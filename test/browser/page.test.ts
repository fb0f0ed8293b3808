// The page as a user drives it, in Chromium against the production build:
// paste or open a message, read the verdicts, and what happens when input
// is bad or the worker dies or hangs. Network use is asserted throughout.

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

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

beforeEach(async () => {
  await context?.close();
  context = await harness.browser.newContext({ locale: 'en-GB' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.url });
  page = await context.newPage();
  requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(harness.site.url);
});

async function useLocalResolver(): Promise<void> {
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('DNS resolver').selectOption('custom');
  await page.getByLabel('DNS-over-HTTPS URL').fill(harness.doh.url);
  await page.getByText('Settings', { exact: true }).click();
}

const verdictWords = () => page.locator('[data-verdict] [data-result]').evaluateAll((words) => words.map((w) => w.getAttribute('data-result')));

describe('the page', () => {
  it('analyses a pasted message at once, asking only the chosen resolver', async () => {
    const fixture = readCase(`${OWN_CASES}inferred-postfix-spf-pass`);
    harness.doh.setZone(fixture.zone);
    await useLocalResolver();
    const text = new TextDecoder().decode(fixture.message);
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.getByLabel('Raw message').focus();
    await page.keyboard.press('Control+V');
    await page.locator('[data-verdict="SPF"] [data-result="pass"]').waitFor();
    expect(await verdictWords()).toEqual(['pass', 'none', 'none', 'none']);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([harness.site.url, new URL(harness.doh.url).origin].sort());
  });

  it('opens an .eml file and analyses it, reading DKIM from the original bytes', async () => {
    const fixture = readCase(`${OWN_CASES}dkim-ed25519`);
    harness.doh.setZone(fixture.zone);
    await useLocalResolver();
    await page.setInputFiles('input[type=file][accept^=".eml"]', { name: 'ed.eml', mimeType: 'message/rfc822', buffer: Buffer.from(fixture.message) });
    await page.locator('[data-verdict^="DKIM"] [data-result]').first().waitFor();
    const dkim = page.locator('[data-verdict^="DKIM"]');
    const expected = fixture.expect.dkim![0]!;
    expect(await dkim.getAttribute('data-verdict')).toBe(`DKIM ${expected.domain} (s=${expected.selector})`);
    expect(await dkim.locator('[data-result]').getAttribute('data-result')).toBe('pass');
  });

  it('in offline mode requests nothing beyond the page itself', async () => {
    const fixture = readCase(`${OWN_CASES}dkim-ed25519`);
    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('DNS resolver').selectOption('offline');
    const before = requests.length;
    await page.getByLabel('Raw message').fill(new TextDecoder().decode(fixture.message));
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-verdict^="DKIM"] [data-result="temperror"]').waitFor();
    const during = requests.slice(before).filter((url) => !url.startsWith(`${harness.site.url}/assets/`));
    expect(during).toEqual([]);
  });

  it('says clearly what is wrong with bad input', async () => {
    await page.setInputFiles('input[type=file][accept^=".eml"]', { name: 'photo.eml', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await expect.poll(() => page.locator('[data-code="binary-input"]').count()).toBe(1);
    expect(await page.locator('[data-code="binary-input"]').innerText()).toContain('binary data');
    await page.getByLabel('Raw message').fill('Hello,\nthis is not a mail message.\n');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await expect.poll(() => page.locator('[data-code="no-header"]').count()).toBe(1);
  });

  it('shows an error panel when the worker crashes, and recovers on retry', async () => {
    await page.route(`**${harness.workerPath}`, (route) => route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("boom");' }));
    await page.getByLabel('Raw message').fill('From: a@example.com\n\nhi\n');
    await page.getByRole('button', { name: 'Analyse' }).click();
    const panel = page.locator('[data-problem="worker-crashed"]');
    await panel.waitFor();
    expect(await panel.getByRole('heading').innerText()).toBe('The analysis could not finish');
    await page.unroute(`**${harness.workerPath}`);
    await panel.getByRole('button', { name: 'Try again' }).click();
    await page.locator('[data-verdict="DKIM"] [data-result="none"]').waitFor();
    expect(await page.locator('[data-problem]').count()).toBe(0);
  });

  it('stops a hung worker with the watchdog and says so', async () => {
    await page.clock.install();
    await page.route(`**${harness.workerPath}`, (route) => route.fulfill({ contentType: 'text/javascript', body: 'self.onmessage = () => {};' }));
    await page.getByLabel('Raw message').fill('From: a@example.com\n\nhi\n');
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.getByRole('button', { name: 'Analysing…' }).waitFor();
    await page.clock.runFor(61_000);
    const panel = page.locator('[data-problem="worker-timeout"]');
    await panel.waitFor();
    // No DNS question was ever outstanding: the watchdog must not blame DNS.
    expect(await panel.getAttribute('data-cause')).toBe('busy');
    expect(await panel.innerText()).toContain('still computing');
    expect(await panel.innerText()).not.toContain('DNS server');
  });

  it('tells a DNS server that does not answer from a busy analysis', async () => {
    const fixture = readCase(`${OWN_CASES}dkim-key-timeout`);
    harness.doh.setZone(fixture.zone);
    await useLocalResolver();
    await page.clock.install();
    await page.getByLabel('Raw message').fill(new TextDecoder().decode(fixture.message));
    await page.getByRole('button', { name: 'Analyse' }).click();
    // The local DNS server holds the key question; the worker waits for it.
    const held = fixture.expect.dkim![0]!;
    await page.locator('.pending').getByText(`TXT ${held.selector}._domainkey.${held.domain}`).waitFor();
    await page.clock.runFor(61_000);
    const panel = page.locator('[data-problem="worker-timeout"]');
    await panel.waitFor();
    expect(await panel.getAttribute('data-cause')).toBe('dns');
    expect(await panel.innerText()).toContain('DNS server does not answer');
  });
});
