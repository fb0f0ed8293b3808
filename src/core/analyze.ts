// The analysis pipeline: bytes in, one plain-JSON Analysis out. It runs
// unchanged in Node (tests, CLI) and in the worker; the only outside
// dependency is the resolver it is given.

import { ANALYSIS_SCHEMA, type Analysis } from './analysis.ts';
import type { Resolver } from '../dns/resolver.ts';
import { prepareMessage } from './message/prepare-message.ts';
import { summarizeMessage } from './message/summary.ts';
import { inferEnvelope, type EnvelopeInput } from './hops/infer-envelope.ts';
import { authenticate } from './auth/authenticate.ts';
import { problem } from './problems.ts';

export interface AnalyzeOptions {
  resolver: Resolver;
  /** The clock for every time check; fixtures and share links fix it. */
  now: Date | string;
  /** Parts of the SMTP envelope the user knows; the rest is inferred. */
  envelope?: EnvelopeInput;
}

function toDate(now: Date | string): Date {
  const date = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(date.getTime())) throw new TypeError(`analyze: "now" is not a valid time: ${String(now)}`);
  return date;
}

export async function analyze(bytes: Uint8Array, options: AnalyzeOptions): Promise<Analysis> {
  const now = toDate(options.now);
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
  };
  if (!prepared.authBytes) return analysis;

  analysis.message = summarizeMessage(prepared.fields);
  analysis.envelope = inferEnvelope(prepared.fields, options.envelope);
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
  return analysis;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
