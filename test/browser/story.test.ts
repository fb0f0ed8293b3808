// The page tells the story first (issue 13), in Chromium against the
// production build: after Analyse the summary says who, what, how long and
// what happened, in view on a laptop, a phone and a projector, with focus on
// its heading; no view scrolls sideways on a phone; the console stays quiet
// (the harness fails every test on a console error or warning).
// Screenshots of each view at each size go to test-results/screenshots.

import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { widerThanViewport } from './layout.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';
import { SAMPLES } from '../../src/ui/samples/samples.ts';

const SHOTS = new URL('../../test-results/screenshots/story/', import.meta.url).pathname;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
});

/** A laptop; a phone; a 1024×768 projector at 150 % zoom, which leaves 683×512 CSS pixels. */
const SIZES = {
  laptop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  projector: { viewport: { width: 683, height: 512 }, deviceScaleFactor: 1.5 },
} satisfies Record<string, BrowserContextOptions>;

async function openPage(size: keyof typeof SIZES, locale = 'en-GB'): Promise<{ page: Page }> {
  const context = await harness.browser.newContext({ ...SIZES[size], locale });
  const page = await context.newPage();
  await page.goto(harness.site.url);
  return { page };
}

async function completed(page: Page, count: number): Promise<void> {
  await page.locator(`#results[data-completed="${count}"]`).waitFor();
}

async function chooseSample(page: Page, id: string, count = 1): Promise<void> {
  await page.locator('.samples select').selectOption(id);
  await completed(page, count);
}

async function useLocalResolver(page: Page): Promise<void> {
  await page.locator('summary').first().click();
  await page.locator('select').first().selectOption('custom');
  await page.locator('input[type=url]').fill(harness.doh.url);
  await page.locator('summary').first().click();
}

const box = (page: Page, selector: string) =>
  page.locator(selector).evaluate((node) => {
    const rect = node.getBoundingClientRect();
    return { top: Math.round(rect.top), bottom: Math.round(rect.bottom), viewport: window.innerHeight };
  });

describe('the summary of every sample', () => {
  for (const sample of SAMPLES) {
    it(`tells ${sample.id} first, with focus on its heading, at every size`, async () => {
      for (const size of Object.keys(SIZES) as (keyof typeof SIZES)[]) {
        const { page } = await openPage(size);
        await chooseSample(page, sample.id);
        const story = page.locator('[data-story]');
        expect(await story.locator('[data-story-from]').innerText()).toMatch(/@/);
        expect((await story.locator('[data-story-subject]').innerText()).trim()).not.toBe('');
        expect(await story.locator('[data-story-sentence]').innerText()).toMatch(/^\p{Lu}.+\.$/u);
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('story-heading');
        expect(await page.locator('[data-announce]').innerText()).toMatch(/^Analysis ready: /);
        expect(await page.locator('#raw-message').isVisible()).toBe(false);
        // The whole summary in the first screen, on every size: nothing to scroll to.
        const where = await box(page, '[data-story]');
        expect(where.top, `${size}: ${JSON.stringify(where)}`).toBeGreaterThanOrEqual(0);
        expect(where.bottom, `${size}: ${JSON.stringify(where)}`).toBeLessThanOrEqual(where.viewport);
        process.stdout.write(`summary ${sample.id} ${size}: top ${where.top} bottom ${where.bottom} of ${where.viewport}\n`);
        for (const tab of await page.locator('#results').getByRole('tab').all()) {
          await tab.click();
          const name = (await tab.innerText()).trim();
          if (size === 'phone') {
            expect(await widerThanViewport(page), `${sample.id}, ${name}`).toEqual([]);
            // The hop table turns into cards: it fits without scrolling in its own frame either.
            const table = await page.locator('[role=tabpanel]:not([hidden]) .hop-table').evaluateAll((nodes) => nodes.map((node) => node.parentElement!.scrollWidth - node.parentElement!.clientWidth));
            for (const overflow of table) expect(overflow, `${sample.id}: hop table`).toBeLessThanOrEqual(0);
            const width = await page.evaluate(() => document.documentElement.scrollWidth);
            process.stdout.write(`scrollWidth ${sample.id} ${name}: ${width}\n`);
          }
          await page.screenshot({ path: `${SHOTS}${sample.id}-${size}-${name.replace(/\W+/g, '_')}.png`, fullPage: true });
        }
        await page.context().close();
      }
    });
  }
});

