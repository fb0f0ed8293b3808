// The DMARC bench's report: tags with defaults, report addresses and their
// authorisation (RFC 7489 §7.1), the seed's `dig` line pasted as it is.

import { describe, expect, it } from 'vitest';
import { createZoneResolver } from '../../../../src/dns/create-resolver.ts';
import { checkDmarc } from '../../../../src/core/records/dmarc/check-dmarc.ts';

const zone = createZoneResolver({
  records: {
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:agg@reports.example.net,mailto:d@example.com; ruf=mailto:f@other.example!10m; np=reject; t=y'] },
    'example.com._report._dmarc.reports.example.net': { TXT: ['v=DMARC1'] },
    '_dmarc.two.example': { TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] },
  },
});

describe('checkDmarc', () => {
  it('looks a record up and checks the authorisation of outside report addresses', async () => {
    const report = await checkDmarc('example.com', zone);
    expect(report.source).toBe('looked-up');
    const auth = Object.fromEntries(report.reportUris.map((u) => [u.address, u.authorisation?.status ?? 'own']));
    expect(auth).toEqual({ 'agg@reports.example.net': 'authorised', 'd@example.com': 'own', 'f@other.example': 'not-authorised' });
    expect(report.reportUris.find((u) => u.address === 'f@other.example')?.maxSize).toBe('10m');
    expect(report.findings.map((f) => f.code)).toContain('dmarc-uri-unauthorised');
  });

  it('shows defaults, RFC 9989 tags and the effective subdomain policy', async () => {
    const report = await checkDmarc('_dmarc.example.com', zone);
    const tag = (name: string) => report.tags.find((t) => t.name === name)!;
    expect(tag('sp')).toMatchObject({ value: null, effective: 'reject' });
    expect(tag('adkim')).toMatchObject({ value: null, effective: 'r' });
    expect(tag('np')).toMatchObject({ value: 'reject', source: 'RFC 9989' });
    expect(tag('t').meaning.de).toContain('milder');
    expect(tag('ri').effective).toBe('86400');
  });

  it('reads the seed\'s dig output with its escaped semicolons', async () => {
    const line = '_dmarc.ebay.de.\t\t300\tIN\tTXT\t"v=DMARC1\\; p=none\\; rua=mailto:ebay@rua.agari.com,mailto:dmarc_agg@auth.returnpath.net\\; ruf=mailto:ebay@ruf.agari.com,mailto:dmarc_afrf@auth.returnpath.net\\; fo=1\\; rf=afrf\\; pct=100"';
    const report = await checkDmarc(line, zone);
    expect(report.domain).toBe('ebay.de');
    expect(report.record).toBe('v=DMARC1; p=none; rua=mailto:ebay@rua.agari.com,mailto:dmarc_agg@auth.returnpath.net; ruf=mailto:ebay@ruf.agari.com,mailto:dmarc_afrf@auth.returnpath.net; fo=1; rf=afrf; pct=100');
    expect(report.reportUris).toHaveLength(4);
    // Not in the zone: each outside address is unauthorised there.
    expect(report.reportUris.every((u) => u.authorisation?.status === 'not-authorised')).toBe(true);
    expect(report.findings.map((f) => f.code)).toContain('dmarc-monitor');
  });

  it('finds broken values, an unknown tag, a missing policy and two records', async () => {
    const report = await checkDmarc('v=DMARC1; pct=150; rua=https://example.com/r; foo=bar', zone);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['dmarc-no-policy', 'dmarc-value', 'dmarc-uri', 'dmarc-unknown-tag']));
    expect((await checkDmarc('two.example', zone)).findings.map((f) => f.code)).toContain('dmarc-two-records');
    expect((await checkDmarc('p=reject; v=DMARC1', zone)).findings.map((f) => f.code)).toContain('dmarc-version');
  });
});
