// The OpenSPF test suites (RFC 7208 and RFC 4408) and pyspf's own test.yml,
// replayed through the whole pipeline. The RFC suites ship as fixture case
// folders (FORMAT.md), so they go through the same reader and comparer as
// our own cases; test.yml is YAML, converted here with the suite's DNS rules.
// A `result` list means any of its words is acceptable.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compareWithExpectation, listCaseFolders, readCase } from '../support/fixture-cases.ts';
import { corpusFile, corpusFolder } from './support/corpus-root.ts';
import { CorpusReport, mapLimit, type CaseOutcome } from './support/corpus-report.ts';
import { replay, spfDiagnosis, wordsOf } from './support/replay.ts';
import { sourceOfZoneData, type ZoneData } from './support/openspf-zonedata.ts';
import { KNOWN } from './openspf-test-suite.known.ts';

const NOW = '2026-11-27T12:00:00Z';
const PARALLEL = 8;

async function runCaseFolder(suite: string, folder: string): Promise<CaseOutcome> {
  const fixture = readCase(folder);
  const analysis = await replay(fixture.message, fixture.zone, { now: fixture.now, envelope: fixture.smtp ?? {} });
  return {
    suite,
    id: fixture.name,
    expected: wordsOf('spf', fixture.expect.spf ?? []),
    got: `spf=${analysis.spf?.result ?? 'null'}`,
    differences: compareWithExpectation(analysis, fixture),
    diagnosis: spfDiagnosis(analysis),
  };
}

interface PyspfTest {
  helo: string;
  host: string;
  mailfrom: string;
  result: string | string[];
  strict?: number;
}

/** A minimal message like those of the converted RFC suites: only the envelope matters. */
function minimalMessage(id: string, mailFrom: string, helo: string): Uint8Array {
  const from = mailFrom || `postmaster@${helo}`;
  const text = [`From: <${from}>`, 'To: <postmaster@example.invalid>', `Subject: ${id}`, 'Date: Fri, 27 Nov 2026 12:00:00 +0000', `Message-ID: <${id}@openspf.test>`, '', 'test', ''].join('\r\n');
  return new TextEncoder().encode(text);
}

async function runPyspfYaml(path: string): Promise<CaseOutcome[]> {
  const documents = parseAllDocuments(readFileSync(path, 'utf8')).map((d) => d.toJS() as { tests: Record<string, PyspfTest>; zonedata?: ZoneData });
  const work = documents.flatMap((scenario) => Object.entries(scenario.tests).map(([id, test]) => ({ id, test, zonedata: scenario.zonedata })));
  return mapLimit(work, PARALLEL, async ({ id, test, zonedata }) => {
    const analysis = await replay(minimalMessage(id, test.mailfrom, test.helo), sourceOfZoneData(zonedata), {
      now: NOW,
      envelope: { ip: test.host, helo: test.helo, mailFrom: test.mailfrom },
    });
    const got = analysis.spf?.result ?? 'null';
    const accepted = ([] as string[]).concat(test.result);
    return {
      suite: 'pyspf test.yml',
      id,
      expected: wordsOf('spf', test.result) + (test.strict !== undefined ? ` (pyspf strict=${test.strict})` : ''),
      got: `spf=${got}`,
      differences: accepted.includes(got) ? [] : [`spf: expected ${JSON.stringify(test.result)}, got ${got}`],
      diagnosis: spfDiagnosis(analysis),
    };
  });
}

describe('OpenSPF test suites', () => {
  it('agree with our SPF, except for the known disagreements', { timeout: 60_000 }, async () => {
    const root = corpusFolder('openspf-test-suite');
    const report = new CorpusReport('openspf-test-suite', KNOWN, 'openspf');
    for (const suite of ['rfc7208', 'rfc4408']) {
      const folders = listCaseFolders(join(root, 'cases', suite));
      expect(folders.length, `case folders in cases/${suite}`).toBeGreaterThan(100);
      for (const outcome of await mapLimit(folders, PARALLEL, (folder) => runCaseFolder(suite, folder))) report.add(outcome);
    }
    for (const outcome of await runPyspfYaml(corpusFile(root, 'test.yml'))) report.add(outcome);

    console.log(report.summary());
    report.write();
    expect(report.unexpected()).toEqual([]);
    expect(report.stale()).toEqual([]);
  });
});
