// Every header name in the corpora received-chains and
// sisimai-set-of-emails (the top-level header of each message, read as the
// pipeline reads it) gets a catalogue entry or an honest "unknown". The run
// prints how many distinct names are explained, and writes the list to
// test-results/corpus/header-names.json.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { explainHeaders } from '../../src/core/headers/explain-headers.ts';
import { prepareMessage } from '../../src/core/message/prepare-message.ts';
import { corpusFolder, corpusRoot } from './support/corpus-root.ts';
import { UNEXPLAINED } from './header-names.known.ts';

const NOW = '2026-11-27T12:00:00Z';
const RESULTS = fileURLToPath(new URL('../../test-results/corpus/', import.meta.url));
// Licence texts, notices and expectation tables sit beside the messages.
const NOT_A_MESSAGE = /(^|\/)(LICENSE|NOTICE)[^/]*$|\.(json|md|txt)$/;

function messagesIn(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return messagesIn(path);
    return NOT_A_MESSAGE.test(path) ? [] : [path];
  });
}

interface NameSeen {
  entry: string | null;
  knowledge: string;
  fields: number;
  firstFile: string;
}

describe('header names of the corpora', () => {
  it('every name has an entry or an honest "unknown"', () => {
    const root = corpusRoot();
    const files = [...messagesIn(corpusFolder('received-chains')), ...messagesIn(corpusFolder('sisimai-set-of-emails'))];
    expect(files.length).toBeGreaterThan(800);
    const names = new Map<string, NameSeen>();
    for (const file of files) {
      const prepared = prepareMessage(new Uint8Array(readFileSync(file)));
      for (const header of explainHeaders(prepared.fields, { now: NOW }).headers) {
        const name = header.name.toLowerCase();
        // An unknown name must say so in both languages, with no made-up reference.
        if (header.entry === null) {
          expect(header.knowledge).toBe('unknown');
          expect(header.references).toEqual([]);
          expect(header.explanation.en).toMatch(/not know/);
          expect(header.explanation.de).toMatch(/nicht/);
        }
        const seen = names.get(name) ?? { entry: header.entry, knowledge: header.knowledge, fields: 0, firstFile: relative(root, file) };
        seen.fields++;
        names.set(name, seen);
      }
    }
    const unknown = [...names].filter(([, seen]) => seen.entry === null).map(([name]) => name).sort();
    const explained = names.size - unknown.length;
    const byKnowledge = [...names.values()].reduce<Record<string, number>>((count, seen) => ({ ...count, [seen.knowledge]: (count[seen.knowledge] ?? 0) + 1 }), {});
    console.log(
      `header names: ${explained}/${names.size} explained over ${files.length} messages ` +
        `(by knowledge: ${JSON.stringify(byKnowledge)}); unknown: ${unknown.length} ` +
        `(${Object.values(UNEXPLAINED).filter((why) => why.startsWith('damaged')).length} of them damaged names)`,
    );
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, 'header-names.json'), `${JSON.stringify({ messages: files.length, names: names.size, explained, unknown, byName: Object.fromEntries([...names].sort()) }, null, 1)}\n`);

    // New unknowns fail, and so do listed ones that are explained now (stale list).
    expect(unknown.filter((name) => !(name in UNEXPLAINED))).toEqual([]);
    expect(Object.keys(UNEXPLAINED).filter((name) => !unknown.includes(name))).toEqual([]);
  });
});
