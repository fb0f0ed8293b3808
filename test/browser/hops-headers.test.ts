// The Hops and Headers views (issue 13, item 7), in Chromium against the
// production build: the delay chart with its slowest hop marked, fitting a
// phone; the header fields in groups with flags and scores in their rows;
// a chosen SPF hop said where it was chosen, with a way back.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { widerThanViewport } from './layout.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

async function openSample(id: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await harness.browser.newContext({ locale: 'en-GB', ...options });
  const page = await context.newPage();
  await page.goto(harness.site.url);
  await page.locator('.samples select').selectOption(id);
  await page.locator('#results[data-completed="1"]').waitFor();
  return page;
}

describe('the hop delay chart', () => {
  it('draws every hop of the greylisting sample on one time line and marks the 26-minute wait as the slowest', async () => {
    const page = await openSample('greylisting');
    await page.getByRole('tab', { name: 'Hops and path' }).click();
    const chart = page.locator('#panel-hops [data-delay-chart]');
    expect(await chart.isVisible()).toBe(true);
    expect(await chart.locator('[data-chart-hop]').count()).toBe(4);
    expect(await chart.locator('[data-slowest]').getAttribute('data-chart-hop')).toBe('2');
    expect(await chart.locator('[data-slowest]').textContent()).toMatch(/26 min 32 s.*slowest/);
    // The hop whose clock runs behind is drawn, and said, as clock skew.
    expect(await chart.locator('[data-chart-hop="3"]').textContent()).toMatch(/−5 min 1 s \(Clock skew\)/);
    // The text alternative carries the same story as the picture.
    const label = await chart.locator('svg').getAttribute('aria-label');
    expect(label).toMatch(/^4 hops over 26 min 32 s; the slowest is hop 2, 26 min 32 s\./);
    expect(label).toMatch(/Hop 1 \(mail\.mueller-haustechnik\.example\): start/);
    // The slowest bar is the widest: it spans nearly the whole transit.
    const widths = await chart.locator('rect.bar').evaluateAll((bars) => bars.map((bar) => bar.getBoundingClientRect().width));
    expect(Math.max(...widths)).toBe(await chart.locator('[data-slowest] rect.bar').evaluate((bar) => bar.getBoundingClientRect().width));
    await page.context().close();
  });

  it('fits a 390 px phone without a sideways scroll, its labels at full size', async () => {
    const page = await openSample('office365', PHONE);
    await page.getByRole('tab', { name: 'Hops and path' }).click();
    const chart = page.locator('#panel-hops [data-delay-chart]');
    await chart.waitFor();
    expect(await widerThanViewport(page)).toEqual([]);
    const frame = await chart.locator('svg').evaluate((svg) => ({ width: svg.getBoundingClientRect().width, viewport: window.innerWidth, font: parseFloat(getComputedStyle(svg.querySelector('text')!).fontSize) }));
    expect(frame.width).toBeLessThanOrEqual(frame.viewport);
    expect(frame.font).toBeGreaterThanOrEqual(12);
    await page.context().close();
  });

  it('prints with the chart in the report', async () => {
    const page = await openSample('normal');
    await page.getByRole('tab', { name: 'Hops and path' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#panel-hops [data-delay-chart] [data-slowest]').isVisible()).toBe(true);
    expect(await page.locator('#panel-hops [data-delay-chart] [data-slowest]').getAttribute('data-chart-hop')).toBe('3');
    await page.context().close();
  });
});

describe('the Headers view', () => {
  it('groups the phishing sample’s fields and flags the forged Authentication-Results in its row', async () => {
    const page = await openSample('phishing');
    await page.getByRole('tab', { name: 'Headers' }).click();
    const groups = await page.locator('#panel-headers [data-header-group]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-header-group')));
    expect(groups).toEqual(['routing', 'authentication', 'addresses', 'content', 'spam-filters', 'provider']);
    expect(await page.locator('#panel-headers [data-header-group="addresses"] h3').innerText()).toBe('Addresses (3)');
    // The second Authentication-Results, written below the trust boundary, says so without being opened.
    const results = page.locator('#panel-headers [data-header-group="authentication"] [data-header="authentication-results"]');
    expect(await results.count()).toBe(2);
    expect(await results.nth(0).locator('[data-flag]').count()).toBe(0);
    const flag = results.nth(1).locator('summary [data-flag="forged-verdict"]');
    expect(await flag.isVisible()).toBe(true);
    expect(await flag.innerText()).toMatch(/most likely forged/);
    // rspamd's score sits in its row.
    const rspamd = page.locator('#panel-headers [data-header="x-spamd-result"] summary [data-score]');
    expect(await rspamd.innerText()).toBe('score 6.97');
    // Documented is the rule: only the exceptions carry a knowledge badge.
    expect(await page.locator('#panel-headers summary .knowledge.documented').count()).toBe(0);
    await page.context().close();
  });

  it('shows Microsoft’s SCL in the row and names the groups in German', async () => {
    const page = await openSample('office365', { locale: 'de-DE' });
    await page.getByRole('tab', { name: 'Kopffelder' }).click();
    const headings = await page.locator('#panel-headers [data-header-group] h3').allInnerTexts();
    expect(headings.map((heading) => heading.replace(/ \(\d+\)$/, ''))).toEqual(expect.arrayContaining(['Weg der Nachricht', 'Authentifizierung', 'Spamfilter', 'Anbieterspezifisch']));
    const scores = await page.locator('#panel-headers [data-header-group="spam-filters"] summary [data-score]').allInnerTexts();
    expect(scores).toContain('SCL 1');
    await page.context().close();
  });

  it('fits a phone', async () => {
    const page = await openSample('phishing', PHONE);
    await page.getByRole('tab', { name: 'Headers' }).click();
    expect(await widerThanViewport(page)).toEqual([]);
    await page.context().close();
  });
});

