import { describe, expect, it } from 'vitest';
import { createQueryBudget, MAX_DNS_QUERIES } from '../../src/dns/query-budget.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { cachedResolverFrom, DnsError, resolverFrom } from '../../src/dns/resolver.ts';
import { createCache } from '../../src/dns/cache.ts';
import { createRecorder } from '../../src/dns/recorder.ts';

const zone = { records: Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`h${i}.example.com`, { A: [`192.0.2.${i + 1}`] }])) };

describe('createQueryBudget', () => {
  it('sends distinct questions up to the limit, then refuses with EREFUSED and names what it refused', async () => {
    const recorder = createRecorder(createZoneSource(zone));
    const budget = createQueryBudget(resolverFrom(recorder), 3);
    for (let i = 0; i < 3; i++) expect(await budget.resolver(`h${i}.example.com`, 'A')).toEqual([`192.0.2.${i + 1}`]);
    const refused = await budget.resolver('h3.example.com', 'A').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DnsError);
    expect((refused as DnsError).code).toBe('EREFUSED');
    expect((refused as DnsError).message).toContain('over the limit of 3');
    // The refused question never reached the source.
    expect(recorder.evidence().map((entry) => entry.name)).toEqual(['h0.example.com', 'h1.example.com', 'h2.example.com']);
    expect(budget.asked()).toBe(3);
    expect(budget.refused()).toEqual(['A h3.example.com']);
  });

  it('counts a repeated question once, whatever the case of the name', async () => {
    const budget = createQueryBudget(resolverFrom(createZoneSource(zone)), 1);
    await budget.resolver('h0.example.com', 'A');
    await expect(budget.resolver('H0.Example.COM.', 'a')).resolves.toEqual(['192.0.2.1']);
    expect(budget.refused()).toEqual([]);
  });

  it('counts a question asked ahead as sent, and past the limit does not send it nor name it as refused', async () => {
    const recorder = createRecorder(createZoneSource(zone));
    const budget = createQueryBudget(cachedResolverFrom(createCache(recorder)), 2);
    expect((await budget.resolver.ahead!('h0.example.com', 'A')).records).toEqual(['192.0.2.1']);
    // Asked for real afterwards: the same question, no second one.
    expect(await budget.resolver('h0.example.com', 'A')).toEqual(['192.0.2.1']);
    await budget.resolver.ahead!('h1.example.com', 'A');
    expect((await budget.resolver.ahead!('h2.example.com', 'A')).rcode).toBe('REFUSED');
    expect(recorder.evidence().map((entry) => entry.name)).toEqual(['h0.example.com', 'h1.example.com']);
    expect(budget.asked()).toBe(2);
    expect(budget.refused()).toEqual([]);
  });

  it('is far above what a fixture needs', () => {
    expect(MAX_DNS_QUERIES).toBeGreaterThanOrEqual(200);
  });
});
