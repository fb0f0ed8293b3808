import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';

async function analyzeCase(name: string) {
  const fixture = readCase(`${OWN_CASES}${name}`);
  return analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
}

const flagged = (analysis: Awaited<ReturnType<typeof analyzeCase>>) =>
  analysis.headers.filter((header) => header.findings.some((finding) => finding.code === 'forged-verdict')).map((header) => header.index);

describe('flagForgedVerdicts', () => {
  it('flags the phishing sample’s second Authentication-Results, which claims pass below the trust boundary, and not the receiver’s own', async () => {
    const analysis = await analyzeCase('sample-phishing');
    const results = analysis.headers.filter((header) => header.name === 'Authentication-Results').map((header) => header.index);
    expect(results).toHaveLength(2);
    expect(flagged(analysis)).toEqual([results[1]]);
    const finding = analysis.headers[results[1]!]!.findings.find((entry) => entry.code === 'forged-verdict')!;
    expect(finding.severity).toBe('error');
    expect(finding.text.en).toMatch(/spf, dkim, dmarc/);
    expect(finding.text.de).toMatch(/gefälscht/);
  });

  it('leaves a verdict below the boundary unflagged when our re-check says the same', async () => {
    const analysis = await analyzeCase('headers-below-boundary');
    const below = analysis.comparison.filter((entry) => entry.trust.code === 'below-boundary');
    expect(below.length).toBeGreaterThan(0);
    const disagreeing = new Set(below.filter((entry) => entry.agrees === false).map((entry) => entry.field.index));
    expect(flagged(analysis)).toEqual([...disagreeing]);
  });

  it('flags nothing in an ordinary message', async () => {
    expect(flagged(await analyzeCase('sample-normal'))).toEqual([]);
  });
});
