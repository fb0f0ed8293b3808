// The mail path as drawn from the core's route, in the production build:
// the facts on the picture (roles of every sample and hop case, TLS never
// "unencrypted" when unknown, one node per host, Outlook for MAPI), the
// legend in both languages, no label on another label, a node or an
// arrowhead at 1280 px, 390 px and 1024×768 at 150 %, and axe-core clean.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';
import { EN } from '../../src/ui/i18n/messages-en.ts';
import { DE } from '../../src/ui/i18n/messages-de.ts';
import { ROUTE_LEGEND } from '../../src/core/path/route-legend.ts';

const SHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const SIZES: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
  // A 1024×768 projector at 150 % zoom: 683 CSS pixels wide.
  projector: { viewport: { width: 683, height: 512 }, deviceScaleFactor: 1.5 },
};

/** A chain of `hops` relays between example hosts, newest field on top, a minute apart; long IPv6 literals as HELO names. */
function chainMessage(hops: number): string {
  const fields: string[] = [];
  for (let hop = hops; hop >= 1; hop--) {
    const minute = String(hop).padStart(2, '0');
    fields.push(
      `Received: from [IPv6:2001:db8:ffff:1234:5678:9abc:def0:${hop}] (very-long-relay-host-name-${hop - 1}.mail.example.net [2001:db8:ffff:1234:5678:9abc:def0:${hop}])\r\n` +
        `\tby very-long-relay-host-name-${hop}.mail.example.net (Postfix) with ${hop % 3 === 0 ? 'SMTP' : hop % 3 === 1 ? 'ESMTPS' : 'Microsoft SMTP Server'} id 4Q${hop}X${hop};\r\n\tFri, 27 Nov 2026 10:${minute}:00 +0000`,
    );
  }
  return [...fields, 'From: a@example.net', 'To: b@example.org', 'Subject: hops', 'Date: Fri, 27 Nov 2026 10:00:00 +0000', '', 'hi', ''].join('\r\n');
}

interface OpenOptions {
  locale?: string;
  zone?: unknown;
  /** Playwright's clock, so animation frames advance on command, and reduced motion. */
  stillClock?: boolean;
}

async function openWith(size: string, message: string, options: OpenOptions = {}): Promise<Page> {
  const context = await harness.browser.newContext({ ...SIZES[size], locale: options.locale ?? 'en-GB', ...(options.stillClock ? { reducedMotion: 'reduce' as const } : {}) });
  const page = await context.newPage();
  if (options.stillClock) await page.clock.install({ time: new Date('2026-11-27T12:00:00Z') });
  await page.goto(harness.site.url);
  await page.locator('summary').first().click();
  if (options.zone) {
    harness.doh.setZone(options.zone as never);
    await page.locator('select').first().selectOption('custom');
    await page.locator('input[type=url]').fill(harness.doh.url);
  } else {
    await page.locator('select').first().selectOption('offline');
  }
  await page.locator('summary').first().click();
  await page.locator('#raw-message').fill(message);
  await page.locator('button.run').click();
  await page.locator('#results[data-completed="1"]').waitFor();
  const messages = options.locale?.startsWith('de') ? DE : EN;
  await page.getByRole('tab', { name: messages['tab.hops'] }).click();
  await page.locator('.path svg').waitFor();
  return page;
}

async function openCase(size: string, name: string, locale = 'en-GB', stillClock = false): Promise<Page> {
  const fixture = readCase(`${OWN_CASES}${name}`);
  return openWith(size, new TextDecoder().decode(fixture.message), { locale, zone: fixture.zone, stillClock });
}

