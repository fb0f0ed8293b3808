// The scenario library: every scenario's lesson text is part of the page;
// its message and DNS snapshot are static files beside it, loaded when the
// scenario is opened (and so cached with the page's other files). The
// files are made by test/core/teaching/generate/main.ts.

import type { Scenario } from '../../core/teaching/scenario.ts';
import { ALIASES_EXPANSION } from './scenarios/aliases-expansion.ts';
import { BCC_ENVELOPE_ONLY } from './scenarios/bcc-envelope-only.ts';
import { DKIM_REVOKED_KEY } from './scenarios/dkim-revoked-key.ts';
import { DNSBL_REJECTION } from './scenarios/dnsbl-rejection.ts';
import { FORWARDING_BREAKS_SPF } from './scenarios/forwarding-breaks-spf.ts';
import { GREYLISTING_POSTGREY } from './scenarios/greylisting-postgrey.ts';
import { MAILBOX_FULL } from './scenarios/mailbox-full.ts';
import { MAILING_LIST_ARC } from './scenarios/mailing-list-arc.ts';
import { MAILMAN_PIPE_ALIAS } from './scenarios/mailman-pipe-alias.ts';
import { NORMAL_PATH } from './scenarios/normal-path.ts';
import { OPENDKIM_OVERSIGNED_FROM } from './scenarios/opendkim-oversigned-from.ts';
import { POP3_PULL_IMAP_PUSH } from './scenarios/pop3-pull-imap-push.ts';
import { RELAY_ACCESS_DENIED } from './scenarios/relay-access-denied.ts';
import { SPF_DASH_ALL_FORWARDER } from './scenarios/spf-dash-all-forwarder.ts';
import { SPOOFED_FROM_DMARC_REJECT } from './scenarios/spoofed-from-dmarc-reject.ts';
import { USER_UNKNOWN } from './scenarios/user-unknown.ts';
import { WEB_SERVER_WWW_DATA } from './scenarios/web-server-www-data.ts';

/** In the order of a course: the path first, then authentication, then bounces. */
export const SCENARIOS: Scenario[] = [
  // The mail path: roles, retrieval, aliases, envelope, lists, greylisting
  NORMAL_PATH,
  POP3_PULL_IMAP_PUSH,
  ALIASES_EXPANSION,
  BCC_ENVELOPE_ONLY,
  MAILMAN_PIPE_ALIAS,
  GREYLISTING_POSTGREY,
  // Authentication: SPF, DKIM, DMARC, ARC
  FORWARDING_BREAKS_SPF,
  SPF_DASH_ALL_FORWARDER,
  MAILING_LIST_ARC,
  SPOOFED_FROM_DMARC_REJECT,
  OPENDKIM_OVERSIGNED_FROM,
  DKIM_REVOKED_KEY,
  WEB_SERVER_WWW_DATA,
  // Bounces
  USER_UNKNOWN,
  MAILBOX_FULL,
  DNSBL_REJECTION,
  RELAY_ACCESS_DENIED,
];

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
