import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { OWN_CASES, compareWithExpectation, readCase } from '../support/fixture-cases.ts';
import type { Analysis } from '../../src/core/analysis.ts';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

const scratch = mkdtempSync(join(tmpdir(), 'mail-lab-cli-'));

describe('npm run analyze', () => {
  it('analyses fixture folders with their zone, clock and envelope, one JSON line each in input order', async () => {
    const names = ['spf-include-pass', 'dkim-ed25519', 'dmarc-strict-aspf-fail'];
    const { code, out } = await cli('--json', ...names.map((name) => `${OWN_CASES}${name}`));
    expect(code).toBe(0);
    expect(out).toHaveLength(3);
    out.forEach((line, index) => {
      const analysis = JSON.parse(line) as Analysis;
      expect(compareWithExpectation(analysis, readCase(`${OWN_CASES}${names[index]}`))).toEqual([]);
    });
  });

  it('a bad input among several gets its own error object and the others still run', async () => {
    const missing = join(scratch, 'no-such.eml');
    const empty = join(scratch, 'empty.eml');
    writeFileSync(empty, '');
    const { code, out } = await cli('--json', `${OWN_CASES}spf-ip4-pass`, missing, empty, `${OWN_CASES}arc-one-instance-pass`);
    expect(code).toBe(1);
    expect(out).toHaveLength(4);
    expect(JSON.parse(out[0]!).spf.result).toBe('pass');
    expect(JSON.parse(out[1]!)).toEqual({ error: { code: 'unreadable', input: missing, message: expect.stringContaining('ENOENT') } });
    expect(JSON.parse(out[2]!).problems.map((p: { code: string }) => p.code)).toEqual(['empty-input']);
    expect(JSON.parse(out[3]!).arc.result).toBe('pass');
  });

  it('--ip, --helo and --mail-from override the case envelope', async () => {
    const { out } = await cli('--json', '--ip', '203.0.113.99', '--helo', 'other.example', `${OWN_CASES}spf-ip4-pass`);
    const analysis = JSON.parse(out[0]!) as Analysis;
    expect(analysis.envelope).toMatchObject({ ip: '203.0.113.99', helo: 'other.example', source: 'given' });
    expect(analysis.spf?.clientIp).toBe('203.0.113.99');
    expect(analysis.spf?.result).not.toBe('pass');
  });

  it('--now moves the clock: a signature that was valid has expired', async () => {
    const folder = `${OWN_CASES}dkim-expired-x-tag`;
    const fixture = readCase(folder);
    const earlier = new Date(Date.parse(fixture.now) - 365 * 86_400_000).toISOString();
    const [before, after] = await Promise.all([cli('--json', '--now', earlier, folder), cli('--json', folder)]);
    expect(JSON.parse(before.out[0]!).dkim[0].result).not.toBe('fail');
    expect(JSON.parse(after.out[0]!).dkim[0].result).toBe('fail');
  });

  it('--zone answers DNS for a plain .eml file', async () => {
    const fixture = readCase(`${OWN_CASES}dkim-ed25519`);
    const zoneFile = join(scratch, 'zone.json');
    const emlFile = join(scratch, 'message.eml');
    writeFileSync(zoneFile, JSON.stringify(fixture.zone));
    writeFileSync(emlFile, fixture.message);
    const { out } = await cli('--json', '--zone', zoneFile, '--now', fixture.now, emlFile);
    expect(JSON.parse(out[0]!).dkim[0].result).toBe('pass');
  });

  it('prints a readable report without --json', async () => {
    const { code, out } = await cli(`${OWN_CASES}dkim-body-altered`);
    expect(code).toBe(0);
    expect(out[0]).toContain('DKIM #1');
    expect(out[0]).toMatch(/FAIL\s+d=/);
    expect(out[0]).toContain('body hash fail, header signature pass');
  });

  it('reports the hops with the trust boundary and the SPF hop, and a bounce with its next step', async () => {
    const hops = await cli(`${OWN_CASES}hops-amavis-top-spf`);
    expect(hops.out[0]).toContain('trust boundary');
    expect(hops.out[0]).toMatch(/1 \[SPF\]\s+mail\.example\.net \[192\.0\.2\.100\] -> mx\.example\.com/);
    const bounce = await cli(`${OWN_CASES}bounce-userunknown`);
    // The reason in words and the status class, never the raw vocabulary word.
    expect(bounce.out[0]).toMatch(/failed\s+bob@example\.net\s+5\.1\.1 550 \(permanent\)\s+Unknown recipient/);
    expect(bounce.out[0]!.split('\n').slice(1).join('\n')).not.toContain('userunknown');
    expect(bounce.out[0]).toContain('next step');
    // RFC 2047 words in a 7-bit escape charset are decoded, as on the page.
    const japanese = await cli(`${OWN_CASES}kind-iso-2022-jp-ordinary`);
    expect(japanese.out[0]).toMatch(/Subject\s+会議/);
  });

  it('exits 2 on a wrong command line and says why', async () => {
    expect((await cli()).code).toBe(2);
    const unknown = await cli('--frobnicate', 'x.eml');
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toContain('unknown option --frobnicate');
    expect((await cli('--zone', 'a.json', '--offline', 'x.eml')).code).toBe(2);
    expect((await cli('--now', 'soon', 'x.eml')).code).toBe(2);
  });
});
