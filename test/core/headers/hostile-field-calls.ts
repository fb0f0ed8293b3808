// Calls made in a time-limited worker by authentication-results-hang.test.ts:
// each returns plain data, so that a hang is seen as one and what came out
// can be asserted in the test.

import { analyze } from '../../../src/core/analyze.ts';
import { parseAuthenticationResults, parseReceivedSpf } from '../../../src/core/headers/authentication-results.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createOfflineSource } from '../../../src/dns/offline.ts';

export async function analyzeOffline(bytes: Uint8Array) {
  const analysis = await analyze(bytes, { resolver: createLookupSession(createOfflineSource()).resolver, now: '2026-11-27T12:00:00Z' });
  return { codes: analysis.problems.map((p) => p.code), fields: analysis.message?.fields.map((f) => f.name) ?? null };
}

export function parseEveryWay(values: string[]) {
  return values.map((value) => ({
    value,
    results: parseAuthenticationResults(value),
    arc: parseAuthenticationResults(value, true),
    spf: parseReceivedSpf(value),
  }));
}
