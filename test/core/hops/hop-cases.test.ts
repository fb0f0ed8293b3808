// The hops-* fixture cases and the page's samples (sample-*) beyond
// FORMAT.md's `expect`: their `expectPath` (trust boundary, SPF hop,
// greylisting, clock skew, Date check) against the Analysis's `path`. FORMAT.md's own fields (hops, spf)
// are checked for every case by test/core/fixture-cases.test.ts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { listCaseFolders, OWN_CASES, readCase } from '../../support/fixture-cases.ts';

interface ExpectPath {
  boundary?: number | null;
  envelopeHop?: number | null;
  greylisting?: { source: string; software: string | null; delaySeconds: number | null; hop: number | null }[];
  skews?: { hop: number; culprit: number | null }[];
  date?: string;
}

const folders = listCaseFolders(OWN_CASES).filter((f) => /^(?:hops|sample)-/.test(f.split('/').pop()!));

describe('hops-* cases: the path', () => {
  it('has at least 25 cases', () => {
    expect(folders.length).toBeGreaterThanOrEqual(25);
  });

  it.each(folders.map((f) => [f.split('/').pop(), f]))('%s', async (_name, folder) => {
    const fixture = readCase(folder!);
    const expected = JSON.parse(readFileSync(join(folder!, 'case.json'), 'utf8')).expectPath as ExpectPath | undefined;
    expect(expected, 'every hops-* and sample-* case states its path').toBeDefined();
    const analysis = await analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
    const path = analysis.path!;
    if (expected!.boundary !== undefined) expect(path.boundary.hop).toBe(expected!.boundary);
    if (expected!.envelopeHop !== undefined) expect(path.envelopeHop.hop).toBe(expected!.envelopeHop);
    expect(path.greylisting.map(({ source, software, delaySeconds, hop }) => ({ source, software, delaySeconds, hop }))).toEqual(expected!.greylisting ?? []);
    expect(path.skews.map(({ hop, culprit }) => ({ hop, culprit }))).toEqual(expected!.skews ?? []);
    expect(path.date?.verdict ?? 'ok').toBe(expected!.date ?? 'ok');
    for (const hop of analysis.hops) expect(hop.trusted).toBe(path.boundary.hop === null || hop.number >= path.boundary.hop);
  });
});
