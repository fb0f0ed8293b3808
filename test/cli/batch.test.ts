// The command line over batches, in this process: mbox files, Maildirs,
// folders, the bounce summary, and resolver problems (exit 2).

import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { SUMMARY_COLUMNS } from '../../src/cli/summary.ts';
import type { Analysis } from '../../src/core/analysis.ts';
import { corpusFolder } from '../corpus/support/corpus-root.ts';
import { OWN_CASES } from '../support/fixture-cases.ts';
import { startDohServer } from '../support/doh-server.ts';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF), to read back what --summary csv wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') record.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      (record = []), (field = ''), i++;
    } else field += char;
  }
  return records;
}

const scratch = mkdtempSync(join(tmpdir(), 'mail-lab-batch-'));
const SISIMAI = join(corpusFolder('sisimai-set-of-emails'), 'maildir', 'bsd');
const BOUNCE_FILES = ['lhost-postfix-01.eml', 'lhost-exim-01.eml', 'rfc3464-01.eml'];

function writeMbox(name: string, messages: Buffer[]): string {
  const path = join(scratch, name);
  const parts = messages.flatMap((message) => [Buffer.from('From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'), Buffer.from(message.toString('latin1').replace(/^(>*From )/gm, '>$1'), 'latin1'), Buffer.from('\n')]);
  writeFileSync(path, Buffer.concat(parts));
  return path;
}

const bounces = BOUNCE_FILES.map((name) => readFileSync(join(SISIMAI, name)));
const threeBounces = writeMbox('three.mbox', bounces);

describe('mail-lab over batches', () => {
  it('reads every message of an mbox, in order, as each one alone reads', async () => {
    const batch = await cli('--json', '--offline', '--now', '2026-01-01T00:00:00Z', threeBounces);
    expect(batch.code).toBe(0);
    const one = await Promise.all(
      BOUNCE_FILES.map(async (name) => {
        const { out } = await cli('--json', '--offline', '--now', '2026-01-01T00:00:00Z', join(SISIMAI, name));
        return (JSON.parse(out[0]!) as Analysis).bounces;
      }),
    );
    expect(batch.out.map((line) => (JSON.parse(line) as Analysis).bounces)).toEqual(one);
    expect(one.every((recipients) => recipients.length > 0)).toBe(true);
  });

  it('reads a Maildir: new/ then cur/, not tmp/ or hidden files', async () => {
    const maildir = join(scratch, 'Maildir');
    for (const sub of ['new', 'cur', 'tmp']) mkdirSync(join(maildir, sub), { recursive: true });
    writeFileSync(join(maildir, 'cur', '1700000001.M1P1.host:2,S'), bounces[0]!);
    writeFileSync(join(maildir, 'new', '1700000002.M2P2.host'), bounces[2]!);
    writeFileSync(join(maildir, 'tmp', '1700000003.M3P3.host'), bounces[1]!);
    writeFileSync(join(maildir, 'cur', '.hidden'), 'not mail');
    const { code, out } = await cli('--summary', 'json', '--offline', maildir);
    expect(code).toBe(0);
    const rows = out.map((line) => JSON.parse(line) as Record<string, string>);
    expect(rows.map((row) => row['file'])).toEqual([join(maildir, 'new', '1700000002.M2P2.host'), join(maildir, 'cur', '1700000001.M1P1.host:2,S')]);
    expect(rows.map((row) => row['recipient'])).toEqual(['userunknown@bouncehammer.jp', 'r@p351355.pool.example.ne.jp']);
  });

  it('--summary csv: a header, one RFC 4180 row per recipient, hostile cells defused', async () => {
    const hostile = readFileSync(`${OWN_CASES}bounce-userunknown/message.eml`, 'latin1')
      .replace('Remote-MTA: dns; mx.example.net', 'Remote-MTA: dns; =1+2.example')
      .replace('Diagnostic-Code: smtp; 550 5.1.1', 'Diagnostic-Code: smtp; -550 5.1.1, "quoted"');
    const mbox = writeMbox('hostile.mbox', [Buffer.from(hostile, 'latin1'), bounces[2]!]);
    const { code, out } = await cli('--summary', 'csv', '--offline', mbox);
    expect(code).toBe(0);
    const records = parseCsv(out.map((line) => `${line}\n`).join(''));
    expect(records[0]).toEqual([...SUMMARY_COLUMNS]);
    const rows = records.slice(1).map((cells) => Object.fromEntries(SUMMARY_COLUMNS.map((column, index) => [column, cells[index]])));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ file: mbox, message: '1', recipient: 'bob@example.net', status: '5.1.1', reason: 'userunknown', severity: 'hard', action: 'failed' });
    expect(rows[0]!['remote_mta']).toBe(`'=1+2.example`);
    expect(rows[0]!['diagnostic']).toMatch(/^'-550 5\.1\.1, "quoted"/);
    expect(rows[1]).toMatchObject({ message: '2', recipient: 'userunknown@bouncehammer.jp', original_message_id: '<E1C50F1B-1C83-4820-BC36-AC6FBFBE8568@example.org>' });
  });

  it('a folder gives its cases and mail files in name order, and --jobs 1 and 2 print the same', async () => {
    const names = ['bounce-userunknown', 'dkim-ed25519', 'spf-include-pass'];
    const folder = join(scratch, 'cases');
    for (const name of names) {
      mkdirSync(join(folder, name), { recursive: true });
      for (const file of ['message.eml', 'zone.json', 'case.json']) writeFileSync(join(folder, name, file), readFileSync(`${OWN_CASES}${name}/${file}`));
    }
    writeFileSync(join(folder, 'README.md'), 'not a message');
    const [serial, parallel] = await Promise.all([cli('--json', '--jobs', '1', folder), cli('--json', '--jobs', '2', folder)]);
    expect(serial.code).toBe(0);
    expect(serial.out.map((line) => (JSON.parse(line) as Analysis).input)).toHaveLength(3);
    expect(parallel.out).toEqual(serial.out);
  });
});

