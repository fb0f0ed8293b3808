// Every export beside the redaction switches, in Chromium against the
// production build (issue 10, item 6): a message with 50 secrets, in plain
// and disguised forms, is analysed over the local DoH server; with every
// switch on, none of the secrets is in the Markdown report, the JSON
// download, the share link (in any decoding) or the print view. With no
// switch on, the same exports hold them, which shows the search can fail.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { DIST } from './harness.ts';
import { decodeShareLink } from '../../src/core/share/share-link.ts';
import { REDACTION_SWITCHES } from '../../src/core/share/redaction-switches.ts';
import { linkFor, openShareDialog } from './share-page.ts';
import { everyDecoding, leakForms, leakedSecrets, macroZone, percent, stateDecodings, utf8View, type Secrets } from '../core/share/leak-forms.ts';

const FORMS: Secrets = { local: 'qlocalx', name: 'Quirin Zettelmeyer', laptop: 'qlaptopa', relay: 'qrelayb' };
const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const TO = range(10).map((i) => `qto${i}x`);
const NAMES = ['Qabelia Vorn', 'Qbertine Lusk', 'Qcyrill Manz', 'Qdoria Fenk', 'Qemmerich Sul'];
const MESSAGE_IDS = range(5).map((i) => `qmid${i}x.4711`);
const IPS = range(5).map((i) => `81.2.69.${141 + i}`);
const INTERNAL = range(5).map((i) => `qhost${i}x.corp.internal`);
const GUIDS = ['5d2b4c1e-8f3a-4b6d-9e7f-0a1b2c3d4e5f', '6e3c5d2f-9a4b-4c7e-8f0a-1b2c3d4e5f60', '7f4d6e3a-0b5c-4d8f-9a1b-2c3d4e5f6071'];
const PERCENT = range(5).map((i) => `qpct${i}x`);
const ENCODED = range(5).map((i) => `qew${i}x`);
const BOXES = range(3).map((i) => `qbox${i}x`);
const SECRETS = [...TO, FORMS.local, FORMS.name, FORMS.laptop, FORMS.relay, ...NAMES, ...MESSAGE_IDS, ...IPS, ...INTERNAL, ...GUIDS, ...PERCENT, ...ENCODED, ...BOXES];

function message(): string {
  const forms = Object.values(leakForms(FORMS));
  const word = (text: string) => `=?utf-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
  return [
    `Received: from ${INTERNAL[0]} (${INTERNAL[0]} [10.20.30.40]) by ${INTERNAL[1]} with LMTP id 1; Fri, 27 Nov 2026 10:00:09 +0000`,
    `Received: from ${FORMS.relay} (${FORMS.relay} [192.168.7.7]) by ${INTERNAL[2]} with ESMTP id 2; Fri, 27 Nov 2026 10:00:08 +0000`,
    ...BOXES.map((box, i) => `Received: from ${box} (${box} [10.9.9.${i + 1}]) by ${INTERNAL[3 + (i % 2)]} with SMTP id b${i}; Fri, 27 Nov 2026 10:00:0${7 - i} +0000`),
    ...IPS.map((ip, i) => `Received: from relay${i}.example.org (relay${i}.example.org [${ip}]) by mx.example.net with ESMTPS id c${i}; Fri, 27 Nov 2026 10:00:0${4 - i} +0000`),
    `Return-Path: <${FORMS.local}@example.com>`,
    ...forms.flatMap((form) => (form.header ? [form.header] : [])),
    `X-MS-Exchange-CrossTenant-Id: ${GUIDS[0]}`,
    `X-MS-Exchange-Organization-Network-Message-Id: ${GUIDS[1]}`,
    `X-MS-Exchange-CrossTenant-Network-Message-Id: ${GUIDS[2]}`,
    ...ENCODED.map((local, i) => `X-Note-${i}: ${word(`see ${local}@example.org`)}`),
    `From: ${word(FORMS.name)} <${FORMS.local}@example.com>`,
    `To: ${TO.slice(0, 5).map((local, i) => `"${NAMES[i]}" <${local}@example.net>`).join(', ')}`,
    `Cc: ${TO.slice(5).map((local) => `${local}@example.net`).join(', ')}`,
    'Subject: Quarterly numbers',
    'Date: Fri, 27 Nov 2026 09:59:00 +0000',
    `Message-ID: <${MESSAGE_IDS[0]}@mail.example.org>`,
    `References: ${MESSAGE_IDS.slice(1).map((id) => `<${id}@mail.example.org>`).join(' ')}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...forms.flatMap((form) => (form.body ? [form.body] : [])),
    ...PERCENT.map((local) => `Unsubscribe: https://lists.example.org/u?who=${percent(`${local}@example.net`)}`),
    '',
  ].join('\r\n');
}

