// The analysis pipeline: bytes in, one plain-JSON Analysis out. It runs
// unchanged in Node (tests, CLI) and in the worker; the only outside
// dependency is the resolver it is given.

import { ANALYSIS_SCHEMA, type Analysis } from './analysis.ts';
import type { Resolver } from '../dns/resolver.ts';
import { prepareMessage } from './message/prepare-message.ts';
import { summarizeMessage } from './message/summary.ts';
import { inferEnvelope, type EnvelopeInput } from './hops/infer-envelope.ts';
import { readReceivedChain } from './hops/received-chain.ts';
import { authenticate } from './auth/authenticate.ts';
import { explainHeaders } from './headers/explain-headers.ts';
import { compareVerdicts } from './headers/verdict-comparison.ts';
import { flagForgedVerdicts } from './headers/forged-verdict-flag.ts';
import { findForwardedMessage, forwardedProblem } from './message/forwarded-message.ts';
import { trustBoundaryFromHops } from './headers/boundary-from-hops.ts';
import { routeFromAnalysis } from './path/route-from-analysis.ts';
import { failedAttempts } from './path/failed-attempt.ts';
import { problem } from './problems.ts';
import { ordinaryKind } from './bounce/message-kind.ts';
import { readReportSignals } from './bounce/report-signals.ts';
import { createQueryBudget, type QueryBudget } from '../dns/query-budget.ts';
import { dnsLimitProblem } from './auth/limit-problems.ts';
import { checkSender } from './sender/check-sender.ts';
import type { Blocklist } from './sender/blocklists.ts';

/** What the analysis is doing, for a watchdog that must tell a busy analysis from a DNS wait. */
export type AnalysisPhase = 'reading' | 'authenticating' | 'bounce';

export interface AnalyzeOptions {
  resolver: Resolver;
  /** The clock for every time check; fixtures and share links fix it. */
  now: Date | string;
  /** Parts of the SMTP envelope the user knows; the rest is inferred. */
  envelope?: EnvelopeInput;
  /** The hop (1 = the oldest Received field) whose client SPF is checked for, instead of the inferred one. */
  envelopeHop?: number | undefined;
  /** How many bounces deep this message was returned; set by the pipeline when it analyses a returned message. */
  nesting?: number;
  /** Hears each step as it starts (the worker reports it to the page's watchdog). */
  onPhase?: (phase: AnalysisPhase) => void;
  /** The DNS questions left for this analysis; the pipeline hands its own to a returned message, so nesting shares one. */
  queryBudget?: QueryBudget;
  /** The blocklists to ask about the sending server; absent: none (the user has not allowed them). */
  blocklists?: readonly Blocklist[] | undefined;
  /** Where the bounce diagnosis is loaded from; tests hand one that fails, as a removed chunk would. */
  loadBounceDiagnosis?: () => Promise<BounceDiagnosisModule>;
}

type BounceDiagnosisModule = typeof import('./bounce/diagnose-bounce.ts');
const LOAD_BOUNCE_DIAGNOSIS = () => import('./bounce/diagnose-bounce.ts');

// A bounce returns the message that failed, which may be a bounce itself.
// Past this depth a returned message is not analysed again: a crafted chain
// of bounces inside bounces would otherwise run the whole pipeline, DNS
// lookups included, once per level.
export const MAX_RETURNED_NESTING = 3;

function toDate(now: Date | string): Date {
  const date = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(date.getTime())) throw new TypeError(`analyze: "now" is not a valid time: ${String(now)}`);
  return date;
}

export async function analyze(bytes: Uint8Array, options: AnalyzeOptions): Promise<Analysis> {
  const budget = options.queryBudget ?? createQueryBudget(options.resolver);
  const analysis = await analyzeWithin(bytes, { ...options, resolver: budget.resolver }, budget);
  // Reported once, on the outermost analysis: the budget is the whole run's.
  const refused = budget.refused();
  if ((options.nesting ?? 0) === 0 && refused.length > 0) analysis.problems.push(dnsLimitProblem(refused));
  return analysis;
}