describe('a chosen SPF hop', () => {
  it('is said where it was chosen and on the Verdict tab, with the result, and Back to automatic undoes it', async () => {
    const page = await openSample('normal');
    const spfWord = () => page.locator('[data-verdict="SPF"] [data-result]').getAttribute('data-result');
    expect(await spfWord()).toBe('pass');
    await page.getByRole('tab', { name: 'Hops and path' }).click();
    expect(await page.locator('#panel-hops [data-spf-choice]').getAttribute('data-spf-choice')).toBe('inferred');
    await page.locator('#panel-hops tr[data-hop="1"] button').click();
    await page.getByRole('button', { name: 'Evaluate SPF at this hop' }).click();
    await page.locator('#results[data-completed="2"]').waitFor();
    const notice = page.locator('#panel-hops [data-spf-choice="user"]');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/^SPF is evaluated at hop 1, as you chose: SPF \w+\./);
    // Focus goes to the notice, as the pressed button is gone.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-spf-choice'))).toBe('user');
    expect(await notice.getAttribute('role')).toBe('status');
    // The Verdict tab says it too.
    await page.getByRole('tab', { name: 'Verdict' }).click();
    expect(await page.locator('#panel-verdict [data-spf-choice="user"]').innerText()).toMatch(/hop 1, as you chose/);
    await page.getByRole('tab', { name: 'Hops and path' }).click();
    await notice.getByRole('button', { name: 'Back to automatic' }).click();
    await page.locator('#results[data-completed="3"]').waitFor();
    const back = page.locator('#panel-hops [data-spf-choice="inferred"]');
    await back.waitFor();
    expect(await back.innerText()).toBe('Automatic again: SPF is evaluated at hop 4: SPF pass.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-spf-choice'))).toBe('inferred');
    expect(await spfWord()).toBe('pass');
    expect(await page.locator('#panel-hops tr.spf').getAttribute('data-hop')).toBe('4');
    await page.context().close();
  });
});
