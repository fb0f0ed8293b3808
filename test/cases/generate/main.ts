// Writes every fixture case under test/cases/<name>/ (message.eml, zone.json,
// case.json). Run from the project root:
//
//   npx tsx test/cases/generate/main.ts           write all cases
//   npx tsx test/cases/generate/main.ts --check   compare with the files on disk, write nothing
//   npx tsx test/cases/generate/main.ts NAME ...  only these cases
//
// Then replay them through the independent oracles:
//   /usr/bin/python3 test/cases/generate/oracle-check.py

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARC_CASES } from './cases-arc.ts';
import { DKIM_CASES } from './cases-dkim.ts';
import { DMARC_CASES } from './cases-dmarc.ts';
import { INFERRED_CASES } from './cases-inferred.ts';
import { LIMIT_CASES } from './cases-limits.ts';
import { SAMPLE_CASES } from './samples.ts';
import { SPF_CASES } from './cases-spf.ts';
import { SENDER_CASES } from './cases-sender.ts';
import { NOW, type CaseDef } from './case-types.ts';

const CASES_DIR = join(import.meta.dirname, '..');
const ALL_CASES: CaseDef[] = [...DKIM_CASES, ...SPF_CASES, ...DMARC_CASES, ...ARC_CASES, ...INFERRED_CASES, ...SAMPLE_CASES, ...LIMIT_CASES, ...SENDER_CASES];

async function render(def: CaseDef): Promise<Record<string, string>> {
  const caseJson = {
    title: def.title,
    now: def.now ?? NOW,
    ...(def.smtp ? { smtp: def.smtp } : {}),
    expect: def.expect,
    why: def.why,
    ...def.extra,
  };
  const records = Object.fromEntries(Object.entries(def.zone).sort(([a], [b]) => a.localeCompare(b)));
  return {
    'message.eml': await def.message(),
    'zone.json': JSON.stringify({ records }, null, 2) + '\n',
    'case.json': JSON.stringify(caseJson, null, 2) + '\n',
  };
}

function checkDefinitions(cases: CaseDef[]): void {
  const seen = new Set<string>();
  for (const def of cases) {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(def.name)) throw new Error(`case name ${def.name} is not kebab-case`);
    if (seen.has(def.name)) throw new Error(`case name ${def.name} is used twice`);
    seen.add(def.name);
    for (const name of Object.keys(def.zone)) {
      if (name !== name.toLowerCase() || name.endsWith('.')) throw new Error(`${def.name}: zone name ${name} must be lower case without the root dot`);
    }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const only = args.filter((arg) => !arg.startsWith('--'));
  checkDefinitions(ALL_CASES);
  const selected = only.length ? ALL_CASES.filter((def) => only.includes(def.name)) : ALL_CASES;
  if (only.length && selected.length !== only.length) throw new Error(`unknown case in ${only.join(', ')}`);

  let differing = 0;
  for (const def of selected) {
    const files = await render(def);
    const dir = join(CASES_DIR, def.name);
    if (check) {
      for (const [file, content] of Object.entries(files)) {
        const path = join(dir, file);
        if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
          differing++;
          console.log(`differs: ${def.name}/${file}`);
        }
      }
      continue;
    }
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content);
  }

  if (check) {
    const known = new Set(ALL_CASES.map((def) => def.name));
    const strays = readdirSync(CASES_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'generate' && !known.has(entry.name))
      .map((entry) => entry.name);
    for (const stray of strays) console.log(`not made by the generator: ${stray}`);
    console.log(`${selected.length} cases checked, ${differing} files differ`);
    if (differing) process.exitCode = 1;
  } else {
    console.log(`${selected.length} cases written to ${CASES_DIR}`);
  }
}

await main();
