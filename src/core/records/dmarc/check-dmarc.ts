// The DMARC bench's question: a record pasted (bare or as a zone-file
// line, like the seed's `dig` output with its `\;`) or looked up at
// _dmarc.<domain>; every tag with its value or default explained, the
// report addresses checked and, outside the domain's organisation,
// their authorisation looked up (RFC 7489 §7.1). Used by the page through
// the records worker and by `mail-lab --record dmarc`.

import type { LocalizedText } from '../../analysis.ts';
import type { Resolver } from '../../../dns/resolver.ts';
import { parseTagList } from '../../auth/tag-list.ts';
import { readDomainInput } from '../../sender/check-domain.ts';
import { ask, txtOf } from '../../sender/dns-question.ts';
import { finding, type RecordFinding } from '../record-finding.ts';
import { readTxtInput } from '../txt-input.ts';
import { DMARC_TAGS, type DmarcTagInfo } from './dmarc-tags.ts';
import { authoriseReportUris, readReportUris, type ReportUri } from './report-uris.ts';
import { dmarcFindings } from './dmarc-findings.ts';

export interface DmarcTagRow {
  name: string;
  /** As written; null when absent. */
  value: string | null;
  /** The value in force: as written, or the default (an absent sp= is p's value). */
  effective: string | null;
  source: DmarcTagInfo['source'];
  meaning: LocalizedText;
  problem: LocalizedText | null;
}

export interface DmarcReport {
  source: 'pasted' | 'looked-up';
  /** The domain the policy is for (from the lookup or a pasted _dmarc line); null when unknown. */
  domain: string | null;
  record: string | null;
  tags: DmarcTagRow[];
  /** Tags no DMARC specification defines: receivers ignore them (§6.3). */
  unknownTags: string[];
  reportUris: ReportUri[];
  findings: RecordFinding[];
}

function domainOf(text: string): string | null {
  const trimmed = text.trim();
  if (/^["(]|^v=/i.test(trimmed) || /\s/.test(trimmed)) return null;
  return readDomainInput(trimmed.replace(/^_dmarc\./i, ''));
}

export function readDmarcTags(record: string): { rows: DmarcTagRow[]; unknown: string[]; errors: string[] } {
  const { tags, errors } = parseTagList(record);
  const given = (name: string) => tags.get(name) ?? null;
  const rows = DMARC_TAGS.map((info): DmarcTagRow => {
    const value = given(info.name);
    const fallback = info.fallback === 'p' ? given('p') : info.fallback === 'sp' ? given('sp') ?? given('p') : info.fallback;
    return { name: info.name, value, effective: value ?? fallback, source: info.source, meaning: info.meaning, problem: value === null ? null : info.check(value) };
  });
  const unknown = [...tags.keys()].filter((name) => !DMARC_TAGS.some((info) => info.name === name));
  return { rows, unknown, errors };
}

export async function checkDmarc(input: string, resolver: Resolver): Promise<DmarcReport> {
  const domain = domainOf(input);
  let record: string | null;
  let policyDomain: string | null = domain;
  let published: string[] = [];
  if (domain !== null) {
    const asked = await ask(resolver, `_dmarc.${domain}`, 'TXT');
    published = txtOf(asked).filter((text) => /^v=DMARC1(\s*;|\s*$)/i.test(text.trim()));
    record = published[0] ?? null;
    if (record === null) {
      const why =
        asked.outcome.kind === 'error'
          ? finding('dmarc-lookup-failed', 'error', `The TXT lookup for _dmarc.${domain} got no answer (${asked.outcome.detail}).`, `Die TXT-Abfrage für _dmarc.${domain} bekam keine Antwort (${asked.outcome.detail}).`)
          : finding('dmarc-none', 'error', `_dmarc.${domain} holds no DMARC record. Receivers then look at the organisational domain's; without one, no policy applies and no reports come. The generator below writes one.`, `_dmarc.${domain} enthält keinen DMARC-Eintrag. Empfänger schauen dann bei der Organisationsdomain; ohne einen gilt keine Richtlinie und es kommen keine Berichte. Der Generator unten schreibt einen.`);
      return { source: 'looked-up', domain, record: null, tags: [], unknownTags: [], reportUris: [], findings: [why] };
    }
  } else {
    const pasted = readTxtInput(input);
    record = pasted.value;
    policyDomain = pasted.name?.replace(/^_dmarc\./, '') ?? null;
  }
  const { rows, unknown, errors } = readDmarcTags(record);
  const uris = rows.flatMap((row) => (row.name === 'rua' || row.name === 'ruf') && row.value !== null ? readReportUris(row.name, row.value) : []);
  const reportUris = policyDomain ? await authoriseReportUris(uris, policyDomain, resolver) : uris;
  return {
    source: domain !== null ? 'looked-up' : 'pasted',
    domain: policyDomain,
    record,
    tags: rows,
    unknownTags: unknown,
    reportUris,
    findings: dmarcFindings({ record, rows, unknownTags: unknown, tagErrors: errors, reportUris, publishedCount: published.length, domainKnown: policyDomain !== null }),
  };
}
