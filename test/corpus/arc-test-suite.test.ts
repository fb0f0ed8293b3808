// The ARC validation suite (ValiMail arc_test_suite): each test's message and
// the chain validation result `cv` it expects (Pass, Fail, None). The
// messages are YAML block text with LF line ends; the signatures were made
// over CRLF, so the lines are turned into CRLF before hashing. Three tests
// leave `cv` empty: their chains already carry cv=fail, so RFC 8617 §5.2
// makes the chain fail (test/corpus/data/README.md), and fail is expected.

import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { corpusFile, corpusFolder } from './support/corpus-root.ts';
import { CorpusReport, mapLimit, type CaseOutcome } from './support/corpus-report.ts';
import { arcDiagnosis, problemCodes, replay } from './support/replay.ts';
import { KNOWN } from './arc-test-suite.known.ts';

// The suite's signatures carry t=12345 (1970) and no x=; any later clock will do.
const NOW = '2018-11-23T00:00:00Z';

const CV_WORDS: Record<string, string> = { Pass: 'pass', Fail: 'fail', None: 'none', '': 'fail' };

interface ArcScenario {
  description: string;
  tests: Record<string, { message: string; cv: string | null }>;
  'txt-records': Record<string, string>;
}

function zoneOf(records: Record<string, string>): ZoneFile {
  return { records: Object.fromEntries(Object.entries(records).map(([name, value]) => [name.toLowerCase(), { TXT: [value] }])) };
}

async function runTest(id: string, suite: string, test: { message: string; cv: string | null }, zone: ZoneFile): Promise<CaseOutcome> {
  const cv = (test.cv ?? '').trim();
  const expected = CV_WORDS[cv];
  if (expected === undefined) throw new Error(`arc suite ${id}: unknown cv ${JSON.stringify(test.cv)}`);
  const message = new TextEncoder().encode((test.message ?? '').replace(/\r?\n/g, '\r\n'));
  const analysis = await replay(message, zone, { now: NOW });
  const got = analysis.arc?.result ?? 'null';
  return {
    suite,
    id,
    expected: `arc=${expected}${cv === '' ? ' (cv left empty; the chain carries cv=fail)' : ''}`,
    got: `arc=${got}`,
    differences: got === expected ? [] : [`arc: expected ${expected}, got ${got}`],
    diagnosis: [arcDiagnosis(analysis), problemCodes(analysis)].filter(Boolean).join('; '),
  };
}

describe('ARC test suite', () => {
  it('agrees with our ARC chain validation, except for the known disagreements', { timeout: 60_000 }, async () => {
    const root = corpusFolder('arc-test-suite');
    const scenarios = parseAllDocuments(readFileSync(corpusFile(root, 'arc-draft-validation-tests.yml'), 'utf8')).map((d) => d.toJS() as ArcScenario);
    const work = scenarios.flatMap((scenario) => {
      const zone = zoneOf(scenario['txt-records'] ?? {});
      return Object.entries(scenario.tests).map(([id, test]) => ({ id, test, zone }));
    });
    expect(work.length).toBeGreaterThan(150);
    const report = new CorpusReport('arc-test-suite', KNOWN);
    for (const outcome of await mapLimit(work, 4, ({ id, test, zone }) => runTest(id, 'validation', test, zone))) report.add(outcome);

    console.log(report.summary());
    report.write();
    expect(report.unexpected()).toEqual([]);
    expect(report.stale()).toEqual([]);
  });
});
