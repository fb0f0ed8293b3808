// A resolver that fails says how, in English and German, on the cards and
// once above them, with a one-click switch to another resolver: a stopped
// DoH server, one answering REFUSED or 429, and one slower than the
// timeout set in the page. SERVFAIL is the domain's (src/dns/resolver-fault.ts):
// the cards say it, with no notice and no switch. The production build,
// real local servers.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { startDohServer, type DohServer, type DohServerMode } from '../support/doh-server.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

const sample = readCase(`${OWN_CASES}sample-normal`);
const message = new TextDecoder().decode(sample.message);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
  harness.doh.setZone(sample.zone);
});
afterAll(async () => {
  await harness?.close();
});

/** mailauth's and the transport's English: never on the German page, nor on the English one outside "technical detail". */
const ENGINE_ENGLISH = ['error in processing', 'DNS failure', 'ESERVFAIL', 'EREFUSED', 'ETIMEOUT', 'request failed', 'Failed to fetch', 'Too Many Requests', 'no answer within', 'refused by server', 'HTTP 4'];
/** Our own English sentences, which the German page must not show either. */
const OUR_ENGLISH = ['Could not reach', 'try another resolver', 'DNS lookups failed', 'Analyse again', 'temporary error evaluating', 'could not be fetched'];

interface Expected {
  kind: string;
  en: string;
  de: string;
  /** The notice above the cards, with its switch: for the resolver's faults only. */
  notice: boolean;
}

async function openPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(harness.site.url);
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('DNS resolver').selectOption('custom');
  await page.getByLabel('DNS-over-HTTPS URL').fill(url);
  // The page's own timeout setting, at its shortest: a held answer ends after 1 s.
  await page.getByLabel('Wait for each DNS answer (seconds)').fill('1');
  await page.getByLabel('Wait for each DNS answer (seconds)').dispatchEvent('change');
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('Raw message').fill(message);
  await page.getByRole('button', { name: 'Analyse', exact: true }).click();
  await page.locator('#results[data-completed="1"]').waitFor();
  return page;
}

async function expectFailureShown(page: Page, expected: Expected, language: 'en' | 'de'): Promise<void> {
  const sentence = language === 'en' ? expected.en : expected.de;
  if (expected.notice) {
    const notice = page.locator(`[data-resolver-trouble="${expected.kind}"]`);
    await notice.waitFor();
    expect(await notice.innerText()).toContain(sentence);
  } else {
    // The results are complete (data-completed), so a notice would be there by now.
    expect(await page.locator('[data-resolver-trouble]').count()).toBe(0);
  }
  // SPF, DKIM and DMARC each needed the resolver, and each says what happened to it.
  const cards = page.locator(`[data-verdict] [data-dns-failure="${expected.kind}"]`);
  expect(await cards.count()).toBe(3);
  for (const text of await cards.allInnerTexts()) expect(text).toContain(sentence);
  expect(await page.locator('[data-verdict] [data-result="temperror"]').count()).toBe(3);
}

/** The text of the verdict tab and the DNS tab, as a reader sees it (a closed <details> shows only its summary). */
async function visibleText(page: Page, tabs: [string, string]): Promise<string> {
  let text = '';
  for (const tab of tabs) {
    await page.getByRole('tab', { name: tab }).click();
    text += await page.locator('main').innerText();
  }
  return text;
}

async function switchToGerman(page: Page): Promise<void> {
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('Language').selectOption('de');
  await page.getByText('Einstellungen', { exact: true }).click();
  await page.locator('html[lang="de"]').waitFor();
}

