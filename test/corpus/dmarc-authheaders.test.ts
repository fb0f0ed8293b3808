// DMARC cases from authheaders' own tests (ValiMail/authentication-headers).
//
// Upstream, most of these tests do not verify DKIM: they hand authheaders a
// prior Authentication-Results header (`givenResults`) and evaluate DMARC on
// it. We cannot inject results without faking our DKIM step, so each case is
// replayed whole: our own DKIM verification of the message's own signatures,
// then our DMARC. DMARC only uses the d= domains of passing signatures (RFC
// 7489 §4.2, RFC 9989 §4.4), so a case is a faithful replay exactly when our
// passing domains equal the given ones (and no SPF pass is added, since the
// upstream tests give no SPF). Where they differ, the case is "not
// replayable" and counted apart, with what we said beside it.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { corpusFile, corpusFolder } from './support/corpus-root.ts';
import { CorpusReport, mapLimit, type CaseOutcome } from './support/corpus-report.ts';
import { dkimDiagnosis, dmarcDiagnosis, problemCodes, replay, spfDiagnosis } from './support/replay.ts';
import { KNOWN } from './dmarc-authheaders.known.ts';

// The signed messages carry t=1543187390 (2018-11-25); the clock of the upstream tests' era.
const NOW = '2018-11-26T00:00:00Z';

interface AuthheadersCase {
  id: string;
  message: string;
  expect: { dkim?: string; dmarc: string; dmarcPolicy?: string };
  givenResults?: string;
}

/** The d= of every `dkim=pass` in an Authentication-Results payload. */
function givenPassingDomains(results: string): string[] {
  return results
    .split(';')
    .map((part) => part.trim())
    .filter((part) => /^dkim=pass\b/i.test(part))
    .map((part) => /header\.d=([^\s;]+)/i.exec(part)?.[1]?.toLowerCase() ?? '(no header.d)')
    .sort();
}

function ourPassingDomains(analysis: Analysis): string[] {
  return [...new Set(analysis.dkim.filter((s) => s.result === 'pass').map((s) => s.domain.toLowerCase()))].sort();
}

function gotWords(analysis: Analysis, wanted: AuthheadersCase['expect']): string {
  const words = [];
  if (wanted.dkim !== undefined) words.push(`dkim=${analysis.dkim[0]?.result ?? 'null'}`);
  words.push(`dmarc=${analysis.dmarc?.result ?? 'null'}`);
  if (wanted.dmarcPolicy !== undefined) words.push(`policy=${analysis.dmarc?.appliedPolicy ?? 'null'}`);
  return words.join(' ');
}

async function runCase(root: string, zone: ZoneFile, testCase: AuthheadersCase): Promise<CaseOutcome> {
  const message = new Uint8Array(readFileSync(corpusFile(root, testCase.message)));
  const analysis = await replay(message, zone, { now: NOW });
  const wanted = testCase.expect;
  const expected = [wanted.dkim !== undefined && `dkim=${wanted.dkim}`, `dmarc=${wanted.dmarc}`, wanted.dmarcPolicy !== undefined && `policy=${wanted.dmarcPolicy}`]
    .filter(Boolean)
    .join(' ');
  const got = gotWords(analysis, wanted);
  const diagnosis = [dkimDiagnosis(analysis), spfDiagnosis(analysis), dmarcDiagnosis(analysis), problemCodes(analysis)].filter(Boolean).join('; ');
  const outcome: CaseOutcome = { suite: 'cases', id: testCase.id, expected, got, differences: [], diagnosis };

  if (analysis.spf?.result === 'pass') {
    outcome.excluded = { kind: 'not-replayable', reason: `the upstream test gives no SPF result, but our envelope inference produced an SPF pass (${spfDiagnosis(analysis)})` };
    return outcome;
  }
  if (testCase.givenResults !== undefined) {
    const given = givenPassingDomains(testCase.givenResults);
    const ours = ourPassingDomains(analysis);
    if (given.join(' ') !== ours.join(' ')) {
      outcome.excluded = {
        kind: 'not-replayable',
        reason:
          `the upstream test assumes DKIM passes for [${given.join(', ')}] ("${testCase.givenResults}"), ` +
          `but verifying the message's own signatures passes [${ours.join(', ')}]; replaying it would mean faking a DKIM result`,
      };
      return outcome;
    }
  }
  if (wanted.dkim !== undefined && analysis.dkim[0]?.result !== wanted.dkim) {
    // authheaders checks only the first DKIM-Signature.
    outcome.differences.push(`dkim[0]: expected ${wanted.dkim}, got ${analysis.dkim[0]?.result ?? 'no signature'}`);
  }
  if (analysis.dmarc?.result !== wanted.dmarc) outcome.differences.push(`dmarc: expected ${wanted.dmarc}, got ${analysis.dmarc?.result ?? 'null'}`);
  if (wanted.dmarcPolicy !== undefined && analysis.dmarc?.appliedPolicy !== wanted.dmarcPolicy) {
    outcome.differences.push(`dmarc policy: expected ${wanted.dmarcPolicy}, got ${analysis.dmarc?.appliedPolicy ?? 'null'}`);
  }
  return outcome;
}

describe('DMARC cases of authheaders', () => {
  it('agree with our DMARC, except for the known disagreements', { timeout: 60_000 }, async () => {
    const root = corpusFolder('dmarc-authheaders');
    const corpus = JSON.parse(readFileSync(corpusFile(root, 'cases.json'), 'utf8')) as { zone: ZoneFile; cases: AuthheadersCase[] };
    expect(corpus.cases.length).toBeGreaterThan(5);
    const report = new CorpusReport('dmarc-authheaders', KNOWN);
    for (const outcome of await mapLimit(corpus.cases, 4, (testCase) => runCase(root, corpus.zone, testCase))) report.add(outcome);

    console.log(report.summary());
    report.write();
    expect(report.unexpected()).toEqual([]);
    expect(report.stale()).toEqual([]);
  });
});
