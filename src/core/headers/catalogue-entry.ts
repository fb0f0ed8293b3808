// What one catalogue entry is: a header or a family of headers that
// describes itself — its names, where it is defined, what it means in
// English and German, how sure that meaning is — and turns a value into
// decoded parts and findings. One entry per file section, like CyberChef's
// operations; the catalogue (catalogue.ts) only lists them.

import type { DecodedPart, HeaderFinding, HeaderReference, Knowledge, LocalizedText, Severity } from '../analysis.ts';
import type { RawField } from '../message/header-block.ts';
import type { RuleTableName, RuleTables } from './rule-tables.ts';

export interface ExplainContext {
  /** Every field of the message, top first, so an entry can look at its neighbours (From beside Reply-To). */
  fields: readonly RawField[];
  /** This field's position in `fields`. */
  index: number;
  /** The analysis clock (ISO), for expiry checks; never the real clock. */
  now: string;
  /** The rule tables loaded for this message: those its entries name in `tables`. */
  tables: RuleTables;
}

export interface Explained {
  /** The value as a person reads it, where it differs from the unfolded value. */
  decoded?: string;
  parts?: DecodedPart[];
  findings?: HeaderFinding[];
}

export interface CatalogueEntry {
  id: string;
  /** Field names, lower-case. */
  names: readonly string[];
  /** For families whose names vary (List-*, X-MS-Exchange-*); tried after the exact names. */
  pattern?: RegExp;
  references: readonly HeaderReference[];
  summary: LocalizedText;
  /** How the meaning of the header itself is known. */
  knowledge: Knowledge;
  explain?: (value: string, context: ExplainContext) => Explained;
  /** The rule tables explain() reads, loaded only for a message with such a field (rule-tables.ts). */
  tables?: readonly RuleTableName[];
}

export function text(en: string, de: string): LocalizedText {
  return { en, de };
}

export function part(key: string, value: string, meaning: LocalizedText | null, knowledge: Knowledge = 'documented', score: number | null = null): DecodedPart {
  return { key, value, meaning, knowledge, score };
}

export function finding(code: string, severity: Severity, message: LocalizedText, related: number[] = []): HeaderFinding {
  return { code, severity, text: message, related };
}

/** A reference to an RFC section on rfc-editor.org ("RFC 5322 §3.6.2"). */
export function rfc(number: number, section?: string): HeaderReference {
  const anchor = section ? (/^[A-Z]$/.test(section[0]!) ? `#appendix-${section}` : `#section-${section}`) : '';
  return { title: section ? `RFC ${number} §${section}` : `RFC ${number}`, url: `https://www.rfc-editor.org/rfc/rfc${number}${anchor}` };
}

export function vendor(title: string, url: string): HeaderReference {
  return { title, url };
}
