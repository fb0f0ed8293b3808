// Hostile share links and messages in the page, in Chromium against the
// production build: a forged link never shows a verdict without saying
// whose DNS answers it rests on, whatever the link does to break the page;
// long tokens never push the verdict off screen or widen the page.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { DIST } from './harness.ts';
import { widerThanViewport } from './layout.ts';
import { encodeShareLink } from '../../src/core/share/share-link.ts';
import type { ShareState } from '../../src/core/share/share-state.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { note, sign, dkimKey, spfRecord, dmarcRecord } from '../cases/generate/fixtures.ts';
import { NOW } from '../cases/generate/case-types.ts';

let browser: Browser;
let site: StaticServer;

beforeAll(async () => {
  [browser, site] = await Promise.all([launchChromium(), startStaticServer(DIST)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

const ATTACKER_IP = '203.0.113.66';

/** A message "from PayPal", signed with the attacker's key, delivered from the attacker's server. */
function forgedPaypal(signatures: number): string {
  const received = `from mail.attacker.example (mail.attacker.example [${ATTACKER_IP}]) by mx.example.net with ESMTPS id 4AbCdE; Fri, 27 Nov 2026 11:54:40 +0000`;
  let message = note('forged-paypal', {
    from: 'PayPal <service@paypal.com>',
    subject: 'Your account is limited',
    above: [['Received', received]],
  });
  for (let i = 0; i < signatures; i++) message = sign(message, { key: 'rsa2048', domain: 'paypal.com', selector: `s${i}` });
  return message;
}

/** The answers the attacker puts in the link: their key, their IP authorised, a strict policy to look genuine. */
function attackerZone(signatures: number): ZoneFile {
  const zone = {
    ...spfRecord('paypal.com', `v=spf1 ip4:${ATTACKER_IP} -all`),
    ...dmarcRecord('paypal.com', 'v=DMARC1; p=reject'),
  };
  for (let i = 0; i < signatures; i++) Object.assign(zone, dkimKey(`s${i}`, 'paypal.com', 'rsa2048'));
  return { records: zone } as ZoneFile;
}

function shareState(message: string, zone: ZoneFile, extra: Partial<ShareState> = {}): ShareState {
  return {
    maillab: 1,
    message: { utf8: message },
    settings: { now: NOW, envelope: {}, hop: null },
    dns: zone,
    redaction: null,
    verifiedBeforeRedaction: null,
    ...extra,
  };
}

interface Watch {
  dialogs: number;
  errors: string[];
}

async function openWatched(link: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport });
  const watch: Watch = { dialogs: 0, errors: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs++;
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
      (window as unknown as { cspViolations: string[] }).cspViolations.push(event.violatedDirective);
    });
  });
  await page.goto(link);
  return { page, watch };
}

/** Every verdict card on the page, with its word and whether it says whose DNS it rests on. */
async function cards(page: Page): Promise<{ name: string; word: string; mark: string | null }[]> {
  return page.locator('[data-verdict]').evaluateAll((nodes) =>
    nodes.map((node) => ({
      name: node.getAttribute('data-verdict') ?? '',
      word: node.querySelector('[data-result]')?.getAttribute('data-result') ?? '',
      mark: node.querySelector('[data-source-mark]')?.getAttribute('data-source-mark') ?? null,
    })),
  );
}

describe('a forged share link', () => {
  it('shows its passes only as the link maker\'s claims, on every card, with a live re-check offered', async () => {
    const link = await encodeShareLink(shareState(forgedPaypal(1), attackerZone(1)), `${site.url}/`);
    const { page, watch } = await openWatched(link);
    await page.locator('[data-verdict="DMARC"] [data-result]').waitFor();
    const shown = await cards(page);
    expect(shown.find((card) => card.name.startsWith('DKIM paypal.com'))?.word).toBe('pass');
    expect(shown.length).toBeGreaterThanOrEqual(4);
    for (const card of shown) expect(card.mark, card.name).toBe('shared');
    expect(await page.locator('[data-shared-banner]').innerText()).toMatch(/forged link can make any message pass/);
    expect(await page.getByRole('button', { name: 'Re-check with live DNS' }).isVisible()).toBe(true);
    expect(watch).toEqual({ dialogs: 0, errors: [] });
    expect(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])).toEqual([]);
    await page.close();
  });

  it('with repeated DKIM indices and two signatures of one domain: every verdict still carries the mark, the re-check still renders', async () => {
    const reason = { en: 'verified', de: 'geprüft' };
    const duplicated = { index: 0, domain: 'paypal.com', selector: 's0', result: 'pass' as const, reason };
    const state = shareState(forgedPaypal(2), attackerZone(2), {
      redaction: { switches: ['ip-addresses'], replaced: {}, notes: [] },
      verifiedBeforeRedaction: { spf: { result: 'pass', reason }, dkim: [duplicated, duplicated, duplicated], dmarc: { result: 'pass', reason }, arc: null },
    });
    const { page, watch } = await openWatched(await encodeShareLink(state, `${site.url}/`));
    // A link the reader refuses is as safe as one that is marked; one that is shown must be marked.
    await page.locator('[data-verdict="DMARC"] [data-result], [data-problem^="share-"]').first().waitFor();
    const shown = await cards(page);
    const refused = await page.locator('[data-problem^="share-"]').count();
    expect(shown.length > 0 || refused > 0).toBe(true);
    for (const card of shown) expect(card.mark, card.name).toBe('shared');
    if (shown.length > 0) {
      expect(shown.filter((card) => card.name.startsWith('DKIM paypal.com'))).toHaveLength(2);
      const before = await page.locator('#results').getAttribute('data-completed');
      await page.getByRole('button', { name: 'Re-check with live DNS' }).click();
      await page.locator('[data-shared-banner] [role="status"]').waitFor();
      expect(await page.locator('#results').getAttribute('data-completed')).toBe(before);
      for (const card of await cards(page)) expect(card.mark, card.name).toBe('shared');
    }
    expect(watch.dialogs).toBe(0);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});

