// A forward whose original is attached (issue 13, item 3), in Chromium
// against the production build: the page says the verdicts are the
// forward's, first among the notes, and one press analyses the original in
// its place.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { corpusRoot } from '../corpus/support/corpus-root.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

// A real forward: Apple Mail's "original as attachment", from sisimai's set of non-bounces.
const FORWARD = readFileSync(`${corpusRoot()}sisimai-set-of-emails/maildir/not/is-not-bounce-02.eml`, 'utf8');

describe('a forwarded message', () => {
  for (const [locale, says, button] of [
    ['en-GB', /The verdicts and hops above are those of the forward/, 'Analyse the original instead'],
    ['de-DE', /gehören zur Weiterleitung, nicht zum Original/, 'Stattdessen das Original analysieren'],
  ] as const) {
    it(`is said to be a forward, and its original is analysed on one press (${locale})`, async () => {
      const context = await harness.browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(harness.site.url);
      await page.locator('summary').first().click();
      await page.locator('select').first().selectOption('custom');
      await page.locator('input[type=url]').fill(harness.doh.url);
      await page.locator('summary').first().click();
      await page.locator('#raw-message').fill(FORWARD);
      await page.locator('button.run').click();
      await page.locator('#results[data-completed="1"]').waitFor();
      expect(await page.locator('[data-code="forwarded-message"]').innerText()).toMatch(says);
      expect(await page.locator('[data-story-subject]').innerText()).toBe('original as attachment');
      // Notes ranked by what matters: the forward leads; the LF line ends of every paste wait, folded, at the end.
      expect(await page.locator('#results ul.problems li').first().getAttribute('data-code')).toBe('forwarded-message');
      expect(await page.locator('#results [data-repairs] [data-code="line-ends-repaired"]').count()).toBe(1);
      expect(await page.locator('#results [data-repairs]').evaluate((node) => (node as HTMLDetailsElement).open)).toBe(false);
      const offer = page.locator('[data-forwarded="attached"]');
      expect(await offer.innerText()).toMatch(/original.*dummy@example\.com/);
      await offer.getByRole('button', { name: button }).click();
      await page.locator('#results[data-completed="2"]').waitFor();
      // The original took the forward's place: its own subject, its own hops, no offer.
      expect(await page.locator('[data-story-subject]').innerText()).toBe('original');
      expect(await page.locator('[data-code="forwarded-message"]').count()).toBe(0);
      expect(await page.locator('[data-forwarded]').count()).toBe(0);
      expect(await page.locator('#raw-message').inputValue()).toMatch(/^Delivered-To: dummy2@example\.com\r?\nReceived: by 2002:a17:906:4cca/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('story-heading');
      await context.close();
    });
  }
});
