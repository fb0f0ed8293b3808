import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohResolver, createOfflineResolver, createZoneResolver } from '../../src/dns/create-resolver.ts';
import { CustomDohUrlError, DEFAULT_DOH_PRESET, DOH_PRESETS } from '../../src/dns/presets.ts';
import { ZoneFileError } from '../../src/dns/zone.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { DOH_ZONE } from './doh-cases.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: DOH_ZONE });
});
afterAll(() => server.close());

const SPF_AND_KEY = [['v=spf1 ip4:192.0.2.0/24 -all'], ['v=DKIM1; ', 'p=two-strings']];

describe('createDohResolver', () => {
  it('asks an endpoint in wire form with the global fetch, and asks a question once', async () => {
    const resolver = createDohResolver({ resolver: server.url });
    const before = server.requests.length;
    expect(await resolver('example.com', 'TXT')).toEqual(SPF_AND_KEY);
    expect(await resolver('EXAMPLE.com.', 'txt')).toEqual(SPF_AND_KEY);
    expect(server.requests.slice(before).map((request) => request.format)).toEqual(['wire']);
  });

  it('speaks JSON when asked to', async () => {
    const resolver = createDohResolver({ resolver: server.url, format: 'json' });
    const before = server.requests.length;
    expect(await resolver('example.com', 'TXT')).toEqual(SPF_AND_KEY);
    expect(server.requests[before]?.format).toMatch(/^json/);
  });

  it('uses the shared default preset when none is named', async () => {
    const asked: string[] = [];
    const resolver = createDohResolver({
      fetch: (url, init) => {
        asked.push(url);
        return fetch(`${server.url}${new URL(url).search}`, init);
      },
    });
    await resolver('example.com', 'TXT');
    expect(asked[0]).toMatch(new RegExp(`^${DOH_PRESETS[DEFAULT_DOH_PRESET].wireUrl}\\?dns=`));
  });

  it('refuses an endpoint that is neither https:// nor http:// on this machine', () => {
    expect(() => createDohResolver({ resolver: 'ftp://dns.example/' })).toThrow(CustomDohUrlError);
    expect(() => createDohResolver({ resolver: 'http://dns.example/dns-query' })).toThrow(CustomDohUrlError);
    expect(() => createDohResolver({ resolver: 'not a url' })).toThrow(CustomDohUrlError);
  });

  it('rejects as Node does for a name that does not exist', async () => {
    await expect(createDohResolver({ resolver: server.url })('absent.example.com', 'A')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });
});

describe('createZoneResolver', () => {
  it('answers from a zone.json and checks it first', async () => {
    const resolver = createZoneResolver({ records: { 'mail.example.org': { A: ['192.0.2.7'] } } });
    expect(await resolver('Mail.Example.org', 'A')).toEqual(['192.0.2.7']);
    await expect(resolver('mail.example.org', 'MX')).rejects.toMatchObject({ code: 'ENODATA' });
    expect(() => createZoneResolver({ records: [] })).toThrow(ZoneFileError);
  });
});

describe('createOfflineResolver', () => {
  it('makes every lookup a temporary error', async () => {
    await expect(createOfflineResolver()('example.com', 'TXT')).rejects.toMatchObject({ code: 'ETIMEOUT' });
  });
});
