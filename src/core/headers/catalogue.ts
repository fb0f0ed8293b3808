// The header catalogue as an analysis uses it: the groups its fields need
// (catalogue-groups.ts), loaded, and the entry for a field name found in
// them — exact names first (a Map, so thousands of fields cost one lookup
// each), then the family patterns in order. Which group a name belongs to
// is read from the index (catalogue-index.ts), which lists every name and
// pattern of every group, so no group need be loaded to know it.

import type { CatalogueEntry } from './catalogue-entry.ts';
import { CATALOGUE_GROUPS, GROUP_LOADERS, type CatalogueGroup, type GroupLoaders } from './catalogue-groups.ts';
import { EXACT_NAMES, FAMILY_PATTERNS } from './catalogue-index.ts';

const GROUP_BY_NAME = new Map<string, CatalogueGroup>();
for (const group of CATALOGUE_GROUPS) for (const name of EXACT_NAMES[group]) GROUP_BY_NAME.set(name, group);

/** Every exact name the catalogue lists, for spotting damaged names. */
export const KNOWN_NAMES: readonly string[] = [...GROUP_BY_NAME.keys()];

/** The group whose entry explains this field name, or null when no entry does. */
export function groupOfName(name: string): CatalogueGroup | null {
  const lower = name.toLowerCase();
  return GROUP_BY_NAME.get(lower) ?? FAMILY_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1] ?? null;
}

interface GroupIndex {
  byName: Map<string, CatalogueEntry>;
  families: CatalogueEntry[];
}

// Built once per group's entries, whichever analysis loaded it first.
const INDEXES = new WeakMap<readonly CatalogueEntry[], GroupIndex>();

function indexOf(entries: readonly CatalogueEntry[]): GroupIndex {
  let index = INDEXES.get(entries);
  if (!index) {
    index = { byName: new Map(entries.flatMap((entry) => entry.names.map((name) => [name, entry] as const))), families: entries.filter((entry) => entry.pattern !== undefined) };
    INDEXES.set(entries, index);
  }
  return index;
}

export interface LoadedCatalogue {
  /** Every entry of the loaded groups, in catalogue order. */
  entries: readonly CatalogueEntry[];
  /** Groups whose chunk failed to load; their fields are shown without their explanation. */
  failed: readonly CatalogueGroup[];
  /** The entry for a field name, or null: no entry explains it, or its group is not loaded (see `failed`). */
  find(name: string): CatalogueEntry | null;
  /** Whether an entry explains this name but its group failed to load. */
  isUnloaded(name: string): boolean;
}

/** Loads these groups; one that fails to load is named in `failed`, never thrown. */
export async function loadCatalogueGroups(groups: Iterable<CatalogueGroup>, loaders: GroupLoaders = GROUP_LOADERS): Promise<LoadedCatalogue> {
  const wanted = new Set(groups);
  const loaded = new Map<CatalogueGroup, GroupIndex>();
  const failed: CatalogueGroup[] = [];
  const ordered = CATALOGUE_GROUPS.filter((group) => wanted.has(group));
  const settled = await Promise.allSettled(ordered.map((group) => loaders[group]()));
  const entries: CatalogueEntry[] = [];
  for (const [position, outcome] of settled.entries()) {
    const group = ordered[position]!;
    if (outcome.status === 'rejected') {
      // A chunk that could not be fetched (network, an old build's file gone): reported by the caller.
      failed.push(group);
      continue;
    }
    loaded.set(group, indexOf(outcome.value));
    entries.push(...outcome.value);
  }
  return {
    entries,
    failed,
    find(name) {
      const lower = name.toLowerCase();
      const exact = GROUP_BY_NAME.get(lower);
      if (exact) return loaded.get(exact)?.byName.get(lower) ?? null;
      const family = FAMILY_PATTERNS.find(([pattern]) => pattern.test(lower))?.[1];
      return (family && loaded.get(family)?.families.find((entry) => entry.pattern!.test(lower))) || null;
    },
    isUnloaded(name) {
      const group = groupOfName(name);
      return group !== null && failed.includes(group);
    },
  };
}

/** Loads the groups that explain these field names, and no other. */
export function loadCatalogueFor(names: Iterable<string>, loaders: GroupLoaders = GROUP_LOADERS): Promise<LoadedCatalogue> {
  const groups = new Set<CatalogueGroup>();
  const seen = new Set<string>();
  for (const name of names) {
    const lower = name.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    const group = groupOfName(lower);
    if (group) groups.add(group);
  }
  return loadCatalogueGroups(groups, loaders);
}
