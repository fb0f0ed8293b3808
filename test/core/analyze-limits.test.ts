// The DNS question limit as the pipeline applies it: one budget per
// analysis, returned messages included, and the problem on the outer one.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { createQueryBudget } from '../../src/dns/query-budget.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

async function run(name: string, limit: number) {
  const fixture = readCase(`${OWN_CASES}${name}`);
  const lookups = createLookupSession(createZoneSource(fixture.zone));
  const queryBudget = createQueryBudget(lookups.resolver, limit);
  const analysis = await analyze(fixture.message, { resolver: lookups.resolver, now: fixture.now, envelope: fixture.smtp ?? {}, queryBudget });
  return { analysis, queryBudget, evidence: lookups.evidence() };
}

describe('the DNS question limit in analyze', () => {
  it('stops at the limit, says so, and the refused questions count as DNS errors', async () => {
    const { analysis, queryBudget, evidence } = await run('dkim-ed25519', 1);
    expect(evidence).toHaveLength(1);
    expect(queryBudget.refused().length).toBeGreaterThan(0);
    const found = analysis.problems.find((entry) => entry.code === 'dns-query-limit');
    expect(found?.text.en).toContain(queryBudget.refused()[0]);
    expect(found?.text.de).toContain('DNS-Abfragen');
  });

  it('shares one budget with the returned message of a bounce', async () => {
    const unlimited = await run('sample-bounce', 1000);
    const asked = unlimited.queryBudget.asked();
    expect(unlimited.analysis.bounceReport?.original).not.toBeNull();
    expect(unlimited.analysis.problems.some((entry) => entry.code === 'dns-query-limit')).toBe(false);
    const limited = await run('sample-bounce', asked - 1);
    expect(limited.evidence).toHaveLength(asked - 1);
    expect(limited.analysis.problems.filter((entry) => entry.code === 'dns-query-limit')).toHaveLength(1);
  });
});
