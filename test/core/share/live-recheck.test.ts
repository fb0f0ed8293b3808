// A live re-check of a shared analysis compares verdicts only when the
// re-check reached a DNS server. The shared side is the ARC sample replayed
// from its zone; the live side is the same message analysed again through
// real sources: offline mode, a DNS-over-HTTPS server that is gone, one that
// never answers, one that answers as the zone does, and one whose key
// was removed.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { compareLiveRecheck } from '../../../src/core/share/live-recheck.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createOfflineSource } from '../../../src/dns/offline.ts';
import { createDohSource } from '../../../src/dns/doh.ts';
import type { DnsSource } from '../../../src/dns/resolver.ts';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';
import { startDohServer } from '../../support/doh-server.ts';
import { analyseWithZone } from './share-support.ts';

const fixture = readCase(`${OWN_CASES}arc-one-instance-pass`);

async function liveWith(source: DnsSource) {
  const session = createLookupSession(source);
  const analysis = await analyze(fixture.message, { resolver: session.resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
  return { analysis, lookups: session.evidence() };
}

const doh = (url: string, timeoutMs = 4000) => createDohSource({ url, format: 'wire', fetch, timeoutMs, label: 'local (wire)' });

describe('a live re-check of a shared analysis', () => {
  it('in offline mode says it cannot re-check, where a plain comparison would report ARC and DKIM as changed', async () => {
    const { analysis: frozen } = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
    expect(frozen.arc?.result).toBe('pass');
    const live = await liveWith(createOfflineSource());
    // What the page used to say: "ARC: was pass, is … now".
    expect(live.analysis.arc?.result).not.toBe('pass');
    const outcome = compareLiveRecheck(frozen, live.analysis, live.lookups, { offline: true });
    expect(outcome).toEqual({ kind: 'blocked', reason: 'offline', lookups: live.lookups.length, resolver: 'offline' });
    // The lookups alone tell offline mode too.
    expect(compareLiveRecheck(frozen, live.analysis, live.lookups, { offline: false })).toMatchObject({ kind: 'blocked', reason: 'offline' });
  });

  it('with the resolver gone (connection refused) says no lookup reached it', async () => {
    const { analysis: frozen } = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
    const server = await startDohServer({ zone: fixture.zone });
    const url = server.url;
    await server.close();
    const live = await liveWith(doh(url));
    expect(live.lookups.length).toBeGreaterThan(0);
    expect(compareLiveRecheck(frozen, live.analysis, live.lookups, { offline: false })).toEqual({ kind: 'blocked', reason: 'unreachable', lookups: live.lookups.length, resolver: 'local (wire)' });
  });

  it('with a resolver that accepts the connection and never answers, says it answered nothing in time', async () => {
    const { analysis: frozen } = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
    const stalled = createServer(() => {
      // Holds every request: the client's own timeout is what ends it.
    });
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    try {
      const live = await liveWith(doh(`http://127.0.0.1:${(stalled.address() as AddressInfo).port}/dns-query`, 100));
      expect(live.lookups.length).toBeGreaterThan(0);
      expect(compareLiveRecheck(frozen, live.analysis, live.lookups, { offline: false })).toMatchObject({ kind: 'blocked', reason: 'timeout', lookups: live.lookups.length });
    } finally {
      stalled.closeAllConnections();
      await new Promise((resolve) => stalled.close(resolve));
    }
  });

  it('with a resolver that answers as the link did, finds no change', async () => {
    const { analysis: frozen } = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
    const server = await startDohServer({ zone: fixture.zone });
    try {
      const live = await liveWith(doh(server.url));
      expect(compareLiveRecheck(frozen, live.analysis, live.lookups, { offline: false })).toEqual({ kind: 'compared', changes: [], unsure: [] });
    } finally {
      await server.close();
    }
  });

  it('with a key removed since, reports the verdicts that changed', async () => {
    const { analysis: frozen } = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
    const records = Object.fromEntries(Object.entries(fixture.zone.records).filter(([name]) => !name.includes('_domainkey')));
    const server = await startDohServer({ zone: { ...fixture.zone, records } as ZoneFile });
    try {
      const live = await liveWith(doh(server.url));
      const outcome = compareLiveRecheck(frozen, live.analysis, live.lookups, { offline: false });
      expect(outcome.kind).toBe('compared');
      if (outcome.kind !== 'compared') return;
      expect(outcome.changes.map((change) => change.name)).toContain('DKIM example.com');
      for (const change of outcome.changes) expect(change.before).not.toBe(change.now);
    } finally {
      await server.close();
    }
  });

  it('a verdict that became a temporary error is set apart as unsure, not as a change', async () => {
    const { analysis: frozen } = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
    const live = structuredClone(frozen);
    live.dkim[0]!.result = 'temperror';
    const outcome = compareLiveRecheck(frozen, live, [{ rcode: 'NOERROR', resolver: 'local (wire)' }], { offline: false });
    expect(outcome).toEqual({ kind: 'compared', changes: [], unsure: [{ key: 1, name: 'DKIM example.com', before: 'pass', now: 'temperror' }] });
  });
});
