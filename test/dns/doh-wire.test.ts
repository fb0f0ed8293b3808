import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packet from 'dns-packet';
import { createDohSource } from '../../src/dns/doh.ts';
import { answerFromWire, base64url, wireRequestUrl } from '../../src/dns/doh-wire.ts';
import { MalformedMessageError } from '../../src/dns/dns-name.ts';
import { startDohServer, type DohServer } from '../support/doh-server.ts';
import { DOH_CASES, DOH_ZONE, TXT_CASES } from './doh-cases.ts';

let server: DohServer;
beforeAll(async () => {
  server = await startDohServer({ zone: DOH_ZONE, ttl: (owner) => (owner === 'cdn.example.net' ? 30 : 300) });
});
afterAll(() => server.close());

describe('DoH wire format (RFC 8484) against the local server', () => {
  it.each([...DOH_CASES, ...TXT_CASES])('$type $name', async ({ name, type, expect: expected }) => {
    const source = createDohSource({ url: server.url, format: 'wire', fetch });
    const answer = await source.lookup(name, type);
    expect(answer).toMatchObject(expected);
    const request = server.requests.at(-1);
    expect(request).toMatchObject({ method: 'GET', path: '/dns-query', format: 'wire', accept: 'application/dns-message' });
    expect(request?.name?.toLowerCase()).toBe(answer.name);
  });

  it('takes the lowest TTL of the answer, CNAME links included', async () => {
    const source = createDohSource({ url: server.url, format: 'wire', fetch });
    expect((await source.lookup('www.example.com', 'A')).ttl).toBe(30);
    expect((await source.lookup('example.com', 'A')).ttl).toBe(300);
  });

  it('is labelled with the host and the format', () => {
    expect(createDohSource({ url: server.url, format: 'wire', fetch }).label).toBe(`127.0.0.1:${server.port} (wire)`);
    expect(createDohSource({ url: server.url, format: 'wire', fetch, label: 'mine' }).label).toBe('mine');
  });
});

describe('wireRequestUrl', () => {
  it('puts the query in ?dns= as base64url without padding (RFC 8484 §4.1)', () => {
    const url = new URL(wireRequestUrl('https://dns.example/dns-query?x=1', 'example.com', 'A'));
    expect(url.searchParams.get('x')).toBe('1');
    const dns = url.searchParams.get('dns') ?? '';
    expect(dns).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(packet.decode(Buffer.from(dns, 'base64url')).questions).toEqual([{ name: 'example.com', type: 'A', class: 'IN' }]);
  });

  it('base64url matches RFC 4648 §10 without padding', () => {
    const vectors: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [input, output] of vectors) expect(base64url(new TextEncoder().encode(input))).toBe(output);
    expect(base64url(Uint8Array.from([0xfb, 0xff, 0xfe]))).toBe('-__-');
  });
});

describe('answerFromWire', () => {
  const question = { name: 'example.com', type: 'A' };
  const encode = (overrides: Partial<packet.Packet>) =>
    packet.encode({ type: 'response', id: 0, flags: 0, questions: [{ name: 'example.com', type: 'A', class: 'IN' }], answers: [], ...overrides });

  it('refuses a message that does not answer the question', () => {
    expect(() => answerFromWire(encode({ type: 'query' }), question)).toThrow(/query, not a response/);
    expect(() => answerFromWire(encode({ id: 7 }), question)).toThrow(/id 7/);
    expect(() => answerFromWire(encode({ questions: [{ name: 'other.example', type: 'A', class: 'IN' }] }), question)).toThrow(MalformedMessageError);
    expect(() => answerFromWire(encode({ questions: [{ name: 'example.com', type: 'TXT', class: 'IN' }] }), question)).toThrow(/type 16/);
    // Case does not matter (RFC 4343), nor a missing question section.
    expect(answerFromWire(encode({ questions: [{ name: 'EXAMPLE.COM', type: 'A', class: 'IN' }] }), question).rcode).toBe('NOERROR');
    expect(answerFromWire(encode({ questions: [] }), question).rcode).toBe('NOERROR');
  });

  it('treats a truncated answer as a temporary failure', () => {
    const answer = answerFromWire(
      encode({ flags: packet.TRUNCATED_RESPONSE, answers: [{ name: 'example.com', type: 'A', ttl: 1, data: '192.0.2.1' }] }),
      question,
    );
    expect(answer).toMatchObject({ rcode: 'SERVFAIL', records: [], error: /truncated/ });
  });

  it('keeps an rcode it does not map as SERVFAIL with the reason', () => {
    expect(answerFromWire(encode({ flags: 4 }), question)).toMatchObject({ rcode: 'SERVFAIL', error: /rcode 4 \(NOTIMP\)/ });
  });
});
