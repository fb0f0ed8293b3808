// The denial-of-service inputs of issue 10 against the verification limits:
// each is analysed in Node through the whole pipeline and set against an
// ordinary fixture message (sample-normal) in the same run. Before the
// limits these took 14 s to 3 minutes; the ratio shows what is left.
//
// Run alone:  npx tsx test/bench/limited-inputs.ts
// Or from main.ts: `const limited = await measureLimitedInputs();`

import { analyze } from '../../src/core/analyze.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { distinctLengthSignatures, foldedSubject, giantExponentSignatures, type HostileInput } from '../cases/generate/hostile-inputs.ts';
import { NOW } from '../cases/generate/case-types.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

const RUNS = 3;

export interface LimitedInputTiming {
  name: string;
  bytes: number;
  ms: number;
  ratio: number;
  problems: string[];
}

async function medianMs(message: Uint8Array, zone: HostileInput['zone'], now: string): Promise<{ ms: number; problems: string[] }> {
  const times: number[] = [];
  let problems: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const analysis = await analyze(message, { resolver: createLookupSession(createZoneSource({ records: zone })).resolver, now });
    times.push(performance.now() - start);
    problems = analysis.problems.map((found) => found.code);
  }
  return { ms: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, problems };
}

export async function measureLimitedInputs(): Promise<{ ordinaryMs: number; inputs: LimitedInputTiming[] }> {
  const ordinary = readCase(`${OWN_CASES}sample-normal`);
  // Warm the JIT and mailauth's modules on the ordinary message first.
  await medianMs(ordinary.message, ordinary.zone.records as HostileInput['zone'], ordinary.now);
  const reference = await medianMs(ordinary.message, ordinary.zone.records as HostileInput['zone'], ordinary.now);
  const inputs: [string, HostileInput][] = [
    ['1,000 signatures, 3,072-bit exponent', giantExponentSignatures(1000)],
    ['100 distinct l= over 20 MB', distinctLengthSignatures(100, 20_000_000)],
    ['Subject folded over 200,000 lines', foldedSubject(200_000)],
  ];
  const timings: LimitedInputTiming[] = [];
  for (const [name, input] of inputs) {
    const bytes = new TextEncoder().encode(input.message);
    const { ms, problems } = await medianMs(bytes, input.zone, NOW);
    timings.push({ name, bytes: bytes.length, ms, ratio: ms / reference.ms, problems });
  }
  return { ordinaryMs: reference.ms, inputs: timings };
}

export function printLimitedInputs(result: Awaited<ReturnType<typeof measureLimitedInputs>>): void {
  console.log(`limited inputs against sample-normal (${result.ordinaryMs.toFixed(1)} ms in Node):`);
  console.table(
    Object.fromEntries(
      result.inputs.map((input) => [input.name, { MB: (input.bytes / 1e6).toFixed(2), ms: Math.round(input.ms), ratio: `${input.ratio.toFixed(0)}x`, problems: input.problems.join(' ') }]),
    ),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) printLimitedInputs(await measureLimitedInputs());
