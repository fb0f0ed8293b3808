// The command line's share round trip: `--link` prints a link, and the link
// (or the .maillab.json of `--share-file`) given back as INPUT gives the
// same Analysis, offline: any attempt to reach the network fails the test.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { OWN_CASES } from '../support/fixture-cases.ts';
import { buildRealisticMessage } from '../core/share/realistic-message.ts';
import { SAFE_LINK_LENGTH } from '../../src/core/share/share-link.ts';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

const scratch = mkdtempSync(join(tmpdir(), 'mail-lab-share-'));
const CASES = ['spf-include-pass', 'dkim-ed25519', 'arc-two-instances-pass', 'dmarc-strict-aspf-fail', 'inferred-postfix-spf-pass', 'dkim-relaxed-lf-paste', 'spf-ptr'];

beforeAll(() => {
  vi.stubGlobal('fetch', () => {
    throw new Error('a share must replay without the network');
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('npm run analyze -- --link', () => {
  for (const name of CASES) {
    it(`${name}: the link, given back as INPUT, gives the same Analysis`, async () => {
      const folder = `${OWN_CASES}${name}`;
      const original = await cli('--json', folder);
      const shared = await cli('--link', 'https://lab.example/', folder);
      expect(shared.code).toBe(0);
      expect(shared.out).toHaveLength(1);
      const link = shared.out[0]!;
      expect(link).toMatch(/^https:\/\/lab\.example\/#v3\.[A-Za-z0-9_-]+$/);
      const replayed = await cli('--json', link);
      expect(replayed.code).toBe(0);
      expect(JSON.parse(replayed.out[0]!)).toEqual(JSON.parse(original.out[0]!));
    });
  }

  it('a .maillab.json file written by --share-file gives the same Analysis as the link', async () => {
    const folder = `${OWN_CASES}arc-one-instance-pass`;
    const file = join(scratch, 'arc.maillab.json');
    const written = await cli('--json', '--share-file', file, folder);
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).maillab).toBe(1);
    const link = (await cli('--link', 'https://lab.example/', folder)).out[0]!;
    const [fromFile, fromLink] = await Promise.all([cli('--json', file), cli('--json', link)]);
    expect(JSON.parse(fromFile.out[0]!)).toEqual(JSON.parse(written.out[0]!));
    expect(JSON.parse(fromLink.out[0]!)).toEqual(JSON.parse(written.out[0]!));
    // The file is recognised by its content too, whatever its name.
    const renamed = join(scratch, 'shared.txt');
    writeFileSync(renamed, readFileSync(file));
    expect(JSON.parse((await cli('--json', renamed)).out[0]!)).toEqual(JSON.parse(written.out[0]!));
  });

  it('--redact: the link carries no redacted value, and replays as the redacted message', async () => {
    const folder = `${OWN_CASES}inferred-postfix-spf-pass`;
    const original = JSON.parse((await cli('--json', folder)).out[0]!);
    const shared = await cli('--link', 'https://lab.example/', '--redact', 'ip-addresses,addresses', folder);
    expect(shared.code).toBe(0);
    const replayed = await cli('--json', shared.out[0]!);
    expect(replayed.code).toBe(0);
    const analysis = JSON.parse(replayed.out[0]!);
    expect(analysis.envelope.ip).not.toBe(original.envelope.ip);
    expect(replayed.out[0]).not.toContain(original.envelope.ip);
    expect(replayed.out[0]).not.toContain(original.message.from[0]);
  });

  it('warns when a link is longer than chat tools pass on, and still prints it', async () => {
    const eml = join(scratch, 'large.eml');
    writeFileSync(eml, buildRealisticMessage(300_000));
    const shared = await cli('--offline', '--now', '2026-11-27T12:00:00Z', '--link', 'https://lab.example/', eml);
    expect(shared.code).toBe(0);
    expect(shared.out[0]!.length).toBeGreaterThan(SAFE_LINK_LENGTH);
    expect(shared.err.join('\n')).toContain('--share-file');
  });

  it('a damaged or newer link is a bad input with its problem code; the other inputs still run', async () => {
    const link = (await cli('--link', 'https://lab.example/', `${OWN_CASES}dkim-ed25519`)).out[0]!;
    const cut = link.slice(0, link.length - 40);
    const newer = link.replace(/#v\d+\./, '#v9.');
    const result = await cli('--json', cut, newer, `${OWN_CASES}dkim-ed25519`);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out[0]!).error).toMatchObject({ code: 'bad-share', message: expect.stringMatching(/share-bad-(compression|base64)/) });
    expect(JSON.parse(result.out[1]!).error).toMatchObject({ code: 'bad-share', message: expect.stringContaining('share-newer-version') });
    expect(JSON.parse(result.out[2]!).dkim[0].result).toBe('pass');
  });

  it('exits 2 for --redact without --link, or with an unknown switch', async () => {
    expect((await cli('--redact', 'body', `${OWN_CASES}dkim-ed25519`)).code).toBe(2);
    const unknown = await cli('--link', 'https://x/', '--redact', 'body,passwords', `${OWN_CASES}dkim-ed25519`);
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toContain('unknown switch passwords');
  });
});
