// The scenario library: the index (titles) is part of the page; a lesson's
// text, message and DNS snapshot are static files loaded when it opens, and
// so cached with the page's other files. The messages and snapshots are
// made by test/core/teaching/generate/main.ts.

import type { Scenario } from '../../core/teaching/scenario.ts';
import { SCENARIO_INDEX } from './scenario-index.ts';

export interface ScenarioFiles {
  message: string;
  zone: unknown;
}

const LESSONS = import.meta.glob<Scenario>('./scenarios/*.ts', { import: 'default' });
const MESSAGES = import.meta.glob<string>('./scenarios/*.eml', { query: '?raw', import: 'default' });
const ZONES = import.meta.glob<unknown>('./scenarios/*.zone.json', { import: 'default' });

export function isListed(name: string): boolean {
  return SCENARIO_INDEX.some((scenario) => scenario.name === name);
}

/** A listed scenario's lesson; null for a name that is not in the index. */
export async function loadScenario(name: string): Promise<Scenario | null> {
  const lesson = isListed(name) ? LESSONS[`./scenarios/${name}.ts`] : undefined;
  return lesson ? lesson() : null;
}

/** Every lesson, in the index's order (for the tests and a whole-library view). */
export async function loadAllScenarios(): Promise<Scenario[]> {
  const lessons = await Promise.all(SCENARIO_INDEX.map((entry) => loadScenario(entry.name)));
  return lessons.filter((lesson): lesson is Scenario => lesson !== null);
}

/** The scenario's message and frozen DNS answers. */
export async function loadScenarioFiles(name: string): Promise<ScenarioFiles | null> {
  const message = MESSAGES[`./scenarios/${name}.eml`];
  const zone = ZONES[`./scenarios/${name}.zone.json`];
  if (!message || !zone) return null;
  const [text, records] = await Promise.all([message(), zone()]);
  return { message: text, zone: records };
}
