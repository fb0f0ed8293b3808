// Every fixture case, run through the built worker in Chromium against the
// local DNS-over-HTTPS server (RFC 8484 wire and JSON), must give the very
// Analysis the core gives in Node from the case's zone.json — in the prose
// of the worker's language only: each page language has its worker, which
// carries that language's texts in both places (vite-plugin-one-language.ts).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/core/analyze.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { blocklistsOf } from '../../src/core/sender/blocklist-choice.ts';
import { compareWithExpectation, listCaseFolders, OWN_CASES, readCase } from '../support/fixture-cases.ts';
import { analyzeInWorker, findWorkerAsset, startHarness, type Harness } from './harness.ts';
import type { Analysis } from '../../src/core/analysis.ts';
import { inOneLanguage } from './one-language.ts';

// The local server answers in milliseconds; only the TIMEOUT cases wait this out.
const DOH_TIMEOUT_MS = 800;

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness();
  page = await harness.browser.newPage();
  await page.goto(harness.site.url);
});

afterAll(async () => {
  await harness?.close();
});

describe('fixture cases in Chromium through the built worker', () => {
  it.each(listCaseFolders(OWN_CASES).map((folder) => [folder.split('/').pop(), folder]))('%s', async (_name, folder) => {
    const fixture = readCase(folder!);
    const inNode = await analyze(fixture.message, {
      resolver: createLookupSession(createZoneSource(fixture.zone)).resolver,
      now: fixture.now,
      envelope: fixture.smtp ?? {},
      ...(fixture.senderBlocklists ? { blocklists: blocklistsOf(fixture.senderBlocklists) } : {}),
    });
    harness.doh.setZone(fixture.zone);
    // The English worker over both DoH formats, the German one over the wire format.
    for (const [format, language] of [['wire', 'en'], ['json', 'en'], ['wire', 'de']] as const) {
      const response = await analyzeInWorker(page, findWorkerAsset(language), {
        message: Array.from(fixture.message),
        now: fixture.now,
        envelope: fixture.smtp ?? {},
        ...(fixture.senderBlocklists ? { blocklists: fixture.senderBlocklists } : {}),
        dns: { kind: 'doh', url: format === 'wire' ? harness.doh.url : harness.doh.jsonUrl, format, timeoutMs: DOH_TIMEOUT_MS },
      });
      if (!response.ok) throw new Error(`${format}: ${response.problem.code}: ${response.problem.message}`);
      expect(inOneLanguage(response.analysis, language), `${format} run of the ${language} worker differs from Node`).toEqual(inOneLanguage<Analysis>(inNode, language));
      expect(compareWithExpectation(response.analysis, fixture)).toEqual([]);
    }
  });
});
