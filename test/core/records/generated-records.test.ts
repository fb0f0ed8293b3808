// Generated records are accepted by the analysis path: published in a
// frozen zone, a message from an allowed address passes SPF, one from
// another address gets what the qualifier says, and DMARC reads back the
// policy the generator wrote.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { createZoneResolver } from '../../../src/dns/create-resolver.ts';
import { generateSpf, type SpfChoices } from '../../../src/core/records/spf/spf-generator.ts';
import { generateDmarc, dmarcRollout } from '../../../src/core/records/dmarc/dmarc-generator.ts';
import { checkDmarc } from '../../../src/core/records/dmarc/check-dmarc.ts';
import { checkSpf } from '../../../src/core/records/spf/check-spf.ts';

const message = new TextEncoder().encode(['From: Alice <alice@example.com>', 'To: bob@example.org', 'Subject: generated', 'Date: Mon, 07 Dec 2026 12:00:00 +0000', 'Message-ID: <g1@example.com>', '', 'Hello.', ''].join('\r\n'));

async function verdicts(spf: string[], dmarc: string, ip: string) {
  const resolver = createZoneResolver({
    records: {
      'example.com': { TXT: [spf], MX: [{ priority: 10, exchange: 'mx.example.com' }] },
      'mx.example.com': { A: ['192.0.2.25'] },
      '_spf.provider.example': { TXT: ['v=spf1 ip4:198.51.100.0/24 -all'] },
      '_dmarc.example.com': { TXT: [dmarc] },
    },
  });
  const analysis = await analyze(message, { resolver, now: '2026-12-07T12:00:00Z', envelope: { ip, helo: 'mail.example.com', mailFrom: 'alice@example.com' } });
  return analysis;
}

const choices = (all: SpfChoices['all']): SpfChoices => ({ mx: true, a: false, ip4: ['203.0.113.0/28'], ip6: ['2001:db8:1::/48'], includes: ['_spf.provider.example'], all });

describe('generated records through the analysis', () => {
  const dmarc = generateDmarc({ p: 'quarantine', pct: 50, sp: 'reject', rua: ['dmarc@example.com'], ruf: [], fo: '1', adkim: 'r', aspf: 's' }, 'example.com');

  it('writes the records', () => {
    expect(generateSpf(choices('-'), 'example.com').record).toBe('v=spf1 mx ip4:203.0.113.0/28 ip6:2001:db8:1::/48 include:_spf.provider.example -all');
    expect(dmarc.record).toBe('v=DMARC1; p=quarantine; sp=reject; pct=50; rua=mailto:dmarc@example.com; aspf=s');
    expect(dmarc.zoneLine).toBe(`_dmarc.example.com. IN TXT "${dmarc.record}"`);
  });

  for (const [ip, why] of [['192.0.2.25', 'the MX'], ['203.0.113.9', 'an ip4 network'], ['198.51.100.77', 'an include']] as const) {
    it(`passes SPF for ${why} and reads the DMARC policy back`, async () => {
      const analysis = await verdicts(generateSpf(choices('-'), 'example.com').strings, dmarc.record, ip);
      expect(analysis.spf?.result).toBe('pass');
      expect(analysis.dmarc?.result).toBe('pass');
      expect(analysis.dmarc?.record).toBe(dmarc.record);
      expect(analysis.dmarc?.pct).toBe(50);
    });
  }

  for (const [all, word] of [['-', 'fail'], ['~', 'softfail'], ['?', 'neutral']] as const) {
    it(`gives ${word} for another address when the record ends in ${all}all`, async () => {
      const analysis = await verdicts(generateSpf(choices(all), 'example.com').strings, dmarc.record, '192.0.2.99');
      expect(analysis.spf?.result).toBe(word);
      expect(analysis.dmarc?.result).toBe('fail');
      // p=quarantine; pct=50: RFC 7489 §6.6.4 gives the rest the next milder policy.
      expect(analysis.dmarc?.appliedPolicy).toBe('quarantine');
      expect(analysis.dmarc?.rfc7489Policy).toBe('none');
    });
  }

  it('rejects what is no term, and the checked record counts the include', async () => {
    const generated = generateSpf({ ...choices('~'), ip4: ['192.0.2.1', '10.0.0.0/33', 'nonsense'] }, 'example.com');
    expect(generated.rejected.map((r) => r.entry)).toEqual(['10.0.0.0/33', 'nonsense']);
    const report = await checkSpf(generated.record, createZoneResolver({ records: { '_spf.provider.example': { TXT: ['v=spf1 -all'] } } }));
    expect(report.evaluation?.lookups).toBe(2);
  });

  it('every roll-out stage is a record the DMARC bench accepts', async () => {
    const resolver = createZoneResolver({ records: {} });
    for (const stage of dmarcRollout('example.com', 'dmarc@example.com')) {
      const report = await checkDmarc(stage.record, resolver);
      expect(report.findings.filter((f) => f.level === 'error')).toEqual([]);
      expect(stage.what.de.length).toBeGreaterThan(20);
    }
  });
});
