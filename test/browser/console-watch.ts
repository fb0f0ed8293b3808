// Every browser test fails on a console error or warning and on an uncaught
// error in the page (issue 13, item 8). launchChromium() hands each new
// context to watchConsole(); console-check.ts, a setup file of the browser
// project, checks after every test that nothing was heard but what the test
// declared with expectConsoleMessage(). Messages from the page's dedicated
// workers reach the page's console too (Chromium reports them there).

import type { BrowserContext, Page } from 'playwright-core';

// What Playwright itself writes to a page's console when it blocks the
// service worker (chromium.ts opens contexts so): no word of the page's.
const PLAYWRIGHT_OWN_CONSOLE = /^Service Worker registration blocked by Playwright$/;

const heard: string[] = [];
const declared = new Set<string>();
const openPages = new Set<Page>();

/** Listens to every page of the context, the ones opened later too. */
export function watchConsole(context: BrowserContext): void {
  context.on('console', (message) => {
    if ((message.type() === 'error' || message.type() === 'warning') && !PLAYWRIGHT_OWN_CONSOLE.test(message.text())) heard.push(`${message.type()}: ${message.text()}`);
  });
  context.on('weberror', (error) => heard.push(`pageerror: ${error.error().message}`));
  context.on('page', (page) => {
    openPages.add(page);
    page.on('close', () => openPages.delete(page));
  });
}

/**
 * A test that provokes an error on purpose names it here, exactly as it is
 * heard ("error: …", "warning: …" or "pageerror: …"). The message must then
 * be heard, or the test fails: a declaration cannot outlive its cause.
 */
export function expectConsoleMessage(message: string): void {
  declared.add(message);
}

/**
 * What the test heard that it did not declare, and what it declared but
 * never heard; both lists are emptied for the next test. A round trip to
 * each open page first, so a message logged just before the test ended is
 * delivered before it is judged.
 */
export async function takeConsoleSurprises(): Promise<{ unexpected: string[]; missing: string[] }> {
  await Promise.all(
    [...openPages].map((page) =>
      // A page closing while it is asked has nothing more to say: that is no failure.
      page.evaluate(() => 0).catch(() => 0),
    ),
  );
  const unexpected = heard.filter((message) => !declared.has(message));
  const missing = [...declared].filter((message) => !heard.includes(message));
  heard.length = 0;
  declared.clear();
  return { unexpected, missing };
}