describe('progress', () => {
  it('is redrawn every 50 messages and ends with the count, when standard error is a terminal', async () => {
    const mbox = writeMbox('sixty.mbox', Array.from({ length: 60 }, () => bounces[2]!));
    const shown: string[] = [];
    const out: string[] = [];
    const code = await run(['--summary', 'csv', '--offline', mbox], (line) => out.push(line), () => {}, { progress: (text) => shown.push(text) });
    expect(code).toBe(0);
    expect(out).toHaveLength(61);
    expect(shown).toEqual(['mail-lab: 50 messages', 'mail-lab: 60 messages\n']);
  });
});

describe('resolver problems are the command line\'s, exit 2, before any message', () => {
  it.each([
    [['--doh', 'not-a-url'], /--doh: "not-a-url" is not a URL/],
    [['--doh', 'ftp://x'], /--doh: .*https:\/\/.*not "ftp:"/],
    [['--doh', 'http://dns.example/dns-query'], /--doh: .*https:\/\//],
    [['--zone', '/missing.json'], /--zone: cannot read \/missing\.json \(ENOENT\)/],
  ])('%j', async (options, message) => {
    const { code, out, err } = await cli(...options, join(scratch, 'never-read.eml'));
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it('a zone.json that is not one names the file', async () => {
    const bad = join(scratch, 'bad-zone.json');
    writeFileSync(bad, '{"records": []}');
    const { code, err } = await cli('--zone', bad, join(scratch, 'never-read.eml'));
    expect(code).toBe(2);
    expect(err[0]).toContain(`--zone: ${bad} is not a zone.json`);
  });

  it('an endpoint that cannot be reached is named once, with what to try', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const url = `http://127.0.0.1:${port}/dns-query`;
    const { code, out, err } = await cli('--json', '--doh', url, `${OWN_CASES}spf-include-pass`, `${OWN_CASES}dkim-ed25519`);
    expect(code).toBe(2);
    expect(out).toHaveLength(2);
    expect(err).toEqual([expect.stringContaining(`could not reach ${url} — offline? try --doh google or --offline`)]);
  });

  // A real HTTP server on loopback that answers every DoH query with one status, as a resolver that refuses or limits does.
  async function refusingResolver(status: number, headers: Record<string, string> = {}): Promise<{ server: Server; url: string }> {
    const server = createHttpServer((_request, response) => response.writeHead(status, headers).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/dns-query` };
  }

  it.each([
    [403, {}, 'refused the queries (HTTP 403 or REFUSED)'],
    [429, {}, 'limits how fast it may be asked'],
    [503, { 'retry-after': '30' }, 'limits how fast it may be asked'],
    [500, {}, 'answered with an HTTP error'],
  ])('an endpoint that answers HTTP %i is told apart from one that cannot be reached, once per run', async (status, headers, words) => {
    const { server, url } = await refusingResolver(status, headers);
    try {
      const { code, out, err } = await cli('--json', '--doh', url, `${OWN_CASES}spf-include-pass`, `${OWN_CASES}dkim-ed25519`);
      expect(code).toBe(2);
      expect(out).toHaveLength(2);
      expect(err).toHaveLength(1);
      expect(err[0]).toContain(`mail-lab: ${url} ${words}`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.each([
    ['refused', 'refused the queries (HTTP 403 or REFUSED)'],
    ['garbage', 'answered with something that is no DNS answer'],
    ['servfail', null],
  ] as const)('a DoH server answering in mode %s: the resolver named only for its own faults (SERVFAIL is the domain\'s)', async (mode, words) => {
    const server = await startDohServer({ mode });
    try {
      const { code, out, err } = await cli('--json', '--doh', server.url, `${OWN_CASES}spf-include-pass`);
      expect(out).toHaveLength(1);
      // Every lookup failed either way: SPF could not be evaluated.
      expect((JSON.parse(out[0]!) as Analysis).spf?.result).toBe('temperror');
      if (words === null) {
        expect(err).toEqual([]);
        expect(code).toBe(0);
      } else {
        expect(err).toEqual([expect.stringContaining(`mail-lab: ${server.url} ${words}`)]);
        expect(code).toBe(2);
      }
    } finally {
      await server.close();
    }
  });
});
