// One analysis worker per page language (vite-plugin-one-language.ts), in
// Chromium against the build: a page loads only the worker of its language,
// and a change of language shows the same analysis, Check a domain and
// what-if result in the other language, with the same verdicts and without
// a DNS question, made by the other language's worker from the answers the
// first run recorded.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { analyseWith, linkFor, openShareDialog } from './share-page.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';
import { createApi } from '../../src/worker/api.ts';
import { runDomainCheck } from '../../src/worker/sender-api.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const CASE = 'hops-amavis-top-spf';

/** The bounce sample's first recipient as the core explains it in Node, in both languages. */
async function bounceSample() {
  const samples = new URL('../../src/ui/samples/', import.meta.url);
  const message = readFileSync(new URL('bounce.eml', samples));
  const zone = JSON.parse(readFileSync(new URL('bounce.zone.json', samples), 'utf8')) as ZoneFile;
  const response = await createApi({ fetch }).analyze({ message: message.buffer.slice(message.byteOffset, message.byteOffset + message.byteLength), dns: { kind: 'zone', zone, label: 'sample' }, now: '2026-11-23T16:00:00Z' });
  const recipient = response.ok ? response.analysis.bounces[0] : undefined;
  if (!recipient) throw new Error('the bounce sample gave no recipient in Node');
  return recipient;
}

/** The analysis workers a page fetched, by language. */
function workersLoaded(requests: readonly string[]): string[] {
  return requests.flatMap((url) => /\/assets\/entry-(en|de)-[\w-]+\.js$/.exec(url)?.[1] ?? []);
}

const verdictWords = (page: Page) => page.locator('[data-verdict] [data-result]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-result')));
const spfReason = (page: Page) => page.locator('[data-verdict="SPF"] .reason').innerText();
const scorecard = (page: Page) =>
  page.locator('[data-domain-result] [data-score-item]').evaluateAll((items) => items.map((item) => `${item.getAttribute('data-score-item')}:${item.getAttribute('data-status')}`));

async function chooseLanguage(page: Page, settingsLabel: string, languageLabel: string, language: 'en' | 'de'): Promise<void> {
  // The settings stay open after a switch made in them.
  if (!(await page.getByLabel(languageLabel).isVisible())) await page.getByText(settingsLabel, { exact: true }).click();
  await page.getByLabel(languageLabel).selectOption(language);
  await page.locator(`html[lang="${language}"]`).waitFor();
}

