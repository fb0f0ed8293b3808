// One fuzz input, in process: a message through `analyze` (frozen zone,
// fixed clock) and through the share-file reader; a link through the
// share-link reader, and when it opens, its message replayed with the DNS
// answers it carries and its Markdown report written. What counts as a
// failure is decided by the caller from the outcome.

import { getHeapStatistics } from 'node:v8';
import type { Analysis } from '../../src/core/analysis.ts';
import { analyze } from '../../src/core/analyze.ts';
import { shareReplay } from '../../src/core/share/create-share.ts';
import { renderMarkdownReport } from '../../src/core/share/markdown-report.ts';
import { decodeShareFile } from '../../src/core/share/share-file.ts';
import { decodeShareLink } from '../../src/core/share/share-link.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import type { FuzzInput } from './fuzz-input.ts';
import { FUZZ_NOW } from './seeds.ts';

export interface Outcome {
  ms: number;
  /** Heap used after the input minus before it, in bytes (garbage included: a bound, not a measure of leaks). */
  heapGrowth: number;
  /** What was thrown, with its stack; null when the input ran through. */
  thrown: string | null;
  /** mailauth threw and the pipeline caught it (problem auth-engine-failed): a bug in the engine, reported apart. */
  engineFailure: string | null;
}

function engineFailure(analysis: Analysis | null): string | null {
  for (let current = analysis; current; current = current.bounceReport?.original ?? null) {
    const found = current.problems.find((p) => p.code === 'auth-engine-failed');
    if (found) return found.message;
  }
  return null;
}

async function run(input: FuzzInput): Promise<Analysis | null> {
  if (input.kind === 'message') {
    const analysis = await analyze(input.bytes, { resolver: createLookupSession(createZoneSource(input.zone)).resolver, now: FUZZ_NOW, envelope: input.smtp });
    // The Analysis is plain JSON (README): it must survive the trip.
    JSON.stringify(analysis);
    decodeShareFile(input.bytes);
    return analysis;
  }
  const opened = await decodeShareLink(input.link);
  if (!opened.ok) return null;
  const replay = shareReplay(opened.state);
  const analysis = await analyze(replay.message, {
    resolver: createLookupSession(createZoneSource(replay.zone)).resolver,
    now: replay.now,
    envelope: replay.envelope,
    envelopeHop: replay.hop ?? undefined,
  });
  renderMarkdownReport(analysis, { language: 'de', redaction: opened.state.redaction, verifiedBeforeRedaction: opened.state.verifiedBeforeRedaction });
  return analysis;
}

export async function runInput(input: FuzzInput): Promise<Outcome> {
  const heapBefore = getHeapStatistics().used_heap_size;
  const started = performance.now();
  let thrown: string | null = null;
  let analysis: Analysis | null = null;
  try {
    analysis = await run(input);
  } catch (error) {
    thrown = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
  }
  return {
    ms: performance.now() - started,
    heapGrowth: getHeapStatistics().used_heap_size - heapBefore,
    thrown,
    engineFailure: engineFailure(analysis),
  };
}
