// The three rule tables behind spam-filter fields — SpamAssassin's rules,
// rspamd's symbols, Microsoft's anti-spam report fields, each with its
// English and German meaning — are a fifth of the header knowledge and
// most messages carry none of those fields. A catalogue entry names the
// tables its explain() reads (CatalogueEntry.tables); loadRuleTables()
// imports only those for the fields at hand, before the fields are
// explained, so explaining stays synchronous.

import type { RawField } from '../message/header-block.ts';
import { findEntry } from './catalogue.ts';

export interface RuleTables {
  spamassassin?: typeof import('./spamassassin-rules.ts');
  rspamd?: typeof import('./rspamd-symbols.ts');
  microsoftAntispam?: typeof import('./microsoft-antispam-fields.ts');
}

export type RuleTableName = keyof RuleTables;

const LOADERS: { [Name in RuleTableName]-?: () => Promise<NonNullable<RuleTables[Name]>> } = {
  spamassassin: () => import('./spamassassin-rules.ts'),
  rspamd: () => import('./rspamd-symbols.ts'),
  microsoftAntispam: () => import('./microsoft-antispam-fields.ts'),
};

/** The tables the catalogue entries of these fields read. */
export async function loadRuleTables(fields: readonly RawField[]): Promise<RuleTables> {
  const needed = new Set<RuleTableName>();
  const seen = new Set<string>();
  for (const field of fields) {
    const name = field.name.toLowerCase();
    if (seen.has(name)) continue;
    seen.add(name);
    for (const table of findEntry(name)?.tables ?? []) needed.add(table);
  }
  const tables: RuleTables = {};
  await Promise.all([...needed].map(async (name) => Object.assign(tables, { [name]: await LOADERS[name]() })));
  return tables;
}

/** A table an entry declared; its absence is a bug in the caller, which did not load it. */
export function ruleTable<Name extends RuleTableName>(tables: RuleTables, name: Name): NonNullable<RuleTables[Name]> {
  const table = tables[name];
  if (!table) throw new Error(`rule table "${name}" was not loaded before the fields were explained (loadRuleTables)`);
  return table as NonNullable<RuleTables[Name]>;
}
