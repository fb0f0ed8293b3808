import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import type { Analysis } from '../../src/core/analysis.ts';
import type { DomainReport } from '../../src/core/sender/scorecard.ts';

const ZONE = fileURLToPath(new URL('../core/sender/sender.zone.json', import.meta.url));
const DNSSEC_ZONE = fileURLToPath(new URL('../core/sender/dnssec.zone.json', import.meta.url));
const HOME_LINE = fileURLToPath(new URL('../core/sender/messages/home-line.eml', import.meta.url));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, (line) => out.push(line), (line) => err.push(line));
  return { code, out, err };
}

describe('mail-lab --domain', () => {
  it('prints a domain scorecard as JSON, with the named selectors', async () => {
    const { code, out } = await cli('--zone', ZONE, '--json', '--domain', 'Example.com.', '--selector', 's1,old');
    expect(code).toBe(0);
    const report = JSON.parse(out[0]!) as DomainReport;
    expect(report.domain).toBe('example.com');
    expect(report.items.map((item) => `${item.id} ${item.status}`)).toEqual([
      'mx pass', 'mx-targets pass', 'dnssec cannot-tell', 'dane cannot-tell', 'dane cannot-tell', 'spf pass', 'dmarc pass', 'dkim pass', 'dkim fail', 'mta-sts pass', 'tls-rpt pass', 'bimi pass',
    ]);
  });

  it('says DNSSEC and DANE from a zone with AD, and tries the common selectors only with --common-selectors', async () => {
    const { code, out } = await cli('--zone', DNSSEC_ZONE, '--domain', 'dane.example', '--common-selectors');
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/PASS\s+DNSSEC, as the resolver reports it — dane\.example/);
    expect(text).toMatch(/PASS\s+DANE: TLSA records of the MX host \(RFC 7672\) — _25\._tcp\.mx\.dane\.example/);
    expect(text).toContain('selector1._domainkey.dane.example');
    const plain = (await cli('--zone', DNSSEC_ZONE, '--domain', 'dane.example')).out.join('\n');
    expect(plain).not.toContain('selector1._domainkey');
    expect((await cli('--common-selectors', HOME_LINE)).code).toBe(2);
  });

  it('prints it as text: status words, the reason, the fix and its zone line', async () => {
    const { code, out } = await cli('--zone', ZONE, '--domain', 'nullmx.example');
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('WARN         MX records — nullmx.example');
    expect(text).toContain('null MX (RFC 7505)');
    expect(text).toContain('WARN         DMARC record');
    expect(text).toContain('nullmx.example. IN MX 10 mail.nullmx.example.');
  });

  it('refuses a name that is no domain, INPUT beside --domain, --selector alone and --blocklists offline', async () => {
    expect((await cli('--zone', ZONE, '--domain', 'not a domain')).code).toBe(1);
    for (const argv of [['--domain', 'example.com', HOME_LINE], ['--selector', 's1', HOME_LINE], ['--offline', '--blocklists', HOME_LINE]]) {
      const { code, err } = await cli(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err[0]).toMatch(/^mail-lab: /);
    }
  });
});

describe('the sender checklist in the message report', () => {
  it('lists each item with its status and fix; --blocklists adds the lists', async () => {
    const { out } = await cli('--zone', ZONE, '--now', '2026-11-27T12:00:00Z', '--jobs', '1', HOME_LINE);
    const text = out.join('\n');
    expect(text).toContain('Sending server (203.0.113.10, hop 1): 3 fail');
    expect(text).toContain('blocklists not asked (--blocklists)');
    expect(text).toContain('smtp_helo_name = 10-113-0-203.dynamic.isp.example');
    const listed = await cli('--zone', ZONE, '--now', '2026-11-27T12:00:00Z', '--jobs', '1', '--json', '--blocklists', HOME_LINE);
    const analysis = JSON.parse(listed.out[0]!) as Analysis;
    expect(analysis.sender!.blocklists).toBe('asked');
    expect(analysis.sender!.items.find((item) => item.subject === '203.0.113.10 · zen.spamhaus.org')!.status).toBe('fail');
  });
});
