// What-if DNS on the command line (issue 15): the snapshot of an analysis
// edited as a lesson would (-all to ~all, an added ip4:, a removed DKIM key,
// p=reject) and given back with --zone gives the verdicts the RFCs say,
// the same the page shows for the same edit.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import type { Analysis } from '../../src/core/analysis.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';
import { withTxt } from '../support/zone-edits.ts';

const scratch = mkdtempSync(join(tmpdir(), 'mail-lab-what-if-'));

async function analyseEdited(caseName: string, name: string, txt: string[] | null): Promise<Analysis> {
  const fixture = readCase(`${OWN_CASES}${caseName}`);
  const zonePath = join(scratch, `${caseName}.zone.json`);
  writeFileSync(zonePath, JSON.stringify(withTxt(fixture.zone, name, txt)));
  const out: string[] = [];
  const code = await run(['--json', '--zone', zonePath, '--now', fixture.now, `${fixture.folder}/message.eml`], (line) => out.push(line), () => {});
  expect(code).toBe(0);
  return JSON.parse(out[0]!) as Analysis;
}

describe('what-if with --zone', () => {
  it('-all to ~all: fail becomes softfail; an added ip4: makes it pass', async () => {
    expect((await analyseEdited('inferred-forged-helo-spf-fail', 'example.net', ['v=spf1 ip4:192.0.2.0/28 ~all'])).spf?.result).toBe('softfail');
    expect((await analyseEdited('inferred-forged-helo-spf-fail', 'example.net', ['v=spf1 ip4:192.0.2.0/28 ip4:203.0.113.66 -all'])).spf?.result).toBe('pass');
  });

  it('a removed DKIM key: the signature no longer verifies; p=reject: the policy to apply is reject', async () => {
    const keyless = await analyseEdited('sample-normal', '2026._domainkey.example.com', null);
    expect(['permerror', 'fail']).toContain(keyless.dkim[0]!.result);
    const strict = await analyseEdited('sample-phishing', '_dmarc.xn--exmplebank-0qi.example', ['v=DMARC1; p=reject']);
    expect([strict.dmarc?.result, strict.dmarc?.appliedPolicy]).toEqual(['fail', 'reject']);
  });
});
