// Installed and offline (issue 15): after one visit the service worker
// has stored the build, so with the network cut the page reloads, a sample
// runs on its frozen DNS answers and no request is attempted; a newer build
// on the site is found, waits, says so, and is used when the reader asks
// (or on the next visit).

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { DIST } from './harness.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

// A copy of the build, so the "newer build" can be written over it without touching dist/.
const SITE = new URL('../../test-results/offline-site/', import.meta.url).pathname;

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  cpSync(DIST, SITE, { recursive: true });
  [browser, site] = await Promise.all([launchChromium(), startStaticServer(SITE)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
  rmSync(SITE, { recursive: true, force: true });
});

const offlineState = (page: Page) => page.locator('[data-offline]').getAttribute('data-offline');

async function firstVisit(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url);
  await page.locator('[data-offline="ready"]').waitFor();
  // The worker claimed the page: from now on it answers the page's requests.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  return page;
}

/** A newer build: another sw.js version, and a page that shows which it is. */
function publishNewerBuild(newVersion: string, label: string): void {
  const worker = readFileSync(`${SITE}sw.js`, 'utf8');
  const version = /"([0-9a-f]{16})"/.exec(worker);
  expect(version, 'sw.js carries its build version').not.toBeNull();
  writeFileSync(`${SITE}sw.js`, worker.replaceAll(version![1]!, newVersion));
  const page = readFileSync(`${SITE}index.html`, 'utf8').replace(/<meta name="mail-lab-build"[^>]*>\n\s*/, '');
  writeFileSync(`${SITE}index.html`, page.replace('<title>', `<meta name="mail-lab-build" content="${label}" />\n    <title>`));
}

describe('installed and offline', () => {
  it('stores the whole build on the first visit, then runs a sample with the network off and attempts no request', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'en-GB' });
    const page = await firstVisit(context);
    const stored = await page.evaluate(async () => {
      const names = await caches.keys();
      const cache = await caches.open(names.find((name) => name.startsWith('mail-lab-'))!);
      return (await cache.keys()).map((request) => new URL(request.url).pathname);
    });
    // The page, its script, style and worker, the samples, the manifest and the icon.
    expect(stored).toContain('/index.html');
    expect(stored.some((path) => /^\/assets\/entry-[\w-]+\.js$/.test(path))).toBe(true);
    expect(stored).toContain('/manifest.webmanifest');

    await context.setOffline(true);
    const failed: string[] = [];
    const fromNetwork: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => {
      if (!response.fromServiceWorker()) fromNetwork.push(response.url());
    });
    await page.reload();
    await page.locator('.samples select').selectOption('normal');
    await page.locator('#results[data-completed="1"]').waitFor();
    expect(await page.locator('[data-verdict="SPF"] [data-result]').getAttribute('data-result')).toBe('pass');
    expect(failed).toEqual([]);
    expect(fromNetwork).toEqual([]);
    await context.close();
  });

  it('finds a newer build, says it waits, and uses it when asked; a later visit says it was updated', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'de-DE' });
    const page = await firstVisit(context);
    expect(await page.locator('meta[name="mail-lab-build"]').count()).toBe(0);

    publishNewerBuild('feedfacecafebeef', 'second');
    await page.reload();
    await page.locator('[data-offline="update-waiting"]').waitFor();
    expect(await page.locator('[data-offline]').innerText()).toContain('neue Version');
    // The open page keeps its own version until the reader chooses.
    expect(await page.locator('meta[name="mail-lab-build"]').count()).toBe(0);

    await page.getByRole('button', { name: 'Jetzt verwenden' }).click();
    await page.locator('meta[name="mail-lab-build"]').waitFor({ state: 'attached' });
    await page.locator('[data-offline="updated"]').waitFor();
    expect(await offlineState(page)).toBe('updated');

    // Said once: the next visit is plainly ready.
    const next = await context.newPage();
    await next.goto(site.url);
    await next.locator('[data-offline="ready"]').waitFor();
    expect(await next.locator('meta[name="mail-lab-build"]').getAttribute('content')).toBe('second');
    await context.close();
  });

  it('uses a waiting newer build on the next visit without being asked, and says so', async () => {
    const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'en-GB' });
    const page = await firstVisit(context);
    publishNewerBuild('0123456789abcdef', 'third');
    await page.reload();
    await page.locator('[data-offline="update-waiting"]').waitFor();
    await page.close();

    const next = await context.newPage();
    await next.goto(site.url);
    await next.locator('[data-offline="updated"]').waitFor();
    expect(await next.locator('meta[name="mail-lab-build"]').getAttribute('content')).toBe('third');
    expect(await next.locator('[data-offline]').innerText()).toContain('updated to a new version');
    await context.close();
  });
});
