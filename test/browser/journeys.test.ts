// How people use the page: in German, in the dark theme, with the keyboard
// only from paste to a hop's details, and watching DNS lookups pending.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('journeys', () => {
  it('speaks German to a German browser, everywhere', async () => {
    const context = await harness.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(harness.site.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.getByText('Einstellungen', { exact: true }).click();
    await page.getByLabel('DNS-Resolver').selectOption('offline');
    await page.getByText('Einstellungen', { exact: true }).click();
    const fixture = readCase(`${OWN_CASES}hops-amavis-top-spf`);
    await page.getByLabel('Rohnachricht').fill(new TextDecoder().decode(fixture.message));
    await page.getByRole('button', { name: 'Untersuchen' }).click();
    await page.locator('#results[data-completed="1"]').waitFor();
    let text = '';
    for (const tab of ['Ergebnis', 'Stationen und Weg', 'Kopffelder', 'DNS-Nachweise']) {
      await page.getByRole('tab', { name: tab }).click();
      text += await page.locator('main').innerText();
    }
    expect(text).toContain('Der Weg der Nachricht');
    expect(text).toContain('Vertrauensgrenze');
    // No English UI string leaked into the German page.
    for (const english of ['Raw message', 'Analyse', 'Trust boundary', 'Settings', 'not evaluated', 'Details']) {
      expect(text).not.toContain(english);
    }
    await context.close();
  });

  it('follows the dark theme of the system, and the choice made in the settings', async () => {
    const context = await harness.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(harness.site.url);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(21, 25, 29)');
    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('Light').check();
    expect(await background()).toBe('rgb(251, 251, 250)');
    await page.reload();
    expect(await background()).toBe('rgb(251, 251, 250)');
    await context.close();
  });

  it('goes from paste to a hop’s details with the keyboard alone', async () => {
    const context = await harness.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.url });
    const page = await context.newPage();
    await page.goto(harness.site.url);
    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('DNS resolver').selectOption('offline');
    await page.getByText('Settings', { exact: true }).click();
    const fixture = readCase(`${OWN_CASES}hops-dovecot-lmtp-spf`);
    await page.evaluate((text) => navigator.clipboard.writeText(text), new TextDecoder().decode(fixture.message));

    // From the top of the page: Tab until the text area has focus, paste.
    await page.locator('body').focus();
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.id === 'raw-message')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('raw-message');
    await page.keyboard.press('Control+V');
    await page.locator('#results[data-completed="1"]').waitFor();

    // Tab to the tab list, arrow to "Hops and path", Tab to the first Details button, Enter.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Hops and path');
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.textContent?.startsWith('Details'))); i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const details = page.locator('#panel-hops .hop-details');
    await details.waitFor();
    expect(await details.innerText()).toContain('The field as written');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    await context.close();
  });

  it('shows which DNS lookups are pending while they are', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(harness.site.url);
    const fixture = readCase(`${OWN_CASES}dkim-key-timeout`);
    harness.doh.setZone(fixture.zone);
    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('DNS resolver').selectOption('custom');
    await page.getByLabel('DNS-over-HTTPS URL').fill(harness.doh.url);
    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('Raw message').fill(new TextDecoder().decode(fixture.message));
    await page.getByRole('button', { name: 'Analyse' }).click();
    const held = fixture.expect.dkim![0]!;
    const pending = page.locator('.pending');
    await pending.getByText(`TXT ${held.selector}._domainkey.${held.domain}`).waitFor();
    expect(await pending.innerText()).toMatch(/Waiting for \d+ DNS answer/);
    await page.locator('#results[data-completed="1"]').waitFor({ timeout: 30_000 });
    expect(await pending.innerText()).toBe('');
    await context.close();
  });
});
