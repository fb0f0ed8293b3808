// Sharing in the page, in Chromium against the production build: make a
// link, open it in a fresh browser context with the DNS server gone, and
// get the same verdicts; a damaged link says so; the printed report holds
// the verdict and the hops.

import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { DIST } from './harness.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';
import { analyseWith as analyseWithCase, linkFor, linkWithPreset, openShareDialog } from './share-page.ts';
import type { Browser } from 'playwright-core';
import { decodeShareLink } from '../../src/core/share/share-link.ts';
import { messageBytes } from '../../src/core/share/share-state.ts';

const ARTIFACTS = new URL('../../test-results/', import.meta.url).pathname;

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

const analyseWith = (page: Page, doh: DohServer, caseName: string) => analyseWithCase(page, site.url, doh, caseName);

const words = (page: Page) => page.locator('[data-verdict] [data-result]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-result')));

describe('sharing', () => {
  it('a link opened elsewhere, with the DNS server gone, gives the same verdicts and asks nothing', async () => {
    const doh = await startDohServer();
    const sender = await browser.newPage();
    await analyseWith(sender, doh, 'hops-amavis-top-spf');
    const before = await words(sender);
    await openShareDialog(sender);
    const link = await linkWithPreset(sender, 'private');
    expect(link.startsWith(`${site.url}/#v3.`)).toBe(true);
    // Chromium's coder and Node's agree bit for bit: the page's link opens in Node to the message analysed
    // (as pasted: the text area gives its line ends as LF).
    const inNode = await decodeShareLink(link);
    const pasted = new TextDecoder().decode(readCase(`${OWN_CASES}hops-amavis-top-spf`).message).replaceAll('\r\n', '\n');
    expect(inNode.ok && new TextDecoder().decode(messageBytes(inNode.state.message))).toBe(pasted);
    await doh.close();

    const context = await browser.newContext();
    const recipient = await context.newPage();
    const requests: string[] = [];
    recipient.on('request', (request) => requests.push(request.url()));
    await recipient.goto(link);
    await recipient.getByRole('heading', { name: 'Opened from a share' }).waitFor();
    await recipient.locator('[data-verdict="DMARC"] [data-result]').waitFor();
    expect(await words(recipient)).toEqual(before);
    expect(requests.every((url) => url.startsWith(site.url))).toBe(true);
    await context.close();
    await sender.close();
  });

  it('a redacted link hides what was redacted and carries the verdicts from before', async () => {
    const doh = await startDohServer();
    const page = await browser.newPage();
    await analyseWith(page, doh, 'dmarc-relaxed-dkim-subdomain');
    await openShareDialog(page);
    await page.getByRole('checkbox', { name: 'Local parts of addresses' }).check();
    await page.getByRole('checkbox', { name: 'IP addresses' }).check();
    const link = await linkFor(page, ['local-parts', 'ip-addresses']);
    await doh.close();
    const opened = await browser.newPage();
    await opened.goto(link);
    await opened.locator('[data-before-redaction]').waitFor();
    const text = await opened.locator('body').innerText();
    expect(text).not.toContain('alice@');
    expect(text).toContain('pass');
    await Promise.all([page.close(), opened.close()]);
  });

  it('a damaged link gets a clear message, not a blank page', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/#v1.this-is-not-a-share`);
    const alert = page.locator('[data-problem^="share-"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('could not be opened');
    await page.goto(`${site.url}/#v9.AAAA`);
    await page.reload();
    await page.locator('[data-problem="share-newer-version"]').waitFor();
    expect(await page.getByLabel('Raw message').isVisible()).toBe(true);
    await page.close();
  });

  it('the printed report holds the verdict and the hops', async () => {
    const doh = await startDohServer();
    const page = await browser.newPage();
    await analyseWith(page, doh, 'hops-amavis-top-spf');
    const pdf = await page.pdf({ format: 'A4' });
    const file = `${ARTIFACTS}report.pdf`;
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain('Mail Lab report');
    expect(text).toMatch(/SPF[\s\S]*pass/);
    expect(text).toContain('DMARC');
    const fixture = readCase(`${OWN_CASES}hops-amavis-top-spf`);
    for (const hop of fixture.expect.hops ?? []) if (hop.by) expect(text).toContain(hop.by);
    expect(text).not.toContain('Share or export');
    await page.close();
    await doh.close();
  });
});
