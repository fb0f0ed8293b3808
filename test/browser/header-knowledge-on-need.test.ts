// The built worker loads the header catalogue's groups and rule tables per
// message (src/core/headers/catalogue-groups.ts): a message with Microsoft
// and SpamAssassin fields fetches those chunks and is explained exactly as
// in Node, where every group is at hand; a plain message fetches none; a
// chunk the network refuses becomes a problem, not a failed analysis.
// The static server records what the worker asked for.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { groupOfName } from '../../src/core/headers/catalogue.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource, parseZoneFile } from '../../src/dns/zone.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { analyzeInWorker, startHarness, type Harness } from './harness.ts';
import { inOneLanguage } from './one-language.ts';

const SAMPLES = new URL('../../src/ui/samples/', import.meta.url).pathname;
const NOW = '2026-11-26T13:30:00Z';
// Every chunk of header knowledge the worker may load on need.
const ON_NEED = /\/assets\/(entries-[a-z-]+|spamassassin-rules|rspamd-symbols|microsoft-antispam-fields|confusables-table)-[\w-]{8}\.js$/;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Analyses in a fresh context (nothing cached) and names the chunks of header knowledge the worker fetched. */
async function analyzeInChromium(message: Uint8Array, zone: ZoneFile, refused?: RegExp) {
  const context = await harness.browser.newContext();
  // A chunk the network refuses, as when the build it belongs to was replaced.
  if (refused) await context.route(refused, (route) => route.abort('failed'));
  try {
    const page = await context.newPage();
    await page.goto(harness.site.url);
    harness.doh.setZone(zone);
    const before = harness.site.requests.length;
    const response = await analyzeInWorker(page, harness.workerPath, { message: Array.from(message), now: NOW, envelope: {}, dns: { kind: 'doh', url: harness.doh.url, format: 'wire', timeoutMs: 2000 } });
    if (!response.ok) throw new Error(`${response.problem.code}: ${response.problem.message}`);
    const fetched = harness.site.requests
      .slice(before)
      .map((path) => ON_NEED.exec(path)?.[1])
      .filter((name) => name !== undefined);
    const inNode = await analyze(message, { resolver: createLookupSession(createZoneSource(zone)).resolver, now: NOW, envelope: {} });
    // The English page's worker carries English prose only (vite-plugin-one-language.ts).
    return { analysis: inOneLanguage(response.analysis, 'en'), inNode: inOneLanguage(inNode, 'en'), fetched: [...new Set(fetched)].sort() };
  } finally {
    await context.close();
  }
}

describe('header knowledge loaded on need, in the built worker', () => {
  it('loads the Microsoft and SpamAssassin chunks for a message with their fields, and explains it as Node does', async () => {
    const office365 = readFileSync(`${SAMPLES}office365.eml`);
    const spamAssassin = 'X-Spam-Checker-Version: SpamAssassin 4.0.1 (2024-03-26) on mx.example.org\r\nX-Spam-Status: No, score=-0.9 required=5.0 tests=BAYES_00,DKIM_SIGNED,DKIM_VALID,SPF_PASS autolearn=ham autolearn_force=no version=4.0.1\r\n';
    const message = new Uint8Array([...new TextEncoder().encode(spamAssassin), ...office365]);
    const zone = parseZoneFile(JSON.parse(readFileSync(`${SAMPLES}office365.zone.json`, 'utf8')));
    const { analysis, inNode, fetched } = await analyzeInChromium(message, zone);
    expect(fetched).toEqual(expect.arrayContaining(['entries-microsoft', 'entries-microsoft-transport', 'entries-spam-filters', 'microsoft-antispam-fields', 'spamassassin-rules']));
    expect(analysis).toEqual(inNode);
    expect(analysis.problems.map((problem) => problem.code)).not.toContain('header-knowledge-not-loaded');
    const field = (name: string) => analysis.headers.find((header) => header.name.toLowerCase() === name)!;
    // Decoded with the rule tables: each rule and report field has its meaning.
    expect(field('x-spam-status').parts.find((part) => part.key === 'BAYES_00')?.meaning?.en).toMatch(/Bayes/i);
    expect(field('x-forefront-antispam-report').parts.find((part) => part.key === 'SCL')?.meaning).not.toBeNull();
    expect(field('x-ms-exchange-crosstenant-id').entry).not.toBeNull();
  });

  it('reports a chunk that fails to load as a problem and explains every other field', async () => {
    const message = readFileSync(`${SAMPLES}office365.eml`);
    const zone = parseZoneFile(JSON.parse(readFileSync(`${SAMPLES}office365.zone.json`, 'utf8')));
    const { analysis, inNode } = await analyzeInChromium(message, zone, /\/assets\/entries-microsoft-[\w-]{8}\.js$/);
    const problem = analysis.problems.find((item) => item.code === 'header-knowledge-not-loaded');
    expect(problem?.text.en).toMatch(/\(microsoft\)/);
    const report = analysis.headers.find((header) => header.name.toLowerCase() === 'x-forefront-antispam-report')!;
    expect(report).toMatchObject({ entry: null, parts: [] });
    // Every field of another group is explained as in Node.
    const explained = (headers: typeof analysis.headers) => headers.filter((header) => groupOfName(header.name) !== 'microsoft').map((header) => [header.name, header.entry]);
    expect(explained(analysis.headers)).toEqual(explained(inNode.headers));
    expect(analysis.dkim).toEqual(inNode.dkim);
  });

  it('loads no chunk of header knowledge for a plain message', async () => {
    const plain = [
      'Received: from mail.example.com (mail.example.com [192.0.2.10]) by mx.example.net with ESMTPS id 4Q1x; Thu, 26 Nov 2026 13:00:00 +0000',
      'From: Anna <anna@example.com>',
      'To: bob@example.net',
      'Subject: Lunch',
      'Date: Thu, 26 Nov 2026 13:59:58 +0100',
      'Message-ID: <lunch-1@example.com>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Noon?',
      '',
    ].join('\r\n');
    const { analysis, inNode, fetched } = await analyzeInChromium(new TextEncoder().encode(plain), parseZoneFile({ records: {} }));
    expect(fetched).toEqual([]);
    expect(analysis).toEqual(inNode);
    expect(analysis.headers.every((header) => header.entry !== null)).toBe(true);
  });
});
