// The sender checklist in Chromium against the production build and a
// local DNS-over-HTTPS server answering from the sender tests' frozen zone:
// a pasted message shows the items its sending server fails (in the
// summary and the Sender tab), "Check a domain" gives a domain's checklist,
// and nothing but the chosen resolver is ever asked.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { SENDER_ZONE } from '../core/sender/sender-zone.ts';

let harness: Harness;
let context: BrowserContext;
let page: Page;
let requests: string[];

const homeLine = readFileSync(new URL('../core/sender/messages/home-line.eml', import.meta.url), 'utf8');

beforeAll(async () => {
  harness = await startHarness();
  harness.doh.setZone(SENDER_ZONE);
});
afterAll(async () => {
  await harness?.close();
});

beforeEach(async () => {
  await context?.close();
  context = await harness.browser.newContext({ locale: 'en-GB' });
  page = await context.newPage();
  requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(harness.site.url);
});

async function settings(options: { blocklists: boolean }): Promise<void> {
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('DNS resolver').selectOption('custom');
  await page.getByLabel('DNS-over-HTTPS URL').fill(harness.doh.url);
  await page.getByLabel('Ask DNS blocklists about the sender').setChecked(options.blocklists);
  await page.getByText('Settings', { exact: true }).click();
}

const failed = () => page.locator('#panel-sender [data-score-item][data-status="fail"]').evaluateAll((items) => items.map((item) => item.getAttribute('data-score-item')));
const onlyTheResolver = () => [...new Set(requests.map((url) => new URL(url).origin))].sort();

describe('the sender checklist in the page', () => {
  it('shows the items a home-line sender fails in the summary and the Sender tab, blocklist codes explained', async () => {
    await settings({ blocklists: true });
    await page.getByLabel('Raw message').fill(homeLine);
    await page.getByRole('button', { name: 'Analyse' }).click();
    const chip = page.locator('[data-story-finding="sender-checklist"]');
    await chip.waitFor();
    expect(await chip.innerText()).toBe('Sending server: dynamic-looking address, HELO name, envelope domain takes no mail, address blocklisted');
    await chip.click();
    expect(await page.locator('#panel-sender').isVisible()).toBe(true);
    expect(await failed()).toEqual(['static-ip', 'helo', 'envelope-domain', 'blocklist-ip']);
    const listed = page.locator('#panel-sender [data-score-item="blocklist-ip"][data-status="fail"]');
    expect(await listed.innerText()).toContain('127.0.0.10 PBL, set by the ISP');
    expect(await page.locator('#panel-sender [data-score-item="open-relay"]').innerText()).toContain('swaks --server 10-113-0-203.dynamic.isp.example');
    expect(await page.locator('[data-blocklists-off]').count()).toBe(0);
    expect(onlyTheResolver()).toEqual([harness.site.url, new URL(harness.doh.url).origin].sort());
  });

  it('asks no blocklist unless the setting is on, and says so', async () => {
    await settings({ blocklists: false });
    const before = harness.doh.requests.length;
    await page.getByLabel('Raw message').fill(homeLine);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-story-finding="sender-checklist"]').waitFor();
    await page.getByRole('tab', { name: 'Sender' }).click();
    expect(await failed()).toEqual(['static-ip', 'helo', 'envelope-domain']);
    expect(await page.locator('[data-blocklists-off]').isVisible()).toBe(true);
    const asked = harness.doh.requests.slice(before).map((request) => request.name ?? '');
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((name) => /spamhaus|spamcop|barracuda|surriel|mailspike|uceprotect/.test(name))).toEqual([]);
  });

  it('checks a domain: a CNAME\'d MX target and one without an address fail, asking only the resolver', async () => {
    await settings({ blocklists: false });
    await page.getByText('Check a domain').click();
    await page.locator('[data-domain-check]').getByLabel('Domain', { exact: true }).fill('cname-mx.example');
    await page.locator('[data-domain-check]').getByLabel('DKIM selectors (optional, comma-separated)').fill('s1');
    await page.locator('[data-domain-check]').getByRole('button', { name: 'Check', exact: true }).click();
    const result = page.locator('[data-domain-result]');
    await result.locator('[data-score-item]').first().waitFor();
    const items = await result.locator('[data-score-item]').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-score-item')} ${n.getAttribute('data-status')}`));
    expect(items).toEqual(['mx pass', 'mx-targets fail', 'spf warn', 'dmarc warn', 'dkim fail', 'mta-sts fail', 'tls-rpt warn', 'bimi warn']);
    expect(await result.locator('[data-score-item="mx-targets"]').innerText()).toContain('alias.cname-mx.example is an alias (CNAME mail.example.com)');
    expect(onlyTheResolver()).toEqual([harness.site.url, new URL(harness.doh.url).origin].sort());
  });

  it('reads a null MX over DNS-over-HTTPS as RFC 7505 says', async () => {
    await settings({ blocklists: false });
    await page.getByText('Check a domain').click();
    await page.locator('[data-domain-check]').getByLabel('Domain', { exact: true }).fill('nullmx.example');
    await page.locator('[data-domain-check]').getByRole('button', { name: 'Check', exact: true }).click();
    const mx = page.locator('[data-domain-result] [data-score-item="mx"]');
    await mx.waitFor();
    expect(await mx.getAttribute('data-status')).toBe('warn');
    expect(await mx.innerText()).toContain('null MX (RFC 7505)');
  });
});