async function checkBothLanguages(url: string, expected: Expected): Promise<void> {
  const context = await harness.browser.newContext({ locale: 'en-GB' });
  try {
    const page = await openPage(context, url);
    await expectFailureShown(page, expected, 'en');
    const english = await visibleText(page, ['Verdict', 'DNS evidence']);
    for (const words of ENGINE_ENGLISH) expect(english, words).not.toContain(words);
    await page.getByRole('tab', { name: 'Verdict' }).click();
    await switchToGerman(page);
    await expectFailureShown(page, expected, 'de');
    const german = await visibleText(page, ['Ergebnis', 'DNS-Nachweise']);
    for (const words of [...ENGINE_ENGLISH, ...OUR_ENGLISH]) expect(german, words).not.toContain(words);
  } finally {
    await context.close();
  }
}

describe('resolver failures, each told apart in English and German', () => {
  it('a stopped DoH server: could not reach it', async () => {
    const stopped = await startDohServer();
    await stopped.close();
    const host = new URL(stopped.url).href;
    await checkBothLanguages(stopped.url, {
      kind: 'unreachable',
      en: `Could not reach ${host} (network error): try another resolver.`,
      de: `${host} war nicht erreichbar (Netzwerkfehler): einen anderen Resolver versuchen.`,
      notice: true,
    });
  });

  const failing: [DohServerMode, Expected][] = [
    ['refused', { kind: 'refused', en: 'refused the query: try another resolver.', de: 'hat die Abfrage abgelehnt: einen anderen Resolver versuchen.', notice: true }],
    ['servfail', { kind: 'servfail', en: 'answered SERVFAIL (server failure): most likely the domain', de: 'antwortete SERVFAIL (Serverfehler): vermutlich versagten', notice: false }],
    ['rate-limited', { kind: 'rate-limited', en: 'limits how many queries it takes (rate limit)', de: 'begrenzt die Zahl der Abfragen (Ratenbegrenzung)', notice: true }],
    ['hold', { kind: 'timeout', en: 'did not answer within 1 s (timeout): try another resolver.', de: 'hat nicht innerhalb von 1 s geantwortet (Zeitüberschreitung)', notice: true }],
  ];

  it.each(failing)('a DoH server in mode %s', async (mode, expected) => {
    const server = await startDohServer({ zone: sample.zone, mode });
    try {
      await checkBothLanguages(server.url, expected);
    } finally {
      await server.close();
    }
  });
});

describe('the one-click switch', () => {
  let failing: DohServer;
  beforeAll(async () => {
    failing = await startDohServer({ zone: sample.zone, mode: 'refused' });
  });
  afterAll(() => failing.close());

  it('analyses again with the chosen preset, which answers', async () => {
    const context = await harness.browser.newContext({ locale: 'en-GB' });
    // Cloudflare's endpoint is served by the local DoH server: the page asks
    // https://cloudflare-dns.com/dns-query as it would on the web.
    await context.route('https://cloudflare-dns.com/**', async (route) => {
      const local = new URL(route.request().url());
      const response = await route.fetch({ url: `${harness.doh.url}${local.search}` });
      await route.fulfill({ response });
    });
    try {
      const page = await openPage(context, failing.url);
      const before = harness.doh.requests.length;
      await page.locator('[data-resolver-trouble="refused"]').waitFor();
      await page.getByRole('button', { name: 'Analyse again with Cloudflare' }).click();
      await page.locator('#results[data-completed="2"]').waitFor();
      expect(await page.locator('[data-resolver-trouble]').count()).toBe(0);
      expect(await page.locator('[data-dns-failure]').count()).toBe(0);
      expect(await page.locator('[data-verdict="SPF"] [data-result]').getAttribute('data-result')).toBe('pass');
      expect(await page.locator('[data-verdict="DMARC"] [data-result]').getAttribute('data-result')).not.toBe('temperror');
      expect(harness.doh.requests.length).toBeGreaterThan(before);
      // The choice is the settings' choice now, kept for the next visit.
      await page.getByText('Settings', { exact: true }).click();
      expect(await page.getByLabel('DNS resolver').inputValue()).toBe('cloudflare');
    } finally {
      await context.close();
    }
  });
});