/** Every label's box, every node's box and every arrowhead's box on screen, and what overlaps. */
function collisions(page: Page) {
  return page.evaluate(() => {
    type Box = { left: number; top: number; right: number; bottom: number; name: string };
    const box = (element: Element, name: string): Box => {
      const r = element.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, name };
    };
    const svg = document.querySelector<SVGSVGElement>('.path svg')!;
    const ctm = svg.getScreenCTM()!;
    const labels = [...svg.querySelectorAll('text.label')].filter((t) => t.textContent!.trim() !== '').map((t) => ({ ...box(t, t.textContent!), node: t.closest('g.node') }));
    const nodes = [...svg.querySelectorAll('g.node')].map((g) => ({ ...box(g.querySelector('rect')!, `node ${g.querySelector('text')!.textContent}`), g }));
    const arrows = [...svg.querySelectorAll('g.edge polyline')].map((line) => {
      const points = line.getAttribute('points')!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
      const [x2, y2] = points[points.length - 1]!;
      const [x1, y1] = points[points.length - 2]!;
      const length = Math.hypot(x2 - x1, y2 - y1);
      const back = { x: x2 - ((x2 - x1) / length) * 10, y: y2 - ((y2 - y1) / length) * 10 };
      const a = new DOMPoint(Math.min(back.x, x2) - 5, Math.min(back.y, y2) - 5).matrixTransform(ctm);
      const b = new DOMPoint(Math.max(back.x, x2) + 5, Math.max(back.y, y2) + 5).matrixTransform(ctm);
      return { left: a.x, top: a.y, right: b.x, bottom: b.y, name: 'arrowhead' };
    });
    const frame = svg.getBoundingClientRect();
    const hit = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    const problems: string[] = [];
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) if (hit(a, b)) problems.push(`label "${a.name}" on label "${b.name}"`);
      for (const n of nodes) {
        const inside = a.left >= n.left && a.right <= n.right && a.top >= n.top && a.bottom <= n.bottom;
        if (a.node === n.g ? !inside : hit(a, n)) problems.push(`label "${a.name}" ${a.node === n.g ? 'spills out of' : 'on'} ${n.name}`);
      }
      for (const arrow of arrows) if (hit(a, arrow)) problems.push(`label "${a.name}" on an arrowhead`);
      if (a.left < frame.left - 0.5 || a.right > frame.right + 0.5) problems.push(`label "${a.name}" outside the picture`);
    });
    return { problems, labels: labels.length, nodes: nodes.length, arrows: arrows.length };
  });
}

describe('no label collides', () => {
  for (const size of Object.keys(SIZES)) {
    for (const hops of [1, 5, 12, 30]) {
      it(`${hops} hops at ${size}`, async () => {
        const page = await openWith(size, chainMessage(hops));
        const found = await collisions(page);
        // The literal HELO of the first client makes it a mail program (hop-role.ts): program, the relays, mailbox, MRA, reader.
        expect(found.nodes).toBe(hops + 4);
        await page.locator('.path').screenshot({ path: `${SHOTS}path-${hops}-hops-${size}.png` });
        expect(found.problems).toEqual([]);
        await page.context().close();
      });
    }
    for (const name of ['sample-normal', 'sample-mailing-list', 'sample-office365', 'sample-greylisting']) {
      it(`${name} at ${size}, in German`, async () => {
        const page = await openCase(size, name, 'de-DE');
        await page.locator('.path').screenshot({ path: `${SHOTS}path-${name}-${size}-de.png` });
        expect((await collisions(page)).problems).toEqual([]);
        await page.context().close();
      });
    }
  }
});

/** The roles on each node as drawn, and each step's TLS word. */
const drawnRoles = (page: Page) => page.locator('.path g.node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-roles')));
const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((n) => n.textContent));
const sides = (page: Page) => (page.locator('.path g.band').evaluateAll((bands) => bands.map((b) => b.getAttribute('data-side')))).then((all) => all.filter((side, i) => side !== all[i - 1]));

