// Every header field explained: its catalogue entry (or what its name
// alone says), the decoded value beside the raw one, and the findings that
// need several fields at once (deception, recipients). Linear in the size
// of the header: one Map lookup per field, bounded work per field.

import type { RawField } from '../message/header-block.ts';
import { KNOWN_NAMES, loadCatalogueFor } from './catalogue.ts';
import type { CatalogueEntry, Explained } from './catalogue-entry.ts';
import type { GroupLoaders } from './catalogue-groups.ts';
import { findDeception } from './deception.ts';
import { groupOf, rowScores } from './header-groups.ts';
import { explainRecipients } from './recipients.ts';
import { loadRuleTables, type RuleTableLoaders } from './rule-tables.ts';
import type { ExplainedHeader, HeaderFinding, Problem } from '../analysis.ts';
import { knowledgeNotLoadedProblem, NOT_LOADED_EXPLANATION } from './knowledge-not-loaded.ts';
import { problem } from '../problems.ts';
import { describeUnknownName, type UnknownName } from './unknown-header.ts';
import { withConfusables, type ConfusablesLoader } from './uts39-skeleton.ts';

// A single field can be megabytes (a pasted attachment without its blank
// line, a References list of a 10,000-message thread, a hostile sender).
// Decoders see at most this much of it, so no field can make the analysis
// or its JSON grow beyond a fixed multiple of this.
export const MAX_DECODED_CHARS = 16 * 1024;
// The raw text kept beside the decoded one: per field, and for the whole
// header, so that thousands of large fields cannot bloat the result that
// the worker sends to the page and the share link may carry.
export const MAX_RAW_CHARS = 16 * 1024;
export const MAX_TOTAL_RAW_CHARS = 2 * 1024 * 1024;
const SHORT_RAW_CHARS = 256;

export interface HeaderExplanation {
  headers: ExplainedHeader[];
  /** Findings about the header as a whole, e.g. no From field at all. */
  findings: HeaderFinding[];
  /** Problems for the analysis: a sender that imitates another, a List-* URI that must not be opened. */
  problems: Problem[];
}

const SENDER_FIELDS = new Set(['from', 'sender', 'reply-to']);
const LOOKALIKE_CODES = new Set(['invisible-character', 'fullwidth-domain', 'combining-mark', 'lookalike-domain', 'confusable-domain', 'confusable-name', 'display-name-domain']);

/** One problem per kind, raised by the error-level findings it summarises. */
function hostileSenderProblems(headers: readonly ExplainedHeader[]): Problem[] {
  const errors = (test: (header: ExplainedHeader, code: string) => boolean) =>
    headers.some((header) => header.findings.some((item) => item.severity === 'error' && test(header, item.code)));
  const problems: Problem[] = [];
  if (errors((header, code) => SENDER_FIELDS.has(header.name.toLowerCase()) && LOOKALIKE_CODES.has(code))) problems.push(problem('lookalike-sender'));
  if (errors((_header, code) => code === 'unsafe-list-uri')) problems.push(problem('unsafe-list-uri'));
  return problems;
}

function clip(textValue: string, max: number): { text: string; cut: boolean } {
  return textValue.length > max ? { text: textValue.slice(0, max), cut: true } : { text: textValue, cut: false };
}

export interface ExplainOptions {
  now: string;
  /** Where the catalogue's groups, the rule tables and the confusables table come from; the tests give loaders that fail, as a chunk can. */
  loaders?: { groups?: GroupLoaders; tables?: RuleTableLoaders; confusables?: ConfusablesLoader };
}

/**
 * Explains every field. The catalogue groups its fields need are loaded
 * first (catalogue.ts), then the rule tables of their entries
 * (rule-tables.ts), and the confusables table when a sender's name or
 * domain is not ASCII (uts39-skeleton.ts); a part that fails to load
 * leaves its fields unexplained (or its characters unchecked) and becomes
 * the problem header-knowledge-not-loaded.
 */
export async function explainHeaders(fields: readonly RawField[], options: ExplainOptions): Promise<HeaderExplanation> {
  const catalogue = await loadCatalogueFor(fields.map((field) => field.name), options.loaders?.groups);
  const entries = new Map<number, CatalogueEntry>();
  for (const [index, field] of fields.entries()) {
    const entry = catalogue.find(field.name);
    if (entry) entries.set(index, entry);
  }
  const { tables, failed: failedTables } = await loadRuleTables(new Set(entries.values()), options.loaders?.tables);
  const undecodable = (entry: CatalogueEntry) => entry.tables?.some((table) => failedTables.includes(table)) ?? false;
  // The confusables table is loaded only for a name or domain outside ASCII (uts39-skeleton.ts).
  const { result: deception, loaded: confusablesLoaded } = await withConfusables(() => findDeception(fields), options.loaders?.confusables);
  const recipients = explainRecipients(fields);
  const unknownNames = new Map<string, UnknownName>();
  let rawBudget = MAX_TOTAL_RAW_CHARS;

  const headers = fields.map((field, index): ExplainedHeader => {
    const entry = entries.get(index);
    const value = clip(field.value, MAX_DECODED_CHARS).text;
    const explained: Explained = entry?.explain && !undecodable(entry) ? entry.explain(value, { fields, index, now: options.now, tables }) : {};
    const raw = clip(field.raw, rawBudget > 0 ? MAX_RAW_CHARS : SHORT_RAW_CHARS);
    rawBudget -= raw.text.length;
    const findings = [...(explained.findings ?? []), ...(deception.byField.get(index) ?? []), ...(recipients.byField.get(index) ?? [])];
    const base = {
      index,
      line: field.line,
      name: field.name,
      raw: raw.text,
      rawTruncated: raw.cut,
      decoded: clip(explained.decoded ?? value, MAX_DECODED_CHARS).text,
    };
    if (entry) {
      const parts = explained.parts ?? [];
      return { ...base, entry: entry.id, knowledge: entry.knowledge, explanation: entry.summary, references: [...entry.references], parts, findings, group: groupOf(entry.id, field.name), scores: rowScores(parts) };
    }
    if (catalogue.failed.length > 0 && catalogue.isUnloaded(field.name)) {
      return { ...base, entry: null, knowledge: 'unknown', explanation: NOT_LOADED_EXPLANATION, references: [], parts: [], findings, group: groupOf(null, field.name), scores: [] };
    }
    const lower = field.name.toLowerCase();
    let unknown = unknownNames.get(lower);
    if (!unknown) {
      unknown = describeUnknownName(field.name, KNOWN_NAMES);
      unknownNames.set(lower, unknown);
    }
    return { ...base, entry: null, knowledge: 'unknown', explanation: unknown.explanation, references: [], parts: unknown.parts, findings, group: groupOf(null, field.name), scores: rowScores(unknown.parts) };
  });
  const problems = hostileSenderProblems(headers);
  const notLoaded = [...catalogue.failed, ...failedTables, ...(confusablesLoaded ? [] : ['confusables'])];
  if (notLoaded.length > 0) problems.push(knowledgeNotLoadedProblem(notLoaded));
  return { headers, findings: [...deception.message, ...recipients.message], problems };
}
