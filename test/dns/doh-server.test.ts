// The local DoH server of test/support, checked with dns-packet as the
// client (not src/dns), so that the DoH tests do not rest on one codec.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packet from 'dns-packet';
import { quoteCharacterString, splitCharacterStrings, startDohServer, type DohServer } from '../support/doh-server.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({
    zone: {
      records: {
        'example.com': { TXT: ['v=spf1 -all'], A: ['192.0.2.1'] },
        'www.example.com': { CNAME: 'example.com' },
        'refused.example': { error: 'REFUSED' },
        'slow.example': { error: 'TIMEOUT' },
      },
    },
  });
});
afterAll(() => server.close());

// dns-packet decodes the rcode too, though its typings do not say so.
type Decoded = packet.DecodedPacket & { rcode: string };

const query = (name: string, type: packet.RecordType, id = 4660) =>
  packet.encode({ type: 'query', id, flags: packet.RECURSION_DESIRED, questions: [{ name, type, class: 'IN' }] });

async function askWire(name: string, type: packet.RecordType, method: 'GET' | 'POST' = 'GET') {
  const bytes = query(name, type);
  const response =
    method === 'GET'
      ? await fetch(`${server.url}?dns=${bytes.toString('base64url')}`)
      : await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/dns-message' }, body: new Uint8Array(bytes) });
  return { response, message: packet.decode(Buffer.from(await response.arrayBuffer())) as Decoded };
}

describe('startDohServer', () => {
  it('listens on 127.0.0.1 at a free port and names its endpoints', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/dns-query`);
    expect(server.jsonUrl).toBe(`http://127.0.0.1:${server.port}/resolve`);
  });

  it('answers RFC 8484 GET and POST with real DNS messages, echoing id and question', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const { response, message } = await askWire('www.example.com', 'A', method);
      expect(response.headers.get('content-type')).toBe('application/dns-message');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      expect(message).toMatchObject({ id: 4660, type: 'response', rcode: 'NOERROR', flag_rd: true, flag_ra: true });
      expect(message.questions).toEqual([{ name: 'www.example.com', type: 'A', class: 'IN' }]);
      expect(message.answers?.map((rr) => [rr.name, rr.type, (rr as { data: unknown }).data])).toEqual([
        ['www.example.com', 'CNAME', 'example.com'],
        ['example.com', 'A', '192.0.2.1'],
      ]);
    }
  });

  it('gives the rcodes 3 and 5', async () => {
    expect((await askWire('absent.example', 'A')).message.rcode).toBe('NXDOMAIN');
    expect((await askWire('refused.example', 'TXT')).message.rcode).toBe('REFUSED');
  });

  it('answers the JSON forms: Google bare, Cloudflare quoted', async () => {
    const google = await (await fetch(`${server.jsonUrl}?name=example.com&type=TXT`)).json();
    expect(google).toMatchObject({ Status: 0, Question: [{ name: 'example.com.', type: 16 }], Answer: [{ name: 'example.com.', type: 16, TTL: 300, data: 'v=spf1 -all' }] });
    const cloudflare = await (await fetch(`${server.url}?name=example.com&type=16`, { headers: { accept: 'application/dns-json' } })).json();
    expect(cloudflare).toMatchObject({ Status: 0, Answer: [{ data: '"v=spf1 -all"' }] });
    const absent = await (await fetch(`${server.jsonUrl}?name=absent.example&type=A`)).json();
    // The zone does not say whether the answer was authenticated, so neither does the server.
    expect(absent).toEqual({ Status: 3, TC: false, RD: true, RA: true, CD: false, Question: [{ name: 'absent.example.', type: 1 }] });
  });

  it('refuses what Cloudflare refuses: /dns-query without dns= and without the JSON accept', async () => {
    expect((await fetch(`${server.url}?name=example.com&type=A`)).status).toBe(400);
    expect((await fetch(`${server.url}?dns=AAAA`)).status).toBe(400);
    expect((await fetch(`${server.jsonUrl}?name=example.com&type=BOGUS`)).status).toBe(400);
    expect((await fetch(server.url.replace('dns-query', 'other'))).status).toBe(404);
  });

  it('answers a CORS preflight, though a GET with only accept needs none', async () => {
    const response = await fetch(server.url, { method: 'OPTIONS' });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('holds a TIMEOUT question until the client goes away', async () => {
    const controller = new AbortController();
    const pending = fetch(`${server.url}?dns=${query('slow.example', 'A').toString('base64url')}`, { signal: controller.signal });
    await server.waitForRequest((request) => request.name === 'slow.example' && request.format === 'wire');
    controller.abort();
    await expect(pending).rejects.toThrow();
    const logged = await server.waitForRequest((request) => request.name === 'slow.example' && request.aborted);
    expect(logged).toMatchObject({ method: 'GET', path: '/dns-query', type: 'A' });
  });

  it('logs every request and serves a replaced zone', async () => {
    const before = server.requests.length;
    server.setZone({ records: { 'new.example': { A: ['198.51.100.1'] } } });
    const { message } = await askWire('new.example', 'A');
    expect(message.answers?.[0]).toMatchObject({ data: '198.51.100.1' });
    expect((await askWire('example.com', 'A')).message.rcode).toBe('NXDOMAIN');
    expect(server.requests.slice(before)).toEqual([
      { method: 'GET', path: '/dns-query', format: 'wire', name: 'new.example', type: 'A', accept: '*/*', aborted: false },
      { method: 'GET', path: '/dns-query', format: 'wire', name: 'example.com', type: 'A', accept: '*/*', aborted: false },
    ]);
  });
});

describe('character-strings', () => {
  it('splits text over 255 octets between characters', () => {
    expect(splitCharacterStrings('x'.repeat(600)).map((part) => part.length)).toEqual([255, 255, 90]);
    expect(splitCharacterStrings(`${'x'.repeat(254)}ü`).map((part) => part.length)).toEqual([254, 2]);
    expect(splitCharacterStrings('').map((part) => part.length)).toEqual([0]);
  });

  it('quotes as RFC 1035 §5.1 and Cloudflare do', () => {
    expect(quoteCharacterString(Buffer.from('say "hi" \\ ü'))).toBe('"say \\"hi\\" \\\\ \\195\\188"');
  });
});
