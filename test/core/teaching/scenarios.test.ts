// Every scenario of the library, analysed in Node with its frozen DNS
// snapshot and its own clock, must give exactly the verdicts it states; its
// lesson must exist in English and German; and its message and snapshot
// must be what the generator makes.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { verdictDifferences } from '../../../src/core/teaching/stated-verdicts.ts';
import type { LocalizedText } from '../../../src/core/analysis.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';
import { loadAllScenarios } from '../../../src/ui/teaching/library.ts';
import { SCENARIO_INDEX } from '../../../src/ui/teaching/scenario-index.ts';
import { SCENARIO_DIR, SCENARIO_MESSAGES } from './generate/main.ts';

const SCENARIOS = await loadAllScenarios();
const read = (file: string) => readFileSync(join(SCENARIO_DIR, file));

function bothLanguages(text: LocalizedText, where: string): string[] {
  return (['en', 'de'] as const).filter((language) => !text[language]?.trim()).map((language) => `${where}: no ${language} text`);
}

describe('scenario library', () => {
  it('has at least 16 scenarios with unique kebab-case names', () => {
    const names = SCENARIOS.map((scenario) => scenario.name);
    expect(names.length).toBeGreaterThanOrEqual(16);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('loads a lesson for every entry of the index, with the name and title of the index', () => {
    expect(SCENARIOS.map(({ name, title }) => ({ name, title }))).toEqual(SCENARIO_INDEX);
  });

  it('lists exactly the scenarios the generator makes', () => {
    expect(SCENARIOS.map((s) => s.name).sort()).toEqual(SCENARIO_MESSAGES.map((s) => s.name).sort());
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s gives the verdicts it states', async (_name, scenario) => {
    const zone = JSON.parse(read(`${scenario.name}.zone.json`).toString('utf8')) as ZoneFile;
    const lookups = createLookupSession(createZoneSource(zone));
    const analysis = await analyze(new Uint8Array(read(`${scenario.name}.eml`)), { resolver: lookups.resolver, now: scenario.now, envelope: {} });
    expect(verdictDifferences(scenario.expect, analysis)).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s is told in English and German', (_name, scenario) => {
    const missing = [
      ...bothLanguages(scenario.title, 'title'),
      ...bothLanguages(scenario.notice, 'notice'),
      ...bothLanguages(scenario.path, 'path'),
      ...scenario.steps.flatMap((step, n) => [...bothLanguages(step.title, `step ${n + 1} title`), ...bothLanguages(step.narration, `step ${n + 1}`)]),
      ...scenario.questions.flatMap((q, n) => [
        ...bothLanguages(q.prompt, `question ${n + 1}`),
        ...bothLanguages(q.explanation, `question ${n + 1} explanation`),
        ...q.options.flatMap((option, k) => bothLanguages(option, `question ${n + 1} option ${k + 1}`)),
      ]),
    ];
    expect(missing).toEqual([]);
    // Prose is translated, not copied: narration and prompts differ between the languages.
    for (const text of [scenario.notice, ...scenario.steps.map((s) => s.narration), ...scenario.questions.map((q) => q.prompt)]) expect(text.de).not.toBe(text.en);
    expect(scenario.steps.length).toBeGreaterThanOrEqual(3);
    expect(scenario.questions.length).toBeGreaterThanOrEqual(3);
    expect(scenario.questions.length).toBeLessThanOrEqual(5);
    for (const question of scenario.questions) {
      expect(question.options.length).toBeGreaterThanOrEqual(3);
      expect(question.options.length).toBeLessThanOrEqual(4);
      expect(question.options[question.answer]).toBeDefined();
    }
    expect(Number.isNaN(Date.parse(scenario.now))).toBe(false);
  });

  it.each(SCENARIO_MESSAGES.map((s) => [s.name, s] as const))('%s: the committed files are what the generator makes', async (_name, made) => {
    expect(read(`${made.name}.eml`).toString('utf8')).toBe(await made.message());
    const records = JSON.parse(read(`${made.name}.zone.json`).toString('utf8')).records;
    expect(records).toEqual(made.zone);
  });
});
