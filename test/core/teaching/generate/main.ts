// Writes every scenario's message and DNS snapshot into
// src/ui/teaching/scenarios/ (`<name>.eml`, `<name>.zone.json`), where the
// page imports them as static files. Signatures are real, made with the
// fixture generator's committed test keys, so writing twice gives the same
// bytes. Run from the project root:
//
//   npx tsx test/core/teaching/generate/main.ts           write the files
//   npx tsx test/core/teaching/generate/main.ts --check   compare with the files on disk, write nothing

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTH_SCENARIOS } from './scenarios-auth.ts';
import { BOUNCE_SCENARIOS } from './scenarios-bounce.ts';
import { PATH_SCENARIOS } from './scenarios-path.ts';
import type { ScenarioMessage } from './parts.ts';

export const SCENARIO_DIR = join(import.meta.dirname, '../../../../src/ui/teaching/scenarios');
export const SCENARIO_MESSAGES: ScenarioMessage[] = [...PATH_SCENARIOS, ...AUTH_SCENARIOS, ...BOUNCE_SCENARIOS];

function zoneText(zone: object): string {
  const records = Object.fromEntries(Object.entries(zone).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify({ records }, null, 2) + '\n';
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  let differing = 0;
  for (const scenario of SCENARIO_MESSAGES) {
    const files = { [`${scenario.name}.eml`]: await scenario.message(), [`${scenario.name}.zone.json`]: zoneText(scenario.zone) };
    for (const [file, content] of Object.entries(files)) {
      const path = join(SCENARIO_DIR, file);
      if (!check) writeFileSync(path, content);
      else if (!existsSync(path) || readFileSync(path, 'utf8') !== content) {
        differing++;
        console.log(`differs: src/ui/teaching/scenarios/${file}`);
      }
    }
  }
  if (check) {
    const known = new Set(SCENARIO_MESSAGES.flatMap(({ name }) => [`${name}.eml`, `${name}.zone.json`]));
    for (const file of readdirSync(SCENARIO_DIR).filter((f) => /\.(eml|zone\.json)$/.test(f) && !known.has(f))) {
      differing++;
      console.log(`not made by the generator: ${file}`);
    }
  }
  console.log(check ? `${SCENARIO_MESSAGES.length} scenarios checked, ${differing} files differ` : `${SCENARIO_MESSAGES.length} scenarios written`);
  if (differing) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
