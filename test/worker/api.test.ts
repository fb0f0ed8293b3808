// The worker's API, called directly in Node with Node's fetch against the
// local DNS-over-HTTPS server: the same code the worker runs, minus comlink.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AnalyzeSuccess } from '../../src/worker/api.ts';
import { analyze } from '../../src/core/analyze.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { OWN_CASES, readCase } from '../support/fixture-cases.ts';

let doh: DohServer;
const api = createApi({ fetch: (url, init) => fetch(url, init) });

beforeAll(async () => {
  doh = await startDohServer();
});
afterAll(async () => {
  await doh.close();
});

async function analyzeCase(name: string, format: 'wire' | 'json') {
  const fixture = readCase(`${OWN_CASES}${name}`);
  doh.setZone(fixture.zone);
  const response = await api.analyze({
    message: fixture.message.slice().buffer,
    now: fixture.now,
    envelope: fixture.smtp ?? {},
    dns: { kind: 'doh', url: format === 'wire' ? doh.url : doh.jsonUrl, format, timeoutMs: 1000 },
  });
  if (!response.ok) throw new Error(response.problem.message);
  return { fixture, response };
}

describe('worker api in Node', () => {
  it.each(['wire', 'json'] as const)('over DoH (%s) gives the Analysis the zone gives', async (format) => {
    const { fixture, response } = await analyzeCase('dmarc-relaxed-dkim-subdomain', format);
    const direct = await analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
    expect(response.analysis).toEqual(direct);
  });

  it('keeps every query as evidence, each question once, with rcode and timing', async () => {
    const { response } = await analyzeCase('dkim-key-nxdomain', 'wire');
    const questions = response.evidence.map((entry) => `${entry.type} ${entry.name}`);
    expect(new Set(questions).size).toBe(questions.length);
    const keyLookup = response.evidence.find((entry) => entry.name.includes('._domainkey.'));
    expect(keyLookup).toMatchObject({ type: 'TXT', rcode: 'NXDOMAIN' });
    expect(keyLookup!.ms).toBeGreaterThanOrEqual(0);
    expect(doh.requests.some((request) => request.name?.includes('._domainkey.'))).toBe(true);
  });

  it('its snapshot replays the analysis offline with the same result', async () => {
    const { fixture, response } = await analyzeCase('spf-include-pass', 'wire');
    const replay: AnalyzeSuccess | { ok: false } = await api.analyze({
      message: fixture.message.slice().buffer,
      now: fixture.now,
      envelope: fixture.smtp ?? {},
      dns: { kind: 'zone', zone: response.snapshot },
    });
    expect(replay.ok && replay.analysis).toEqual(response.analysis);
  });

  it('offline mode asks nothing and reports temporary errors', async () => {
    const fixture = readCase(`${OWN_CASES}dkim-ed25519`);
    const before = doh.requests.length;
    const response = await api.analyze({ message: fixture.message.slice().buffer, now: fixture.now, dns: { kind: 'offline' } });
    expect(doh.requests.length).toBe(before);
    expect(response.ok && response.analysis.dkim[0]?.result).toBe('temperror');
    expect(response.ok && response.evidence.every((entry) => entry.rcode === 'TIMEOUT')).toBe(true);
  });

  it('answers a malformed request with a problem, not a throw', async () => {
    const response = await api.analyze({ message: 'not a buffer' as unknown as ArrayBuffer, dns: { kind: 'offline' } });
    expect(response).toEqual({ ok: false, problem: { code: 'bad-request', message: expect.any(String) } });
  });
});
