// Fixture cases pasted into the page as a user would, with the local DNS
// server as the resolver: the verdict cards, the hop table and the mail
// path must show what each case expects.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { OWN_CASES, listCaseFolders, readCase } from '../support/fixture-cases.ts';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.browser.newPage();
  // A step that cannot happen fails the case instead of holding the run.
  page.setDefaultTimeout(30_000);
  await page.goto(harness.site.url);
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('DNS resolver').selectOption('custom');
  await page.getByLabel('DNS-over-HTTPS URL').fill(harness.doh.url);
  await page.getByText('Settings', { exact: true }).click();
});
afterAll(async () => {
  await harness?.close();
});

// Every family of case: authentication of each kind, hops of each MTA family, bounces, kinds of message.
const CASES = listCaseFolders(OWN_CASES)
  .map((folder) => folder.split('/').pop()!)
  .filter((name) => /^(dkim-(ed25519|body-altered|rsa2048)|spf-(include-pass|fail-dash-all)|dmarc-(relaxed-dkim-subdomain|strict-adkim-fail)|arc-two-instances-pass|hops-(amavis-top-spf|exim-submission-relay|fetchmail-pop3-spf|exchange-online|gmail-mailbox|greylist-postgrey)|bounce-(userunknown|mailboxfull|delivered)|kind-.+)$/.test(name));

async function analysePasted(text: string): Promise<void> {
  const before = Number(await page.locator('#results').getAttribute('data-completed'));
  // After a result the input is folded to one line; Edit opens it again.
  const folded = page.locator('[data-input-folded]');
  if (await folded.isVisible()) await folded.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Raw message').fill(text);
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.locator(`#results[data-completed="${before + 1}"]`).waitFor();
}

describe('fixture cases pasted into the page', () => {
  it('covers at least 10 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(CASES)('%s', async (name) => {
    const fixture = readCase(`${OWN_CASES}${name}`);
    harness.doh.setZone(fixture.zone);
    await analysePasted(new TextDecoder().decode(fixture.message));
    const { expect: wanted } = fixture;
    const word = (selector: string) => page.locator(`${selector} [data-result]`).first().getAttribute('data-result');
    // Cases that give the envelope in case.json are checked for DKIM, DMARC and ARC only: the page infers the envelope.
    if (wanted.spf && !fixture.smtp) expect(await word('[data-verdict="SPF"]')).toBe(wanted.spf);
    if (wanted.dmarc && !fixture.smtp) expect(await word('[data-verdict="DMARC"]')).toBe(wanted.dmarc);
    if (wanted.arc) expect(await word('[data-verdict="ARC"]')).toBe(wanted.arc);
    for (const signature of wanted.dkim ?? []) {
      expect(await word(`[data-verdict="DKIM ${signature.domain} (s=${signature.selector})"]`)).toBe(signature.result);
    }
    if (wanted.hops) {
      const rows = page.locator('#panel-hops tr[data-hop]');
      expect(await rows.count()).toBe(wanted.hops.length);
      const roles = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-role')));
      wanted.hops.forEach((hop, index) => {
        if (hop.role) expect(roles[index]).toBe(hop.role);
      });
      // Every hop is on the path once: a step of the hop's role, or a loop inside its host (a content filter, a re-injection).
      const steps = await page.locator('#panel-hops g.edge[data-hop]').evaluateAll((gs) => gs.map((g) => [Number(g.getAttribute('data-hop')), g.getAttribute('data-step')] as const));
      const looped = await page.locator('#panel-hops g.node [data-hops]').evaluateAll((lines) => lines.flatMap((line) => line.getAttribute('data-hops')!.split(' ').map(Number)));
      expect([...steps.map(([hop]) => hop), ...looped].sort((a, b) => a - b)).toEqual(wanted.hops.map((_, index) => index + 1));
      for (const [hop, step] of steps) if (wanted.hops[hop - 1]!.role) expect(step, `hop ${hop}`).toBe(wanted.hops[hop - 1]!.role);
    }
    if (wanted.kind) {
      expect(await page.locator('[data-message-kind]').getAttribute('data-message-kind')).toBe(wanted.kind);
      // The page opens on the diagnosis only for a bounce with a failed recipient, else on the verdict.
      const opens = wanted.kind === 'non-delivery' ? 'bounce' : 'verdict';
      expect(await page.locator('#results [role="tab"][aria-selected="true"]').getAttribute('id')).toBe(`tab-${opens}`);
    }
    if (wanted.bounce) {
      const recipient = page.locator('#panel-bounce article.recipient').first();
      if (wanted.bounce.reason) expect(await recipient.getAttribute('data-reason')).toBe(wanted.bounce.reason);
      if (wanted.bounce.recipient) expect(await recipient.locator('h4').innerText()).toBe(wanted.bounce.recipient);
      if (wanted.bounce.status) expect(await recipient.locator('.headline code').first().innerText()).toBe(wanted.bounce.status);
    }
  });
});
