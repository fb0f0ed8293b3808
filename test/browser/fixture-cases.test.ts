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

// The local server answers in milliseconds; only the TIMEOUT cases wait this out.
const DOH_TIMEOUT_MS = 800;

let harness: Harness;
let page: Page;

/**
 * The analysis as a worker of one language gives it: every {en, de} text
 * holds that language's text twice. Two strings the core writes from a
 * text's English (a problem's `message`, for the CLI; the pause line of the
 * rebuilt SMTP dialogue) hold the worker's language there: a problem's
 * message is its text in that language, and a pause line is compared
 * without its wording (both sides are read through this).
 */
function inOneLanguage<T>(value: T, language: 'en' | 'de'): T {
  if (Array.isArray(value)) return value.map((item: unknown) => inOneLanguage(item, language)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inOneLanguage(item, language)])) as Record<string, unknown>;
  const original = value as Record<string, unknown>;
  if (typeof original['en'] === 'string' && typeof original['de'] === 'string') copy['en'] = copy['de'] = original[language];
  const text = original['text'] as Record<string, unknown> | undefined;
  if (typeof original['message'] === 'string' && typeof text?.['en'] === 'string') copy['message'] = text[language];
  if (original['speaker'] === 'pause') delete copy['text'];
  return copy as T;
}

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
