// How much of the header knowledge each message makes the worker load
// beyond its start: the catalogue groups (catalogue-groups.ts), the rule
// tables (rule-tables.ts) and the confusables table (uts39-skeleton.ts),
// with the chunks those import, sized as built (gzip level 9). Measured over
// the fixture cases, the page's samples, the lesson scenarios and the
// public corpora's messages, each with
// a bounce's returned message counted as part of its bounce, as the worker
// analyses both. Nothing is analysed here, so nothing is loaded for real.

import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { MAX_RETURNED_NESTING } from '../../src/core/analyze.ts';
import { diagnoseBounce } from '../../src/core/bounce/diagnose-bounce.ts';
import { readReportSignals } from '../../src/core/bounce/report-signals.ts';
import type { RawField } from '../../src/core/message/header-block.ts';
import { groupOfName, loadCatalogueGroups } from '../../src/core/headers/catalogue.ts';
import { CATALOGUE_GROUPS, START_GROUPS } from '../../src/core/headers/catalogue-groups.ts';
import { findDeception } from '../../src/core/headers/deception.ts';
import { withConfusables } from '../../src/core/headers/uts39-skeleton.ts';
import { prepareMessage } from '../../src/core/message/prepare-message.ts';
import { listCaseFolders, readCase } from '../support/fixture-cases.ts';

const TABLE_FILES: Record<string, string> = { spamassassin: 'spamassassin-rules', rspamd: 'rspamd-symbols', microsoftAntispam: 'microsoft-antispam-fields' };

export interface MessageChunks {
  name: string;
  /** Where it comes from: a fixture case, a sample of the page's, a lesson scenario, or a public corpus's message (test/corpus/data). */
  kind: 'case' | 'sample' | 'scenario' | 'corpus';
  chunks: string[];
  bytes: number;
}

function emlUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.eml'))
    .sort()
    .map((file) => `${folder}${file}`);
}

function inputs(): { name: string; message: Uint8Array; kind: MessageChunks['kind'] }[] {
  const cases = listCaseFolders(new URL('../cases/', import.meta.url).pathname).map(readCase);
  const eml = (folder: string, kind: MessageChunks['kind']) => emlUnder(folder).map((path) => ({ name: `${kind} ${path.slice(folder.length)}`, message: readFileSync(path), kind }));
  return [
    ...cases.map((fixture) => ({ name: fixture.name, message: fixture.message, kind: 'case' as const })),
    ...eml(new URL('../../src/ui/samples/', import.meta.url).pathname, 'sample'),
    ...eml(new URL('../../src/ui/teaching/scenarios/', import.meta.url).pathname, 'scenario'),
    ...eml(new URL('../corpus/data/', import.meta.url).pathname, 'corpus'),
  ];
}

/**
 * The header fields of a message and of each message a bounce returns, as
 * analyze() reaches them (MAX_RETURNED_NESTING deep), without analysing:
 * an analysis would load the confusables table, which this counts.
 */
async function levels(bytes: Uint8Array, nesting = 0): Promise<RawField[][]> {
  const prepared = prepareMessage(bytes);
  if (!prepared.authBytes) return [prepared.fields];
  const signals = readReportSignals(prepared.fields);
  const diagnosis = signals.bounce || signals.autoReply ? diagnoseBounce(prepared.authBytes, prepared.fields) : null;
  const returned = diagnosis && diagnosis.kind.word !== 'ordinary' && nesting < MAX_RETURNED_NESTING ? diagnosis.returned : null;
  return returned ? [prepared.fields, ...(await levels(returned.bytes, nesting + 1))] : [prepared.fields];
}

/** A built chunk and every chunk it imports but the worker's entry. */
function chunkFiles(dist: string, prefix: string): string[] {
  const assets = readdirSync(`${dist}assets`);
  const start = assets.find((file) => new RegExp(`^${prefix}-[\\w-]{8}\\.js$`).test(file));
  if (!start) throw new Error(`no chunk ${prefix} in ${dist}assets: build first`);
  const found = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    for (const [, file] of readFileSync(`${dist}assets/${queue.pop()!}`, 'utf8').matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)) {
      if (file!.startsWith('entry-') || found.has(file!)) continue;
      found.add(file!);
      queue.push(file!);
    }
  }
  return [...found];
}

