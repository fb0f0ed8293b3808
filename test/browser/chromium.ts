// Debian's chromium, driven by playwright-core. The flags keep it from
// reaching out on its own (this machine's network is closed; a stray
// request would also spoil the network assertions).

import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Chromium with its contexts opened as on a first visit: the page's
 * service worker (src/offline) is blocked unless a test asks for it with
 * `serviceWorkers: 'allow'` (test/browser/offline.test.ts). Once it runs it
 * answers the page's own files itself, which Playwright's page.route (the
 * crashed-worker tests) cannot intercept, and its first download of the
 * whole build would mix into the request counts the other tests assert.
 */
// What Playwright itself writes to a page's console about that block: no word of the page's.
export const PLAYWRIGHT_OWN_CONSOLE = /^Service Worker registration blocked by Playwright$/;

export async function launchChromium(): Promise<Browser> {
  const browser = await launchPlainChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  return browser;
}

function launchPlainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-features=Translate,OptimizationHints,MediaRouter',
    ],
  });
}
