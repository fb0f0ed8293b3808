// What the page needs before it paints (issue 18): the German messages only
// for a page shown in German, never English first on the way there; the
// views beyond the input arrive after the first paint. Sizes are measured
// by `npm run bench`, not here.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { expectConsoleMessage } from './console-watch.ts';
import { EN } from '../../src/ui/i18n/messages-en.ts';
import { DE } from '../../src/ui/i18n/messages-de.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A page whose tagline's every text, from its first render on, is kept in window.taglines (recorded before any script of the page runs). */
async function openRecorded(locale: string): Promise<{ context: BrowserContext; page: Page; taglines: () => Promise<string[]> }> {
  const context = await harness.browser.newContext({ locale });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { taglines: string[] }).taglines = seen;
    new MutationObserver(() => {
      const text = document.querySelector('.tagline')?.textContent ?? null;
      if (text !== null && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(harness.site.url);
  return { context, page, taglines: () => page.evaluate(() => (window as unknown as { taglines: string[] }).taglines) };
}

describe('first paint', () => {
  it('an English page fetches no German messages, and loads the views beyond the input after it', async () => {
    const context = await harness.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(harness.site.url);
    // The domain check is one of the deferred views: once it is there, their chunk has arrived.
    await page.locator('[data-domain-check]').waitFor();
    expect(fetched.some((path) => /\/assets\/deferred-views-[\w-]+\.js$/.test(path))).toBe(true);
    expect(fetched.filter((path) => /messages-de/.test(path))).toEqual([]);
    expect(await page.locator('[data-view-failed]').count()).toBe(0);
    await context.close();
  });

  it('views whose chunk cannot be had say so in their place, and their retry loads them', async () => {
    const context = await harness.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.route(/\/assets\/deferred-views-[\w-]+\.js$/, (route) => route.abort('connectionfailed'));
    expectConsoleMessage('error: Failed to load resource: net::ERR_CONNECTION_FAILED');
    await page.goto(harness.site.url);
    const failed = page.locator('[data-view-failed="domain-check"]');
    await failed.waitFor();
    // The page itself stays: the input is there to use.
    await page.getByLabel(EN['input.label']).waitFor();
    await page.unrouteAll();
    await failed.getByRole('button', { name: EN['error.viewRetry'] }).click();
    await page.locator('[data-domain-check]').waitFor();
    expect(await failed.count()).toBe(0);
    await context.close();
  });

  it('a German page is German from its first render on', async () => {
    const { context, page, taglines } = await openRecorded('de-DE');
    await page.getByText(DE['app.tagline']).waitFor();
    expect(await taglines()).toEqual([DE['app.tagline']]);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await context.close();
  });

  it('German chosen in the settings turns the page German, and stays chosen on the next visit', async () => {
    const { context, page, taglines } = await openRecorded('en-GB');
    await page.getByText(EN['settings.title'], { exact: true }).click();
    await page.getByLabel(EN['settings.language']).selectOption('de');
    await page.getByText(DE['app.tagline']).waitFor();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    await page.reload();
    await page.getByText(DE['app.tagline']).waitFor();
    expect(await taglines()).toEqual([DE['app.tagline']]);
    await context.close();
  });
});
