// Flattening: an SPF record past 10 lookups rewritten with the addresses
// its includes, a and mx name today, so it costs none (RFC 7208 §4.6.4
// counts only DNS mechanisms). What it costs is said with it: the copy
// goes stale the day a provider changes its addresses, silently.

import type { LocalizedText } from '../../analysis.ts';
import type { Resolver } from '../../../dns/resolver.ts';
import { ask, mxOf, stringsOf, txtOf } from '../../sender/dns-question.ts';
import { parseSpfRecord, isSpfRecord, type SpfTerm } from './spf-record.ts';
import { splitTxtStrings } from './spf-generator.ts';

export interface FlattenedSpf {
  record: string;
  strings: string[];
  /** Networks copied in (ip4:… / ip6:…). */
  networks: number;
  /** Terms kept as they were: exists, ptr, macros — they cannot be copied. */
  kept: string[];
  /** Domains whose record or addresses could not be read: their part is missing. */
  unreadable: string[];
  cost: LocalizedText;
}

// Flattening asks a question per include, a, mx and MX host; a hostile
// include chain must not make it ask without end. The RFC's own bound on
// one evaluation is about 112 questions (src/dns/query-budget.ts).
const MAX_QUESTIONS = 120;
const MAX_DEPTH = 10;

interface Flatten {
  resolver: Resolver;
  questions: number;
  networks: Set<string>;
  kept: string[];
  unreadable: string[];
}

async function question(state: Flatten, name: string, type: string) {
  if (++state.questions > MAX_QUESTIONS) return null;
  const asked = await ask(state.resolver, name, type);
  return asked.outcome.kind === 'error' ? null : asked;
}

async function addHost(state: Flatten, host: string, term: SpfTerm): Promise<void> {
  for (const type of ['A', 'AAAA'] as const) {
    const asked = await question(state, host, type);
    if (asked === null) return void state.unreadable.push(host);
    const prefix = type === 'A' ? term.cidr4 : term.cidr6;
    for (const address of stringsOf(asked)) state.networks.add(`${type === 'A' ? 'ip4' : 'ip6'}:${address}${prefix !== null ? `/${prefix}` : ''}`);
  }
}

async function flattenRecord(state: Flatten, record: string, domain: string, depth: number): Promise<void> {
  const terms = parseSpfRecord(record).terms;
  const hasAll = terms.some((t) => t.kind === 'mechanism' && t.name === 'all');
  for (const term of terms) {
    // Only what passes is copied: "-ip4:…" in an included record does not authorise anyone.
    if (term.kind === 'mechanism' && term.qualifier !== '+') continue;
    if (term.macros || term.name === 'exists' || term.name === 'ptr') {
      if (depth === 0) state.kept.push(term.text);
      continue;
    }
    const target = (term.argument || domain).replace(/\.$/, '').toLowerCase();
    if (term.name === 'ip4' || term.name === 'ip6') state.networks.add(term.text.replace(/^\+/, ''));
    else if (term.name === 'a') await addHost(state, target, term);
    else if (term.name === 'mx') {
      const asked = await question(state, target, 'MX');
      if (asked === null) state.unreadable.push(target);
      else for (const mx of mxOf(asked)) await addHost(state, mx.exchange, term);
    } else if (term.name === 'include' || (term.name === 'redirect' && !hasAll)) {
      const asked = depth < MAX_DEPTH ? await question(state, target, 'TXT') : null;
      const child = asked ? txtOf(asked).find(isSpfRecord) : undefined;
      if (child === undefined) state.unreadable.push(target);
      else await flattenRecord(state, child, target, depth + 1);
    }
  }
}

export async function flattenSpf(record: string, domain: string, resolver: Resolver): Promise<FlattenedSpf> {
  const state: Flatten = { resolver, questions: 0, networks: new Set(), kept: [], unreadable: [] };
  await flattenRecord(state, record, domain, 0);
  const all = parseSpfRecord(record).terms.find((t) => t.kind === 'mechanism' && t.name === 'all')?.text ?? '~all';
  const flat = ['v=spf1', ...state.networks, ...state.kept, all].join(' ');
  const strings = splitTxtStrings(flat);
  return {
    record: flat,
    strings,
    networks: state.networks.size,
    kept: state.kept,
    unreadable: [...new Set(state.unreadable)],
    cost: {
      en: `${state.networks.size} networks copied as they are today, in ${strings.length} string(s) of ${flat.length} characters. The cost: your providers change their addresses without telling you, and then their mail fails SPF until you notice and copy again. Re-run this check regularly, flatten only what you must, and keep the includes of providers whose addresses change often.`,
      de: `${state.networks.size} Netze so kopiert, wie sie heute sind, in ${strings.length} Zeichenkette(n) mit ${flat.length} Zeichen. Der Preis: Ihre Anbieter ändern ihre Adressen ohne Bescheid, dann fällt deren Mail bei SPF durch, bis Sie es bemerken und neu kopieren. Diese Prüfung regelmäßig wiederholen, nur abflachen, was nötig ist, und die includes von Anbietern mit oft wechselnden Adressen behalten.`,
    },
  };
}
