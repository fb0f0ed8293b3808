// Authentication cases from rspamd's functional tests, with rspamd's
// expected symbols mapped to RFC 8601 words by the corpus (`expect`, which
// follows RFC 7208 where rspamd does not; `note` says where).
//
// How the corpus is read (test/corpus/data/README.md):
// - `smtp: {}` means rspamd had no envelope. FORMAT.md reads an absent
//   envelope as "infer it from the message", and so do we: our analyzer is
//   given only what rspamd was given. Most of these messages carry no
//   Received field, so no SPF is evaluated, as in rspamd.
// - DKIM words are per message, as rspamd's symbols are: `pass` means at
//   least one signature passes (R_DKIM_ALLOW), `none` no signature at all,
//   any other word that some signature has it.
// - `dmarcPolicy` is compared with our `dmarc.appliedPolicy`.
// - `keysNotInZone`: keys rspamd fetched from live DNS; under FORMAT.md they
//   are NXDOMAIN. An ARC verdict that needs them cannot be replayed.
// - Cases without `expect` assert only rspamd-specific symbols or limits.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { corpusFile, corpusFolder } from './support/corpus-root.ts';
import { CorpusReport, mapLimit, type CaseOutcome } from './support/corpus-report.ts';
import { arcDiagnosis, dkimDiagnosis, dmarcDiagnosis, problemCodes, replay, spfDiagnosis } from './support/replay.ts';
import { KNOWN } from './rspamd-auth-cases.known.ts';

// The messages' signatures carry no x=; the clock of the corpus' rspamd commit (2026-08-21).
const NOW = '2026-08-21T00:00:00Z';

interface RspamdExpectation {
  spf?: string;
  dkim?: string;
  dmarc?: string;
  dmarcPolicy?: string;
  arc?: string;
}

interface RspamdCase {
  name: string;
  suite: string;
  message: string;
  zone: string;
  smtp: { ip?: string; helo?: string; mailFrom?: string };
  rspamdSymbols: string[];
  rspamdNotSymbols?: string[];
  expect?: RspamdExpectation;
  keysNotInZone?: string[];
  note?: string;
}

/** The per-message DKIM word in rspamd's sense (see above). */
function dkimAgrees(analysis: Analysis, word: string): boolean {
  if (word === 'none') return analysis.dkim.every((s) => s.result === 'none');
  return analysis.dkim.some((s) => s.result === word);
}

function gotWords(analysis: Analysis, wanted: RspamdExpectation): string {
  const words: string[] = [];
  if (wanted.spf !== undefined) words.push(`spf=${analysis.spf?.result ?? 'null'}`);
  if (wanted.dkim !== undefined) words.push(`dkim=[${analysis.dkim.map((s) => s.result).join(',')}]`);
  if (wanted.dmarc !== undefined) words.push(`dmarc=${analysis.dmarc?.result ?? 'null'}`);
  if (wanted.dmarcPolicy !== undefined) words.push(`policy=${analysis.dmarc?.appliedPolicy ?? 'null'}`);
  if (wanted.arc !== undefined) words.push(`arc=${analysis.arc?.result ?? 'null'}`);
  return words.join(' ');
}

function differencesOf(analysis: Analysis, wanted: RspamdExpectation): string[] {
  const differences: string[] = [];
  const check = (name: string, expected: string | undefined, actual: string | null | undefined) => {
    if (expected !== undefined && expected !== (actual ?? 'null')) differences.push(`${name}: expected ${expected}, got ${actual ?? 'null'}`);
  };
  check('spf', wanted.spf, analysis.spf?.result);
  if (wanted.dkim !== undefined && !dkimAgrees(analysis, wanted.dkim)) {
    differences.push(`dkim: expected ${wanted.dkim === 'none' ? 'no signature' : `a signature with ${wanted.dkim}`}, got [${analysis.dkim.map((s) => s.result).join(', ')}]`);
  }
  check('dmarc', wanted.dmarc, analysis.dmarc?.result);
  check('dmarc policy', wanted.dmarcPolicy, analysis.dmarc?.appliedPolicy);
  check('arc', wanted.arc, analysis.arc?.result);
  return differences;
}

