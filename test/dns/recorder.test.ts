import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '../../src/dns/cache.ts';
import { createDohSource } from '../../src/dns/doh.ts';
import { createRecorder } from '../../src/dns/recorder.ts';
import type { DnsAnswer, DnsSource } from '../../src/dns/resolver.ts';
import { createZoneSource, parseZoneFile } from '../../src/dns/zone.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { DOH_ZONE } from './doh-cases.ts';
import { questionsArbitrary, zoneArbitrary } from './zone-arbitrary.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: DOH_ZONE });
});
afterAll(() => server.close());

/** A clock that moves 5 ms each time it is read. */
function steppingClock() {
  let time = 1000;
  return () => (time += 5);
}

const outcome = (answer: Pick<DnsAnswer, 'rcode' | 'records' | 'cnames'>) => ({
  rcode: answer.rcode,
  records: answer.records,
  cnames: answer.cnames,
});

describe('createRecorder: evidence', () => {
  it('keeps every question and answer with the time taken and the resolver', async () => {
    const recorder = createRecorder(createDohSource({ url: server.url, format: 'wire', fetch, label: 'local (wire)' }), {
      now: steppingClock(),
    });
    expect(recorder.label).toBe('local (wire)');
    const answer = await recorder.lookup('WWW.example.com', 'TXT');
    await recorder.lookup('absent.example', 'A');
    expect(recorder.evidence()).toEqual([
      {
        name: 'www.example.com',
        type: 'TXT',
        rcode: 'NOERROR',
        records: answer.records,
        ttl: 300,
        ms: 5,
        resolver: 'local (wire)',
        cnames: ['cdn.example.net', 'example.com'],
        // A wire answer always carries the AD bit; this zone's names are not authenticated.
        authenticated: false,
      },
      { name: 'absent.example', type: 'A', rcode: 'NXDOMAIN', records: [], ttl: null, ms: 5, resolver: 'local (wire)', cnames: [], authenticated: false },
    ]);
  });

  it('keeps the reason and the kind of a failure', async () => {
    const recorder = createRecorder(createDohSource({ url: server.url, format: 'wire', fetch, timeoutMs: 50 }));
    await recorder.lookup('slow.example', 'A');
    expect(recorder.evidence()[0]).toMatchObject({ rcode: 'TIMEOUT', error: 'no answer within 50 ms', failure: 'timeout' });
    expect(recorder.evidence()[0]?.ms).toBeGreaterThanOrEqual(45);
  });

  it('lists questions in the order asked, not the order answered', async () => {
    const release: (() => void)[] = [];
    const gated: DnsSource = {
      label: 'gated',
      lookup: (name, type) =>
        new Promise((resolve) => release.push(() => resolve({ name, type, rcode: 'NOERROR', records: [], ttl: null, cnames: [] }))),
    };
    const recorder = createRecorder(gated);
    const first = recorder.lookup('first.example', 'A');
    const second = recorder.lookup('second.example', 'A');
    release[1]?.();
    await second;
    expect(recorder.evidence().map((entry) => entry.name)).toEqual(['second.example']);
    release[0]?.();
    await first;
    expect(recorder.evidence().map((entry) => entry.name)).toEqual(['first.example', 'second.example']);
  });

  it('over a cache, records every question mailauth asked; under it, each question sent', async () => {
    const source = createZoneSource(DOH_ZONE);
    const outer = createRecorder(createCache(source));
    await outer.lookup('example.com', 'A');
    await outer.lookup('example.com', 'A');
    expect(outer.evidence()).toHaveLength(2);
    const inner = createRecorder(source);
    const cached = createCache(inner);
    await cached.lookup('example.com', 'A');
    await cached.lookup('example.com', 'A');
    expect(inner.evidence()).toHaveLength(1);
  });

  it('hands out evidence that the caller cannot change', async () => {
    const recorder = createRecorder(createZoneSource(DOH_ZONE));
    const answer = await recorder.lookup('example.com', 'TXT');
    (answer.records[0] as string[]).push('changed by the caller');
    recorder.evidence()[0]?.records.push('changed too');
    expect(recorder.evidence()[0]?.records).toEqual([['v=spf1 ip4:192.0.2.0/24 -all'], ['v=DKIM1; ', 'p=two-strings']]);
  });
});

