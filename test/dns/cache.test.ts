import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCache } from '../../src/dns/cache.ts';
import { createDohSource } from '../../src/dns/doh.ts';
import type { DnsAnswer, DnsSource } from '../../src/dns/resolver.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { DOH_ZONE } from './doh-cases.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: DOH_ZONE });
});
afterAll(() => server.close());

const requestsFor = (name: string, type: string) =>
  server.requests.filter((request) => request.name?.toLowerCase() === name && request.type === type).length;

describe('createCache', () => {
  it('asks each (name, type) once, concurrent or later, whatever the case of the name', async () => {
    const cache = createCache(createDohSource({ url: server.url, format: 'wire', fetch }));
    const [first, second] = await Promise.all([cache.lookup('example.com', 'TXT'), cache.lookup('Example.COM.', 'txt')]);
    const third = await cache.lookup('example.com', 'TXT');
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(requestsFor('example.com', 'TXT')).toBe(1);
    await cache.lookup('example.com', 'MX');
    expect(requestsFor('example.com', 'MX')).toBe(1);
  });

  it('keeps the label of its source', () => {
    expect(createCache(createDohSource({ url: server.url, format: 'json', fetch, label: 'google (json)' })).label).toBe('google (json)');
  });

  it('keeps temporary errors for the analysis, as one analysis must agree with itself', async () => {
    const cache = createCache(createDohSource({ url: server.url, format: 'wire', fetch }));
    expect((await cache.lookup('servfail.example', 'A')).rcode).toBe('SERVFAIL');
    expect((await cache.lookup('servfail.example', 'A')).rcode).toBe('SERVFAIL');
    expect(requestsFor('servfail.example', 'A')).toBe(1);
  });

  it('is per analysis: a new cache asks again', async () => {
    const source = createDohSource({ url: server.url, format: 'wire', fetch });
    await createCache(source).lookup('refused.example', 'MX');
    await createCache(source).lookup('refused.example', 'MX');
    expect(requestsFor('refused.example', 'MX')).toBe(2);
  });

  it('does not keep a rejection, which is a bug and not an answer', async () => {
    let calls = 0;
    const flaky: DnsSource = {
      label: 'flaky',
      async lookup(name, type): Promise<DnsAnswer> {
        calls += 1;
        if (calls === 1) throw new Error('bug');
        return { name, type, rcode: 'NOERROR', records: [], ttl: null, cnames: [] };
      },
    };
    const cache = createCache(flaky);
    await expect(cache.lookup('a.example', 'A')).rejects.toThrow('bug');
    expect((await cache.lookup('a.example', 'A')).rcode).toBe('NOERROR');
    expect(calls).toBe(2);
  });
});
