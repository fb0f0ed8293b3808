// The SPF bench's one question: given what a person typed — a record,
// pasted bare or as a zone-file line, or a domain to look it up at — the
// record read term by term and explained, its evaluation tree with the
// lookups it costs, and the findings. Used by the page (through the
// records worker) and by `mail-lab --record spf`.

import type { Resolver } from '../../../dns/resolver.ts';
import { ask } from '../../sender/dns-question.ts';
import { readDomainInput } from '../../sender/check-domain.ts';
import type { RecordFinding } from '../record-finding.ts';
import { finding } from '../record-finding.ts';
import { readTxtInput } from '../txt-input.ts';
import { explainSpfTerm, type ExplainedSpfTerm } from './spf-explain.ts';
import { spfFindings, spfTypeFindings } from './spf-findings.ts';
import { isSpfRecord, parseSpfRecord, type SpfRecord } from './spf-record.ts';
import { evaluateSpf, type SpfEvaluation } from './spf-tree.ts';

export interface SpfReport {
  source: 'pasted' | 'looked-up';
  /** The domain looked up, or named in a pasted zone-file line; null when unknown. */
  domain: string | null;
  /** The record's character-strings as pasted or published; [] when no record was found. */
  strings: string[];
  record: SpfRecord | null;
  terms: ExplainedSpfTerm[];
  evaluation: SpfEvaluation | null;
  findings: RecordFinding[];
}

/** Text that names a domain rather than holding a record. */
function domainOf(text: string): string | null {
  const trimmed = text.trim();
  return /^["(]|^v=/i.test(trimmed) || /\s/.test(trimmed) ? null : readDomainInput(trimmed);
}

function published(records: unknown[]): string[][] {
  return records.map((record) => (Array.isArray(record) ? record.map(String) : [String(record)]));
}

export async function checkSpf(input: string, resolver: Resolver): Promise<SpfReport> {
  const domain = domainOf(input);
  if (domain !== null) {
    // The obsolete SPF type is asked beside TXT, not after it: one round trip.
    const [asked, typeSpf] = await Promise.all([ask(resolver, domain, 'TXT'), ask(resolver, domain, 'SPF')]);
    const spfTypeRecords = typeSpf.outcome.kind === 'records' ? published(typeSpf.outcome.records) : [];
    const all = asked.outcome.kind === 'records' ? published(asked.outcome.records) : [];
    const spf = all.find((strings) => isSpfRecord(strings.join('')));
    if (!spf) {
      const why =
        asked.outcome.kind === 'error'
          ? finding('spf-lookup-failed', 'error', `The TXT lookup for ${domain} got no answer (${asked.outcome.detail}): nothing to judge by.`, `Die TXT-Abfrage für ${domain} bekam keine Antwort (${asked.outcome.detail}): nichts zu beurteilen.`)
          : finding('spf-none', 'error', `${domain} publishes no SPF record: receivers get "none" and cannot tell which servers may send for it. The generator below writes one.`, `${domain} veröffentlicht keinen SPF-Eintrag: Empfänger erhalten „none“ und können nicht erkennen, welche Server für sie senden dürfen. Der Generator unten schreibt einen.`);
      return { source: 'looked-up', domain, strings: [], record: null, terms: [], evaluation: null, findings: [why, ...spfTypeFindings(domain, spfTypeRecords)] };
    }
    return report('looked-up', domain, spf, all, resolver, spfTypeRecords);
  }
  const pasted = readTxtInput(input);
  return report('pasted', pasted.name, pasted.strings, null, resolver, null);
}

/** `spfTypeRecords`: what the domain publishes as type SPF (99); null when nothing was looked up. */
async function report(source: SpfReport['source'], domain: string | null, strings: string[], all: string[][] | null, resolver: Resolver, spfTypeRecords: string[][] | null): Promise<SpfReport> {
  const value = strings.join('');
  const record = parseSpfRecord(value);
  const evaluation = record.valid ? await evaluateSpf({ domain: domain ?? '', resolver, record: value }) : null;
  // Unknown domain: the RFC's own name for it, %{d} (§7.3), reads the same in both languages.
  const where = domain ?? '%{d}';
  return {
    source,
    domain,
    strings,
    record,
    terms: record.terms.map((term) => explainSpfTerm(term, where)),
    evaluation,
    findings: [...spfFindings({ record, strings, name: domain, published: all, evaluation }), ...(domain && spfTypeRecords ? spfTypeFindings(domain, spfTypeRecords) : [])],
  };
}
