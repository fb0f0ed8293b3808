// The share dialog in Chromium against the production build: each preset
// gives a link that opens with its redaction; a redacted link opened with
// the network blocked shows the verdicts from before redaction as its main
// verdicts, each marked as the link's claim; a live re-check with no
// network says it cannot re-check; the dialog works with the keyboard alone.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { analyseWith, linkWithPreset, openShareDialog, PRESET_LABELS } from './share-page.ts';
import { decodeShareLink } from '../../src/core/share/share-link.ts';
import { messageBytes } from '../../src/core/share/share-state.ts';
import { presetSwitches, SHARE_PRESETS, type SharePreset } from '../../src/core/share/share-presets.ts';

let harness: Harness;
const links = new Map<SharePreset, string>();

beforeAll(async () => {
  harness = await startHarness();
  // One analysis of the phishing sample (SPF softfail, DMARC fail, a receiver that says so), shared with each preset.
  const page = await harness.browser.newPage();
  await analyseWith(page, harness.site.url, harness.doh, 'sample-phishing');
  await openShareDialog(page);
  for (const preset of SHARE_PRESETS) links.set(preset, await linkWithPreset(page, preset));
  await page.close();
});
afterAll(async () => {
  await harness?.close();
});

/** A fresh context whose only reachable server is the site: every other request (DoH included) fails. */
async function blockedContext(): Promise<{ context: BrowserContext; blocked: string[] }> {
  const context = await harness.browser.newContext();
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(harness.site.url)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  return { context, blocked };
}

async function cards(page: Page) {
  return page.locator('[data-verdict]').evaluateAll((nodes) =>
    nodes.map((node) => ({
      name: node.getAttribute('data-verdict') ?? '',
      word: node.querySelector('[data-result]')?.getAttribute('data-result') ?? '',
      mark: node.querySelector('[data-source-mark]')?.getAttribute('data-source-mark') ?? null,
      claim: node.querySelector('[data-claim]')?.getAttribute('data-claim') ?? null,
      replayed: node.querySelector('[data-replayed]')?.getAttribute('data-replayed') ?? null,
      differs: node.querySelectorAll('.receiver.differs').length,
    })),
  );
}

