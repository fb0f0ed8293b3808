import { describe, expect, it } from 'vitest';
import { createOfflineSource, OFFLINE_NOTE } from '../../src/dns/offline.ts';
import { DnsError, resolverFrom } from '../../src/dns/resolver.ts';

describe('createOfflineSource', () => {
  it('answers every lookup with TIMEOUT, the note "offline" and the failure offline', async () => {
    const source = createOfflineSource();
    expect(source.label).toBe('offline');
    expect(await source.lookup('Example.com.', 'txt')).toEqual({
      name: 'example.com',
      type: 'TXT',
      rcode: 'TIMEOUT',
      records: [],
      ttl: null,
      cnames: [],
      error: OFFLINE_NOTE,
      failure: 'offline',
    });
    expect(OFFLINE_NOTE).toBe('offline');
  });

  it('shows as a temporary error to mailauth, not as "no record"', async () => {
    const error = await resolverFrom(createOfflineSource())('example.com', 'TXT').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DnsError);
    expect((error as DnsError).code).toBe('ETIMEOUT');
    expect((error as DnsError).message).toBe('TXT example.com: TIMEOUT');
    expect((error as DnsError).answer?.error).toBe('offline');
  });
});