export async function measureCatalogueChunks(dist: string): Promise<MessageChunks[]> {
  const whole = await loadCatalogueGroups(CATALOGUE_GROUPS);
  const sizes = new Map<string, number>();
  const sizeOf = (file: string) => sizes.get(file) ?? sizes.set(file, gzipSync(readFileSync(`${dist}assets/${file}`), { level: 9 }).length).get(file)!;
  const results: MessageChunks[] = [];
  for (const input of inputs()) {
    const prefixes = new Set<string>();
    for (const fields of await levels(input.message)) {
      for (const field of fields) {
        const group = groupOfName(field.name);
        if (group && !START_GROUPS.includes(group)) prefixes.add(`entries-${group}`);
        for (const table of whole.find(field.name)?.tables ?? []) prefixes.add(TABLE_FILES[table]!);
      }
      // The look-alike checks of this header, with a table that is never
      // there: whether they asked for it is whether the worker loads it.
      const { loaded } = await withConfusables(() => findDeception(fields), () => Promise.reject(new Error('measured, not loaded')));
      if (!loaded) prefixes.add('confusables-table');
    }
    const files = new Set([...prefixes].flatMap((prefix) => chunkFiles(dist, prefix)));
    results.push({ name: input.name, kind: input.kind, chunks: [...prefixes].sort(), bytes: [...files].reduce((sum, file) => sum + sizeOf(file), 0) });
  }
  return results;
}

export function summarizeCatalogueChunks(results: readonly MessageChunks[]) {
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
  const counts = sorted(results.map((result) => result.chunks.length));
  const bytes = sorted(results.map((result) => result.bytes));
  const perChunk: Record<string, number> = {};
  for (const result of results) for (const chunk of result.chunks) perChunk[chunk] = (perChunk[chunk] ?? 0) + 1;
  return {
    messages: results.length,
    loadingNone: results.filter((result) => result.chunks.length === 0).length,
    chunksMedian: counts[Math.floor(counts.length / 2)]!,
    chunksMax: counts.at(-1)!,
    bytesMedian: bytes[Math.floor(bytes.length / 2)]!,
    bytesMax: bytes.at(-1)!,
    largest: results.reduce((a, b) => (b.bytes > a.bytes ? b : a)).name,
    messagesPerChunk: Object.fromEntries(Object.entries(perChunk).sort((a, b) => b[1] - a[1])),
  };
}

export function summarizeByKind(results: readonly MessageChunks[]) {
  return {
    ours: summarizeCatalogueChunks(results.filter((result) => result.kind !== 'corpus')),
    samples: summarizeCatalogueChunks(results.filter((result) => result.kind === 'sample')),
    corpora: summarizeCatalogueChunks(results.filter((result) => result.kind === 'corpus')),
  };
}

export function printCatalogueChunks(results: readonly MessageChunks[]): void {
  const line = (label: string, summary: ReturnType<typeof summarizeCatalogueChunks>) =>
    `${label}: ${summary.loadingNone} of ${summary.messages} load none; chunks per message median ${summary.chunksMedian}, max ${summary.chunksMax}; ` +
    `gzip per message median ${(summary.bytesMedian / 1024).toFixed(1)} KB, max ${(summary.bytesMax / 1024).toFixed(1)} KB (${summary.largest})`;
  const summaries = summarizeByKind(results);
  console.log('header knowledge the worker loads on need (catalogue groups, rule tables, confusables), per message:');
  console.log(`  ${line('fixture cases, samples and scenarios', summaries.ours)}`);
  console.log(`  ${line("the page's samples", summaries.samples)}`);
  console.log(`  ${line('the public corpora (test/corpus/data)', summaries.corpora)}`);
  console.log(`  messages per chunk (ours / corpora): ${Object.entries(summaries.ours.messagesPerChunk).map(([chunk, count]) => `${chunk} ${count}/${summaries.corpora.messagesPerChunk[chunk] ?? 0}`).join(', ')}`);
}
