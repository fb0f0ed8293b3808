import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDohSource } from '../../src/dns/doh.ts';
import { answerFromJson, jsonRequestUrl } from '../../src/dns/doh-json.ts';
import { MalformedMessageError } from '../../src/dns/dns-name.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { DOH_CASES, DOH_ZONE, LONG_KEY, TXT_CASES } from './doh-cases.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: DOH_ZONE });
});
afterAll(() => server.close());

describe('Google-style JSON (/resolve, TXT bare) against the local server', () => {
  it.each(DOH_CASES)('$type $name', async ({ name, type, expect: expected }) => {
    const source = createDohSource({ url: server.jsonUrl, format: 'json', fetch, jsonTxt: 'plain' });
    expect(await source.lookup(name, type)).toMatchObject(expected);
    expect(server.requests.at(-1)).toMatchObject({ path: '/resolve', format: 'json', accept: 'application/dns-json' });
  });

  it('gives each TXT record as one string: Google joins the character-strings', async () => {
    const source = createDohSource({ url: server.jsonUrl, format: 'json', fetch, jsonTxt: 'plain' });
    expect((await source.lookup('example.com', 'TXT')).records).toEqual([['v=spf1 ip4:192.0.2.0/24 -all'], ['v=DKIM1; p=two-strings']]);
    expect((await source.lookup('long._domainkey.example.com', 'TXT')).records).toEqual([[LONG_KEY]]);
    expect((await source.lookup('quotes.example', 'TXT')).records).toEqual([['say "hi" \\ back; ünï']]);
  });
});

describe('Cloudflare-style JSON (/dns-query, TXT quoted) against the local server', () => {
  it.each([...DOH_CASES, ...TXT_CASES])('$type $name', async ({ name, type, expect: expected }) => {
    const source = createDohSource({ url: server.url, format: 'json', fetch, jsonTxt: 'quoted' });
    expect(await source.lookup(name, type)).toMatchObject(expected);
    expect(server.requests.at(-1)).toMatchObject({ path: '/dns-query', format: 'json-quoted' });
  });

  it('reads the quoted form with the style left to auto', async () => {
    const source = createDohSource({ url: server.url, format: 'json', fetch });
    expect((await source.lookup('quotes.example', 'TXT')).records).toEqual([['say "hi" \\ back; ünï']]);
  });
});

describe('answerFromJson', () => {
  const question = { name: 'example.com', type: 'TXT' };
  const body = (data: string, extra: object = {}) =>
    JSON.stringify({ Status: 0, TC: false, Question: [{ name: 'example.com.', type: 16 }], Answer: [{ name: 'example.com.', type: 16, TTL: 42, data }], ...extra });

  it('reads Cloudflare TXT data: several quoted strings with \\" \\\\ and \\DDD escapes', () => {
    const data = '"v=DKIM1; k=rsa; " "p=AB\\"C\\\\D" "caf\\195\\169\\059"';
    expect(answerFromJson(body(data), question, 'quoted')).toEqual({
      name: 'example.com',
      type: 'TXT',
      rcode: 'NOERROR',
      records: [['v=DKIM1; k=rsa; ', 'p=AB"C\\D', 'café;']],
      ttl: 42,
      cnames: [],
    });
  });

  it('takes Google TXT data as it is, quotes included', () => {
    expect(answerFromJson(body('"v=spf1 -all"'), question, 'plain').records).toEqual([['"v=spf1 -all"']]);
    expect(answerFromJson(body('v=spf1 -all'), question, 'plain').records).toEqual([['v=spf1 -all']]);
  });

  it('in auto style reads wholly quoted data as quoted and anything else as bare', () => {
    expect(answerFromJson(body('"a" "b"'), question, 'auto').records).toEqual([['a', 'b']]);
    expect(answerFromJson(body('v=spf1 include:"x" -all'), question, 'auto').records).toEqual([['v=spf1 include:"x" -all']]);
  });

  it('refuses unquoted data from a server said to quote', () => {
    expect(() => answerFromJson(body('v=spf1 -all'), question, 'quoted')).toThrow(/not quoted/);
  });

  it('maps Status 3, 2 and 5 and keeps others as SERVFAIL with the reason', () => {
    const status = (Status: number) => answerFromJson(JSON.stringify({ Status }), question, 'plain');
    expect(status(3).rcode).toBe('NXDOMAIN');
    expect(status(2).rcode).toBe('SERVFAIL');
    expect(status(5).rcode).toBe('REFUSED');
    expect(status(4)).toMatchObject({ rcode: 'SERVFAIL', error: /NOTIMP/ });
    expect(status(0)).toMatchObject({ rcode: 'NOERROR', records: [] });
  });

  it('reads the other types from their presentation form', () => {
    const one = (type: number, data: string, asked: string) =>
      answerFromJson(JSON.stringify({ Status: 0, Answer: [{ name: 'example.com.', type, TTL: 5, data }] }), { name: 'example.com', type: asked }, 'plain').records;
    expect(one(15, '10 mx.example.com.', 'MX')).toEqual([{ priority: 10, exchange: 'mx.example.com' }]);
    expect(one(28, '2001:0db8:0:0::1', 'AAAA')).toEqual(['2001:db8::1']);
    expect(one(1, '192.0.2.1', 'A')).toEqual(['192.0.2.1']);
    expect(one(12, 'host.example.', 'PTR')).toEqual(['host.example']);
    expect(one(2, 'ns.example.', 'NS')).toEqual(['ns.example']);
  });

  it('treats a truncated answer as a temporary failure', () => {
    expect(answerFromJson(body('"x"', { TC: true }), question, 'quoted')).toMatchObject({ rcode: 'SERVFAIL', error: /truncated/ });
  });

  it('refuses bodies of another shape', () => {
    const cases: [string, RegExp][] = [
      ['<html>', /not JSON/],
      ['[]', /Status/],
      ['{"Status":"0"}', /Status/],
      ['{"Status":0,"Answer":{}}', /not a list/],
      ['{"Status":0,"Answer":[{"name":"example.com.","type":16,"TTL":1}]}', /Answer\[0\]/],
      ['{"Status":0,"Answer":[{"name":"example.com.","type":1,"TTL":1,"data":"999.1.1.1"}]}', /IPv4/],
      ['{"Status":0,"Answer":[{"name":"example.com.","type":28,"TTL":1,"data":"1.2.3.4"}]}', /IPv6/],
      ['{"Status":0,"Answer":[{"name":"example.com.","type":15,"TTL":1,"data":"mx.example."}]}', /priority/],
      ['{"Status":0,"Question":[{"name":"other.example.","type":16}]}', /answers "other.example."/],
      ['{"Status":0,"Question":[{"name":"example.com.","type":1}]}', /type 1/],
    ];
    for (const [text, message] of cases) {
      expect(() => answerFromJson(text, question, 'auto'), text).toThrow(MalformedMessageError);
      expect(() => answerFromJson(text, question, 'auto'), text).toThrow(message);
    }
  });
});

describe('jsonRequestUrl', () => {
  it('asks with name= and the type mnemonic', () => {
    const url = new URL(jsonRequestUrl('https://dns.google/resolve', '_dmarc.example.com', 'TXT'));
    expect(url.searchParams.get('name')).toBe('_dmarc.example.com');
    expect(url.searchParams.get('type')).toBe('TXT');
  });
});
