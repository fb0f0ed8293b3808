// The catalogue describes itself completely: every entry has a reference,
// an English and a German text, a knowledge word, and a sample value in
// its vendor's format whose reading is checked here.

import { describe, expect, it } from 'vitest';
import { CATALOGUE, findEntry } from '../../../src/core/headers/catalogue.ts';
import { explainHeaders } from '../../../src/core/headers/explain-headers.ts';
import { prepareMessage } from '../../../src/core/message/prepare-message.ts';
import { SAMPLES } from './catalogue-samples.ts';

const NOW = '2026-11-27T12:00:00Z';

function explainFirst(header: string) {
  const prepared = prepareMessage(new TextEncoder().encode(`${header}\r\n\r\nbody\r\n`));
  return explainHeaders(prepared.fields, { now: NOW }).headers[0]!;
}

describe('header catalogue', () => {
  it.each(CATALOGUE.map((entry) => [entry.id, entry]))('%s is complete: names, reference, English and German text', (_id, entry) => {
    expect(entry.names.length > 0 || entry.pattern !== undefined).toBe(true);
    for (const name of entry.names) expect(name).toBe(name.toLowerCase());
    expect(entry.references.length).toBeGreaterThan(0);
    for (const reference of entry.references) {
      expect(reference.title.trim()).not.toBe('');
      expect(reference.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    }
    expect(entry.summary.en.trim().length).toBeGreaterThan(10);
    expect(entry.summary.de.trim().length).toBeGreaterThan(10);
    expect(entry.summary.de).not.toBe(entry.summary.en);
    expect(['documented', 'inferred', 'unknown']).toContain(entry.knowledge);
  });

  it('has a sample for every entry, and no sample without an entry', () => {
    expect(CATALOGUE.map((e) => e.id).filter((id) => !SAMPLES[id])).toEqual([]);
    expect(Object.keys(SAMPLES).filter((id) => !CATALOGUE.some((e) => e.id === id))).toEqual([]);
  });

  it.each(Object.entries(SAMPLES))('%s reads its vendor\'s format', (id, sample) => {
    const explained = explainFirst(sample.header);
    expect(explained.entry).toBe(id);
    expect(findEntry(explained.name)?.id).toBe(id);
    const keys = explained.parts.map((p) => p.key);
    for (const key of sample.parts ?? []) expect(keys).toContain(key);
    const codes = explained.findings.map((f) => f.code);
    for (const code of sample.findings ?? []) expect(codes).toContain(code);
    if (sample.decoded !== undefined) expect(explained.decoded).toBe(sample.decoded);
    for (const [key, knowledge] of Object.entries(sample.knowledge ?? {})) expect(explained.parts.find((p) => p.key === key)?.knowledge).toBe(knowledge);
    for (const part of explained.parts) {
      if (part.meaning) expect(part.meaning.de).not.toBe('');
    }
  });

  it('gives every German part meaning and finding text in German, not a copy of the English', () => {
    const all = Object.values(SAMPLES).map((s) => explainFirst(s.header));
    const copies = all.flatMap((h) => [...h.parts.map((p) => p.meaning), ...h.findings.map((f) => f.text)]).filter((t) => t && t.en.length > 25 && t.en === t.de);
    expect(copies).toEqual([]);
  });

  it('finds families by pattern, exact names first', () => {
    expect(findEntry('X-MS-Exchange-Organization-SCL')?.id).toBe('x-ms-exchange-organization-scl');
    expect(findEntry('X-MS-Exchange-Organization-AuthSource')?.id).toBe('x-ms-exchange-organization');
    expect(findEntry('X-Amavis-Modified')?.id).toBe('x-amavis');
    expect(findEntry('X-Something-Else')).toBeNull();
  });
});
