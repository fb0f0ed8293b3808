// The `node:dns` stand-in: every lookup fails as a server failure, so a
// mailauth call that was not given a resolver reports a temporary error.
import { describe, expect, it } from 'vitest';
import dnsDefault, * as dns from '../../../src/worker/shims/dns.ts';

const SERVFAIL = expect.objectContaining({ code: 'ESERVFAIL' });

describe('dns', () => {
  it('rejects every promise lookup with ESERVFAIL and a message saying no resolver was passed', async () => {
    const lookups = ['resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse', 'lookup', 'lookupService'] as const;
    for (const name of lookups) {
      await expect(dns.promises[name]('example.com'), name).rejects.toEqual(SERVFAIL);
    }
    await expect(dns.promises.resolve('sel._domainkey.example.com', 'TXT')).rejects.toThrow(/^queryTxt ESERVFAIL sel\._domainkey\.example\.com \(no DNS resolver was passed/);
    await expect(dns.promises.resolve('example.com', 'TXT')).rejects.toMatchObject({ syscall: 'queryTxt', hostname: 'example.com' });
  });

  it('has the shapes mailauth takes: require("node:dns").promises.resolve and dns.promises.resolve', async () => {
    // lib/tools.js and lib/dmarc: require('node:dns').promises; lib/spf: dns.promises.resolve
    await expect(dnsDefault.promises.resolve('example.com', 'MX')).rejects.toEqual(SERVFAIL);
    await expect(new dns.promises.Resolver().resolveTxt('example.com')).rejects.toEqual(SERVFAIL);
  });

  it('calls back with the error asynchronously in the callback forms', async () => {
    let sync = true;
    const error = await new Promise<Error>((resolve) => {
      dns.resolve('example.com', 'TXT', (failure: Error) => resolve(failure));
      sync = false;
    });
    expect(sync).toBe(false);
    expect(error).toEqual(SERVFAIL);
    const viaClass = await new Promise<Error>((resolve) => new dns.Resolver().resolve4('example.com', resolve));
    expect(viaClass).toEqual(SERVFAIL);
    expect(() => dns.resolveTxt('example.com')).toThrow(TypeError);
  });
});