function diagnosisOf(analysis: Analysis, wanted: RspamdExpectation | undefined): string {
  const parts = [];
  if (!wanted || wanted.spf !== undefined || wanted.dmarc !== undefined) parts.push(spfDiagnosis(analysis));
  if (!wanted || wanted.dkim !== undefined || wanted.dmarc !== undefined) parts.push(dkimDiagnosis(analysis));
  if (!wanted || wanted.dmarc !== undefined) parts.push(dmarcDiagnosis(analysis));
  if (!wanted || wanted.arc !== undefined) parts.push(arcDiagnosis(analysis));
  parts.push(`envelope ${analysis.envelope?.source ?? 'none'} ip=${analysis.envelope?.ip ?? 'null'} mailFrom=${analysis.envelope?.mailFrom ?? 'null'}`);
  parts.push(problemCodes(analysis));
  return parts.filter(Boolean).join('; ');
}

async function runCase(root: string, zones: Map<string, ZoneFile>, testCase: RspamdCase): Promise<CaseOutcome> {
  const zone = zones.get(testCase.zone);
  if (!zone) throw new Error(`rspamd case ${testCase.name}: unknown zone ${testCase.zone}`);
  const message = new Uint8Array(readFileSync(corpusFile(root, testCase.message)));
  const analysis = await replay(message, zone, { now: NOW, envelope: testCase.smtp });
  const wanted = testCase.expect;
  const symbols = `rspamd symbols [${testCase.rspamdSymbols.join(', ')}]${testCase.rspamdNotSymbols ? `, not [${testCase.rspamdNotSymbols.join(', ')}]` : ''}`;
  if (!wanted) {
    return {
      suite: testCase.suite,
      id: testCase.name,
      expected: symbols,
      got: `spf=${analysis.spf?.result ?? 'null'} dkim=[${analysis.dkim.map((s) => s.result).join(',')}]`,
      differences: [],
      diagnosis: diagnosisOf(analysis, wanted),
      excluded: { kind: 'no-expectation', reason: `the corpus gives no RFC 8601 expectation: ${symbols} test rspamd's own symbols or limits` },
    };
  }
  const expected = Object.entries(wanted)
    .map(([name, word]) => `${name === 'dmarcPolicy' ? 'policy' : name}=${word}`)
    .join(' ');
  const outcome: CaseOutcome = {
    suite: testCase.suite,
    id: testCase.name,
    expected,
    got: gotWords(analysis, wanted),
    differences: differencesOf(analysis, wanted),
    diagnosis: diagnosisOf(analysis, wanted),
  };
  if (wanted.arc !== undefined && testCase.keysNotInZone?.length) {
    outcome.excluded = {
      kind: 'not-replayable',
      reason: `the ARC verdict needs keys that rspamd's run fetched from live DNS (${testCase.keysNotInZone.join(', ')}); the zone does not have them, so any verdict here is about missing keys`,
    };
    outcome.differences = [];
  }
  return outcome;
}

describe('rspamd authentication cases', () => {
  it('agree with our verdicts, except for the known disagreements', { timeout: 60_000 }, async () => {
    const root = corpusFolder('rspamd-auth-cases');
    const { cases } = JSON.parse(readFileSync(corpusFile(root, 'cases.json'), 'utf8')) as { cases: RspamdCase[] };
    expect(cases.length).toBeGreaterThan(50);
    const zones = new Map<string, ZoneFile>();
    for (const name of new Set(cases.map((c) => c.zone))) zones.set(name, JSON.parse(readFileSync(corpusFile(root, name), 'utf8')) as ZoneFile);

    const report = new CorpusReport('rspamd-auth-cases', KNOWN);
    for (const outcome of await mapLimit(cases, 4, (testCase) => runCase(root, zones, testCase))) report.add(outcome);

    console.log(report.summary());
    report.write();
    expect(report.unexpected()).toEqual([]);
    expect(report.stale()).toEqual([]);
  });
});