describe('the summary of fixture cases, one page, edited in turn', () => {
  const CASES = [
    'dkim-ed25519',
    'spf-a-cidr-outside',
    'dmarc-no-record',
    'dmarc-record-timeout',
    'dmarc-strict-aspf-fail',
    'hops-amavis-top-spf',
    'hops-clock-skew',
    'hops-greylist-postgrey',
    'headers-lookalike-domain',
    'headers-display-name-address',
    'bounce-userunknown',
    'arc-two-instances-pass',
  ];
  for (const locale of ['en-GB', 'de-DE']) {
    it(`shows From, Subject and the sentence for ${CASES.length} cases (${locale})`, async () => {
      const { page } = await openPage('laptop', locale);
      await useLocalResolver(page);
      let count = 0;
      for (const name of CASES) {
        const fixture = readCase(`${OWN_CASES}${name}`);
        harness.doh.setZone(fixture.zone);
        if (count > 0) {
          await page.locator('[data-input-folded] button').click();
          expect(await page.evaluate(() => document.activeElement?.id), name).toBe('raw-message');
        }
        await page.locator('#raw-message').fill(new TextDecoder().decode(fixture.message));
        await page.locator('button.run').click();
        await completed(page, ++count);
        const story = page.locator('[data-story]');
        expect(await story.locator('[data-story-from]').innerText(), name).toMatch(/@/);
        expect((await story.locator('[data-story-subject]').innerText()).trim(), name).not.toBe('');
        const sentence = await story.locator('[data-story-sentence]').innerText();
        expect(sentence, name).toMatch(/^\p{Lu}.+\.$/u);
        expect(sentence, name).not.toMatch(/\{\w+\}/);
        if (locale === 'de-DE') expect(sentence, name).not.toMatch(/\b(authenticated|delivered|fails|Bounce)\b/);
        expect(await page.evaluate(() => document.activeElement?.id), name).toBe('story-heading');
      }
      await page.context().close();
    });
  }
});

describe('findings in the summary', () => {
  it('shows the phishing sample’s look-alike domain on the first view, and the chip opens its explanation', async () => {
    const { page } = await openPage('laptop');
    await chooseSample(page, 'phishing');
    expect(await page.getByRole('tab', { name: 'Verdict' }).getAttribute('aria-selected')).toBe('true');
    const chip = page.locator('[data-story-finding="lookalike-domain"]');
    expect(await chip.isVisible()).toBe(true);
    expect(await chip.innerText()).toBe('Look-alike domain');
    expect(await page.locator('[data-story-finding="forged-verdict"]').isVisible()).toBe(true);
    await chip.click();
    expect(await page.getByRole('tab', { name: 'Headers' }).getAttribute('aria-selected')).toBe('true');
    const finding = page.locator('#panel-headers .findings [data-finding="lookalike-domain"]');
    expect(await finding.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-finding'))).toBe('lookalike-domain');
    // The forged verdict sits in a folded list: its chip unfolds it.
    await page.locator('[data-story-finding="forged-verdict"]').click();
    expect(await page.locator('#panel-verdict .comparison .ignored').evaluate((node) => (node as HTMLDetailsElement).open)).toBe(true);
    await page.context().close();
  });

  it('keeps focus and the view where they are when SPF is evaluated at another hop', async () => {
    const { page } = await openPage('laptop');
    await chooseSample(page, 'normal');
    await page.getByRole('tab', { name: 'Hops and path' }).click();
    await page.locator('#panel-hops tr[data-hop="1"] button').click();
    await page.getByRole('button', { name: 'Evaluate SPF at this hop' }).click();
    await completed(page, 2);
    expect(await page.getByRole('tab', { name: 'Hops and path' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).not.toBe('story-heading');
    await page.context().close();
  });
});

describe('wrong input', () => {
  const COPIES = {
    'en-GB': { text: 'From: Anna Becker <anna@example.com>\nSent: Monday, 23 November 2026 09:14\nTo: Ben Wagner <ben@example.net>\nSubject: Slides\n\nHi Ben,\n', says: /not the raw header/, help: 'How to get the raw message' },
    'de-DE': { text: 'Von: Anna Becker <anna@example.com>\nGesendet: Montag, 23. November 2026 09:14\nAn: Ben Wagner <ben@example.net>\nBetreff: Folien\n\nHallo Ben,\n', says: /nicht der Rohkopf/, help: 'So kommen Sie an die Rohnachricht' },
  };
  for (const [locale, copy] of Object.entries(COPIES)) {
    it(`says an Outlook copy is not the raw header, with the help open, and no verdict (${locale})`, async () => {
      const { page } = await openPage('laptop', locale);
      // Before any analysis the help waits, folded, under the input.
      expect(await page.locator('[data-raw-help]').getAttribute('open')).toBeNull();
      await page.locator('#raw-message').fill(copy.text);
      await page.locator('button.run').click();
      await completed(page, 1);
      expect(await page.locator('[data-code="display-header-copy"]').innerText()).toMatch(copy.says);
      expect(await page.locator('[data-verdict]').count()).toBe(0);
      expect(await page.locator('[data-story]').count()).toBe(0);
      const help = page.locator('#results [data-raw-help]');
      expect(await help.getAttribute('open')).toBe('');
      expect(await help.locator('summary').innerText()).toBe(copy.help);
      expect(await help.innerText()).toMatch(/Gmail[\s\S]*Outlook[\s\S]*Apple Mail[\s\S]*Thunderbird[\s\S]*Yahoo[\s\S]*Proton/);
      // Input that was not a message stays open to be fixed.
      expect(await page.locator('#raw-message').isVisible()).toBe(true);
      await page.context().close();
    });
  }

  it('says HTML source is HTML source', async () => {
    const { page } = await openPage('phone');
    await page.locator('#raw-message').fill('<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>\n');
    await page.locator('button.run').click();
    await page.locator('[data-code="html-source"]').waitFor();
    expect(await widerThanViewport(page)).toEqual([]);
    await page.context().close();
  });
});
