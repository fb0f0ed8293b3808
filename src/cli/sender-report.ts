// The sender checklist in the text report, and `--domain`: a domain's
// scorecard printed as text or JSON. One line per item: its status, what
// was checked, why, and the fix with its Postfix or zone line.

import type { Analysis } from '../core/analysis.ts';
import type { ScoreItem } from '../core/sender/scorecard.ts';
import { countByStatus } from '../core/sender/scorecard.ts';
import { checkDomain, readDomainInput } from '../core/sender/check-domain.ts';
import { DEFAULT_BLOCKLIST_CHOICES } from '../core/sender/blocklists.ts';
import { blocklistsOf } from '../core/sender/blocklist-choice.ts';
import { createLookupSession } from '../dns/lookup-session.ts';
import { createSource } from '../dns/settings.ts';
import { DEFAULT_DOH_PRESET, DOH_PRESETS } from '../dns/presets.ts';
import type { ResolverChoice } from './resolver-choice.ts';
import { resolverTrouble, troubleMessage } from './resolver-trouble.ts';
import { line } from './report-sections.ts';

const WORD = { pass: 'PASS', warn: 'WARN', fail: 'FAIL', 'cannot-tell': 'CANNOT TELL' } as const;

export function scorecardLines(items: readonly ScoreItem[]): string[] {
  const out: string[] = [];
  for (const item of items) {
    out.push(line(WORD[item.status], `${item.title.en} — ${item.subject}`));
    out.push(line('', item.reason.en));
    if (item.fix && item.status !== 'pass') out.push(line('fix', item.fix.en));
    if (item.fixLine && item.status !== 'pass') out.push(line('', `  ${item.fixLine}`));
  }
  return out;
}

export function senderLines(analysis: Analysis): string[] {
  const sender = analysis.sender;
  if (!sender) return [];
  const counts = countByStatus(sender.items);
  const where = sender.hop !== null ? `hop ${sender.hop}` : sender.ip !== null ? 'given' : 'no Received field names the client';
  return [
    `Sending server (${sender.ip ?? 'address unknown'}, ${where}): ${counts.fail} fail, ${counts.warn} warn, ${counts['cannot-tell']} cannot tell, ${counts.pass} pass${sender.blocklists === 'not-asked' ? '; blocklists not asked (--blocklists)' : ''}`,
    ...scorecardLines(sender.items),
  ];
}

export interface DomainRun {
  domain: string;
  selectors: string[];
  blocklists: boolean;
  json: boolean;
  resolver: ResolverChoice;
}

/** `--domain`: prints the scorecard; 1 when the name is no domain, 2 when the resolver failed the lookups (unreachable, refused, rate-limited, no DoH answers). */
export async function runDomain(run: DomainRun, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const domain = readDomainInput(run.domain);
  if (domain === null) {
    err(`mail-lab: --domain: "${run.domain}" is not a domain name`);
    return 1;
  }
  const preset = DOH_PRESETS[DEFAULT_DOH_PRESET];
  const settings = run.resolver ?? { kind: 'doh', url: preset.wireUrl, format: 'wire', label: preset.name };
  const lookups = createLookupSession(createSource(settings, (url, init) => fetch(url, init)));
  const report = await checkDomain(domain, { resolver: lookups.resolver, selectors: run.selectors, blocklists: run.blocklists ? blocklistsOf(DEFAULT_BLOCKLIST_CHOICES) : null });
  if (run.json) out(JSON.stringify(report));
  else {
    const counts = countByStatus(report.items);
    out([`== ${domain}`, `Domain checklist: ${counts.fail} fail, ${counts.warn} warn, ${counts['cannot-tell']} cannot tell, ${counts.pass} pass`, ...scorecardLines(report.items)].join('\n'));
  }
  const trouble = resolverTrouble(settings, lookups.evidence());
  if (trouble) {
    err(troubleMessage(trouble));
    return 2;
  }
  return 0;
}
