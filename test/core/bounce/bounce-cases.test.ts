// The fixture cases test/cases/bounce-*: one hand-written report per reason
// word. FORMAT.md's `expect.bounce` (status, reason, recipient, remoteMta)
// is checked by the shared fixture runner in Node and Chromium; here the
// case's own key `bounceExpect` is asserted:
// - severity: hard, soft, or null for a report that is no failure;
// - explanationIncludes / nextStepIncludes: {en, de} words the
//   plain-language explanation and the next step must hold.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { BOUNCE_REASONS } from '../../../src/core/bounce/reason-words.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { listCaseFolders, OWN_CASES, readCase } from '../../support/fixture-cases.ts';

interface BounceCaseExpectation {
  severity: 'hard' | 'soft' | null;
  explanationIncludes: { en: string; de: string };
  nextStepIncludes: { en: string; de: string };
}

const folders = listCaseFolders(OWN_CASES).filter((folder) => folder.split('/').pop()!.startsWith('bounce-'));
const caseJson = (folder: string) => JSON.parse(readFileSync(join(folder, 'case.json'), 'utf8'));

async function analyseCase(folder: string) {
  const fixture = readCase(folder);
  const lookups = createLookupSession(createZoneSource(fixture.zone));
  return analyze(fixture.message, { resolver: lookups.resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
}

describe('bounce fixture cases', () => {
  it('cover every reason word of FORMAT.md, one case each', () => {
    const reasons = folders.map((folder) => caseJson(folder).expect.bounce.reason as string);
    expect([...reasons].sort()).toEqual([...BOUNCE_REASONS].sort());
  });

  it.each(folders.map((folder) => [folder.split('/').pop(), folder]))('%s', async (_name, folder) => {
    const data = caseJson(folder!);
    const wanted = data.bounceExpect as BounceCaseExpectation;
    expect(typeof data.why).toBe('string');
    const analysis = await analyseCase(folder!);
    // A report without a failure has no `bounce`; its recipient is in bounceReport.recipients.
    const bounce = analysis.bounce ?? analysis.bounceReport!.recipients[0]!;
    expect(bounce.reason).toBe(data.expect.bounce.reason);
    expect(bounce.severity).toBe(wanted.severity);
    expect(bounce.explanation.en).toContain(wanted.explanationIncludes.en);
    expect(bounce.explanation.de).toContain(wanted.explanationIncludes.de);
    expect(bounce.nextStep.en).toContain(wanted.nextStepIncludes.en);
    expect(bounce.nextStep.de).toContain(wanted.nextStepIncludes.de);
    expect(bounce.explanation.de).not.toBe(bounce.explanation.en);
    expect(bounce.evidence.length).toBeGreaterThan(0);
    // A status code other than the bare class is explained in both languages.
    if (bounce.status && !/^\d\.0\.0$/.test(bounce.status)) {
      expect(bounce.statusMeaning?.en.length).toBeGreaterThan(20);
      expect(bounce.statusMeaning?.de.length).toBeGreaterThan(20);
    }
    if (wanted.severity !== null) expect(analysis.bounces[0]).toEqual(bounce);
    else expect(analysis.bounces).toEqual([]);
    if (data.expect.kind) expect(analysis.kind?.word).toBe(data.expect.kind);
  });

  it('analyses the returned header in turn: the DMARC bounce shows an unsigned original', async () => {
    const analysis = await analyseCase(join(OWN_CASES, 'bounce-authfailure'));
    const report = analysis.bounceReport!;
    expect(report.kind).toBe('delivery-status');
    expect(report.returned).toMatchObject({ kind: 'headers' });
    expect(report.original).not.toBeNull();
    expect(report.original!.dkim).toEqual([]);
    expect(report.original!.hops.map((h) => h.ip)).toEqual(['198.51.100.77']);
  });

  it('tells a delay warning from a failure', async () => {
    const warning = await analyseCase(join(OWN_CASES, 'bounce-toomanyconn'));
    expect(warning.bounceReport!.warning).toBe(true);
    expect(warning.bounce!.action).toBe('delayed');
    const failure = await analyseCase(join(OWN_CASES, 'bounce-userunknown'));
    expect(failure.bounceReport!.warning).toBe(false);
  });

  it('names the kind of each report that is no bounce', async () => {
    expect((await analyseCase(join(OWN_CASES, 'bounce-vacation'))).bounceReport!.kind).toBe('auto-reply');
    const feedback = (await analyseCase(join(OWN_CASES, 'bounce-feedback'))).bounceReport!;
    expect(feedback.kind).toBe('feedback');
    expect(feedback.feedbackType).toBe('abuse');
    expect((await analyseCase(join(OWN_CASES, 'bounce-hostunknown'))).bounceReport!.kind).toBe('non-standard');
  });
});