describe('createRecorder: snapshot', () => {
  it('writes NXDOMAIN as absent, NODATA as present without the type, errors and CNAME chains', async () => {
    const recorder = createRecorder(createZoneSource(DOH_ZONE));
    for (const [name, type] of [
      ['dangling.example', 'A'],
      ['example.com', 'PTR'],
      ['www.example.com', 'MX'],
      ['servfail.example', 'TXT'],
      ['slow.example', 'A'],
      ['long._domainkey.example.com', 'TXT'],
      ['loop-a.example', 'A'],
    ]) {
      await recorder.lookup(name ?? '', type ?? '');
    }
    expect(recorder.snapshot()).toEqual({
      records: {
        'dangling.example': { CNAME: 'absent.example' },
        'example.com': {
          MX: [
            { priority: 10, exchange: 'mx1.example.com' },
            { priority: 20, exchange: 'mx2.example.com' },
          ],
        },
        'www.example.com': { CNAME: 'cdn.example.net' },
        'cdn.example.net': { CNAME: 'example.com' },
        'servfail.example': { error: 'SERVFAIL' },
        'slow.example': { error: 'TIMEOUT' },
        'long._domainkey.example.com': { TXT: [DOH_ZONE.records['long._domainkey.example.com']?.TXT?.[0]] },
        'loop-a.example': { CNAME: 'loop-b.example' },
        'loop-b.example': { CNAME: 'loop-a.example' },
      },
    });
  });

  it('gives a zone.json that answers every recorded question the same way (any zone, any questions)', async () => {
    await fc.assert(
      fc.asyncProperty(
        zoneArbitrary(),
        questionsArbitrary(['A', 'AAAA', 'TXT', 'MX', 'PTR', 'NS', 'CNAME', 'SOA']),
        fc.boolean(),
        async (zone, questions, concurrently) => {
          const recorder = createRecorder(createZoneSource(zone));
          if (concurrently) await Promise.all(questions.map(({ name, type }) => recorder.lookup(name, type)));
          else for (const { name, type } of questions) await recorder.lookup(name, type);
          const snapshot = recorder.snapshot();
          // It is a valid zone.json, and survives JSON.
          const replay = createZoneSource(parseZoneFile(JSON.parse(JSON.stringify(snapshot))));
          const evidence = recorder.evidence();
          expect(evidence).toHaveLength(questions.length);
          for (const entry of evidence) {
            expect(outcome(await replay.lookup(entry.name, entry.type)), `${entry.type} ${entry.name}`).toEqual(outcome(entry));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('freezes live answers: replayed from the snapshot they come out the same', async () => {
    // The server never answers slow.example; every other answer comes from 127.0.0.1 and must not time out on a busy machine.
    const recorder = createRecorder(createDohSource({ url: server.url, format: 'wire', fetch, timeoutMs: 1000 }));
    const questions = [
      ['example.com', 'TXT'],
      ['long._domainkey.example.com', 'TXT'],
      ['www.example.com', 'AAAA'],
      ['to-nodata.example', 'MX'],
      ['dangling.example', 'TXT'],
      ['refused.example', 'A'],
      ['slow.example', 'TXT'],
      ['loop-b.example', 'MX'],
      ['10.2.0.192.in-addr.arpa', 'PTR'],
    ] as const;
    await Promise.all(questions.map(([name, type]) => recorder.lookup(name, type)));
    const replay = createZoneSource(parseZoneFile(recorder.snapshot()));
    for (const entry of recorder.evidence()) {
      expect(outcome(await replay.lookup(entry.name, entry.type)), `${entry.type} ${entry.name}`).toEqual(outcome(entry));
    }
  });
});
