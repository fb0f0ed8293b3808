// What-if DNS: the four edits a lesson makes, each on a fixture case
// analysed for real with its original and its edited answers. The verdicts
// change as the RFCs say, and the comparison names the edited record.

import { describe, expect, it } from 'vitest';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';
import { compareWhatIf } from '../../../src/core/what-if/compare-what-if.ts';
import { diffZones } from '../../../src/core/what-if/zone-edits.ts';
import { analyseWithZone } from '../share/share-support.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';
import { withTxt } from '../../support/zone-edits.ts';

async function whatIf(caseName: string, edit: (zone: ZoneFile) => ZoneFile) {
  const fixture = readCase(`${OWN_CASES}${caseName}`);
  const edited = edit(fixture.zone);
  const before = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
  const after = await analyseWithZone(fixture.message, edited, fixture.now, fixture.smtp);
  const outcome = compareWhatIf(before.analysis, after.analysis, fixture.zone, edited);
  const changed = Object.fromEntries(outcome.rows.filter((row) => row.changed).map((row) => [row.name, [row.before, row.after]]));
  return { outcome, changed };
}

describe('what-if DNS', () => {
  it('-all to ~all: a host outside the record goes from fail to softfail (RFC 7208 §8.4, §8.5)', async () => {
    const { outcome, changed } = await whatIf('inferred-forged-helo-spf-fail', (zone) => withTxt(zone, 'example.net', ['v=spf1 ip4:192.0.2.0/28 ~all']));
    expect(changed).toEqual({ SPF: ['fail', 'softfail'] });
    expect(outcome.edits).toEqual([{ kind: 'changed', name: 'example.net', type: 'TXT', before: ['v=spf1 ip4:192.0.2.0/28 -all'], after: ['v=spf1 ip4:192.0.2.0/28 ~all'] }]);
    expect(outcome.rows.find((row) => row.name === 'SPF')!.because!.en).toContain('~all in the record of example.net');
    expect(outcome.summary.en).toBe('1 DNS record changed; 1 verdict changed.');
  });

  it('an added ip4: makes the connecting address pass (RFC 7208 §5.6)', async () => {
    const { changed } = await whatIf('inferred-forged-helo-spf-fail', (zone) => withTxt(zone, 'example.net', ['v=spf1 ip4:192.0.2.0/28 ip4:203.0.113.66 -all']));
    expect(changed).toEqual({ SPF: ['fail', 'pass'] });
  });

  it('a removed DKIM key breaks the signature (RFC 6376 §6.1.2); DMARC still passes on aligned SPF', async () => {
    const { changed, outcome } = await whatIf('sample-normal', (zone) => withTxt(zone, '2026._domainkey.example.com', null));
    expect(Object.keys(changed)).toEqual(['DKIM example.com (s=2026)']);
    expect(changed['DKIM example.com (s=2026)']![0]).toBe('pass');
    expect(['permerror', 'fail']).toContain(changed['DKIM example.com (s=2026)']![1]);
    expect(outcome.edits.map((edit) => [edit.kind, edit.name])).toEqual([['removed', '2026._domainkey.example.com']]);
  });

  it('p=reject: a message that fails DMARC is now to be rejected (RFC 9989 §4.7), the result word stays fail', async () => {
    const { changed, outcome } = await whatIf('sample-phishing', (zone) => withTxt(zone, '_dmarc.xn--exmplebank-0qi.example', ['v=DMARC1; p=reject']));
    expect(changed).toEqual({ 'DMARC policy': ['none', 'reject'] });
    expect(outcome.rows.find((row) => row.name === 'DMARC')).toMatchObject({ before: 'fail', after: 'fail', changed: false, because: null });
  });

  it('says so when nothing was edited', async () => {
    const { outcome, changed } = await whatIf('sample-normal', (zone) => zone);
    expect(changed).toEqual({});
    expect(outcome.edits).toEqual([]);
    expect(outcome.summary.de).toBe('Keine DNS-Antwort wurde geändert: die Ergebnisse sind dieselben.');
  });
});

describe('zone edits', () => {
  it('tells added, removed and changed records apart, by name and type, whatever the case of the name', () => {
    const before: ZoneFile = { records: { 'Example.com': { TXT: ['v=spf1 -all'], A: ['192.0.2.1'] }, 'gone.example': { MX: [{ exchange: 'mx.example', priority: 10 }] } } };
    const after: ZoneFile = { records: { 'example.com.': { TXT: [['v=spf1 ', '~all']], A: ['192.0.2.1'] }, 'new.example': { error: 'SERVFAIL' } } };
    expect(diffZones(before, after)).toEqual([
      { kind: 'changed', name: 'example.com', type: 'TXT', before: ['v=spf1 -all'], after: ['v=spf1 ~all'] },
      { kind: 'removed', name: 'gone.example', type: 'MX', before: ['{"exchange":"mx.example","priority":10}'], after: [] },
      { kind: 'added', name: 'new.example', type: 'error', before: [], after: ['SERVFAIL'] },
    ]);
  });
});
