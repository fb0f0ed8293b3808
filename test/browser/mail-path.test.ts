// The animated mail path: stepping through a 5-hop message, playing it
// with and without reduced motion, and drawing 1 and 30 hops correctly.
// Each relay chain is drawn from the sender's program (inferred: no field
// records it) to the reader's, so n hops make n + 4 steps.
// The clock is Playwright's, so animation frames advance on command.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** A message whose Received chain has `hops` relays, newest field on top, a minute apart. */
function chainMessage(hops: number): string {
  const fields: string[] = [];
  for (let hop = hops; hop >= 1; hop--) {
    const minute = String(hop).padStart(2, '0');
    fields.push(
      `Received: from relay${hop - 1}.example.net (relay${hop - 1}.example.net [192.0.2.${hop}])\r\n` +
        `\tby relay${hop}.example.net (Postfix) with ESMTPS id 4Q${hop}X${hop};\r\n\tFri, 27 Nov 2026 10:${minute}:00 +0000`,
    );
  }
  return [...fields, 'From: a@example.net', 'To: b@example.org', 'Subject: hops', 'Date: Fri, 27 Nov 2026 10:00:00 +0000', '', 'hi', ''].join('\r\n');
}

async function openPath(context: BrowserContext, hops: number): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install({ time: new Date('2026-11-27T12:00:00Z') });
  await page.goto(harness.site.url);
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('DNS resolver').selectOption('offline');
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('Raw message').fill(chainMessage(hops));
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.locator('#results[data-completed="1"]').waitFor();
  await page.getByRole('tab', { name: 'Hops and path' }).click();
  return page;
}

const status = (page: Page) => page.locator('.path .status').innerText();

/** The envelope's centre and the end points of the step it is on. */
async function envelopeOn(page: Page, step: number) {
  return page.evaluate((index) => {
    const envelope = document.querySelector('.path g.envelope')!;
    const [x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(envelope.getAttribute('transform')!)!.slice(1).map(Number) as [number, number];
    const line = document.querySelectorAll('.path g.edge polyline')[index]!;
    const points = line.getAttribute('points')!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
    const [x1, y1] = points[0]!;
    const [x2, y2] = points[points.length - 1]!;
    return { x: x + 12, y: y + 8, x1, y1, x2, y2 };
  }, step);
}

describe('the mail path', () => {
  it('steps through a 5-hop message with the buttons and the keyboard', async () => {
    const context = await harness.browser.newContext();
    const page = await openPath(context, 5);
    expect(await page.locator('.path g.node').count()).toBe(10);
    expect(await page.locator('.path g.edge').count()).toBe(9);
    expect(await status(page)).toBe('Step 1 of 9: the sender’s program → relay0.example.net');
    expect(await page.locator('.path .narration').innerText()).toMatch(/^Inferred: No Received field records this step/);
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await status(page)).toBe('Step 2 of 9: relay0.example.net → relay1.example.net');
    expect(await page.locator('.path .narration').innerText()).toMatch(/^Hop 1: relay0\.example\.net passed the message with ESMTPS .* The connection was encrypted \(TLS\)\.$/);
    for (let i = 0; i < 7; i++) await page.getByRole('button', { name: 'Next step' }).click();
    expect(await status(page)).toMatch(/^Step 9 of 9: IMAP or POP3 client → the reader’s program/);
    expect(await page.getByRole('button', { name: 'Next step' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Previous step' }).click();
    expect(await status(page)).toMatch(/^Step 8 of 9/);
    await page.locator('.path .canvas').focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await status(page)).toMatch(/^Step 6 of 9/);
    await context.close();
  });

  it('moves the envelope along each step when playing', async () => {
    const context = await harness.browser.newContext({ reducedMotion: 'no-preference' });
    const page = await openPath(context, 5);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.clock.runFor(700);
    const midway = await envelopeOn(page, 0);
    expect(midway.x).toBeGreaterThan(midway.x1 + 5);
    expect(midway.x).toBeLessThan(midway.x2 - 5);
    await page.clock.runFor(9 * 1400);
    expect(await status(page)).toMatch(/^Step 9 of 9/);
    expect(await page.getByRole('button', { name: 'Play' }).isVisible()).toBe(true);
    await context.close();
  });

  it('with reduced motion, steps from hop to hop without moving in between', async () => {
    const context = await harness.browser.newContext({ reducedMotion: 'reduce' });
    const page = await openPath(context, 5);
    await page.getByRole('button', { name: 'Play' }).click();
    for (let step = 0; step < 3; step++) {
      await page.clock.runFor(700);
      const at = await envelopeOn(page, step);
      expect([at.x, at.y]).toEqual([at.x2, at.y2]);
      await page.clock.runFor(700);
    }
    await context.close();
  });

  it('draws a single hop, from program to program', async () => {
    const context = await harness.browser.newContext();
    const page = await openPath(context, 1);
    expect(await page.locator('.path g.node').count()).toBe(6);
    expect(await status(page)).toMatch(/^Step 1 of 5/);
    expect(await page.getByRole('button', { name: 'Next step' }).isDisabled()).toBe(false);
    expect(await page.getByRole('button', { name: 'Previous step' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('draws 30 hops with every node inside the picture and none on top of another', async () => {
    const context = await harness.browser.newContext();
    const page = await openPath(context, 30);
    expect(await page.locator('.path g.node').count()).toBe(35);
    expect(await page.locator('.path g.edge').count()).toBe(34);
    const layout = await page.evaluate(() => {
      const svg = document.querySelector('.path svg')!;
      const [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
      const nodes = [...document.querySelectorAll('.path g.node')].map((node) => {
        const [x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(node.getAttribute('transform')!)!.slice(1).map(Number) as [number, number];
        const rect = node.querySelector('rect')!;
        return { x, y, w: Number(rect.getAttribute('width')), h: Number(rect.getAttribute('height')) };
      });
      return { width, height, nodes };
    });
    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.x + node.w).toBeLessThanOrEqual(layout.width);
      expect(node.y + node.h).toBeLessThanOrEqual(layout.height);
    }
    const overlaps = layout.nodes.flatMap((a, i) =>
      layout.nodes.slice(i + 1).filter((b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h),
    );
    expect(overlaps).toEqual([]);
    await page.locator('.path .canvas').focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    expect(await status(page)).toBe('Step 31 of 34: relay29.example.net → relay30.example.net');
    await context.close();
  });

  it('shows the bounce sample\'s failed delivery with the server\'s refusal (5xx with its status), each line saying where it comes from, in German too', async () => {
    const context = await harness.browser.newContext({ locale: 'de-DE' });
    const page = await context.newPage();
    await page.goto(harness.site.url);
    await page.locator('.samples select').selectOption('bounce');
    await page.locator('#results[data-completed="1"]').waitFor();
    await page.locator('#tab-hops').click();
    const attempt = page.locator('[data-failed-attempts] [data-failed-attempt]').first();
    await attempt.waitFor();
    const text = await attempt.innerText();
    expect(text).toMatch(/RCPT TO:<[^>]+>/);
    expect(text).toMatch(/S: 5\d\d 5\.\d\.\d/);
    expect(text).toContain('abgelehnt');
    expect(text).toContain('Diagnostic-Code');
    await context.close();
  });
});