describe('the facts on the picture', () => {
  it('the normal sample: one mail.example.com with its filter loop, the whole path to the reader', async () => {
    const page = await openCase('desktop', 'sample-normal');
    expect(await drawnRoles(page)).toEqual(['MUA', 'MSA filter', 'MX', 'MDA', 'mailbox', 'MRA', 'MUA']);
    const hosts = await texts(page, '.path g.node text.host');
    expect(hosts.filter((h) => h === 'mail.example.com')).toHaveLength(1);
    expect(await texts(page, '.path g.node text.loop')).toEqual(['↻ amavisd-new, port 10026']);
    expect(await page.locator('.path g.node.inferred').count()).toBe(3);
    expect(await page.locator('.path g.edge.inferred').count()).toBe(3);
    expect(await sides(page)).toEqual(['sender', 'receiver']);
    expect(await texts(page, '.path g.boundary text')).toEqual(['trust boundary']);
    await page.context().close();
  });

  it('the Office 365 sample: Outlook over MAPI, never the server, and its TLS unknown, not "no TLS"', async () => {
    const page = await openCase('desktop', 'sample-office365');
    expect((await texts(page, '.path g.node text.host'))[0]).toBe('Outlook (MAPI)');
    const first = page.locator('.path g.edge').first();
    expect(await first.getAttribute('data-tls')).toBe('unknown');
    expect(await first.locator('text.tls').textContent()).toBe('TLS ?');
    expect(await page.locator('.path .narration').innerText()).toContain('does not say whether the connection was encrypted');
    await page.context().close();
  });

  it('the fetchmail case: the POP3 server stored the message, laptop.example.org is the MRA', async () => {
    const page = await openCase('desktop', 'hops-fetchmail-pop3-spf');
    expect(await drawnRoles(page)).toEqual(['MUA', 'MTA', 'MX MDA', 'mailbox', 'MRA', 'MUA']);
    await page.context().close();
  });

  it('never calls an unknown TLS unencrypted, in any hop fixture case', async () => {
    const page = await openCase('desktop', 'hops-fetchmail-imap-local');
    const unknown = page.locator('.path g.edge[data-tls="unknown"]:not(.inferred) text.tls');
    expect(await unknown.evaluateAll((nodes) => nodes.map((n) => n.textContent))).toEqual(['TLS ?']);
    expect(await texts(page, '.path g.edge[data-tls="unknown"] text.tls')).not.toContain('no TLS');
    await page.context().close();
  });

  it('the mailing-list sample: the list in its own band, DKIM, ARC, SPF and the changed body where they happened', async () => {
    const page = await openCase('desktop', 'sample-mailing-list');
    expect(await sides(page)).toEqual(['sender', 'intermediary', 'receiver']);
    const checks = await page.locator('.path g.node').evaluateAll((nodes) => nodes.map((n) => [...n.querySelectorAll('text.check')].map((t) => t.textContent)));
    // A line too long for its box is cut with "…"; the box's tooltip has it whole.
    const shown = (full: string[]) => full.map((line) => (n: string | null) => n === line || (n!.endsWith('…') && line.startsWith(n!.slice(0, -1))));
    const matches = (got: (string | null)[], full: string[]) => got.length === full.length && shown(full).every((test, i) => test(got[i]!));
    expect(matches(checks[1]!, ['DKIM example.com: fail']), String(checks[1])).toBe(true);
    expect(matches(checks[2]!, ['DKIM lists.example.org: pass', 'ARC i=1 lists.example.org', 'body changed']), String(checks[2])).toBe(true);
    expect(matches(checks[3]!, ['SPF: pass']), String(checks[3])).toBe(true);
    const title = await page.locator('.path g.node').nth(2).locator('title').first().textContent();
    expect(title).toContain('DKIM lists.example.org: pass — ARC i=1 lists.example.org');
    await page.context().close();
  });
});