describe('one worker per page language', () => {
  for (const [locale, language, other] of [['en-GB', 'en', 'de'], ['de-DE', 'de', 'en']] as const) {
    it(`a ${locale} page loads only the ${language} worker, and shows a bounce in its language`, async () => {
      const context = await harness.browser.newContext({ locale });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(harness.site.url);
      await page.locator('.samples select').selectOption('bounce');
      await page.locator('#results[data-completed="1"]').waitFor();
      const explanation = await page.locator('[data-reason] .explanation').first().innerText();
      expect(explanation).toBe((await bounceSample()).explanation[language]);
      expect(workersLoaded(requests)).toEqual([language]);
      expect(workersLoaded(requests)).not.toContain(other);
      await context.close();
    });
  }

  it('a switch to German shows the same analysis and domain check in German, from the recorded answers: no DNS question, the same verdicts', async () => {
    const fixture = readCase(`${OWN_CASES}${CASE}`);
    const context = await harness.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await analyseWith(page, harness.site.url, harness.doh, CASE);
    const words = await verdictWords(page);
    // What the core says in each language (Node, both languages, the same answers).
    const expected = await createApi({ fetch }).analyze({ message: fixture.message.slice().buffer, dns: { kind: 'zone', zone: fixture.zone, label: 'case' }, now: fixture.now });
    if (!expected.ok) throw new Error('the case did not analyse in Node');
    expect(await spfReason(page)).toBe(expected.analysis.spf!.reason.en);

    await page.locator('[data-domain-check] summary').click();
    const check = page.locator('[data-domain-check]');
    await check.getByLabel('Domain', { exact: true }).fill('example.net');
    await check.getByRole('button', { name: 'Check', exact: true }).click();
    await page.locator('[data-domain-result] [data-score-item]').first().waitFor();
    const items = await scorecard(page);
    const domain = await runDomainCheck({ domain: 'example.net', dns: { kind: 'zone', zone: fixture.zone, label: 'case' } }, { kind: 'zone', zone: fixture.zone, label: 'case' }, fetch);
    if (!domain.ok) throw new Error('the domain check did not run in Node');
    const firstItem = page.locator('[data-domain-result] [data-score-item] .reason').first();
    expect(await firstItem.innerText()).toBe(domain.report.items[0]!.reason.en);

    const dnsBefore = harness.doh.requests.length;
    const fetchedBefore = requests.length;
    await chooseLanguage(page, 'Settings', 'Language', 'de');
    expect(await spfReason(page)).toBe(expected.analysis.spf!.reason.de);
    expect(expected.analysis.spf!.reason.de).not.toBe(expected.analysis.spf!.reason.en);
    expect(await verdictWords(page)).toEqual(words);
    expect(await firstItem.innerText()).toBe(domain.report.items[0]!.reason.de);
    expect(await scorecard(page)).toEqual(items);
    // No DNS question during the switch; the only script fetched is the German worker.
    expect(harness.doh.requests.length).toBe(dnsBefore);
    const during = requests.slice(fetchedBefore);
    expect(workersLoaded(during)).toEqual(['de']);
    expect(during.every((url) => url.startsWith(harness.site.url))).toBe(true);

    // After the switch the German worker answers what comes next: a share link, and back to English.
    await page.getByRole('button', { name: 'Teilen oder exportieren …' }).click();
    await page.locator('dialog[data-share-dialog][open]').waitFor();
    await expect.poll(() => page.getByLabel(/Link zum Teilen/).inputValue()).toMatch(/#v\d+\./);
    await page.keyboard.press('Escape');
    await chooseLanguage(page, 'Einstellungen', 'Sprache', 'en');
    expect(await spfReason(page)).toBe(expected.analysis.spf!.reason.en);
    expect(await verdictWords(page)).toEqual(words);
    expect(harness.doh.requests.length).toBe(dnsBefore);
    await context.close();
  });

  it('a redacted share link keeps its verdicts from before redaction across a switch, asking nothing', async () => {
    const maker = await harness.browser.newPage();
    await analyseWith(maker, harness.site.url, harness.doh, 'dmarc-relaxed-dkim-subdomain');
    await openShareDialog(maker);
    await maker.getByRole('checkbox', { name: 'Local parts of addresses' }).check();
    await maker.getByRole('checkbox', { name: 'IP addresses' }).check();
    const link = await linkFor(maker, ['local-parts', 'ip-addresses']);
    await maker.close();

    const context = await harness.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(link);
    await page.locator('[data-before-redaction]').waitFor();
    const claims = await page.locator('[data-claim="before-redaction"]').count();
    const words = await verdictWords(page);
    const replayed = await page.locator('[data-replayed]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-replayed')));
    await chooseLanguage(page, 'Settings', 'Language', 'de');
    expect(await verdictWords(page)).toEqual(words);
    expect(await page.locator('[data-claim="before-redaction"]').count()).toBe(claims);
    expect(await page.locator('[data-replayed]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-replayed')))).toEqual(replayed);
    expect(claims).toBeGreaterThan(0);
    expect(workersLoaded(requests)).toEqual(['en', 'de']);
    expect(requests.every((url) => url.startsWith(harness.site.url))).toBe(true);
    await context.close();
  });

  it('a what-if result is shown again in the other language, and what-if still runs after the switch', async () => {
    const context = await harness.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(harness.site.url);
    await page.locator('.samples select').selectOption('phishing');
    await page.locator('#results[data-completed="1"]').waitFor();
    await page.locator('[data-what-if] summary').click();
    await page.getByLabel('TXT record of _dmarc.xn--exmplebank-0qi.example').fill('v=DMARC1; p=reject');
    await page.getByRole('button', { name: 'Analyse with these answers' }).click();
    const summary = page.locator('[data-what-if-outcome] .summary');
    expect(await summary.innerText()).toBe('1 DNS record changed; 1 verdict changed.');
    await chooseLanguage(page, 'Settings', 'Language', 'de');
    expect(await summary.innerText()).toBe('1 DNS-Eintrag geändert; 1 Ergebnis hat sich geändert.');
    expect(await page.locator('[data-what-if-outcome] tr[data-row="DMARC policy"] [data-after]').getAttribute('data-after')).toBe('reject');
    // The edit is kept, and runs again in the German worker.
    expect(await page.getByLabel('TXT-Eintrag von _dmarc.xn--exmplebank-0qi.example').inputValue()).toBe('v=DMARC1; p=reject');
    await page.getByLabel('TXT-Eintrag von _dmarc.xn--exmplebank-0qi.example').fill('v=DMARC1; p=quarantine');
    await page.getByRole('button', { name: 'Mit diesen Antworten analysieren' }).click();
    await page.locator('[data-what-if-outcome] tr[data-row="DMARC policy"] [data-after="quarantine"]').waitFor();
    // A bounce analysed after the switch is diagnosed by the German worker.
    await page.locator('[data-input-folded]').getByRole('button', { name: 'Bearbeiten' }).click();
    await page.locator('.samples select').selectOption('bounce');
    await page.locator('#results[data-completed="2"]').waitFor();
    expect(await page.locator('[data-reason] .explanation').first().innerText()).toBe((await bounceSample()).explanation.de);
    await context.close();
  });
});
