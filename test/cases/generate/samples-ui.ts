// Copies each sample's message and zone into src/ui/samples/ (the page
// loads them from there), and checks what the fixture runners do not: that
// the page's list names the same samples with the same clock, and that the
// path facts each sample teaches (`expectPath`) still come out. Run from the
// project root after main.ts:
//
//   npx tsx test/cases/generate/samples-ui.ts           write the page's copies
//   npx tsx test/cases/generate/samples-ui.ts --check   compare and re-check, write nothing

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';
import { SAMPLE_CASES } from './samples.ts';

const UI_DIR = join(import.meta.dirname, '../../../src/ui/samples');

interface ExpectPath {
  boundary?: number | null;
  envelopeHop?: number | null;
  greylisting?: { source: string; software: string | null; delaySeconds: number | null; hop: number | null }[];
  skews?: { hop: number; culprit: number | null }[];
}

/** The same text main.ts writes to the case's zone.json. */
function zoneText(zone: object): string {
  const records = Object.fromEntries(Object.entries(zone).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ records }, null, 2) + '\n';
}

/** Every way the sample's path differs from its `expectPath`. */
async function pathDifferences(message: string, zone: string, now: string, expected: ExpectPath): Promise<string[]> {
  const lookups = createLookupSession(createZoneSource(JSON.parse(zone) as ZoneFile));
  const analysis = await analyze(new TextEncoder().encode(message), { resolver: lookups.resolver, now, envelope: {} });
  const path = analysis.path;
  if (!path) return ['no path'];
  const got = {
    boundary: path.boundary.hop,
    envelopeHop: path.envelopeHop.hop,
    greylisting: path.greylisting.map(({ source, software, delaySeconds, hop }) => ({ source, software, delaySeconds, hop })),
    skews: path.skews.map(({ hop, culprit }) => ({ hop, culprit })),
  };
  const want = { greylisting: [], skews: [], ...expected };
  return (Object.keys(got) as (keyof typeof got)[])
    .filter((key) => key in want && JSON.stringify(got[key]) !== JSON.stringify(want[key]))
    .map((key) => `${key}: expected ${JSON.stringify(want[key])}, got ${JSON.stringify(got[key])}`);
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const list = readFileSync(join(UI_DIR, 'samples.ts'), 'utf8');
  let problems = 0;
  const report = (text: string) => {
    problems++;
    console.log(text);
  };
  for (const sample of SAMPLE_CASES) {
    const { id } = sample.ui;
    const files = { [`${id}.eml`]: await sample.message(), [`${id}.zone.json`]: zoneText(sample.zone) };
    if (Buffer.byteLength(files[`${id}.eml`]!) > 20_000) report(`${id}: the message is over 20 KB`);
    for (const title of [sample.ui.title.en, sample.ui.title.de]) if (!list.includes(`'${title}'`)) report(`${id}: src/ui/samples/samples.ts does not have the title "${title}"`);
    if (!new RegExp(`id: '${id}',[^{}]*\\{[^{}]*\\},[^{}]*'${sample.now}'`).test(list)) report(`${id}: src/ui/samples/samples.ts does not list it with now ${sample.now}`);
    for (const [file, content] of Object.entries(files)) {
      const path = join(UI_DIR, file);
      if (!check) writeFileSync(path, content);
      else if (!existsSync(path) || readFileSync(path, 'utf8') !== content) report(`differs: src/ui/samples/${file}`);
    }
    const expectPath = sample.extra?.['expectPath'] as ExpectPath | undefined;
    if (check && expectPath) {
      for (const difference of await pathDifferences(files[`${id}.eml`]!, files[`${id}.zone.json`]!, sample.now!, expectPath)) report(`${id}: ${difference}`);
    }
  }
  console.log(check ? `${SAMPLE_CASES.length} samples checked, ${problems} problems` : `${SAMPLE_CASES.length} samples written to src/ui/samples`);
  if (problems) process.exitCode = 1;
}

await main();