async function analyzeWithin(bytes: Uint8Array, options: AnalyzeOptions, budget: QueryBudget): Promise<Analysis> {
  const now = toDate(options.now);
  options.onPhase?.('reading');
  const prepared = prepareMessage(bytes);
  const analysis: Analysis = {
    schema: ANALYSIS_SCHEMA,
    now: now.toISOString(),
    input: prepared.input,
    problems: prepared.problems,
    message: null,
    envelope: null,
    spf: null,
    dkim: [],
    dmarc: null,
    arc: null,
    hops: [],
    path: null,
    route: null,
    headers: [],
    headerFindings: [],
    comparison: [],
    kind: null,
    bounce: null,
    bounces: [],
    bounceReport: null,
    forwarded: null,
    sender: null,
  };
  if (!prepared.authBytes) return analysis;

  analysis.message = summarizeMessage(prepared.fields);
  const chain = readReceivedChain(prepared.fields, { now, envelopeHop: options.envelopeHop, clientGiven: options.envelope?.ip !== undefined });
  analysis.hops = chain.hops;
  analysis.path = chain.path;
  analysis.problems.push(...chain.problems);
  analysis.envelope = inferEnvelope(prepared.fields, options.envelope, chain);
  const explained = await explainHeaders(prepared.fields, { now: analysis.now });
  analysis.headers = explained.headers;
  analysis.headerFindings = explained.findings;
  analysis.problems.push(...explained.problems);
  options.onPhase?.('authenticating');
  // The sending server's checks need only the envelope and the hops: their
  // DNS questions go out with those of authentication, not after them.
  const senderCheck = analysis.envelope
    ? checkSender(options.resolver, {
        envelope: analysis.envelope,
        envelopeHop: analysis.path?.envelopeHop.hop ?? null,
        hops: analysis.hops,
        message: analysis.message,
        blocklists: options.blocklists ?? null,
      })
    : null;
  // A bounce's returned message is analysed on its own envelope and its
  // own DNS questions, which wait on nothing here: it runs alongside.
  // Its phases are not reported, as they would interleave with these.
  const bounceDiagnosis = await bounceDiagnosisFor(prepared.fields, options.loadBounceDiagnosis ?? LOAD_BOUNCE_DIAGNOSIS).catch(() => {
    analysis.problems.push(problem('bounce-knowledge-not-loaded'));
    return null;
  });
  const diagnosis = bounceDiagnosis?.diagnoseBounce(prepared.authBytes, prepared.fields) ?? null;
  const nesting = options.nesting ?? 0;
  const isReport = diagnosis !== null && diagnosis.kind.word !== 'ordinary';
  const returned =
    isReport && diagnosis.returned && nesting < MAX_RETURNED_NESTING
      ? analyze(diagnosis.returned.bytes, { resolver: options.resolver, now, nesting: nesting + 1, queryBudget: budget, blocklists: options.blocklists })
      : null;
  // Awaited below; until then a failure must not count as unhandled.
  for (const pending of [senderCheck, returned]) pending?.catch(() => undefined);
  try {
    const auth = await authenticate(prepared.authBytes, {
      fields: prepared.fields,
      envelope: analysis.envelope,
      resolver: options.resolver,
      now,
      headersOnly: prepared.input.headersOnly,
    });
    analysis.spf = auth.spf;
    analysis.dkim = auth.dkim;
    analysis.dmarc = auth.dmarc;
    analysis.arc = auth.arc;
    analysis.problems.push(...auth.problems);
    analysis.comparison = compareVerdicts(prepared.fields, analysis, trustBoundaryFromHops(prepared.fields, analysis.hops, analysis.path));
    flagForgedVerdicts(analysis.headers, analysis.comparison);
  } catch (error) {
    // mailauth threw on this input: a bug in the engine, not bad input. The
    // message facts are still worth showing, so report it and carry on.
    const cause = errorText(error);
    analysis.problems.push(
      problem('auth-engine-failed', {
        detail: { en: `The authentication engine failed: ${cause}`, de: `Die Authentifizierungsprüfung ist gescheitert: ${cause}` },
      }),
    );
  }

  analysis.route = routeFromAnalysis(analysis);
  if (senderCheck) analysis.sender = await senderCheck;

  options.onPhase?.('bounce');
  analysis.kind = diagnosis?.kind ?? ordinaryKind();
  // Weak signs that did not converge leave an ordinary message: no bounce view, no recipients.
  if (bounceDiagnosis && diagnosis && isReport) {
    analysis.bounces = diagnosis.recipients.filter((r) => r.action === 'failed' || r.action === 'delayed');
    analysis.bounce = bounceDiagnosis.primaryRecipient(analysis.bounces);
    analysis.problems.push(...diagnosis.problems);
    if (diagnosis.returned && nesting >= MAX_RETURNED_NESTING) analysis.problems.push(problem('bounce-nesting-limit'));
    // The returned message is analysed as received by the bounce's author:
    // its own Received chain, its own envelope, never the outer one.
    const original: Analysis | null = returned ? await returned : null;
    analysis.bounceReport = { ...diagnosis.report, recipients: diagnosis.recipients, original };
    if (analysis.route) {
      const sender = original?.envelope?.mailFrom ?? null;
      analysis.route = { ...analysis.route, failedAttempts: failedAttempts(diagnosis.recipients, diagnosis.report.reportingMta, sender) };
    }
  } else {
    // A report's attached message is its subject, not a forward: only an ordinary message is searched.
    analysis.forwarded = findForwardedMessage(prepared.authBytes, analysis.message.subject);
    if (analysis.forwarded) analysis.problems.push(forwardedProblem(analysis.forwarded));
  }
  return analysis;
}

/**
 * The bounce diagnosis (its phrase tables, MTA layouts and status code
 * texts are a third of the worker's own code) is loaded only for a message
 * whose header fields signal a report or an auto-reply: diagnoseBounce()
 * answers null for every other message without reading further.
 */
async function bounceDiagnosisFor(fields: Parameters<typeof readReportSignals>[0], load: () => Promise<BounceDiagnosisModule>): Promise<BounceDiagnosisModule | null> {
  const signals = readReportSignals(fields);
  return signals.bounce || signals.autoReply ? load() : null;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