describe('the whole text by keyboard', () => {
  it('each host is a tab stop whose callout shows the text its box cuts, and the callout leaves with the focus', async () => {
    const page = await openWith('phone', chainMessage(5));
    await page.locator('.path g.node').first().waitFor();
    const nodes = page.locator('.path g.node');
    expect(await nodes.evaluateAll((all) => all.map((n) => (n as SVGGElement).tabIndex))).toEqual(Array(await nodes.count()).fill(0));
    const cutAt = await nodes.evaluateAll((all) => all.findIndex((n) => [...n.querySelectorAll('text')].some((t) => t.textContent?.endsWith('…'))));
    expect(cutAt).toBeGreaterThanOrEqual(0);
    const third = nodes.nth(cutAt);
    await third.focus();
    const callout = page.locator('.path g.callout text');
    const shown = (await callout.allTextContents()).join('');
    const title = (await third.locator('title').first().textContent())!.replaceAll('\n', '');
    expect(shown).toBe(title);
    expect(await third.getAttribute('aria-label')).toBe(await third.locator('title').first().textContent());
    const box = await page.locator('.path g.callout rect').boundingBox();
    const picture = await page.locator('.path svg').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(picture!.x);
    expect(box!.x + box!.width).toBeLessThanOrEqual(picture!.x + picture!.width + 1);
    await page.locator('.path g.callout').screenshot({ path: `${SHOTS}path-callout-phone.png` });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('node'))).toBe(true);
    expect(await callout.count()).toBeGreaterThan(0);
    await page.locator('.path h2, .path summary').first().click();
    expect(await callout.count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('the conversation of each step', () => {
  it('shows AUTH and STARTTLS for the ESMTPSA submission, LHLO for LMTP, each line with its source', async () => {
    const page = await openCase('desktop', 'sample-normal');
    const lines = () => page.locator('.path .dialogue li code').allInnerTexts();
    expect(await lines()).toEqual(expect.arrayContaining(['C: STARTTLS', 'C: AUTH PLAIN …', 'C: RCPT TO:<ben.wagner@example.net>', 'S: 250 2.0.0 Ok: queued as 4YhK2x0Q3Dz9sVp']));
    expect(await page.locator('.path .dialogue li small').first().innerText()).toBe('from the “by mail.example.com” clause');
    await page.getByRole('button', { name: 'Next step' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    expect((await lines())[1]).toBe('C: LHLO mx.example.net');
    expect(await lines()).not.toContain('C: STARTTLS');
    await page.context().close();
  });
});

describe('the legend', () => {
  for (const [locale, messages, language] of [
    ['en-GB', EN, 'en'],
    ['de-DE', DE, 'de'],
  ] as const) {
    it(`spells out every role in ${language}, one sentence each`, async () => {
      const page = await openCase('desktop', 'sample-normal', locale);
      const legend = page.locator('.path .legend');
      expect(await legend.locator('summary').innerText()).toBe(messages['path.legend']);
      const terms = await legend.locator('dt').allInnerTexts();
      expect(terms).toEqual([...ROUTE_LEGEND.map((entry) => entry.name[language]), messages['path.legend.tls'], messages['path.legend.checks']]);
      expect(await legend.locator('dd').allInnerTexts()).toEqual([...ROUTE_LEGEND.map((entry) => entry.sentence[language]), messages['path.legend.tlsSentence'], messages['path.legend.checksSentence']]);
      await page.context().close();
    });
  }
});

describe('presenter mode', () => {
  it('is driven by the keyboard alone at 1024×768 and 150 %, honours reduced motion, and its labels keep apart', async () => {
    const page = await openCase('projector', 'sample-normal', 'en-GB', true);
    await page.getByRole('button', { name: 'Presenter mode' }).focus();
    await page.keyboard.press('Enter');
    const section = page.locator('section.path.presenting');
    await section.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('path'))).toBe(true);
    const counter = () => section.locator('.counter').innerText();
    expect(await counter()).toBe('1 / 6');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await counter()).toBe('3 / 6');
    await page.keyboard.press('ArrowLeft');
    expect(await counter()).toBe('2 / 6');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.fullscreenElement?.classList.contains('path') === true);
    await page.keyboard.press('F');
    await page.waitForFunction(() => document.fullscreenElement === null);
    expect(await section.boundingBox()).toEqual({ x: 0, y: 0, width: 683, height: 512 });
    const active = await section.locator('g.edge.active').boundingBox();
    expect(active!.y).toBeGreaterThanOrEqual(0);
    expect(active!.y + active!.height).toBeLessThanOrEqual(512);
    await page.screenshot({ path: `${SHOTS}path-presenter-projector.png` });
    expect((await collisions(page)).problems).toEqual([]);
    // Reduced motion: playing jumps from step to step, the envelope never between two ends.
    await page.keyboard.press(' ');
    await page.clock.runFor(1500);
    expect(await counter()).toBe('3 / 6');
    await page.keyboard.press(' ');
    expect(await section.getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.locator('section.path.presenting').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Presenter mode' }).isVisible()).toBe(true);
    await page.context().close();
  });

  it('is axe-core clean in presenter mode, in German', async () => {
    const page = await openCase('projector', 'sample-mailing-list', 'de-DE');
    await page.getByRole('button', { name: DE['path.present'] }).click();
    await page.locator('section.path.presenting').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: string): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run('.path')).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  for (const size of Object.keys(SIZES)) {
    it(`axe-core finds nothing serious on the path at ${size}`, async () => {
      const page = await openCase(size, 'sample-mailing-list');
      await page.locator('.path .steps summary').click();
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
