// Static DKIM verification vectors (dkimpy, mailauth and authheaders test
// data, plus a few derived here): per signature, in header order, the
// expected RFC 8601 word; a list means any of its words is acceptable.
// Compared through the fixture comparer, so domain and selector are checked too.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { compareWithExpectation } from '../support/fixture-cases.ts';
import { corpusFile, corpusFolder } from './support/corpus-root.ts';
import { CorpusReport, mapLimit, type CaseOutcome } from './support/corpus-report.ts';
import { dkimDiagnosis, problemCodes, replay, wordsOf } from './support/replay.ts';
import { KNOWN } from './dkim-vectors.known.ts';

interface VectorSignature {
  index: number;
  domain: string;
  selector: string;
  result: string | string[];
}

interface Vector {
  id: string;
  message: string;
  now: string;
  zone: ZoneFile;
  signatures: VectorSignature[];
}

async function runVector(root: string, vector: Vector): Promise<{ outcome: CaseOutcome; signaturesAgreeing: number }> {
  const message = new Uint8Array(readFileSync(corpusFile(root, vector.message)));
  const analysis = await replay(message, vector.zone, { now: vector.now });
  const expectation = {
    dkim: [...vector.signatures].sort((a, b) => a.index - b.index).map(({ domain, selector, result }) => ({ domain, selector, result })),
  };
  const signaturesAgreeing = expectation.dkim.filter(
    (wanted, index) => compareWithExpectation({ ...analysis, dkim: analysis.dkim.slice(index, index + 1) }, { expect: { dkim: [wanted] } }).length === 0,
  ).length;
  const outcome: CaseOutcome = {
    suite: 'cases',
    id: vector.id,
    expected: expectation.dkim.map((s, i) => wordsOf(`dkim[${i}]`, s.result)).join(' ') || 'no signatures',
    got: analysis.dkim.map((s) => `dkim[${s.index}]=${s.result}`).join(' ') || 'no signatures',
    differences: compareWithExpectation(analysis, { expect: expectation }),
    diagnosis: [dkimDiagnosis(analysis), problemCodes(analysis)].filter(Boolean).join('; '),
  };
  return { outcome, signaturesAgreeing };
}

describe('DKIM vectors', () => {
  it('agree with our DKIM verdicts, except for the known disagreements', { timeout: 60_000 }, async () => {
    const root = corpusFolder('dkim-vectors');
    const { cases } = JSON.parse(readFileSync(corpusFile(root, 'expected.json'), 'utf8')) as { cases: Vector[] };
    expect(cases.length).toBeGreaterThan(10);
    const report = new CorpusReport('dkim-vectors', KNOWN);
    const runs = await mapLimit(cases, 4, (vector) => runVector(root, vector));
    for (const { outcome } of runs) report.add(outcome);
    const signatures = cases.reduce((sum, vector) => sum + vector.signatures.length, 0);
    report.note(`signatures: ${runs.reduce((sum, run) => sum + run.signaturesAgreeing, 0)}/${signatures} agree`);

    console.log(report.summary());
    report.write();
    expect(report.unexpected()).toEqual([]);
    expect(report.stale()).toEqual([]);
  });
});
