// The SPF bench's report, over frozen zones: lookups and void lookups per
// branch, the findings the issue names, pasted zone-file lines, flattening.

import { describe, expect, it } from 'vitest';
import { createZoneResolver } from '../../../../src/dns/create-resolver.ts';
import { checkSpf } from '../../../../src/core/records/spf/check-spf.ts';
import { flattenSpf } from '../../../../src/core/records/spf/spf-flatten.ts';

const includes = (count: number) => Array.from({ length: count }, (_, i) => `include:s${i}.example.net`).join(' ');
const zone = createZoneResolver({
  records: {
    'example.com': { TXT: ['v=spf1 mx include:_spf.provider.example ~all', 'google-site-verification=abc'], MX: [{ priority: 10, exchange: 'mx.example.com' }] },
    'mx.example.com': { A: ['192.0.2.10'] },
    '_spf.provider.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 include:_spf2.provider.example -all'] },
    '_spf2.provider.example': { TXT: [['v=spf1 ip6:2001:db8::/32', ' -all']] },
    'many.example': { TXT: [`v=spf1 ${includes(11)} -all`] },
    ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`s${i}.example.net`, { TXT: [`v=spf1 ip4:203.0.113.${i} -all`] }])),
    'two.example': { TXT: ['v=spf1 -all', 'v=spf1 mx -all'] },
    'voids.example': { TXT: ['v=spf1 a:gone1.example a:gone2.example a:gone3.example -all'] },
    'bare.example': { TXT: ['v=spf1 include:nospf.example ptr ?all'] },
    'nospf.example': { TXT: ['just text'] },
    'old-type.example': { TXT: ['v=spf1 mx -all'], SPF: ['v=spf1 a mx ~all'] },
    'no-spf-type.example': { TXT: ['v=spf1 -all'], SPF: ['something else'] },
  },
});

describe('checkSpf', () => {
  it('follows includes and counts lookups per branch', async () => {
    const report = await checkSpf('example.com', zone);
    expect(report.source).toBe('looked-up');
    expect(report.record?.valid).toBe(true);
    const root = report.evaluation!.root;
    expect(report.evaluation!.lookups).toBe(3);
    expect(root.lookups).toBe(3);
    const include = root.terms.find((t) => t.name === 'include')!;
    expect(include.child?.domain).toBe('_spf.provider.example');
    // The include's own lookup is counted where it is written, in the parent.
    expect(include.child?.lookups).toBe(1);
    expect(include.child?.terms.find((t) => t.name === 'include')?.child?.record).toBe('v=spf1 ip6:2001:db8::/32 -all');
    expect(report.findings.map((f) => f.code)).not.toContain('spf-lookup-limit');
  });

  it('says where the limit of 10 lookups is passed', async () => {
    const report = await checkSpf('many.example', zone);
    expect(report.evaluation!.lookups).toBe(11);
    expect(report.evaluation!.overLimit).toEqual({ what: 'lookups', at: 'include:s10.example.net (many.example)' });
    expect(report.findings.map((f) => f.code)).toContain('spf-lookup-limit');
  });

  it('counts void lookups', async () => {
    const report = await checkSpf('voids.example', zone);
    expect(report.evaluation!.voidLookups).toBe(3);
    expect(report.findings.find((f) => f.code === 'spf-void-limit')?.level).toBe('error');
  });

  it('finds two records, ptr, ?all and an include without SPF', async () => {
    expect((await checkSpf('two.example', zone)).findings.map((f) => f.code)).toContain('spf-two-records');
    const codes = (await checkSpf('bare.example', zone)).findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['spf-ptr', 'spf-neutral-all', 'spf-include-none']));
  });

  it('reads a pasted zone-file line and warns of an unsplit long string and +all', async () => {
    const long = `v=spf1 ${Array.from({ length: 20 }, (_, i) => `ip4:192.0.2.${i}`).join(' ')} +all`;
    const report = await checkSpf(`example.org. 3600 IN TXT "${long}"`, zone);
    expect(report.source).toBe('pasted');
    expect(report.domain).toBe('example.org');
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['spf-long-string', 'spf-plus-all']));
    const split = await checkSpf(`"v=spf1 ip4:192.0.2.1 " "-all"`, zone);
    expect(split.strings).toEqual(['v=spf1 ip4:192.0.2.1 ', '-all']);
    expect(split.findings.map((f) => f.code)).not.toContain('spf-long-string');
  });

  it('explains terms and macros in both languages, with the RFC example expanded', async () => {
    const report = await checkSpf('v=spf1 exists:%{ir}.%{l1r-}.lp._spf.%{d} -all', zone);
    const exists = report.terms[0]!;
    expect(exists.macros.map((m) => m.use.text)).toEqual(['%{ir}', '%{l1r-}', '%{d}']);
    expect(exists.example?.expanded).toBe('3.2.0.192.strong.lp._spf.email.example.com');
    expect(exists.meaning.de).toContain('A-Eintrag');
    expect(report.terms[1]!.qualifier?.en).toContain('fail');
  });

  it('marks a syntax error and evaluates nothing', async () => {
    const report = await checkSpf('v=spf1 ip4:192.0.2.300 -all', zone);
    expect(report.record!.valid).toBe(false);
    expect(report.evaluation).toBeNull();
    expect(report.findings[0]!.code).toBe('spf-syntax');
  });

  it('flattens includes into networks and keeps what it cannot copy', async () => {
    const flat = await flattenSpf('v=spf1 mx include:_spf.provider.example exists:%{i}.x.example ~all', 'example.com', zone);
    expect(flat.record).toBe('v=spf1 ip4:192.0.2.10 ip4:198.51.100.0/24 ip6:2001:db8::/32 exists:%{i}.x.example ~all');
    expect(flat.kept).toEqual(['exists:%{i}.x.example']);
    const check = await checkSpf(flat.record, zone);
    expect(check.evaluation!.lookups).toBe(1);
  });

  it('tells a zone that still publishes the obsolete SPF type (99), asked beside TXT', async () => {
    const old = await checkSpf('old-type.example', zone);
    const warning = old.findings.find((f) => f.code === 'spf-rr-type');
    expect(warning?.level).toBe('warning');
    expect(warning?.text.en).toContain('"v=spf1 a mx ~all"');
    expect(warning?.text.de).toContain('„v=spf1 a mx ~all“');
    // Only an SPF record of that type counts; a name without one, and a pasted record, get no such finding.
    for (const input of ['no-spf-type.example', 'example.com', 'v=spf1 a mx ~all']) {
      expect((await checkSpf(input, zone)).findings.map((f) => f.code), input).not.toContain('spf-rr-type');
    }
  });
});
