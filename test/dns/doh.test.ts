import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohSource, type FetchFunction } from '../../src/dns/doh.ts';
import { DEFAULT_TIMEOUT_MS } from '../../src/dns/presets.ts';
import { lookupFailureOf, resolverFrom, type DnsAnswer } from '../../src/dns/resolver.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { startDohServer, type DohServer, type DohServerMode } from '../support/doh-server.ts';
import { DOH_ZONE } from './doh-cases.ts';
import { questionsArbitrary, zoneArbitrary } from './zone-arbitrary.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: DOH_ZONE });
});
afterAll(() => server.close());

const requestsFor = (name: string) => server.requests.filter((request) => request.name?.toLowerCase() === name).length;

/** A real HTTP server answering every request with one fixed response. */
async function startFixedServer(status: number, body: Buffer | string, headers: http.OutgoingHttpHeaders = {}) {
  const fixed = http.createServer((_req, res) => res.writeHead(status, headers).end(body));
  await new Promise<void>((resolve) => fixed.listen(0, '127.0.0.1', resolve));
  const { port } = fixed.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/dns-query`,
    close: () => new Promise<void>((resolve) => fixed.close(() => resolve())),
  };
}

describe('createDohSource: timeouts', () => {
  it.each(['wire', 'json'] as const)('%s: gives TIMEOUT and aborts the request when the server never answers', async (format) => {
    const timeoutMs = 150;
    const source = createDohSource({ url: format === 'wire' ? server.url : server.jsonUrl, format, fetch, timeoutMs });
    const started = performance.now();
    const answer = await source.lookup('slow.example', 'TXT');
    const elapsed = performance.now() - started;
    expect(answer).toEqual({
      name: 'slow.example',
      type: 'TXT',
      rcode: 'TIMEOUT',
      records: [],
      ttl: null,
      cnames: [],
      error: 'no answer within 150 ms',
      failure: 'timeout',
    });
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 5);
    expect(elapsed).toBeLessThan(timeoutMs + 1000);
    // The abort reaches the server: the held request's connection closes.
    await server.waitForRequest((request) => request.name === 'slow.example' && request.format === (format === 'wire' ? 'wire' : 'json') && request.aborted);
  });

  it('ends at the timeout even with a fetch that ignores its signal', async () => {
    const stuck: FetchFunction = () => new Promise(() => {});
    const answer = await createDohSource({ url: server.url, format: 'wire', fetch: stuck, timeoutMs: 50 }).lookup('example.com', 'A');
    expect(answer).toMatchObject({ rcode: 'TIMEOUT', error: 'no answer within 50 ms', failure: 'timeout' });
  });

  it('waits 4 seconds by default', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(4000);
  });
});

describe('createDohSource: one request per question in flight', () => {
  it('sends identical concurrent questions once, and again once they are answered', async () => {
    const source = createDohSource({ url: server.url, format: 'wire', fetch });
    const before = requestsFor('example.com');
    const answers = await Promise.all([
      source.lookup('example.com', 'MX'),
      source.lookup('EXAMPLE.com.', 'mx'),
      source.lookup('example.com', 'MX'),
      source.lookup('example.com', 'A'),
    ]);
    expect(answers[0]).toBe(answers[1]);
    expect(answers[0]).toBe(answers[2]);
    expect(answers[3]?.records).toEqual(['192.0.2.10', '192.0.2.11']);
    expect(requestsFor('example.com') - before).toBe(2);
    await source.lookup('example.com', 'MX');
    expect(requestsFor('example.com') - before).toBe(3);
  });
});

describe('createDohSource: failures are answers', () => {
  it('gives SERVFAIL with the HTTP status for an HTTP error', async () => {
    const url = server.url.replace('/dns-query', '/not-here');
    for (const format of ['wire', 'json'] as const) {
      expect(await createDohSource({ url, format, fetch }).lookup('example.com', 'A')).toMatchObject({
        rcode: 'SERVFAIL',
        records: [],
        error: 'HTTP 404 Not Found',
        failure: 'http-error',
      });
    }
  });

  it('gives SERVFAIL, unreachable, with the reason for a network failure', async () => {
    const gone = await startDohServer();
    await gone.close();
    const answer = await createDohSource({ url: gone.url, format: 'wire', fetch }).lookup('example.com', 'A');
    expect(answer).toMatchObject({ rcode: 'SERVFAIL', records: [], error: /^request failed: /, failure: 'unreachable' });
  });

  it('gives SERVFAIL for a body that is not an answer', async () => {
    const html = await startFixedServer(200, '<html>captive portal</html>', { 'content-type': 'text/html' });
    try {
      expect(await createDohSource({ url: html.url, format: 'wire', fetch }).lookup('example.com', 'A')).toMatchObject({
        rcode: 'SERVFAIL',
        error: /^malformed answer: /,
      });
      expect(await createDohSource({ url: html.url, format: 'json', fetch }).lookup('example.com', 'A')).toMatchObject({
        rcode: 'SERVFAIL',
        error: /^malformed answer: the body is not JSON/,
      });
    } finally {
      await html.close();
    }
  });

  it('does not read a body larger than a DNS message', async () => {
    const huge = await startFixedServer(200, Buffer.alloc(70_000), { 'content-type': 'application/dns-message' });
    try {
      expect(await createDohSource({ url: huge.url, format: 'wire', fetch }).lookup('example.com', 'A')).toMatchObject({
        rcode: 'SERVFAIL',
        error: /too large/,
      });
    } finally {
      await huge.close();
    }
  });

  it('sends nothing for a type it cannot read or a name that cannot exist', async () => {
    const source = createDohSource({ url: server.url, format: 'wire', fetch });
    const count = server.requests.length;
    expect(await source.lookup('example.com', 'SOA')).toMatchObject({ rcode: 'SERVFAIL', error: 'record type SOA is not supported' });
    const long = `${'x'.repeat(64)}.example.com`;
    expect(await source.lookup(long, 'A')).toMatchObject({ name: long, rcode: 'NXDOMAIN', error: /64 octets.*; not sent/ });
    expect(await source.lookup('a..example.com', 'TXT')).toMatchObject({ rcode: 'NXDOMAIN', error: /empty label/ });
    expect(server.requests.length).toBe(count);
  });
});

describe('createDohSource: each failure told apart, from a real server that fails in that way', () => {
  // [server mode, rcode, failure, the detail kept in `error`, the code mailauth sees]
  const cases: [DohServerMode, string, string, RegExp, string][] = [
    ['refused', 'REFUSED', 'refused', /^$/, 'EREFUSED'],
    ['servfail', 'SERVFAIL', 'servfail', /^$/, 'ESERVFAIL'],
    ['rate-limited', 'SERVFAIL', 'rate-limited', /^HTTP 429 Too Many Requests; Retry-After: 30$/, 'ESERVFAIL'],
    ['overloaded', 'SERVFAIL', 'rate-limited', /^HTTP 503 Service Unavailable; Retry-After: 120$/, 'ESERVFAIL'],
    ['forbidden', 'REFUSED', 'refused', /^HTTP 403 Forbidden$/, 'EREFUSED'],
    ['http-error', 'SERVFAIL', 'http-error', /^HTTP 500 Internal Server Error$/, 'ESERVFAIL'],
    ['garbage', 'SERVFAIL', 'malformed', /^malformed answer: /, 'ESERVFAIL'],
    ['hold', 'TIMEOUT', 'timeout', /^no answer within 200 ms$/, 'ETIMEOUT'],
  ];

  it.each(cases)('%s: rcode %s, failure %s', async (mode, rcode, failure, detail, code) => {
    const failing = await startDohServer({ zone: DOH_ZONE, mode });
    try {
      for (const [format, url] of [['wire', failing.url], ['json', failing.jsonUrl]] as const) {
        // A short deadline only where the server never answers: a server that
        // does answer must not lose a race with a busy machine.
        const source = createDohSource({ url, format, fetch, timeoutMs: mode === 'hold' ? 200 : 10_000 });
        const answer = await source.lookup('example.com', 'TXT');
        expect(answer, format).toMatchObject({ rcode, records: [] });
        expect(answer.error ?? '', format).toMatch(detail);
        expect(lookupFailureOf(answer), format).toBe(failure);
        const rejection: unknown = await resolverFrom(source)('example.com', 'TXT').catch((error: unknown) => error);
        expect(rejection, format).toMatchObject({ code });
        expect(lookupFailureOf((rejection as { answer: DnsAnswer }).answer), format).toBe(failure);
      }
      // The same server answers again once it works: the failure was its mode, not the question.
      failing.setMode('zone');
      expect(await createDohSource({ url: failing.url, format: 'wire', fetch }).lookup('example.com', 'A')).toMatchObject({ rcode: 'NOERROR' });
    } finally {
      await failing.close();
    }
  });

  it('a 503 without Retry-After is an HTTP error, not a rate limit', async () => {
    const busy = await startFixedServer(503, 'down');
    try {
      expect(await createDohSource({ url: busy.url, format: 'wire', fetch }).lookup('example.com', 'A')).toMatchObject({
        rcode: 'SERVFAIL',
        failure: 'http-error',
        error: 'HTTP 503 Service Unavailable',
      });
    } finally {
      await busy.close();
    }
  });

  it('answers, NODATA and NXDOMAIN are no failure', async () => {
    const source = createDohSource({ url: server.url, format: 'wire', fetch });
    for (const [name, type] of [['example.com', 'A'], ['example.com', 'CNAME'], ['missing.example', 'A']] as const) {
      const answer = await source.lookup(name, type);
      expect(answer.failure, `${type} ${name}`).toBeUndefined();
      expect(lookupFailureOf(answer), `${type} ${name}`).toBeNull();
    }
  });
});

describe('createDohSource: the request', () => {
  it('is a GET with only an accept header (a CORS simple request), fetch called as a plain function', async () => {
    const seen: { url: string; init: Parameters<FetchFunction>[1]; self: unknown }[] = [];
    const recordingFetch: FetchFunction = function (this: unknown, url, init) {
      seen.push({ url, init, self: this });
      return fetch(url, init);
    };
    await createDohSource({ url: server.url, format: 'wire', fetch: recordingFetch }).lookup('example.com', 'A');
    await createDohSource({ url: server.jsonUrl, format: 'json', fetch: recordingFetch }).lookup('example.com', 'A');
    expect(seen.map(({ init }) => [init.method, init.headers])).toEqual([
      ['GET', { accept: 'application/dns-message' }],
      ['GET', { accept: 'application/dns-json' }],
    ]);
    // A browser's fetch throws "Illegal invocation" when `this` is another object.
    expect(seen.map(({ self }) => self)).toEqual([undefined, undefined]);
    expect(server.requests.some((request) => request.method === 'OPTIONS')).toBe(false);
  });
});

describe('createDohSource: the same answers as the zone it is served from', () => {
  const outcome = (answer: DnsAnswer, joinTxt: boolean) => ({
    rcode: answer.rcode,
    cnames: answer.cnames,
    records: joinTxt && answer.type === 'TXT' ? answer.records.map((r) => [(r as string[]).join('')]) : answer.records,
  });

  it('in every form, for any zone (CNAME chains, loops, errors, multi-string TXT)', async () => {
    const forms = [
      { source: createDohSource({ url: server.url, format: 'wire', fetch }), joinTxt: false },
      { source: createDohSource({ url: server.url, format: 'json', fetch, jsonTxt: 'quoted' }), joinTxt: false },
      // Google joins the strings of a TXT record, so compare them joined.
      { source: createDohSource({ url: server.jsonUrl, format: 'json', fetch, jsonTxt: 'plain' }), joinTxt: true },
    ];
    await fc.assert(
      fc.asyncProperty(zoneArbitrary({ timeouts: false }), questionsArbitrary(['A', 'AAAA', 'TXT', 'MX', 'PTR', 'NS', 'CNAME']), async (zone, questions) => {
        server.setZone(zone);
        const expected = createZoneSource(zone);
        for (const { name, type } of questions) {
          const want = await expected.lookup(name, type);
          for (const { source, joinTxt } of forms) {
            expect(outcome(await source.lookup(name, type), joinTxt), `${source.label} ${type} ${name}`).toEqual(outcome(want, joinTxt));
          }
        }
      }),
      { numRuns: 60 },
    );
    server.setZone(DOH_ZONE);
  });
});