describe('the share dialog', () => {
  it('each preset makes a link that carries its redaction, and opens with it', async () => {
    const expected: Record<SharePreset, { gone: string[]; kept: string[] }> = {
      private: { gone: [], kept: ['ben.wagner@example.net', 'Examplebank Security', '203.0.113.66', 'unusual sign-in activity'] },
      colleague: { gone: ['ben.wagner@', 'Examplebank Security'], kept: ['@example.net', '203.0.113.66', 'unusual sign-in activity'] },
      public: { gone: ['ben.wagner', 'Examplebank Security', '203.0.113.66', 'unusual sign-in activity', 'Xk3mP9qR2sT5vW8yZ1bC4dF7gH0jL6nQ@web4711'], kept: [] },
    };
    for (const preset of SHARE_PRESETS) {
      const decoded = await decodeShareLink(links.get(preset)!);
      if (!decoded.ok) throw new Error(decoded.problem.message);
      const message = new TextDecoder().decode(messageBytes(decoded.state.message));
      expect(decoded.state.redaction?.switches ?? [], preset).toEqual(presetSwitches(preset));
      for (const text of expected[preset].gone) expect(message, `${preset}: ${text}`).not.toContain(text);
      for (const text of expected[preset].kept) expect(message, `${preset}: ${text}`).toContain(text);

      const page = await harness.browser.newPage();
      await page.goto(links.get(preset)!);
      await page.locator('[data-verdict="DMARC"] [data-result]').waitFor();
      const banner = await page.locator('[data-shared-banner]').innerText();
      if (preset === 'private') expect(banner).not.toContain('The sender redacted');
      else expect(banner).toContain(`The sender redacted: ${presetSwitches(preset).join(', ')}.`);
      const shown = await cards(page);
      for (const card of shown) expect(card.mark, `${preset} ${card.name}`).toBe('shared');
      expect(shown.some((card) => card.claim === 'before-redaction'), preset).toBe(preset !== 'private');
      await page.close();
    }
  });

  it('a redacted share opened with the network blocked shows the verdicts from before redaction as its main verdicts, labelled', async () => {
    const { context, blocked } = await blockedContext();
    const page = await context.newPage();
    await page.goto(links.get('public')!);
    await page.locator('[data-verdict="DMARC"] [data-result]').waitFor();
    const shown = await cards(page);
    const spf = shown.find((card) => card.name === 'SPF')!;
    const dmarc = shown.find((card) => card.name === 'DMARC')!;
    // The verdicts of the original, not of the redacted copy (whose addresses and IP addresses are placeholders).
    expect([spf.word, dmarc.word]).toEqual(['softfail', 'fail']);
    for (const card of [spf, dmarc]) {
      expect(card.claim, card.name).toBe('before-redaction');
      expect(card.replayed, card.name).not.toBe(card.word);
      // The receiver said softfail and fail too: nothing is flagged as differing any more.
      expect(card.differs, card.name).toBe(0);
    }
    for (const card of shown) expect(card.mark, card.name).toBe('shared');
    const spfCard = page.locator('[data-verdict="SPF"]');
    expect(await spfCard.innerText()).toContain('Claim of the shared link, computed before redaction');
    expect(await page.locator('[data-before-redaction]').innerText()).toContain('a claim of the link that you cannot check');
    expect(blocked).toEqual([]);
    await context.close();
  });

  it('a live re-check with the network blocked, or in offline mode, says it cannot re-check and compares nothing', async () => {
    const { context, blocked } = await blockedContext();
    const page = await context.newPage();
    await page.goto(links.get('private')!);
    await page.locator('[data-verdict="ARC"] [data-result]').waitFor();
    await page.getByRole('button', { name: 'Re-check with live DNS' }).click();
    const unreachable = page.locator('[data-recheck="blocked-unreachable"]');
    await unreachable.waitFor();
    expect(await unreachable.innerText()).toMatch(/^Cannot re-check: none of \d+ lookups reached the resolver/);
    expect(blocked.length).toBeGreaterThan(0);
    expect(await page.locator('[data-shared-banner] .changes').count()).toBe(0);

    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('DNS resolver').selectOption('offline');
    await page.getByText('Settings', { exact: true }).click();
    const before = blocked.length;
    await page.getByRole('button', { name: 'Re-check with live DNS' }).click();
    await page.locator('[data-recheck="blocked-offline"]').waitFor();
    expect(await page.locator('[data-recheck]').innerText()).toContain('offline mode is on');
    expect(blocked.length).toBe(before);
    await context.close();
  });

  it('a live re-check of a redacted link that reaches the resolver compares the redacted copy with itself, and says so', async () => {
    const page = await harness.browser.newPage();
    await page.goto(links.get('public')!);
    await page.locator('[data-verdict="DMARC"] [data-claim]').waitFor();
    await page.getByText('Settings', { exact: true }).click();
    await page.getByLabel('DNS resolver').selectOption('custom');
    await page.getByLabel('DNS-over-HTTPS URL').fill(harness.doh.url);
    await page.getByText('Settings', { exact: true }).click();
    await page.getByRole('button', { name: 'Re-check with live DNS' }).click();
    const compared = page.locator('[data-recheck="compared"]');
    await compared.waitFor();
    // Its "was" is the redacted copy's word with the link's answers, never the claimed word on the card.
    expect(await compared.innerText()).toMatch(/redacted copy/);
    expect(await compared.innerText()).not.toMatch(/when shared/);
    await page.close();
  });

  it('works with the keyboard alone: opens, picks a preset, copies the link, closes on Escape, and focus returns to the button', async () => {
    const context = await harness.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.site.url });
    const page = await context.newPage();
    await analyseWith(page, harness.site.url, harness.doh, 'sample-phishing');
    const focused = () => page.evaluate(() => ({ text: document.activeElement?.textContent?.trim() ?? '', inDialog: document.activeElement?.closest('dialog') !== null, label: (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? '' }));

    for (let i = 0; i < 200 && (await focused()).text !== 'Share or export…'; i++) await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Share or export…');
    await page.keyboard.press('Enter');
    await page.locator('dialog[data-share-dialog][open]').waitFor();
    // The choice comes first: focus is on the preset in force.
    expect((await focused()).label).toBe(PRESET_LABELS.private);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: PRESET_LABELS.colleague }).isChecked()).toBe(true);
    await page.locator('[data-made-for="local-parts,display-names"]').waitFor();

    // Space on a switch changes it, and the preset no longer matches.
    for (let i = 0; i < 30 && (await focused()).label !== 'IP addresses'; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.locator('[data-preset-custom]').waitFor();
    await page.locator('[data-made-for="local-parts,display-names,ip-addresses"]').waitFor();

    for (let i = 0; i < 30 && (await focused()).text !== 'Copy link'; i++) {
      await page.keyboard.press('Tab');
      expect((await focused()).inDialog).toBe(true);
    }
    await page.keyboard.press('Enter');
    await page.getByText('Link copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await page.getByLabel(/Share link/).inputValue());

    await page.keyboard.press('Escape');
    await page.locator('dialog[data-share-dialog]:not([open])').waitFor({ state: 'attached' });
    expect((await focused()).text).toBe('Share or export…');
    // The choice is kept for the next time.
    await page.keyboard.press('Enter');
    expect(await page.getByRole('checkbox', { name: 'IP addresses' }).isChecked()).toBe(true);
    await context.close();
  });
});
