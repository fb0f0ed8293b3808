// A failing fuzz input written out as a fixture case folder (the shared
// FORMAT.md layout: message.eml, zone.json, case.json), so that it can be
// kept under test/fuzz/cases/ and replayed by fuzz-cases.test.ts. A share
// link is kept as link.txt beside a case.json that says so.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FuzzInput } from './fuzz-input.ts';
import type { FailureReport } from './fuzz-protocol.ts';
import { FUZZ_NOW } from './seeds.ts';

export interface KeptCase {
  title: string;
  now: string;
  smtp?: { ip?: string; helo?: string; mailFrom?: string };
  expect: Record<string, never>;
  /** Set by hand on a kept case whose fix is another part of the issue: it then runs without the 2 s limit. */
  waitsFor?: string;
  /** How the fuzzer made and judged it: enough to make it again with --inputs/--seed. */
  fuzz: { runSeed: number; index: number; reason: string; seed: string; mutations: string[]; ms: number; detail: string };
}

/** Writes the case and returns its folder. */
export function writeFailureCase(root: string, runSeed: number, failure: FailureReport, input: FuzzInput): string {
  const folder = join(root, `fuzz-${runSeed}-${failure.index}-${failure.reason}`);
  mkdirSync(folder, { recursive: true });
  const kept: KeptCase = {
    title: `Fuzz input ${failure.index} of run ${runSeed} (${failure.reason}) from ${failure.seed || input.seed}`,
    now: FUZZ_NOW,
    expect: {},
    fuzz: { runSeed, index: failure.index, reason: failure.reason, seed: input.seed, mutations: input.mutations, ms: Math.round(failure.ms), detail: failure.detail.split('\n').slice(0, 12).join('\n') },
  };
  if (input.kind === 'message') {
    writeFileSync(join(folder, 'message.eml'), input.bytes);
    writeFileSync(join(folder, 'zone.json'), `${JSON.stringify(input.zone, null, 2)}\n`);
    if (Object.keys(input.smtp).length > 0) kept.smtp = input.smtp;
  } else writeFileSync(join(folder, 'link.txt'), `${input.link}\n`);
  writeFileSync(join(folder, 'case.json'), `${JSON.stringify(kept, null, 2)}\n`);
  return folder;
}
