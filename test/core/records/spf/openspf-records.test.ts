// The OpenSPF suites (RFC 7208 and RFC 4408 releases, as the fixture case
// folders of test/corpus/data/openspf-test-suite) read by the workbench's
// own parser and evaluation tree: every SPF record in their zones parses
// (a verdict for every term, no throw), and the tree, evaluated for each
// scenario's connection, gives the suite's result — so its lookup and
// void-lookup counts stop exactly where the suites say the limits of
// RFC 7208 §4.6.4 stop an evaluation.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCaseFolders } from '../../../support/fixture-cases.ts';
import { corpusFolder } from '../../../corpus/support/corpus-root.ts';
import { createZoneResolver } from '../../../../src/dns/create-resolver.ts';
import { isSpfRecord, parseSpfRecord } from '../../../../src/core/records/spf/spf-record.ts';
import { evaluateSpf } from '../../../../src/core/records/spf/spf-tree.ts';

interface Scenario {
  id: string;
  zone: { records: Record<string, { TXT?: (string | string[])[] }> };
  smtp: { ip: string; helo: string; mailFrom: string };
  expected: string[];
  spec: string;
}

function scenarios(): Scenario[] {
  const root = corpusFolder('openspf-test-suite');
  return ['rfc7208', 'rfc4408'].flatMap((suite) =>
    listCaseFolders(join(root, 'cases', suite)).map((folder) => {
      const read = (name: string) => JSON.parse(readFileSync(join(folder, name), 'utf8'));
      const json = read('case.json');
      return { id: `${suite}/${folder.split('/').pop()}`, zone: read('zone.json'), smtp: json.smtp, expected: [].concat(json.expect.spf), spec: String(json.spec ?? '') };
    }),
  );
}

/** RFC 7208 §2.4: the null sender is checked as postmaster@HELO. */
function identity(smtp: Scenario['smtp']): { sender: string; domain: string } {
  const sender = smtp.mailFrom === '' ? `postmaster@${smtp.helo}` : smtp.mailFrom.includes('@') ? smtp.mailFrom : `postmaster@${smtp.mailFrom}`;
  const at = sender.lastIndexOf('@');
  return { sender: at === 0 ? `postmaster${sender}` : sender, domain: sender.slice(at + 1) };
}

const all = scenarios();

describe('the OpenSPF suites through the workbench', () => {
  it('finds both suites', () => {
    expect(all.length).toBeGreaterThan(200);
  });

  it('parses every SPF record of their zones', () => {
    const records = all.flatMap((s) => Object.values(s.zone.records).flatMap((entry) => (entry.TXT ?? []).map((txt) => (Array.isArray(txt) ? txt.join('') : txt)))).filter(isSpfRecord);
    const distinct = [...new Set(records)];
    const parsed = distinct.map(parseSpfRecord);
    console.log(`openspf: ${distinct.length} distinct SPF records parsed, ${parsed.filter((r) => !r.valid).length} of them with a syntax error`);
    expect(distinct.length).toBeGreaterThan(150);
    for (const record of parsed) {
      expect(record.terms.every((term) => term.error === null || term.error.en.length > 0)).toBe(true);
      expect(record.valid).toBe(record.errors.length === 0 && record.terms.every((term) => term.error === null));
    }
  });

  it('evaluates every scenario to the suite result', async () => {
    const disagreements: string[] = [];
    let limitScenarios = 0;
    for (const scenario of all) {
      const { sender, domain } = identity(scenario.smtp);
      const evaluation = await evaluateSpf({ domain, resolver: createZoneResolver(scenario.zone), connection: { ip: scenario.smtp.ip, sender, helo: scenario.smtp.helo } });
      if (scenario.spec.startsWith('4.6.4')) limitScenarios++;
      if (!scenario.expected.includes(evaluation.result!)) disagreements.push(`${scenario.id}: expected ${scenario.expected.join('|')}, got ${evaluation.result} (${evaluation.lookups} lookups, ${evaluation.voidLookups} void)`);
    }
    console.log(`openspf: ${all.length - disagreements.length} of ${all.length} scenarios agree (${limitScenarios} about the limits of §4.6.4)`);
    expect(disagreements).toEqual([]);
  });
});
