// The three rule tables behind spam-filter fields — SpamAssassin's rules,
// rspamd's symbols, Microsoft's anti-spam report fields, each with its
// English and German meaning — are a fifth of the header knowledge and
// most messages carry none of those fields. A catalogue entry names the
// tables its explain() reads (CatalogueEntry.tables); loadRuleTables()
// imports only those of the entries at hand, before the fields are
// explained, so explaining stays synchronous.

import type { CatalogueEntry } from './catalogue-entry.ts';

export interface RuleTables {
  spamassassin?: typeof import('./spamassassin-rules.ts');
  rspamd?: typeof import('./rspamd-symbols.ts');
  microsoftAntispam?: typeof import('./microsoft-antispam-fields.ts');
}

export type RuleTableName = keyof RuleTables;

export type RuleTableLoaders = { readonly [Name in RuleTableName]-?: () => Promise<NonNullable<RuleTables[Name]>> };

export const RULE_TABLE_LOADERS: RuleTableLoaders = {
  spamassassin: () => import('./spamassassin-rules.ts'),
  rspamd: () => import('./rspamd-symbols.ts'),
  microsoftAntispam: () => import('./microsoft-antispam-fields.ts'),
};

export interface LoadedRuleTables {
  tables: RuleTables;
  /** Tables whose chunk failed to load: the entries that read them are shown undecoded. */
  failed: RuleTableName[];
}

/** The tables these entries read. A table that fails to load is named in `failed`, never thrown. */
export async function loadRuleTables(entries: Iterable<CatalogueEntry>, loaders: RuleTableLoaders = RULE_TABLE_LOADERS): Promise<LoadedRuleTables> {
  const needed = new Set<RuleTableName>();
  for (const entry of entries) for (const table of entry.tables ?? []) needed.add(table);
  const tables: RuleTables = {};
  const failed: RuleTableName[] = [];
  await Promise.all(
    [...needed].map(async (name) => {
      try {
        Object.assign(tables, { [name]: await loaders[name]() });
      } catch {
        // A chunk that could not be fetched (network, an old build's file gone): reported by the caller.
        failed.push(name);
      }
    }),
  );
  return { tables, failed: failed.sort() };
}

/** A table an entry declared; its absence is a bug in the caller, which did not load it. */
export function ruleTable<Name extends RuleTableName>(tables: RuleTables, name: Name): NonNullable<RuleTables[Name]> {
  const table = tables[name];
  if (!table) throw new Error(`rule table "${name}" was not loaded before the fields were explained (loadRuleTables)`);
  return table as NonNullable<RuleTables[Name]>;
}
