import { describe, expect, it } from 'vitest';
import { DnsError, normalizeName, resolverFrom, type DnsAnswer, type DnsSource } from '../../src/dns/resolver.ts';
import { createZoneSource } from '../../src/dns/zone.ts';

const resolve = resolverFrom(
  createZoneSource({
    records: {
      'example.com': { TXT: [['v=spf1 ', '-all']], MX: [{ priority: 5, exchange: 'mx.example.com' }] },
      'servfail.example': { error: 'SERVFAIL' },
      'refused.example': { error: 'REFUSED' },
      'timeout.example': { error: 'TIMEOUT' },
    },
  }),
);

async function rejection(promise: Promise<unknown>): Promise<DnsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DnsError) return error;
    throw error;
  }
  throw new Error('the lookup resolved');
}

describe('resolverFrom', () => {
  it('resolves with the records, in the shapes of dns.promises.resolve', async () => {
    expect(await resolve('example.com', 'TXT')).toEqual([['v=spf1 ', '-all']]);
    expect(await resolve('EXAMPLE.com.', 'mx')).toEqual([{ priority: 5, exchange: 'mx.example.com' }]);
  });

  it('rejects with the code mailauth understands for each rcode', async () => {
    const cases: [string, string, string][] = [
      ['example.com', 'A', 'ENODATA'],
      ['absent.example', 'TXT', 'ENOTFOUND'],
      ['servfail.example', 'TXT', 'ESERVFAIL'],
      ['refused.example', 'TXT', 'EREFUSED'],
      ['timeout.example', 'TXT', 'ETIMEOUT'],
    ];
    for (const [name, type, code] of cases) {
      const error = await rejection(resolve(name, type));
      expect(error.code, name).toBe(code);
      expect(error.message).toContain(name);
      expect(error.answer?.name).toBe(name);
    }
  });

  it('asks the source with the name normalised and the type upper-case', async () => {
    const asked: string[] = [];
    const source: DnsSource = {
      label: 'spy',
      async lookup(name, type): Promise<DnsAnswer> {
        asked.push(`${type} ${name}`);
        return { name, type, rcode: 'NOERROR', records: ['192.0.2.1'], ttl: 60, cnames: [] };
      },
    };
    await resolverFrom(source)(' Mail.Example.COM. ', 'a');
    expect(asked).toEqual(['A mail.example.com']);
  });
});

describe('normalizeName', () => {
  it('lower-cases and drops one root dot (RFC 4343)', () => {
    expect(normalizeName('Example.COM.')).toBe('example.com');
    expect(normalizeName('.')).toBe('');
  });

  it('keeps an escaped final dot, which is part of the last label, so that a second pass changes nothing', () => {
    expect(normalizeName('A\\.')).toBe('a\\.');
    expect(normalizeName(normalizeName('A\\.'))).toBe('a\\.');
    // An escaped backslash before the dot: the dot is the root.
    expect(normalizeName('a\\\\.')).toBe('a\\\\');
  });
});
