// The header catalogue grown from real mail: every header name of the
// collection (every message corpus of test/corpus/data, the top-level header
// of each message, read as the pipeline reads it) is counted in how many
// distinct messages it occurs. A name seen in two or more messages must be
// explained: a catalogue entry that is documented (with its reference) or
// inferred (saying from what). A name seen once may stay "unknown", listed
// with its reason in header-names.known.ts, and so do damaged names. The run
// prints the figures and writes the list to
// test-results/corpus/header-names.json.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainHeaders } from '../../src/core/headers/explain-headers.ts';
import { loadCatalogueGroups } from '../../src/core/headers/catalogue.ts';
import { CATALOGUE_GROUPS } from '../../src/core/headers/catalogue-groups.ts';
import { prepareMessage } from '../../src/core/message/prepare-message.ts';
import { corpusRoot } from './support/corpus-root.ts';
import { messageFiles, messageIdentity, unlistedCorpora } from './support/message-files.ts';
import { isDamaged, UNEXPLAINED } from './header-names.known.ts';

const NOW = '2026-11-27T12:00:00Z';
const CATALOGUE = await loadCatalogueGroups(CATALOGUE_GROUPS);
const RESULTS = fileURLToPath(new URL('../../test-results/corpus/', import.meta.url));
// The rule of issue 12: a name in this many distinct messages must be explained.
const EXPLAIN_FROM = 2;
// Microsoft's own publications: Microsoft Learn (and its Open Specifications), the Microsoft TechNet blogs.
const MICROSOFT_DOCS = /^https:\/\/(learn|blogs\.technet)\.microsoft\.com\//;

interface NameSeen {
  entry: string | null;
  knowledge: string;
  fields: number;
  messages: Set<string>;
  firstFile: string;
}

function microsoftDocumented(name: string): boolean {
  const entry = CATALOGUE.find(name);
  return entry?.knowledge === 'documented' && entry.references.some((reference) => MICROSOFT_DOCS.test(reference.url));
}

describe('header names of the collection', () => {
  it('lists every folder of test/corpus/data as messages or not', () => {
    expect(unlistedCorpora()).toEqual([]);
  });

  it('explains every name seen in two or more messages; the rest are honestly unknown', async () => {
    const root = corpusRoot();
    const files = messageFiles();
    expect(files.length).toBeGreaterThan(1000);
    const identities = new Map<string, string>();
    const names = new Map<string, NameSeen>();
    for (const file of files) {
      const identity = messageIdentity(file);
      const message = identities.get(identity) ?? relative(root, file);
      identities.set(identity, message);
      const prepared = prepareMessage(new Uint8Array(readFileSync(file)));
      for (const header of (await explainHeaders(prepared.fields, { now: NOW })).headers) {
        const name = header.name.toLowerCase();
        // An unknown name must say so in both languages, with no made-up reference.
        if (header.entry === null) {
          expect(header.knowledge).toBe('unknown');
          expect(header.references).toEqual([]);
          expect(header.explanation.en).toMatch(/not know/);
          expect(header.explanation.de).toMatch(/nicht/);
        }
        const seen = names.get(name) ?? { entry: header.entry, knowledge: header.knowledge, fields: 0, messages: new Set<string>(), firstFile: relative(root, file) };
        seen.fields++;
        seen.messages.add(message);
        names.set(name, seen);
      }
    }
    const all = [...names].sort(([a], [b]) => a.localeCompare(b));
    const frequent = all.filter(([, seen]) => seen.messages.size >= EXPLAIN_FROM);
    const damagedFrequent = frequent.filter(([name]) => isDamaged(name));
    const explained = frequent.filter(([, seen]) => seen.entry !== null && seen.knowledge !== 'unknown');
    const documented = explained.filter(([, seen]) => seen.knowledge === 'documented');
    const byMicrosoft = explained.filter(([name]) => microsoftDocumented(name));
    const unknown = all.filter(([, seen]) => seen.entry === null).map(([name]) => name);
    const damaged = unknown.filter((name) => isDamaged(name));
    console.log(
      `header names: ${names.size} distinct over ${identities.size} distinct messages (${files.length} files); ` +
        `${frequent.length} in ≥${EXPLAIN_FROM} messages, ${damagedFrequent.length} of them damaged names; ` +
        `${explained.length}/${frequent.length - damagedFrequent.length} real names explained ` +
        `(${documented.length} documented, ${explained.length - documented.length} inferred; ${byMicrosoft.length} documented by Microsoft); ` +
        `all names: ${names.size - unknown.length}/${names.size} have an entry, ${unknown.length} unknown (${damaged.length} of them damaged)`,
    );
    mkdirSync(RESULTS, { recursive: true });
    const byName = Object.fromEntries(all.map(([name, seen]) => [name, { entry: seen.entry, knowledge: seen.knowledge, fields: seen.fields, messages: seen.messages.size, firstFile: seen.firstFile }]));
    writeFileSync(join(RESULTS, 'header-names.json'), `${JSON.stringify({ files: files.length, messages: identities.size, names: names.size, frequent: frequent.length, explained: explained.length, documented: documented.length, microsoft: byMicrosoft.length, unknown, byName }, null, 1)}\n`);

    // The rule: a name in two or more messages is explained, unless it is a damaged name.
    const unexplainedFrequent = frequent.filter(([name, seen]) => (seen.entry === null || seen.knowledge === 'unknown') && !isDamaged(name));
    expect(unexplainedFrequent.map(([name, seen]) => `${name} (${seen.messages.size} messages, first ${seen.firstFile})`)).toEqual([]);
    // New unknowns fail, and so do listed ones that are explained now (stale list).
    expect(unknown.filter((name) => !(name in UNEXPLAINED))).toEqual([]);
    expect(Object.keys(UNEXPLAINED).filter((name) => !unknown.includes(name))).toEqual([]);
    // An entry that calls its field documented names where; Microsoft's own fields cite Microsoft.
    for (const [name, seen] of explained) {
      const entry = CATALOGUE.find(name)!;
      if (seen.knowledge === 'documented') expect(entry.references.length, name).toBeGreaterThan(0);
      if (/^(x-ms-exchange-(organization|forest)-|x-forefront-antispam-report$|x-microsoft-antispam$|x-eoptenantattributedmessage$|content-class$)/.test(name)) expect(microsoftDocumented(name), name).toBe(true);
    }
  });
});
