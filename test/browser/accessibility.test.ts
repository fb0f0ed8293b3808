// axe-core, run inside the page on the main views (input, verdict with its
// details open, DNS evidence, error panel), in both themes and languages:
// no serious or critical violation. Screenshots of each view are kept in
// test-results/screenshots as artifacts.

import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe in the page (evaluated through the debugging protocol, so the page's CSP does not block it). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function openAnalysed(caseName: string, options: { colorScheme: 'light' | 'dark'; locale: string }): Promise<Page> {
  const context = await harness.browser.newContext({ colorScheme: options.colorScheme, locale: options.locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(harness.site.url);
  const fixture = readCase(`${OWN_CASES}${caseName}`);
  harness.doh.setZone(fixture.zone);
  await page.locator('summary').first().click();
  await page.locator('select').first().selectOption('custom');
  await page.locator('input[type=url]').fill(harness.doh.url);
  await page.locator('summary').first().click();
  await page.locator('#raw-message').fill(new TextDecoder().decode(fixture.message));
  await page.locator('button.run').click();
  await page.locator('#results[data-completed="1"]').waitFor();
  return page;
}

describe('accessibility and looks', () => {
  for (const [caseName, colorScheme, locale] of [
    ['hops-amavis-top-spf', 'light', 'en-GB'],
    ['hops-greylist-postgrey', 'dark', 'de-DE'],
    ['bounce-userunknown', 'light', 'de-DE'],
    ['headers-lookalike-domain', 'dark', 'en-GB'],
  ] as const) {
    it(`has no serious violations on any view (${caseName}, ${colorScheme}, ${locale})`, async () => {
      const page = await openAnalysed(caseName, { colorScheme, locale });
      const name = `${caseName}-${colorScheme}-${locale}`;
      expect(await seriousViolations(page), 'input and first view').toEqual([]);
      // The result's tabs; the record workbench's own stay closed in their details.
      const tabs = page.locator('#results').getByRole('tab');
      for (let index = 0; index < (await tabs.count()); index++) {
        await tabs.nth(index).click();
        const panel = page.locator('#results [role=tabpanel]:not([hidden])');
        // Open what can be opened: verdict cards, header entries, hop details.
        for (const summary of await panel.locator('summary').all()) await summary.click();
        for (const button of await panel.getByRole('button', { name: /^(Details|Einzelheiten)/ }).all()) await button.click();
        const tab = (await tabs.nth(index).innerText()).trim();
        expect(await seriousViolations(page), tab).toEqual([]);
        await page.screenshot({ path: `${SHOTS}${name}-${index}-${tab.replace(/\W+/g, '_')}.png`, fullPage: true });
      }
      await page.locator('summary').first().click();
      expect(await seriousViolations(page), 'settings open').toEqual([]);
      await page.context().close();
    });
  }

  for (const [colorScheme, locale] of [
    ['light', 'en-GB'],
    ['dark', 'de-DE'],
  ] as const) {
    it(`the share dialog, a redacted link and its re-check have no serious violations (${colorScheme}, ${locale})`, async () => {
      const page = await openAnalysed('sample-phishing', { colorScheme, locale });
      await page.locator('.share .opener').click();
      await page.locator('dialog[data-share-dialog][open]').waitFor();
      expect(await seriousViolations(page), 'dialog, private').toEqual([]);
      await page.locator('[data-preset="public"]').check();
      await page.locator('[data-made-for="body,local-parts,addresses,display-names,ip-addresses,internal-hosts,message-ids,tenant-ids"]').waitFor();
      expect(await seriousViolations(page), 'dialog, public forum').toEqual([]);
      await page.screenshot({ path: `${SHOTS}share-dialog-${colorScheme}-${locale}.png` });
      const link = await page.locator('[data-share-dialog] input[readonly]').inputValue();

      // The recipient, with no network but the site: the claimed verdicts, then a re-check that cannot run.
      await page.context().route('**/*', (route) => (route.request().url().startsWith(harness.site.url) ? route.continue() : route.abort('internetdisconnected')));
      const opened = await page.context().newPage();
      await opened.goto(link);
      await opened.locator('[data-verdict] [data-claim]').first().waitFor();
      await opened.locator('[data-shared-banner] button').click();
      await opened.locator('[data-recheck^="blocked-"]').waitFor();
      expect(await seriousViolations(opened), 'redacted link, re-check').toEqual([]);
      await opened.screenshot({ path: `${SHOTS}shared-redacted-${colorScheme}-${locale}.png`, fullPage: true });
      await page.context().close();
    });
  }

  it('the error panel has no serious violations', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.route(`**${harness.workerPath}`, (route) => route.fulfill({ contentType: 'text/javascript', body: 'throw new Error("boom");' }));
    await page.goto(harness.site.url);
    await page.locator('#raw-message').fill('From: a@example.com\n\nhi\n');
    await page.locator('button.run').click();
    await page.locator('[data-problem]').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}error-panel.png`, fullPage: true });
    await context.close();
  });
});
