// The SPF generator: the seed's schema "v=spf1 mx a include:… ip4:… ~all"
// built from choices, checked as it is typed (every entry through the one
// parser), and split into strings of at most 255 octets for the zone file
// (RFC 7208 §3.3). Its lookups are counted by checking the result like any
// pasted record (check-spf.ts), so includes are followed for real.

import type { LocalizedText } from '../../analysis.ts';
import { octetLength } from '../txt-input.ts';
import { parseSpfTerm, type SpfQualifier } from './spf-record.ts';
import { SPF_PROVIDERS } from './spf-providers.ts';

export interface SpfChoices {
  mx: boolean;
  a: boolean;
  ip4: string[];
  ip6: string[];
  /** Provider ids (spf-providers.ts) or domains to include. */
  includes: string[];
  all: Exclude<SpfQualifier, '+'>;
}

export interface GeneratedSpf {
  record: string;
  /** The record as character-strings of at most 255 octets. */
  strings: string[];
  /** The zone-file line for `domain`. */
  zoneLine: string;
  /** Entries that are no valid term, each with its reason; they are left out of the record. */
  rejected: { entry: string; reason: LocalizedText }[];
}

/** Cuts `text` at code points into pieces of at most `limit` octets. */
function cutOctets(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of text) {
    if (octetLength(piece + char) > limit) (pieces.push(piece), (piece = ''));
    piece += char;
  }
  return [...pieces, piece];
}

/** Splits at spaces where it can, so each string stays readable; a longer word is cut between code points. */
export function splitTxtStrings(value: string, limit = 255): string[] {
  const strings: string[] = [];
  let current = '';
  for (const word of value.split(/(?<= )/)) {
    if (octetLength(current + word) <= limit) current += word;
    else {
      if (current) strings.push(current);
      const pieces = cutOctets(word, limit);
      strings.push(...pieces.slice(0, -1));
      current = pieces[pieces.length - 1]!;
    }
  }
  if (current || strings.length === 0) strings.push(current);
  return strings;
}

export function zoneLineOf(name: string, strings: string[]): string {
  const quoted = strings.map((text) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`);
  return `${name}. IN TXT ${quoted.length > 1 ? `( ${quoted.join(' ')} )` : quoted[0]}`;
}

export function generateSpf(choices: SpfChoices, domain: string): GeneratedSpf {
  const rejected: GeneratedSpf['rejected'] = [];
  const terms: string[] = [];
  if (choices.mx) terms.push('mx');
  if (choices.a) terms.push('a');
  const add = (text: string, entry: string) => {
    const term = parseSpfTerm(text);
    if (term.error) rejected.push({ entry, reason: term.error });
    else if (!terms.includes(text)) terms.push(text);
  };
  for (const entry of choices.ip4.map((e) => e.trim()).filter(Boolean)) add(`ip4:${entry}`, entry);
  for (const entry of choices.ip6.map((e) => e.trim()).filter(Boolean)) add(`ip6:${entry}`, entry);
  for (const entry of choices.includes.map((e) => e.trim()).filter(Boolean)) {
    add(`include:${SPF_PROVIDERS.find((p) => p.id === entry)?.include ?? entry}`, entry);
  }
  const record = ['v=spf1', ...terms, `${choices.all}all`].join(' ');
  const strings = splitTxtStrings(record);
  return { record, strings, zoneLine: zoneLineOf(domain || 'example.com', strings), rejected };
}
