// One corpus case through the real pipeline: the message bytes, DNS answered
// from the case's frozen zone (or a source built from it), a fixed clock.
// Plus the words the reports print: what was expected, what we said, and
// what the analysis gave as its reasons.

import { analyze } from '../../../src/core/analyze.ts';
import type { Analysis } from '../../../src/core/analysis.ts';
import type { EnvelopeInput } from '../../../src/core/hops/infer-envelope.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import type { DnsSource } from '../../../src/dns/resolver.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';

export async function replay(
  message: Uint8Array,
  dns: ZoneFile | DnsSource,
  options: { now: string; envelope?: EnvelopeInput },
): Promise<Analysis> {
  const source = 'lookup' in dns ? dns : createZoneSource(dns);
  const lookups = createLookupSession(source);
  return analyze(message, { resolver: lookups.resolver, now: options.now, envelope: options.envelope ?? {} });
}

/** `spf=pass` or `spf=fail|softfail` for a list of acceptable words. */
export function wordsOf(name: string, expected: string | readonly string[]): string {
  return `${name}=${([] as string[]).concat(expected).join('|')}`;
}

const clip = (text: string | null | undefined, max = 160): string => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

export function spfDiagnosis(analysis: Analysis): string {
  const spf = analysis.spf;
  if (!spf) return `spf not evaluated (envelope ip ${analysis.envelope?.ip ?? 'none'})`;
  return `spf ${spf.result} for ${spf.domain}: ${clip(spf.reason.en)} [engine ${spf.engine.result}: ${clip(spf.engine.comment)}]`;
}

export function dkimDiagnosis(analysis: Analysis): string {
  if (analysis.dkim.length === 0) return 'no DKIM signatures';
  return analysis.dkim
    .map(
      (s) =>
        `dkim[${s.index}] d=${s.domain} s=${s.selector} ${s.result}: ${clip(s.reason.en, 120)} [engine ${s.engine.result}: ${clip(s.engine.comment, 80)}]` +
        (s.mapping ? ` [mapped: ${clip(s.mapping.en, 100)}]` : ''),
    )
    .join('; ');
}

export function dmarcDiagnosis(analysis: Analysis): string {
  const dmarc = analysis.dmarc;
  if (!dmarc) {
    const problems = analysis.problems.map((p) => p.code).join(', ');
    return `dmarc not evaluated${problems ? ` (problems: ${problems})` : ''}`;
  }
  return (
    `dmarc ${dmarc.result} policy=${dmarc.appliedPolicy ?? 'null'}${dmarc.pct !== null ? ` (pct=${dmarc.pct}; RFC 7489 policy ${dmarc.rfc7489Policy ?? 'null'})` : ''} from=${dmarc.fromDomain ?? 'null'} org=${dmarc.orgDomain ?? 'null'} ` +
    `record@${dmarc.recordDomain ?? 'null'} "${clip(dmarc.record, 80)}": ${clip(dmarc.reason.en, 120)} [engine ${dmarc.engine.result}: ${clip(dmarc.engine.comment, 100)}]`
  );
}

export function arcDiagnosis(analysis: Analysis): string {
  const arc = analysis.arc;
  if (!arc) return `arc not evaluated${analysis.message === null ? ' (not read as a message)' : ''}`;
  return `arc ${arc.result} (${arc.instances} sets): ${clip(arc.reason.en, 140)} [engine ${arc.engine.result}: ${clip(arc.engine.comment, 100)}]`;
}

/** The problems the analysis listed, by code: they explain most "not evaluated" outcomes. */
export function problemCodes(analysis: Analysis): string {
  return analysis.problems.length ? `problems: ${analysis.problems.map((p) => p.code).join(', ')}` : '';
}
