// The DNS critical path (issue 18, item 5): every fixture case and every
// sample analysed through DNS-over-HTTPS against a local server that holds
// each answer 50 ms, as a distant resolver would. For each: the questions
// that reached the server, the duplicates among them (the same name and
// type twice in one analysis: must be none), the longest chain of questions
// that depend on each other (dns-chain.ts), and the time to the last
// verdict against (longest chain + 1) × 50 ms + 100 ms.

import { readFileSync, readdirSync } from 'node:fs';
import { analyze } from '../../src/core/analyze.ts';
import { createDohSource } from '../../src/dns/doh.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { parseZoneFile } from '../../src/dns/zone.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { startDohServer } from '../support/doh-server.ts';
import { listCaseFolders, readCase } from '../support/fixture-cases.ts';
import { dnsChain, longestChain } from './dns-chain.ts';

export const ANSWER_DELAY_MS = 50;
const SLACK_MS = 100;
// One analysis at a time: the time to the last verdict includes its CPU,
// which analyses running side by side on a small machine would inflate.
// Each has its own server, so the counts stay its own.
const CONCURRENCY = 1;

interface Input {
  name: string;
  message: Uint8Array;
  zone: ZoneFile;
  now: string;
  envelope: { ip?: string; helo?: string; mailFrom?: string } | undefined;
}

export interface CriticalPath {
  name: string;
  queries: number;
  duplicates: number;
  chain: number;
  ms: number;
  /**
   * The process's CPU time over the same span (user + system): the part of
   * `ms` that no parallel asking can save. The bound counts round trips
   * only, so a message over it with `cpuMs` near `ms` is bound by work,
   * one with `cpuMs` far below by waiting.
   */
  cpuMs: number;
  boundMs: number;
  /** The zone holds an answer back (TIMEOUT): the wait is the client's deadline, not a chain. */
  timesOut: boolean;
}

function samples(): Input[] {
  const folder = new URL('../../src/ui/samples/', import.meta.url).pathname;
  const source = readFileSync(`${folder}samples.ts`, 'utf8');
  return readdirSync(folder)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => {
      const id = file.slice(0, -'.eml'.length);
      // The sample's clock, as samples.ts hands it to the page.
      const now = new RegExp(`import\\('\\./${id}\\.zone\\.json'\\), '([^']+)'`).exec(source)?.[1];
      if (!now) throw new Error(`no clock for sample ${id} in samples.ts`);
      const zone = parseZoneFile(JSON.parse(readFileSync(`${folder}${id}.zone.json`, 'utf8')));
      return { name: `sample ${id}`, message: readFileSync(`${folder}${file}`), zone, now, envelope: undefined };
    });
}

async function measureOne(input: Input): Promise<CriticalPath> {
  const server = await startDohServer({ zone: input.zone, delayMs: ANSWER_DELAY_MS });
  try {
    const session = createLookupSession(createDohSource({ url: server.url, format: 'wire', fetch: globalThis.fetch, timeoutMs: 4000 }));
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const analysis = await analyze(input.message, { resolver: session.resolver, now: input.now, ...(input.envelope ? { envelope: input.envelope } : {}) });
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const asked = server.requests.filter((request) => request.name !== null).map((request) => `${request.type} ${request.name!.toLowerCase()}`);
    const chain = longestChain(dnsChain(session.evidence(), analysis.dmarc?.fromDomain ?? null));
    const timesOut = JSON.stringify(input.zone).includes('"TIMEOUT"');
    return { name: input.name, queries: asked.length, duplicates: asked.length - new Set(asked).size, chain, ms, cpuMs: (cpu.user + cpu.system) / 1000, boundMs: (chain + 1) * ANSWER_DELAY_MS + SLACK_MS, timesOut };
  } finally {
    await server.close();
  }
}

export async function measureCriticalPaths(): Promise<CriticalPath[]> {
  const root = new URL('../cases/', import.meta.url).pathname;
  const inputs: Input[] = [
    ...listCaseFolders(root).map((folder) => {
      const fixture = readCase(folder);
      return { name: fixture.name, message: fixture.message, zone: fixture.zone, now: fixture.now, envelope: fixture.smtp };
    }),
    ...samples(),
  ];
  // One analysis first, not counted: the first in a process also compiles
  // the pipeline, which is no part of any message's critical path.
  await measureOne(inputs[0]!);
  const results: CriticalPath[] = [];
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) results.push(await measureOne(inputs[next++]!));
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results.sort((a, b) => a.name.localeCompare(b.name));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export function summarizeCriticalPaths(results: readonly CriticalPath[]) {
  const bounded = results.filter((result) => !result.timesOut);
  const over = bounded.filter((result) => result.ms > result.boundMs);
  const ratios = bounded.map((result) => result.ms / result.boundMs).sort((a, b) => a - b);
  return {
    messages: results.length,
    timingOut: results.length - bounded.length,
    queries: results.reduce((sum, result) => sum + result.queries, 0),
    duplicates: results.reduce((sum, result) => sum + result.duplicates, 0),
    longestChain: Math.max(...results.map((result) => result.chain)),
    medianTimeToBound: ratios[Math.floor(ratios.length / 2)] ?? 0,
    worstTimeToBound: ratios[ratios.length - 1] ?? 0,
    medianCpuMs: median(results.map((result) => result.cpuMs)),
    worstCpuMs: Math.max(...results.map((result) => result.cpuMs)),
    overBound: over.map((result) => `${result.name}: ${result.ms.toFixed(0)} ms > ${result.boundMs} ms (chain ${result.chain}, ${result.queries} queries, CPU ${result.cpuMs.toFixed(0)} ms)`),
  };
}

export function printCriticalPaths(results: readonly CriticalPath[]): void {
  const summary = summarizeCriticalPaths(results);
  console.log(`DNS critical path, ${ANSWER_DELAY_MS} ms per answer, ${summary.messages} fixture cases and samples (${summary.timingOut} with a held answer left out of the time ratios):`);
  console.table({
    'queries (all messages)': `${summary.queries}`,
    'duplicates (goal 0)': `${summary.duplicates}`,
    'longest chain': `${summary.longestChain}`,
    'time ÷ (chain + 1) × 50 ms + 100 ms, median (goal ≤ 1)': `${summary.medianTimeToBound.toFixed(2)}`,
    'the same, worst (goal ≤ 1)': `${summary.worstTimeToBound.toFixed(2)}`,
    'messages over the bound': `${summary.overBound.length}`,
    'CPU time per message, median / most (the bound leaves it out)': `${summary.medianCpuMs.toFixed(0)} / ${summary.worstCpuMs.toFixed(0)} ms`,
  });
  const samplesOnly = results.filter((result) => result.name.startsWith('sample '));
  console.table(Object.fromEntries(samplesOnly.map((r) => [r.name, { queries: r.queries, duplicates: r.duplicates, chain: r.chain, ms: Math.round(r.ms), cpu: Math.round(r.cpuMs), bound: r.boundMs }])));
  for (const line of summary.overBound.slice(0, 15)) console.log(`  over: ${line}`);
}
