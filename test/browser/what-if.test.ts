// What-if DNS in the page (issue 15): a sample's own DNS answers edited in
// the panel, the message analysed again with them, the verdicts before and
// after side by side, and back to the original answers. Nothing is fetched.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function openSample(locale: string, id: string): Promise<{ page: Page; requests: string[] }> {
  const context = await harness.browser.newContext({ locale });
  const page = await context.newPage();
  const requests: string[] = [];
  await page.goto(harness.site.url);
  page.on('request', (request) => requests.push(request.url()));
  await page.locator('.samples select').selectOption(id);
  await page.locator('#results[data-completed="1"]').waitFor();
  await page.locator('[data-what-if] summary').click();
  return { page, requests };
}

const row = (page: Page, name: string) => page.locator(`[data-what-if-outcome] tr[data-row="${name}"]`);

describe('what-if DNS in the page', () => {
  it('p=reject on the phishing sample: the policy changes, DMARC stays fail, and the edit is listed', async () => {
    const { page, requests } = await openSample('en-GB', 'phishing');
    const dmarc = page.getByLabel('TXT record of _dmarc.xn--exmplebank-0qi.example');
    expect(await dmarc.inputValue()).toBe('v=DMARC1; p=none');
    await dmarc.fill('v=DMARC1; p=reject');
    await page.getByRole('button', { name: 'Analyse with these answers' }).click();
    await row(page, 'DMARC policy').waitFor();
    expect(await row(page, 'DMARC policy').getAttribute('data-changed')).toBe('true');
    expect(await row(page, 'DMARC policy').locator('[data-after]').getAttribute('data-after')).toBe('reject');
    expect(await row(page, 'DMARC').getAttribute('data-changed')).toBe('false');
    expect(await page.locator('[data-what-if-outcome] .summary').innerText()).toBe('1 DNS record changed; 1 verdict changed.');
    expect(await page.locator('[data-what-if-outcome] [data-edit="changed"]').innerText()).toContain('_dmarc.xn--exmplebank-0qi.example');
    // The result shown above is the original one.
    expect(await page.locator('[data-verdict="DMARC"] [data-result]').getAttribute('data-result')).toBe('fail');
    // A frozen sample and its edited answers: nothing left the page.
    expect(requests.filter((url) => !url.startsWith(harness.site.url))).toEqual([]);
    await page.context().close();
  });

  it('removing the DKIM key of the normal sample breaks the signature; in German, and back to the original answers', async () => {
    const { page } = await openSample('de-DE', 'normal');
    const key = page.locator('[data-draft="2026._domainkey.example.com"]');
    await key.getByRole('button', { name: 'Entfernen' }).click();
    await page.getByRole('button', { name: 'Mit diesen Antworten analysieren' }).click();
    const dkim = row(page, 'DKIM example.com (s=2026)');
    await dkim.waitFor();
    expect(await dkim.getAttribute('data-changed')).toBe('true');
    expect(['permerror', 'fail']).toContain(await dkim.locator('[data-after]').getAttribute('data-after'));
    expect(await row(page, 'DMARC').getAttribute('data-changed')).toBe('false');
    expect(await page.locator('[data-what-if-outcome] .summary').innerText()).toBe('1 DNS-Eintrag geändert; 1 Ergebnis hat sich geändert.');
    await page.getByRole('button', { name: 'Zurück zu den ursprünglichen Antworten' }).click();
    expect(await page.locator('[data-what-if-outcome]').count()).toBe(0);
    expect(await key.getByRole('button', { name: 'Entfernen' }).count()).toBe(1);
    await page.context().close();
  });

  it('an added ip4: for the phishing sender makes SPF pass, and with it DMARC (aligned SPF, RFC 9989 §4.4)', async () => {
    const { page } = await openSample('en-GB', 'phishing');
    await page.getByLabel('TXT record of xn--exmplebank-0qi.example').fill('v=spf1 ip4:198.51.100.200 ip4:203.0.113.66 ~all');
    await page.getByRole('button', { name: 'Analyse with these answers' }).click();
    await row(page, 'SPF').waitFor();
    expect(await row(page, 'SPF').locator('[data-before]').getAttribute('data-before')).toBe('softfail');
    expect(await row(page, 'SPF').locator('[data-after]').getAttribute('data-after')).toBe('pass');
    expect(await row(page, 'DMARC').locator('[data-after]').getAttribute('data-after')).toBe('pass');
    await page.context().close();
  });
});
