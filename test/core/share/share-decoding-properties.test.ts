// Properties of share-state decoding (links, files, the JSON inside) over
// hostile text: every white space and control character, lone surrogates,
// the characters of links and JSON, and real states changed value by value
// (issue 10). Damage gives a problem code, never a throw; a state that opens
// opens the same way again once written out.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeShareFile, decodeShareFile } from '../../../src/core/share/share-file.ts';
import { decodeShareLink, encodeShareFragment, SHARE_LINK_PREFIX } from '../../../src/core/share/share-link.ts';
import { readShareState } from '../../../src/core/share/read-share-state.ts';
import { createShare } from '../../../src/core/share/create-share.ts';
import { REDACTION_SWITCHES } from '../../../src/core/share/redaction-switches.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';
import { hostileBytes, hostileText } from '../../support/hostile-text.ts';
import { analyseWithZone } from './share-support.ts';

const LINK_WORDS = ['#', SHARE_LINK_PREFIX, 'v2.', '%', '%00', '%E2%80%A8', '-', '_', '+', '/', '=', 'AAAA', 'eJ', 'https://maillab.example/', '?x=1'];
const JSON_WORDS = ['{', '}', '[', ']', '"', ':', ',', 'null', 'true', '1e308', '"__proto__"', '"constructor"', '"maillab"', '"v"', '1', '"message"'];

function expectProblemOrState(result: { ok: boolean; problem?: { code: string; text: { en: string; de: string } } }): void {
  if (result.ok) return;
  expect(result.problem!.code).toMatch(/^share-/);
  expect(result.problem!.text.en.length).toBeGreaterThan(0);
  expect(result.problem!.text.de.length).toBeGreaterThan(0);
}

describe('share decoding properties', () => {
  it('a link of any text gives a state or a share problem in both languages, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(LINK_WORDS, 40), async (text) => {
        expectProblemOrState(await decodeShareLink(text));
        expectProblemOrState(await decodeShareLink(`#${SHARE_LINK_PREFIX}${text}`));
      }),
      { numRuns: 1000 },
    );
  });

  it('a file of any bytes gives a state or a share problem, never a throw', () => {
    fc.assert(
      fc.property(hostileBytes(JSON_WORDS, 40), (bytes) => expectProblemOrState(decodeShareFile(bytes))),
      { numRuns: 2000 },
    );
  });

  it('a real state with one value replaced by hostile text or JSON is refused, or opens and writes out to itself', async () => {
    const fixture = readCase(`${OWN_CASES}sample-phishing`);
    const analysed = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
    const { state } = createShare({ message: fixture.message, now: fixture.now, envelope: fixture.smtp ?? {}, snapshot: analysed.snapshot, analysis: analysed.analysis, redact: REDACTION_SWITCHES });
    const json = JSON.parse(JSON.stringify(state)) as unknown;
    // Every string in the state, by its path: the values a link carries as text.
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      if (typeof value === 'string') paths.push(path);
      else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
      else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    };
    walk(json, []);
    let opened = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.oneof(hostileText(JSON_WORDS, 20), fc.jsonValue({ maxDepth: 2, stringUnit: 'binary' })), async (path, value) => {
        const changed = structuredClone(json) as Record<string | number, unknown>;
        let parent = changed;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = value;
        const read = readShareState(changed);
        expectProblemOrState(read);
        if (!read.ok) return;
        opened++;
        const again = decodeShareFile(new TextEncoder().encode(encodeShareFile(read.state)));
        expect(again).toEqual(read);
        const link = await decodeShareLink(await encodeShareFragment(read.state));
        expect(link).toEqual(read);
      }),
      { numRuns: 300 },
    );
    // Some changes leave a valid state (a note, a redaction list): the write-out half of the property ran.
    expect(opened).toBeGreaterThan(0);
  });
});
