// The record workbench's SPF and DMARC benches in Chromium, against the
// production build and a local DNS-over-HTTPS server: a record opened from
// the analysis's DNS evidence, a domain checked by keyboard alone in
// German, the generators, axe, and nothing asked but the chosen resolver.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const fixture = readCase(`${OWN_CASES}hops-amavis-top-spf`);

const ZONE = {
  records: {
    ...fixture.zone.records,
    'example.com': { TXT: ['v=spf1 mx include:_spf.provider.example ~all'], MX: [{ priority: 10, exchange: 'mx.example.com' }] },
    'mx.example.com': { A: ['192.0.2.25'] },
    '_spf.provider.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:agg@reports.example.net,mailto:x@other.example'] },
    'example.com._report._dmarc.reports.example.net': { TXT: ['v=DMARC1'] },
  },
};

let harness: Harness;
let context: BrowserContext;
let page: Page;
let requests: string[];

beforeAll(async () => {
  harness = await startHarness();
  harness.doh.setZone(ZONE);
});
afterAll(async () => {
  await harness?.close();
});

async function open(locale: string): Promise<void> {
  await context?.close();
  context = await harness.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(harness.site.url);
  // The custom resolver: the local DoH server.
  await page.locator('summary').first().click();
  await page.locator('select').first().selectOption('custom');
  await page.locator('input[type=url]').fill(harness.doh.url);
  await page.locator('summary').first().click();
}

beforeEach(() => {
  requests = [];
});

async function seriousViolations(): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const onlyTheResolver = () => [...new Set(requests.map((url) => new URL(url).origin))].sort();

describe('the record workbench', () => {
  it('opens an SPF record from the DNS evidence and shows its evaluation tree', async () => {
    await open('en-GB');
    await page.locator('#raw-message').fill(new TextDecoder().decode(fixture.message));
    await page.locator('button.run').click();
    await page.locator('#results[data-completed="1"]').waitFor();
    await page.getByRole('tab', { name: 'DNS evidence' }).click();
    // The workbench's worker is started by its first use, not by the page.
    expect(requests.filter((url) => /records-entry/.test(url))).toEqual([]);
    await page.getByRole('button', { name: 'Open in the workbench: the SPF record at example.net' }).click();
    const result = page.locator('[data-spf-result]');
    await result.locator('[data-spf-tree]').waitFor();
    expect(await page.locator('#record-workbench').getAttribute('open')).not.toBeNull();
    expect(await page.getByRole('tab', { name: 'SPF' }).getAttribute('aria-selected')).toBe('true');
    expect(await result.locator('[data-spf-record]').innerText()).toBe('v=spf1 ip4:192.0.2.100 -all');
    expect(await result.locator('[data-spf-term="ip4"]').innerText()).toContain('No DNS lookup');
    expect(await result.locator('[data-finding="spf-dash-all"]').count()).toBe(1);
    expect(onlyTheResolver()).toEqual([harness.site.url, new URL(harness.doh.url).origin].sort());
  });

  it('checks a domain by keyboard in German, SPF and DMARC, axe-clean, asking only the resolver', async () => {
    await open('de-DE');
    const workbench = page.locator('#record-workbench > summary');
    await workbench.focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('SPF-Eintrag oder Domain').focus();
    await page.keyboard.type('example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const spf = page.locator('[data-spf-result] [data-spf-tree]');
    await spf.waitFor();
    expect(await spf.getAttribute('data-lookups')).toBe('2');
    expect(await page.locator('[data-spf-branch="_spf.provider.example"]').innerText()).toContain('v=spf1 ip4:198.51.100.0/24 -all');
    expect(await page.locator('[data-spf-result]').innerText()).toContain('Auswertungsbaum: 2 von 10 DNS-Abfragen');

    // The tabs by arrow keys (WAI-ARIA), then the DMARC check.
    await page.getByRole('tab', { name: 'SPF' }).focus();
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'DMARC' }).getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('DMARC-Eintrag oder Domain').fill('example.com');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dmarc = page.locator('[data-dmarc-result]');
    await dmarc.locator('[data-dmarc-tag="p"]').waitFor();
    expect(await dmarc.locator('[data-dmarc-tag="adkim"] td').first().innerText()).toBe('r (Vorgabe)');
    const auth = await dmarc.locator('[data-report-uri]').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-report-uri')} ${item.getAttribute('data-authorisation')}`));
    expect(auth).toEqual(['agg@reports.example.net authorised', 'x@other.example not-authorised']);

    // The generator writes as it is typed, and its roll-out is there.
    await page.locator('[data-generator="dmarc"] > summary').click();
    await page.getByLabel('Richtlinie (p=)').selectOption('reject');
    await page.getByLabel('Sammelberichte an (rua=, mit Komma getrennt)').fill('dmarc@example.com');
    await expect.poll(() => page.locator('[data-generated-dmarc]').innerText()).toBe('v=DMARC1; p=reject; rua=mailto:dmarc@example.com');
    expect(await page.locator('[data-generator="dmarc"] .rollout li').count()).toBe(5);
    expect(await seriousViolations()).toEqual([]);
    expect(onlyTheResolver()).toEqual([harness.site.url, new URL(harness.doh.url).origin].sort());
  });

  it('generates an SPF record, rejects a bad entry as it is typed, and counts its lookups', async () => {
    await open('en-GB');
    await page.locator('#record-workbench > summary').click();
    await page.locator('[data-generator="spf"] > summary').click();
    await page.getByLabel('Your domain').first().fill('example.com');
    await page.getByLabel('Further IPv4 addresses or networks (ip4:)').fill('203.0.113.0/24, 10.0.0.0/33');
    await page.getByLabel('Other includes (domains)').fill('_spf.provider.example');
    await expect.poll(() => page.locator('[data-generated-spf]').innerText()).toBe('v=spf1 mx ip4:203.0.113.0/24 include:_spf.provider.example ~all');
    expect(await page.locator('[data-generator="spf"] [role=alert]').innerText()).toContain('“10.0.0.0/33” left out');
    await page.locator('[data-generator="spf"]').getByRole('button', { name: 'Check' }).click();
    await page.locator('[data-generated-lookups="2"]').waitFor();
    expect(await seriousViolations()).toEqual([]);
    expect(onlyTheResolver()).toEqual([harness.site.url, new URL(harness.doh.url).origin].sort());
  });
});
