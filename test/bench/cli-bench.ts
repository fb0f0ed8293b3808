// The `mail-lab` command: start-up for one message (median of 10) against
// `node -e ""` and against the sources under tsx (the command before it was
// built) in the same run; a generated mbox of mixed mail and bounces,
// messages per second with --jobs 1 and with every core, and peak memory
// (it must not grow with the mailbox: 1,000 against 10,000 messages).

import { execFile, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const CASES = join(REPOSITORY, 'test', 'cases');
const BIN = join(REPOSITORY, 'dist-package', 'mail-lab.js');
const TSX = join(REPOSITORY, 'node_modules', '.bin', 'tsx');
const START_RUNS = 10;

interface Timed {
  /** Wall clock, what a user waits. */
  ms: number;
  /** User and system CPU time: what the command costs, steady when other work shares the machine. */
  cpuMs: number;
  /** Peak resident memory of the process and its threads, from GNU time. */
  peakKb: number;
}

/** Runs a command under GNU time for its CPU time and peak memory; output to /dev/null. */
function timed(command: string, argv: string[]): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('/usr/bin/time', ['-f', '%U %S %M', command, ...argv], { cwd: REPOSITORY, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const [user, system, peakKb] = (stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      if (code !== 0 && code !== 1) reject(new Error(`${command} ${argv.join(' ')} exited ${code}: ${stderr}`));
      else resolve({ ms, cpuMs: (user! + system!) * 1000, peakKb: peakKb! });
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function medianOf(command: string, argv: string[], runs: number): Promise<{ ms: number; cpuMs: number }> {
  await timed(command, argv);
  const runsTimed: Timed[] = [];
  for (let i = 0; i < runs; i++) runsTimed.push(await timed(command, argv));
  return { ms: median(runsTimed.map((run) => run.ms)), cpuMs: median(runsTimed.map((run) => run.cpuMs)) };
}

/** An mbox of `count` messages cycling through every fixture case (bounces, signed mail, hops), mboxrd-quoted. */
async function writeMbox(count: number): Promise<string> {
  const messages = readdirSync(CASES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('generate'))
    .flatMap((entry) => {
      try {
        return [readFileSync(join(CASES, entry.name, 'message.eml'), 'latin1').replace(/^(>*From )/gm, '>$1')];
      } catch {
        return [];
      }
    });
  const path = join(mkdtempSync(join(tmpdir(), 'mail-lab-bench-')), `${count}.mbox`);
  const out = createWriteStream(path, { encoding: 'latin1' });
  for (let i = 0; i < count; i++) {
    const message = messages[i % messages.length]!;
    if (!out.write(`From bench@example.com Thu Jan  1 00:00:00 2026\n${message}${message.endsWith('\n') ? '' : '\n'}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return path;
}

interface WallAndCpu {
  ms: number;
  cpuMs: number;
}

export interface CliBench {
  nodeEmpty: WallAndCpu;
  startBuilt: WallAndCpu;
  startTsx: WallAndCpu;
  batch: { messages: number; jobs: number; ms: number; cpuMs: number; messagesPerSecond: number; peakMb: number }[];
  tsxBatch1000: WallAndCpu;
}

export async function measureCli(): Promise<CliBench> {
  await promisify(execFile)('npm', ['run', '-s', 'build:package'], { cwd: REPOSITORY });
  const one = join(CASES, 'bounce-userunknown');
  const nodeEmpty = await medianOf(process.execPath, ['-e', ''], START_RUNS);
  const startBuilt = await medianOf(process.execPath, [BIN, '--offline', one], START_RUNS);
  const startTsx = await medianOf(TSX, ['src/cli/bin.ts', '--offline', one], START_RUNS);
  const batch: CliBench['batch'] = [];
  let tsxBatch1000: WallAndCpu = { ms: 0, cpuMs: 0 };
  for (const messages of [1000, 10_000]) {
    const mbox = await writeMbox(messages);
    for (const jobs of [1, availableParallelism()]) {
      const run = await timed(process.execPath, [BIN, '--offline', '--json', '--jobs', String(jobs), mbox]);
      batch.push({ messages, jobs, ms: run.ms, cpuMs: run.cpuMs, messagesPerSecond: (messages * 1000) / run.ms, peakMb: run.peakKb / 1024 });
    }
    if (messages === 1000) tsxBatch1000 = await timed(TSX, ['src/cli/bin.ts', '--offline', '--json', '--jobs', '1', mbox]);
    rmSync(dirname(mbox), { recursive: true, force: true });
  }
  return { nodeEmpty, startBuilt, startTsx, batch, tsxBatch1000 };
}

export function printCliBench(bench: CliBench): void {
  const built1000 = bench.batch.find((row) => row.messages === 1000 && row.jobs === 1)!;
  const both = (timing: WallAndCpu) => `${timing.ms.toFixed(0)} ms wall, ${timing.cpuMs.toFixed(0)} ms CPU`;
  console.table({
    'node -e ""': both(bench.nodeEmpty),
    'mail-lab, one message (built)': `${both(bench.startBuilt)}: ${(bench.startBuilt.cpuMs / bench.nodeEmpty.cpuMs).toFixed(2)}x node -e "" in CPU`,
    'the same from the sources (tsx)': `${both(bench.startTsx)}: built / tsx ${(bench.startBuilt.cpuMs / bench.startTsx.cpuMs).toFixed(2)}x in CPU`,
    'CPU per message, 1,000-message mbox, --jobs 1: built / tsx': `${(built1000.cpuMs / 1000).toFixed(2)} / ${(bench.tsxBatch1000.cpuMs / 1000).toFixed(2)} ms`,
  });
  console.table(
    bench.batch.map((row) => ({
      messages: row.messages,
      jobs: row.jobs,
      'wall s': (row.ms / 1000).toFixed(1),
      'CPU s': (row.cpuMs / 1000).toFixed(1),
      'messages/s (wall)': row.messagesPerSecond.toFixed(0),
      'peak MB': row.peakMb.toFixed(0),
    })),
  );
}

// `tsx test/bench/cli-bench.ts`: this part alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) printCliBench(await measureCli());
