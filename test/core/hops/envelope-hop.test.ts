// Picking another hop for SPF: the AnalyzeOptions field, threaded through
// the pipeline, and its command-line form --hop N.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { parseOptions, UsageError } from '../../../src/cli/options.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';

async function analyzeCase(name: string, envelopeHop?: number) {
  const fixture = readCase(`${OWN_CASES}${name}`);
  return analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now, envelopeHop });
}

describe('envelopeHop', () => {
  it('checks SPF at the picked hop instead of the inferred one', async () => {
    const inferred = await analyzeCase('hops-fetchmail-pop3-spf');
    expect([inferred.spf?.result, inferred.spf?.clientIp, inferred.path?.envelopeHop.hop]).toEqual(['pass', '192.0.2.90', 1]);
    const picked = await analyzeCase('hops-fetchmail-pop3-spf', 2);
    expect([picked.spf?.result, picked.spf?.clientIp, picked.path?.envelopeHop.chosenBy]).toEqual(['fail', '203.0.113.25', 'user']);
    expect(picked.envelope?.provenance.ip.note.en).toMatch(/picked by the user/);
  });

  it('reports a hop that does not exist and keeps the inferred one', async () => {
    const analysis = await analyzeCase('hops-dovecot-lmtp-spf', 9);
    expect(analysis.problems.map((p) => p.code)).toContain('envelope-hop-invalid');
    expect(analysis.spf?.clientIp).toBe('192.0.2.80');
  });
});

describe('--hop', () => {
  it('takes a hop number', () => {
    expect(parseOptions(['--hop', '2', 'x.eml']).hop).toBe(2);
    expect(parseOptions(['--hop=3', 'x.eml']).hop).toBe(3);
    expect(parseOptions(['x.eml']).hop).toBeNull();
  });

  it('refuses what is not one', () => {
    for (const value of ['0', '-1', 'x', '1.5', '']) expect(() => parseOptions(['--hop', value, 'x.eml'])).toThrow(UsageError);
    expect(() => parseOptions(['x.eml', '--hop'])).toThrow(UsageError);
  });
});
