// The index is exact: every name and every family pattern of every group
// leads to that group, so a message never loses an explanation because its
// group was not loaded; and a message loads the groups its fields need and
// no other. A group or table that fails to load is a problem, not a throw.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupOfName, KNOWN_NAMES, loadCatalogueFor, loadCatalogueGroups } from '../../../src/core/headers/catalogue.ts';
import { CATALOGUE_GROUPS, GROUP_LOADERS, START_GROUPS, type CatalogueGroup, type GroupLoaders } from '../../../src/core/headers/catalogue-groups.ts';
import { FAMILY_PATTERNS } from '../../../src/core/headers/catalogue-index.ts';
import { explainHeaders } from '../../../src/core/headers/explain-headers.ts';
import { RULE_TABLE_LOADERS } from '../../../src/core/headers/rule-tables.ts';
import { catalogueIndexText, INDEX_PATH } from './generate-catalogue-index.ts';
import { SAMPLES } from './catalogue-samples.ts';
import { fieldsOf } from './header-fields.ts';

const NOW = '2026-11-27T12:00:00Z';
const GROUPS = await Promise.all(CATALOGUE_GROUPS.map(async (group) => ({ group, entries: await GROUP_LOADERS[group]() })));
const WHOLE = await loadCatalogueGroups(CATALOGUE_GROUPS);

/** The real loaders, with a record of which groups were asked for. */
function recordingLoaders(): { loaders: GroupLoaders; asked: CatalogueGroup[] } {
  const asked: CatalogueGroup[] = [];
  const loaders = Object.fromEntries(
    CATALOGUE_GROUPS.map((group) => [
      group,
      () => {
        asked.push(group);
        return GROUP_LOADERS[group]();
      },
    ]),
  ) as unknown as GroupLoaders;
  return { loaders, asked };
}

// A chunk that is not there: a real dynamic import that fails, as one does
// when a build was replaced while the page was open.
const missingChunk = './no-such-chunk.ts';
const failingImport = () => import(/* @vite-ignore */ missingChunk);

describe('the catalogue index', () => {
  it.each(GROUPS.map(({ group, entries }) => [group, entries] as const))('routes every name of the group %s to it, and finds the same entry there', (group, entries) => {
    for (const entry of entries) {
      for (const name of entry.names) {
        expect(groupOfName(name), name).toBe(group);
        expect(groupOfName(name.toUpperCase()), name).toBe(group);
        expect(WHOLE.find(name)?.id, name).toBe(entry.id);
      }
    }
  });

  it('holds every family pattern of every group, in catalogue order, with its group', () => {
    const families = GROUPS.flatMap(({ group, entries }) => entries.filter((entry) => entry.pattern).map((entry) => [String(entry.pattern), group]));
    expect(FAMILY_PATTERNS.map(([pattern, group]) => [String(pattern), group])).toEqual(families);
  });

  it('routes the sample field of every entry (for a family, a name only its pattern knows) to the entry’s group', () => {
    for (const { group, entries } of GROUPS) {
      for (const entry of entries) {
        const header = SAMPLES[entry.id]!.header;
        const name = header.slice(0, header.indexOf(':'));
        expect(groupOfName(name), `${entry.id}: ${name}`).toBe(group);
        expect(WHOLE.find(name)?.id, `${entry.id}: ${name}`).toBe(entry.id);
      }
    }
  });

  it('lists each exact name once, in catalogue order', () => {
    const names = GROUPS.flatMap(({ entries }) => entries.flatMap((entry) => entry.names));
    expect(KNOWN_NAMES).toEqual(names);
    expect(new Set(names).size).toBe(names.length);
  });

  it('is what the generator writes from the entries (npx tsx test/core/headers/generate-catalogue-index.ts)', async () => {
    expect(readFileSync(INDEX_PATH, 'utf8')).toBe(await catalogueIndexText());
  });
});

describe('loading the catalogue per message', () => {
  it('loads only the start groups for a plain message', async () => {
    const { loaders, asked } = recordingLoaders();
    await loadCatalogueFor(['Received', 'From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version', 'Content-Type', 'DKIM-Signature', 'Return-Path', 'X-Unknown-Thing'], loaders);
    expect(asked.filter((group) => !START_GROUPS.includes(group))).toEqual([]);
  });

  it('loads a group for an exact name and for a family name of it', async () => {
    const { loaders, asked } = recordingLoaders();
    const catalogue = await loadCatalogueFor(['X-Forefront-Antispam-Report', 'X-MS-Exchange-Organization-AuthAs', 'X-Spam-Status'], loaders);
    expect([...asked].sort()).toEqual(['microsoft', 'microsoft-transport', 'spam-filters']);
    expect(catalogue.find('X-MS-Exchange-Organization-AuthAs')?.id).toBe(WHOLE.find('X-MS-Exchange-Organization-AuthAs')?.id);
    expect(catalogue.find('X-Spam-Status')).not.toBeNull();
  });

  it('shows the fields of a group that failed to load without their explanation, and says so in English and German', async () => {
    const loaders = { ...GROUP_LOADERS, microsoft: failingImport } as GroupLoaders;
    const fields = fieldsOf('From: a@example.com\nX-Forefront-Antispam-Report: CIP:192.0.2.1;SCL:1;\nX-Spam-Status: No, score=-1.0');
    const explained = await explainHeaders(fields, { now: NOW, loaders: { groups: loaders } });
    const [from, report, spam] = explained.headers;
    expect(from).toMatchObject({ entry: 'from', knowledge: 'documented' });
    expect(report).toMatchObject({ entry: null, knowledge: 'unknown', parts: [] });
    expect(report!.explanation.en).toMatch(/could not be loaded/);
    expect(report!.explanation.de).toMatch(/nicht geladen/);
    expect(spam!.entry).not.toBeNull();
    const problem = explained.problems.find((item) => item.code === 'header-knowledge-not-loaded');
    expect(problem?.text.en).toMatch(/\(microsoft\)/);
    expect(problem?.text.de).toMatch(/\(microsoft\)/);
  });

  it('shows a field whose rule table failed to load with its summary but undecoded, and says so', async () => {
    const fields = fieldsOf('X-Spam-Status: Yes, score=7.1 required=5.0 tests=BAYES_99,URIBL_BLACK autolearn=no');
    const whole = await explainHeaders(fields, { now: NOW });
    const explained = await explainHeaders(fields, { now: NOW, loaders: { tables: { ...RULE_TABLE_LOADERS, spamassassin: failingImport } } });
    expect(whole.headers[0]!.parts.length).toBeGreaterThan(0);
    expect(explained.headers[0]).toMatchObject({ entry: whole.headers[0]!.entry, explanation: whole.headers[0]!.explanation, parts: [] });
    expect(explained.problems.map((item) => item.text.en)).toEqual([expect.stringMatching(/\(spamassassin\)/)]);
  });
});
