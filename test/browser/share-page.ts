// The share dialog as a person uses it, for the browser tests: analyse a
// fixture case against a local DoH server, open the dialog, pick a preset,
// and read the link once it was made for the switches in view.

import type { Page } from 'playwright-core';
import type { DohServer } from '../support/doh-server.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';
import type { SharePreset } from '../../src/core/share/share-presets.ts';
import { presetSwitches } from '../../src/core/share/share-presets.ts';
import type { RedactionSwitch } from '../../src/core/share/redaction-switches.ts';

export const PRESET_LABELS: Record<SharePreset, string> = { private: 'Private', colleague: 'To a colleague', public: 'Public forum' };

/** Points the page at `doh`, pastes the case's message and waits for the verdicts. */
export async function analyseWith(page: Page, siteUrl: string, doh: DohServer, caseName: string): Promise<void> {
  const fixture = readCase(`${OWN_CASES}${caseName}`);
  doh.setZone(fixture.zone);
  await page.goto(siteUrl);
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('DNS resolver').selectOption('custom');
  await page.getByLabel('DNS-over-HTTPS URL').fill(doh.url);
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('Raw message').fill(new TextDecoder().decode(fixture.message));
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.locator('[data-verdict="DMARC"] [data-result]').waitFor();
}

export async function openShareDialog(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share or export…' }).click();
  await page.locator('dialog[data-share-dialog][open]').waitFor();
}

/** The link in the dialog, once it was made for exactly these switches. */
export async function linkFor(page: Page, switches: readonly RedactionSwitch[]): Promise<string> {
  await page.locator(`[data-share-dialog] [data-made-for="${switches.join(',')}"]`).waitFor();
  return page.getByLabel(/Share link/).inputValue();
}

/** Picks a preset in the open dialog and returns its link. */
export async function linkWithPreset(page: Page, preset: SharePreset): Promise<string> {
  await page.getByRole('radio', { name: PRESET_LABELS[preset] }).check();
  return linkFor(page, presetSwitches(preset));
}
