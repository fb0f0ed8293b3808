// Each way a resolver fails reaches the verdicts as its own kind, in our
// words in both languages: the sample message analysed against a real local
// DoH server that fails in one way, or a stopped one, or offline.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import type { Analysis, LookupFailureKind } from '../../../src/core/analysis.ts';
import { createDohSource } from '../../../src/dns/doh.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createOfflineSource } from '../../../src/dns/offline.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import type { DnsSource } from '../../../src/dns/resolver.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';
import { startDohServer, type DohServer, type DohServerMode } from '../../support/doh-server.ts';

const sample = readCase(`${OWN_CASES}sample-normal`);
const NOW = '2026-11-24T08:30:00Z';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: sample.zone });
});
afterAll(() => server.close());

async function analyseWith(source: DnsSource): Promise<Analysis> {
  return analyze(sample.message, { resolver: createLookupSession(source).resolver, now: NOW });
}

/** The verdicts that needed DNS, with what each says. */
function failedVerdicts(analysis: Analysis) {
  return [
    { name: 'spf', result: analysis.spf?.result, failure: analysis.spf?.dnsFailure, reason: analysis.spf?.reason, engine: analysis.spf?.engine },
    { name: 'dkim', result: analysis.dkim[0]?.result, failure: analysis.dkim[0]?.dnsFailure, reason: analysis.dkim[0]?.reason, engine: analysis.dkim[0]?.engine },
    { name: 'dmarc', result: analysis.dmarc?.result, failure: analysis.dmarc?.dnsFailure, reason: analysis.dmarc?.reason, engine: analysis.dmarc?.engine },
  ];
}

function expectFailure(analysis: Analysis, kind: LookupFailureKind) {
  for (const verdict of failedVerdicts(analysis)) {
    expect(verdict.result, verdict.name).toBe('temperror');
    expect(verdict.failure?.kind, verdict.name).toBe(kind);
    expect(verdict.reason?.en, verdict.name).toContain(verdict.failure?.text.en);
    expect(verdict.reason?.de, verdict.name).toContain(verdict.failure?.text.de);
    // mailauth's English never reaches the German reason; it stays in `engine`.
    for (const english of ['error in processing', 'DNS failure', 'ESERVFAIL', 'EREFUSED', 'ETIMEOUT', 'lookup', 'request', 'refused by server']) {
      expect(verdict.reason?.de, `${verdict.name}: ${english}`).not.toContain(english);
    }
  }
  expect(analysis.dkim[0]?.dnsFailure).toMatchObject({ name: '2026._domainkey.example.com', type: 'TXT' });
  expect(analysis.dmarc?.dnsFailure?.name).toBe('_dmarc.example.com');
}

describe('a failed lookup reaches the verdict as its kind', () => {
  const modes: [DohServerMode, LookupFailureKind][] = [
    ['refused', 'refused'],
    ['forbidden', 'refused'],
    ['servfail', 'servfail'],
    ['rate-limited', 'rate-limited'],
    ['overloaded', 'rate-limited'],
    ['http-error', 'http-error'],
    ['garbage', 'malformed'],
    ['hold', 'timeout'],
  ];

  it.each(modes)('server mode %s: %s', async (mode, kind) => {
    server.setMode(mode);
    try {
      // A short deadline only where the server never answers: one that answers must not lose a race with a busy machine.
      expectFailure(await analyseWith(createDohSource({ url: server.url, format: 'wire', fetch, timeoutMs: mode === 'hold' ? 200 : 10_000 })), kind);
    } finally {
      server.setMode('zone');
    }
  });

  it('a stopped server: unreachable', async () => {
    const stopped = await startDohServer();
    await stopped.close();
    expectFailure(await analyseWith(createDohSource({ url: stopped.url, format: 'wire', fetch })), 'unreachable');
  });

  it('offline: offline', async () => {
    expectFailure(await analyseWith(createOfflineSource()), 'offline');
  });

  it('a frozen zone gives the same kinds as the DoH server that serves it', async () => {
    const zone = { records: Object.fromEntries(Object.keys(sample.zone.records).map((name) => [name, { error: 'SERVFAIL' as const }])) };
    expectFailure(await analyseWith(createZoneSource(zone)), 'servfail');
  });

  it('ARC, which has no temporary result, fails and says which key could not be fetched', async () => {
    const arcCase = readCase(`${OWN_CASES}arc-one-instance-pass`);
    const records = { ...arcCase.zone.records, 'arc2026._domainkey.lists.example.org': { error: 'TIMEOUT' as const } };
    const analysis = await analyze(arcCase.message, { resolver: createLookupSession(createZoneSource({ records })).resolver, now: '2026-11-27T12:00:00Z' });
    expect(analysis.arc).toMatchObject({ result: 'fail', dnsFailure: { kind: 'timeout', name: 'arc2026._domainkey.lists.example.org', type: 'TXT' } });
    expect(analysis.arc?.reason.de).toContain('keine rechtzeitige Antwort auf TXT arc2026._domainkey.lists.example.org (Zeitüberschreitung)');
    // The DKIM signature of example.com has its own key, which answered.
    expect(analysis.dkim[0]).toMatchObject({ result: 'pass' });
    expect(analysis.dkim[0]?.dnsFailure).toBeUndefined();
  });

  it('a working resolver gives no failure at all', async () => {
    const analysis = await analyseWith(createDohSource({ url: server.url, format: 'wire', fetch }));
    expect(failedVerdicts(analysis).map((verdict) => [verdict.result, verdict.failure])).toEqual([
      ['pass', undefined],
      ['pass', undefined],
      ['pass', undefined],
    ]);
  });
});
