// The npm package as a user gets it: built by vite.package.config.ts and
// tsc beside this package.json, packed by `npm pack` (so its `files` decide
// what ships), unpacked into node_modules/mail-lab, then run as
// `node mail-lab.js` (no tsx) and imported by name from a plain Node ESM
// script (its exports map).

import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis.ts';
import { corpusFolder } from '../corpus/support/corpus-root.ts';
import { OWN_CASES, compareWithExpectation, readCase } from '../support/fixture-cases.ts';

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mail-lab-package-'));
const SOURCE = join(scratch, 'source');
const PACKAGE = join(scratch, 'node_modules', 'mail-lab');
const manifest = JSON.parse(readFileSync(join(REPOSITORY, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const BIN = join(PACKAGE, manifest.bin['mail-lab']!);

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

function execute(command: string, argv: string[], options: { cwd?: string; stdin?: Buffer } = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: options.cwd ?? scratch, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') }));
    child.stdin.end(options.stdin ?? Buffer.alloc(0));
  });
}

const mailLab = (argv: string[], stdin?: Buffer) => execute(process.execPath, [BIN, ...argv], stdin ? { stdin } : {});

beforeAll(async () => {
  mkdirSync(PACKAGE, { recursive: true });
  for (const file of ['package.json', 'README.md']) cpSync(join(REPOSITORY, file), join(SOURCE, file));
  const bin = (name: string) => join(REPOSITORY, 'node_modules', '.bin', name);
  const bundle = await execute(bin('vite'), ['build', '-c', 'vite.package.config.ts', '--outDir', join(SOURCE, 'dist-package')], { cwd: REPOSITORY });
  expect(bundle, bundle.stderr).toMatchObject({ code: 0 });
  const types = await execute(bin('tsc'), ['-p', 'src/lib/tsconfig.declarations.json', '--outDir', join(SOURCE, 'dist-package', 'types')], { cwd: REPOSITORY });
  expect(types, types.stdout).toMatchObject({ code: 0 });
  // The build is done: prepack would only build again.
  const packed = await execute('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: SOURCE });
  expect(packed, packed.stderr).toMatchObject({ code: 0 });
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  const unpacked = await execute('tar', ['-xzf', join(scratch, filename), '-C', PACKAGE, '--strip-components=1']);
  expect(unpacked, unpacked.stderr).toMatchObject({ code: 0 });
}, 180_000);

const SISIMAI = join(corpusFolder('sisimai-set-of-emails'), 'maildir', 'bsd');
const threeBounces = Buffer.concat(
  ['lhost-postfix-01.eml', 'lhost-exim-01.eml', 'rfc3464-01.eml'].flatMap((name) => [Buffer.from('From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'), readFileSync(join(SISIMAI, name)), Buffer.from('\n')]),
);

describe('the built mail-lab command', () => {
  it('ships the command, the library, its declarations and the bundled licences, and no sources', () => {
    const shipped = readdirSync(PACKAGE, { recursive: true }).map(String);
    for (const file of ['package.json', 'README.md', 'dist-package/mail-lab.js', 'dist-package/index.js', 'dist-package/types/lib/index.d.ts', 'dist-package/THIRD-PARTY-LICENSES.md']) expect(shipped).toContain(file);
    expect(shipped.filter((file) => file.startsWith('src') || file.endsWith('.map'))).toEqual([]);
  });

  it('documents every option and the exit codes in --help', async () => {
    const { code, stdout } = await mailLab(['--help']);
    expect(code).toBe(0);
    for (const option of ['--json', '--summary', '--jobs', '--doh', '--zone', '--offline', '--now', '--ip', '--helo', '--mail-from', '--hop', '--link', '--share-file', '--redact', 'Exit codes', 'mbox', 'Maildir']) {
      expect(stdout).toContain(option);
    }
  });

  it('reads an mbox of bounces on standard input into a CSV', async () => {
    const { code, stdout, stderr } = await mailLab(['--offline', '--summary', 'csv', '-'], threeBounces);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toMatch(/^file,message,date,recipient,/);
    expect(lines.slice(1, 4).map((line) => line.split(',').slice(0, 2).join(','))).toEqual(['(stdin),1', '(stdin),2', '(stdin),3']);
    expect(lines[3]).toContain('userunknown@bouncehammer.jp');
  });

  it('analyses one message on standard input as its case expects', async () => {
    const fixture = readCase(`${OWN_CASES}spf-include-pass`);
    const zone = join(scratch, 'zone.json');
    writeFileSync(zone, JSON.stringify(fixture.zone));
    const argv = ['--json', '--zone', zone, '--now', fixture.now, ...(fixture.smtp?.ip ? ['--ip', fixture.smtp.ip] : []), ...(fixture.smtp?.helo ? ['--helo', fixture.smtp.helo] : []), ...(fixture.smtp?.mailFrom !== undefined ? ['--mail-from', fixture.smtp.mailFrom] : []), '-'];
    const { code, stdout } = await mailLab(argv, Buffer.from(fixture.message));
    expect(code).toBe(0);
    expect(compareWithExpectation(JSON.parse(stdout) as Analysis, fixture)).toEqual([]);
  });

  it('prints a folder of cases in the same order with --jobs 1 and --jobs 2', async () => {
    const [serial, parallel] = [await mailLab(['--json', '--jobs', '1', OWN_CASES]), await mailLab(['--json', '--jobs', '2', OWN_CASES])];
    expect(serial.code).toBe(0);
    expect(serial.stdout.trim().split('\n').length).toBeGreaterThan(150);
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('refuses a resolver that is not https:// with exit 2, reading nothing', async () => {
    const { code, stdout, stderr } = await mailLab(['--doh', 'ftp://x', '-'], Buffer.from('never read'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^mail-lab: --doh: /);
  });
});

describe('the library', () => {
  it('is imported by name from a plain Node ESM script and analyses a case', async () => {
    const fixture = readCase(`${OWN_CASES}dkim-ed25519`);
    writeFileSync(join(scratch, 'message.eml'), fixture.message);
    writeFileSync(join(scratch, 'case.json'), JSON.stringify({ zone: fixture.zone, now: fixture.now, smtp: fixture.smtp }));
    writeFileSync(
      join(scratch, 'script.mjs'),
      [
        "import { readFileSync } from 'node:fs';",
        "import { analyze, createZoneResolver, ANALYSIS_SCHEMA } from 'mail-lab';",
        "const input = JSON.parse(readFileSync('case.json', 'utf8'));",
        "const analysis = await analyze(readFileSync('message.eml'), { resolver: createZoneResolver(input.zone), now: input.now, envelope: input.smtp ?? {} });",
        'console.log(JSON.stringify({ schema: ANALYSIS_SCHEMA, analysis }));',
      ].join('\n'),
    );
    const { code, stdout, stderr } = await execute(process.execPath, ['script.mjs']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { schema, analysis } = JSON.parse(stdout) as { schema: number; analysis: Analysis };
    expect(analysis.schema).toBe(schema);
    expect(compareWithExpectation(analysis, fixture)).toEqual([]);
  });
});
