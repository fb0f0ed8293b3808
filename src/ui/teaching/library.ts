// The scenario library: every scenario's lesson text is part of the page;
// its message and DNS snapshot are static files beside it, loaded when the
// scenario is opened (and so cached with the page's other files). The
// files are made by test/core/teaching/generate/main.ts.

import type { Scenario } from '../../core/teaching/scenario.ts';
import { DNSBL_REJECTION } from './scenarios/dnsbl-rejection.ts';
import { FORWARDING_BREAKS_SPF } from './scenarios/forwarding-breaks-spf.ts';
import { GREYLISTING_POSTGREY } from './scenarios/greylisting-postgrey.ts';
import { MAILING_LIST_ARC } from './scenarios/mailing-list-arc.ts';
import { NORMAL_PATH } from './scenarios/normal-path.ts';
import { SPOOFED_FROM_DMARC_REJECT } from './scenarios/spoofed-from-dmarc-reject.ts';
import { USER_UNKNOWN } from './scenarios/user-unknown.ts';

/** In the order of a course: the path first, then authentication, then bounces. */
export const SCENARIOS: Scenario[] = [NORMAL_PATH, FORWARDING_BREAKS_SPF, MAILING_LIST_ARC, SPOOFED_FROM_DMARC_REJECT, GREYLISTING_POSTGREY, USER_UNKNOWN, DNSBL_REJECTION];

export interface ScenarioFiles {
  message: string;
  zone: unknown;
}

const MESSAGES = import.meta.glob<string>('./scenarios/*.eml', { query: '?raw', import: 'default' });
const ZONES = import.meta.glob<unknown>('./scenarios/*.zone.json', { import: 'default' });

export function findScenario(name: string): Scenario | null {
  return SCENARIOS.find((scenario) => scenario.name === name) ?? null;
}

/** The scenario's message and frozen DNS answers. */
export async function loadScenarioFiles(name: string): Promise<ScenarioFiles | null> {
  const message = MESSAGES[`./scenarios/${name}.eml`];
  const zone = ZONES[`./scenarios/${name}.zone.json`];
  if (!message || !zone) return null;
  const [text, records] = await Promise.all([message(), zone()]);
  return { message: text, zone: records };
}