describe('long tokens', () => {
  // RFC 1035 §2.3.4: up to 255 octets in all, 63 per label; 251 characters in presentation form.
  const longDomain = ['a'.repeat(63), 'b'.repeat(63), 'c'.repeat(63), 'd'.repeat(51), 'example'].join('.');
  // The key's name sel._domainkey.<d=> must fit in 255 octets too, so the signing domain is a little shorter.
  const signingDomain = longDomain.slice(longDomain.length - 230).replace(/^[^.]*\./, 'e.');
  const token = 'x'.repeat(3000);

  function longMessage(): string {
    const received = `from ${longDomain} (${longDomain} [198.51.100.7]) by mx.example.net with ESMTP id ${token}; Fri, 27 Nov 2026 11:54:40 +0000`;
    return note('long-tokens', {
      from: `${token} <user@${longDomain}>`,
      subject: token,
      above: [['Received', received]],
      below: [['X-Long', token]],
    });
  }

  for (const width of [1280, 390]) {
    it(`keep every view within a ${width} px viewport, the verdict words on screen`, async () => {
      const message = sign(longMessage(), { key: 'rsa2048', domain: signingDomain, selector: 'sel' });
      const zone = { records: dkimKey('sel', signingDomain, 'rsa2048') } as ZoneFile;
      const { page, watch } = await openWatched(await encodeShareLink(shareState(message, zone), `${site.url}/`), { width, height: 900 });
      await page.locator('[data-verdict="DMARC"] [data-result]').waitFor();
      for (const tab of await page.locator('#results').getByRole('tab').all()) {
        await tab.click();
        expect(await widerThanViewport(page), `${await tab.innerText()} at ${width} px`).toEqual([]);
      }
      await page.getByRole('tab', { name: 'Verdict' }).click();
      const rights = await page.locator('[data-verdict] [data-result]').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect().right));
      for (const right of rights) expect(right).toBeLessThanOrEqual(width);
      expect(watch.errors).toEqual([]);
      await page.close();
    });
  }
});

describe('hostile messages and links in the page', () => {
  /** Pastes `text`, analyses it, and returns the problem codes shown once the analysis is done. */
  async function pasteAndAnalyse(page: Page, text: string): Promise<string[]> {
    await page.getByLabel('Raw message').fill(text);
    await page.getByRole('button', { name: 'Analyse' }).click();
    await page.locator('[data-verdict="DMARC"] [data-result]').waitFor();
    return page.locator('[data-problem], [data-code]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-problem') ?? node.getAttribute('data-code') ?? ''));
  }

  it('analyses the 25-byte Authentication-Results that once hung the worker, and a phishing message with a NUL byte', async () => {
    const { page, watch } = await openWatched(`${site.url}/`);
    // Issue 10 item 1: "\v" is no RFC 5322 white space; the tokenizer once stood still on it.
    const hang = await pasteAndAnalyse(page, 'Authentication-Results:\v=\n\nbody\n');
    expect(hang.some((code) => code.startsWith('error.worker'))).toBe(false);
    await page.close();
    // Issue 10 item 7: one NUL no longer hides a message as binary input.
    const second = await openWatched(`${site.url}/`);
    const withNul = forgedPaypal(0).replace('Your account is limited', 'Your account\u0000 is limited');
    const codes = await pasteAndAnalyse(second.page, withNul);
    expect(codes).toContain('stray-control-bytes');
    expect(codes).not.toContain('binary-input');
    expect(await second.page.locator('[data-verdict="DMARC"] [data-result]').getAttribute('data-result')).not.toBe('');
    expect([watch, second.watch]).toEqual([{ dialogs: 0, errors: [] }, { dialogs: 0, errors: [] }]);
    await second.page.close();
  });

  it('refuses a link with 200,000 DKIM verdicts with a clear message, not a frozen tab', async () => {
    const many = Array.from({ length: 200_000 }, (_, index) => ({ index, domain: 'paypal.com', selector: 's0', result: 'pass' as const, reason: { en: 'ok', de: 'ok' } }));
    const state = shareState(forgedPaypal(1), attackerZone(1), { verifiedBeforeRedaction: { spf: null, dkim: many, dmarc: null, arc: null } });
    const { page, watch } = await openWatched(await encodeShareLink(state, `${site.url}/`));
    await page.locator('[data-problem="share-over-limit"]').waitFor();
    expect(await page.locator('[data-verdict]').count()).toBe(0);
    expect(watch).toEqual({ dialogs: 0, errors: [] });
    await page.close();
  });
});
