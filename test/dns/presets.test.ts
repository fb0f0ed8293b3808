import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FetchFunction } from '../../src/dns/doh.ts';
import { CustomDohUrlError, DOH_PRESETS, parseCustomDohUrl } from '../../src/dns/presets.ts';
import { createPresetSource } from '../../src/dns/preset-source.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { DOH_ZONE } from './doh-cases.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: DOH_ZONE });
});
afterAll(() => server.close());

describe('DOH_PRESETS', () => {
  it('names the public endpoints and how each JSON API writes TXT', () => {
    expect(DOH_PRESETS.cloudflare).toMatchObject({
      wireUrl: 'https://cloudflare-dns.com/dns-query',
      jsonUrl: 'https://cloudflare-dns.com/dns-query',
      jsonTxt: 'quoted',
    });
    expect(DOH_PRESETS.google).toMatchObject({ wireUrl: 'https://dns.google/dns-query', jsonUrl: 'https://dns.google/resolve', jsonTxt: 'plain' });
    expect(DOH_PRESETS.quad9).toMatchObject({
      wireUrl: 'https://dns.quad9.net/dns-query',
      jsonUrl: 'https://dns.quad9.net:5053/dns-query',
      jsonTxt: 'auto',
    });
  });
});

describe('createPresetSource', () => {
  it('asks the preset endpoint in the chosen format, labelled by preset', async () => {
    const asked: string[] = [];
    // Only the URL is recorded; the request itself goes to the local server.
    const redirect: FetchFunction = (url, init) => {
      asked.push(url);
      const local = new URL(url);
      return fetch(`${local.pathname === '/resolve' ? server.jsonUrl : server.url}${local.search}`, init);
    };
    const google = createPresetSource({ preset: 'google', format: 'json' }, redirect);
    expect(google.label).toBe('google (json)');
    expect((await google.lookup('example.com', 'TXT')).records).toEqual([['v=spf1 ip4:192.0.2.0/24 -all'], ['v=DKIM1; p=two-strings']]);
    const cloudflare = createPresetSource({ preset: 'cloudflare', format: 'json' }, redirect);
    expect((await cloudflare.lookup('example.com', 'TXT')).records).toEqual([['v=spf1 ip4:192.0.2.0/24 -all'], ['v=DKIM1; ', 'p=two-strings']]);
    const quad9 = createPresetSource({ preset: 'quad9', format: 'wire' }, redirect);
    expect(quad9.label).toBe('quad9 (wire)');
    expect((await quad9.lookup('example.com', 'A')).records).toEqual(['192.0.2.10', '192.0.2.11']);
    expect(asked.map((url) => url.split('?')[0])).toEqual([
      'https://dns.google/resolve',
      'https://cloudflare-dns.com/dns-query',
      'https://dns.quad9.net/dns-query',
    ]);
  });

  it('uses a custom endpoint', async () => {
    const source = createPresetSource({ preset: 'custom', url: server.url, format: 'wire' }, fetch, 1000);
    expect(source.label).toBe(`127.0.0.1:${server.port} (wire)`);
    expect((await source.lookup('example.com', 'MX')).rcode).toBe('NOERROR');
  });
});

describe('parseCustomDohUrl', () => {
  it('takes HTTPS anywhere and plain HTTP on this machine only (RFC 8484 §5)', () => {
    expect(parseCustomDohUrl(' https://doh.example/dns-query ')).toBe('https://doh.example/dns-query');
    expect(parseCustomDohUrl('http://127.0.0.1:8053/dns-query')).toBe('http://127.0.0.1:8053/dns-query');
    expect(parseCustomDohUrl('http://localhost/q')).toBe('http://localhost/q');
    expect(parseCustomDohUrl('http://[::1]/q')).toBe('http://[::1]/q');
    expect(() => parseCustomDohUrl('http://doh.example/dns-query')).toThrow(CustomDohUrlError);
    expect(() => parseCustomDohUrl('ftp://doh.example/')).toThrow(/https/);
    expect(() => parseCustomDohUrl('doh.example')).toThrow(/not a URL/);
  });
});