let browser: Browser;
let site: StaticServer;
let doh: DohServer;

beforeAll(async () => {
  [browser, site, doh] = await Promise.all([launchChromium(), startStaticServer(DIST), startDohServer()]);
  doh.setZone(macroZone(FORMS.local) as never);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close(), doh?.close()]);
});

interface Exported {
  markdown: string;
  json: string;
  link: string[];
  print: string;
}

async function exportsWith(page: Page, switchesOn: boolean): Promise<Exported> {
  await page.goto(site.url);
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('DNS resolver').selectOption('custom');
  await page.getByLabel('DNS-over-HTTPS URL').fill(doh.url);
  await page.getByText('Settings', { exact: true }).click();
  await page.getByLabel('Raw message').fill(message());
  await page.getByRole('button', { name: 'Analyse' }).click();
  await page.locator('[data-verdict="DMARC"] [data-result]').waitFor();
  await openShareDialog(page);
  if (switchesOn) {
    for (const box of await page.locator('section.share input[type="checkbox"]').all()) await box.check();
    await page.locator('[data-redacted-print]').waitFor({ state: 'attached' });
  }
  await page.getByRole('button', { name: 'Copy report as Markdown' }).click();
  await page.getByText('Report copied as Markdown.').waitFor();
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the analysis (JSON)' }).click()]);
  const json = readFileSync((await download.path())!, 'utf8');
  const decoded = await decodeShareLink(await linkFor(page, switchesOn ? REDACTION_SWITCHES : []));
  if (!decoded.ok) throw new Error(decoded.problem.message);
  await page.emulateMedia({ media: 'print' });
  const print = await page.locator('body').innerText();
  await page.emulateMedia({ media: 'screen' });
  return { markdown, json, link: stateDecodings(decoded.state), print };
}

function leaks(exported: Exported): Record<keyof Exported, string[]> {
  // JSON escapes non-ASCII as itself, but a reader sees its decoded strings too.
  const views = (text: string) => everyDecoding([utf8View(text)]);
  return {
    markdown: leakedSecrets(SECRETS, views(exported.markdown)),
    json: leakedSecrets(SECRETS, views(exported.json)),
    link: leakedSecrets(SECRETS, exported.link),
    print: leakedSecrets(SECRETS, views(exported.print)),
  };
}

describe('exports beside the redaction switches', () => {
  it('plants 50 secrets', () => {
    expect(new Set(SECRETS).size).toBe(50);
  });

  it('with every switch on, no secret is in the Markdown, the JSON, the link or the print view', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const open = leaks(await exportsWith(await context.newPage(), false));
    const redacted = leaks(await exportsWith(await context.newPage(), true));
    const count = (found: Record<string, string[]>) => Object.fromEntries(Object.entries(found).map(([name, list]) => [name, list.length]));
    console.log(`secrets planted: ${SECRETS.length}; found with no switch: ${JSON.stringify(count(open))}; with every switch: ${JSON.stringify(count(redacted))}`);
    expect(open.markdown.length).toBeGreaterThan(10);
    expect(open.json.length).toBeGreaterThan(30);
    expect(open.print.length).toBeGreaterThan(10);
    expect(redacted).toEqual({ markdown: [], json: [], link: [], print: [] });
    await context.close();
  }, 120_000);
});
