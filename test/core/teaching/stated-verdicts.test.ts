// The reading of an analysis as a scenario's verdicts, and the comparison
// that the scenario test relies on: it must report a stated verdict the
// analysis does not give, or the scenario test could never fail.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { verdictDifferences, verdictsOf } from '../../../src/core/teaching/stated-verdicts.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { SCENARIO_DIR } from './generate/main.ts';

async function analyseScenario(name: string, now: string) {
  const zone = JSON.parse(readFileSync(`${SCENARIO_DIR}/${name}.zone.json`, 'utf8'));
  const lookups = createLookupSession(createZoneSource(zone));
  return analyze(new Uint8Array(readFileSync(`${SCENARIO_DIR}/${name}.eml`)), { resolver: lookups.resolver, now, envelope: {} });
}

describe('stated verdicts', () => {
  it('reads a bounce with its failed recipient and no SPF verdict', async () => {
    const verdicts = verdictsOf(await analyseScenario('user-unknown', '2026-11-23T16:00:00Z'));
    expect(verdicts.kind).toBe('non-delivery');
    expect(verdicts.spf).toBeNull();
    expect(verdicts.bounce).toEqual({ status: '5.1.1', reason: 'userunknown', recipient: 'ben.wagenr@example.net' });
  });

  it('names every verdict that differs from the stated ones', async () => {
    const analysis = await analyseScenario('forwarding-breaks-spf', '2026-11-30T09:40:00Z');
    const stated = verdictsOf(analysis);
    expect(verdictDifferences(stated, analysis)).toEqual([]);
    const wrong = { ...stated, spf: 'pass' as const, dkim: [], bounce: { status: '5.1.1', reason: 'userunknown' as const, recipient: 'x@example.net' } };
    expect(verdictDifferences(wrong, analysis).map((line) => line.split(':')[0])).toEqual(['spf', 'dkim', 'bounce']);
  });
});
