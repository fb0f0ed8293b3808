// The analysis of one message as the command line runs it, in this thread
// or in a worker thread (analysis-worker.ts): a request of plain data in,
// plain data out, so it crosses a thread by structured clone.

import { analyze } from '../core/analyze.ts';
import type { Analysis } from '../core/analysis.ts';
import { createLookupSession } from '../dns/lookup-session.ts';
import { createSource } from '../dns/settings.ts';
import type { ZoneFile } from '../dns/zone-file.ts';
import type { LoadedInput } from './inputs.ts';
import { settingsFor, type ResolverChoice } from './resolver-choice.ts';
import { resolverTrouble, type ResolverTrouble } from './resolver-trouble.ts';
import type { BlocklistChoice } from '../core/sender/blocklists.ts';
import { blocklistsOf } from '../core/sender/blocklist-choice.ts';

export interface EnvelopeOverrides {
  now: string | null;
  ip: string | null;
  helo: string | null;
  mailFrom: string | null;
  hop: number | null;
}

export interface AnalysisRequest {
  input: LoadedInput;
  resolver: ResolverChoice;
  overrides: EnvelopeOverrides;
  /** The blocklists to ask about the sending server (`--blocklists`); absent: none. */
  blocklists?: BlocklistChoice[];
}

export interface AnalyzedInput {
  analysis: Analysis;
  envelope: { ip?: string | undefined; helo?: string | undefined; mailFrom?: string | undefined };
  /** Every DNS answer the analysis used, as a zone.json. */
  snapshot: ZoneFile;
  /** How the DoH endpoint failed the analysis, if it did. */
  trouble: ResolverTrouble | null;
}

export async function analyzeRequest({ input, resolver, overrides, blocklists }: AnalysisRequest): Promise<AnalyzedInput> {
  const settings = settingsFor(resolver, input);
  const lookups = createLookupSession(createSource(settings, (url, init) => fetch(url, init)));
  const envelope = {
    ip: overrides.ip ?? input.smtp?.ip,
    helo: overrides.helo ?? input.smtp?.helo,
    mailFrom: overrides.mailFrom ?? input.smtp?.mailFrom,
  };
  const analysis = await analyze(input.message, {
    resolver: lookups.resolver,
    now: overrides.now ?? input.now ?? new Date().toISOString(),
    envelope,
    envelopeHop: overrides.hop ?? input.hop ?? undefined,
    blocklists: blocklists ? blocklistsOf(blocklists) : undefined,
  });
  return { analysis, envelope, snapshot: lookups.snapshot(), trouble: resolverTrouble(settings, lookups.evidence()) };
}
