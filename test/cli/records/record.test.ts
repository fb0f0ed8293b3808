// `mail-lab --record spf|dkim|dmarc INPUT`: the workbench's reports on the
// command line, over a frozen zone.

import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.ts';
import type { SpfReport } from '../../../src/core/records/spf/check-spf.ts';
import type { DmarcReport } from '../../../src/core/records/dmarc/check-dmarc.ts';

const ZONE = fileURLToPath(new URL('./record.zone.json', import.meta.url));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

describe('mail-lab --record', () => {
  it('looks an SPF record up and prints its tree as JSON', async () => {
    const { code, out } = await cli('--zone', ZONE, '--json', '--record', 'spf', 'example.com');
    expect(code).toBe(0);
    const report = JSON.parse(out[0]!) as SpfReport;
    expect(report.evaluation?.lookups).toBe(2);
    expect(report.evaluation?.root.terms[1]?.child?.record).toBe('v=spf1 ip4:198.51.100.0/24 -all');
  });

  it('prints a pasted SPF record as text, and exits 1 on its errors', async () => {
    const { code, out } = await cli('--zone', ZONE, '--record', 'spf', 'v=spf1 ptr +all');
    expect(code).toBe(1);
    const text = out.join('\n');
    expect(text).toContain('== SPF (pasted record)');
    expect(text).toContain('WARN  "ptr" is slow');
    expect(text).toContain('ERROR "+all" lets every server');
  });

  it('prints a DMARC record with defaults and the report authorisation', async () => {
    const { code, out } = await cli('--zone', ZONE, '--record=dmarc', 'example.com');
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('adkim [r]');
    expect(text).toContain('rua mailto:dmarc@reports.example.net, authorised at example.com._report._dmarc.reports.example.net');
    const json = JSON.parse((await cli('--zone', ZONE, '--json', '--record', 'dmarc', 'example.com')).out[0]!) as DmarcReport;
    expect(json.tags.find((t) => t.name === 'p')?.value).toBe('quarantine');
  });

  it('hands dkim to the DKIM command, which looks the key up', async () => {
    const { code, out } = await cli('--zone', ZONE, '--record', 'dkim', 's1._domainkey.example.com');
    expect(code).toBe(1);
    expect(out.join('\n')).toContain('No key record at s1._domainkey.example.com');
  });

  it('refuses an unknown kind and a missing or second INPUT', async () => {
    for (const argv of [['--record', 'bimi', 'example.com'], ['--record', 'spf'], ['--record', 'spf', 'a.example', 'b.example']]) {
      const { code, err } = await cli('--zone', ZONE, ...argv);
      expect(code).toBe(2);
      expect(err[0]).toMatch(/--record/);
    }
  });
});
