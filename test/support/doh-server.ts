// A local DNS-over-HTTPS server for tests: it serves a zone.json through
// createZoneSource (the FORMAT.md rules) in the three forms Mail Lab speaks:
//   /dns-query?dns=…  and POST /dns-query    RFC 8484 wire format
//   /dns-query?name=…&type=…  (accept: application/dns-json)
//                                            Cloudflare's JSON, TXT quoted
//   /resolve?name=…&type=…                   Google's JSON, TXT bare
// Wire answers are built by dns-packet, an implementation independent of
// src/dns's codec. A TIMEOUT entry is never answered: the request is held
// until the client gives up. Every request is logged for assertions.
// A zone entry's `AD` is the resolver's word on DNSSEC: the wire answer
// carries the AD bit only to a query that set AD or DO (RFC 6840 §5.7), the
// JSON answer "AD" (left out where the zone does not say).
// A mode other than `zone` makes the server fail every DNS question in one
// way (REFUSED, SERVFAIL, HTTP 429, 403, 500, 503 with Retry-After, a body
// that is no answer, or no answer at all): resolver failures, told apart.

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import packet, { type Answer, type DecodedPacket } from 'dns-packet';
import { createZoneSource } from '../../src/dns/zone.ts';
import type { DnsAnswer, DnsSource } from '../../src/dns/resolver.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';

export type DohRequestFormat = 'wire' | 'json' | 'json-quoted' | 'other';

export interface DohRequestLog {
  method: string;
  path: string;
  format: DohRequestFormat;
  /** The asked name as sent, for DNS requests. */
  name: string | null;
  type: string | null;
  accept: string | null;
  /** Set when the answer was held (TIMEOUT) and the client went away. */
  aborted: boolean;
}

export type DohServerMode = 'zone' | 'refused' | 'servfail' | 'rate-limited' | 'overloaded' | 'forbidden' | 'http-error' | 'garbage' | 'hold';

/** The HTTP failures of each mode: status, headers and body. */
const HTTP_FAILURES: Partial<Record<DohServerMode, { status: number; headers: http.OutgoingHttpHeaders; body: string }>> = {
  'rate-limited': { status: 429, headers: { 'retry-after': '30' }, body: 'too many requests' },
  overloaded: { status: 503, headers: { 'retry-after': '120' }, body: 'come back later' },
  forbidden: { status: 403, headers: {}, body: 'forbidden' },
  'http-error': { status: 500, headers: {}, body: 'internal error' },
  garbage: { status: 200, headers: { 'content-type': 'text/html' }, body: '<html>captive portal</html>' },
};

export interface DohServerOptions {
  zone?: ZoneFile;
  /** How every DNS question is answered; `zone` (the default) answers from the zone. */
  mode?: DohServerMode;
  port?: number;
  /** TTL of each record owner and type; 300 by default. */
  ttl?: (owner: string, type: string) => number;
  /** Milliseconds each DNS answer waits before it is sent, as a distant resolver would (npm run bench); none by default. */
  delayMs?: number;
}

export interface DohServer {
  /** The RFC 8484 endpoint; with `accept: application/dns-json` also Cloudflare-style JSON. */
  url: string;
  /** Google-style JSON endpoint. */
  jsonUrl: string;
  port: number;
  setZone(zone: ZoneFile): void;
  setMode(mode: DohServerMode): void;
  /** Every request so far, in arrival order. */
  requests: DohRequestLog[];
  /** Resolves once a logged request matches (now or later): lets tests wait on events, not sleep. */
  waitForRequest(match: (request: DohRequestLog) => boolean): Promise<DohRequestLog>;
  close(): Promise<void>;
}

const TYPE_CODES: Record<string, number> = { A: 1, NS: 2, CNAME: 5, PTR: 12, MX: 15, TXT: 16, AAAA: 28, TLSA: 52, SPF: 99 };
const RCODES: Record<string, number> = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3, REFUSED: 5 };
const CORS = { 'access-control-allow-origin': '*' };

export async function startDohServer(options: DohServerOptions = {}): Promise<DohServer> {
  let source: DnsSource = createZoneSource(options.zone ?? { records: {} });
  let mode: DohServerMode = options.mode ?? 'zone';
  /** The answer of the mode to a question; the zone's answer in mode `zone`. */
  const answerOf = async (name: string, type: string): Promise<DnsAnswer> => {
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (mode === 'refused' || mode === 'servfail') return { name, type, rcode: mode === 'refused' ? 'REFUSED' : 'SERVFAIL', records: [], ttl: null, cnames: [] };
    if (mode === 'hold') return { name, type, rcode: 'TIMEOUT', records: [], ttl: null, cnames: [] };
    return source.lookup(name, type);
  };
  /** Answers with the mode's HTTP failure, if it has one. */
  const httpFailure = (res: http.ServerResponse): boolean => {
    const failure = HTTP_FAILURES[mode];
    if (!failure) return false;
    res.writeHead(failure.status, { ...CORS, ...failure.headers }).end(failure.body);
    return true;
  };
  const ttlOf = options.ttl ?? (() => 300);
  const requests: DohRequestLog[] = [];
  const waiters = new Set<() => void>();
  const held = new Set<http.ServerResponse>();
  const notify = () => waiters.forEach((check) => check());

  const server = http.createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => {
      res.writeHead(500, CORS).end(String(error));
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const accept = req.headers.accept ?? null;
    const log: DohRequestLog = { method: req.method ?? '', path: url.pathname, format: 'other', name: null, type: null, accept, aborted: false };
    requests.push(log);
    if (req.method === 'OPTIONS') {
      notify();
      res.writeHead(204, { ...CORS, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': 'accept, content-type' }).end();
      return;
    }
    const isDnsQuery = url.pathname === '/dns-query';
    if (isDnsQuery && (url.searchParams.has('dns') || req.method === 'POST')) {
      log.format = 'wire';
      const query = req.method === 'POST' ? await readBody(req) : Buffer.from(url.searchParams.get('dns') ?? '', 'base64url');
      let decoded: DecodedPacket;
      try {
        decoded = packet.decode(query);
      } catch {
        return void badRequest(res, 'malformed DNS query');
      }
      const question = decoded.questions?.[0];
      log.name = question?.name ?? null;
      log.type = question?.type ?? null;
      notify();
      if (!question) return void badRequest(res, 'no question');
      if (httpFailure(res)) return;
      const answer = await answerOf(question.name, question.type);
      if (answer.rcode === 'TIMEOUT') return hold(res, log);
      res.writeHead(200, { ...CORS, 'content-type': 'application/dns-message' }).end(wireAnswer(decoded, answer, ttlOf));
      return;
    }
    const cloudflare = isDnsQuery && (accept ?? '').includes('application/dns-json');
    if ((cloudflare || url.pathname === '/resolve') && req.method === 'GET') {
      log.format = cloudflare ? 'json-quoted' : 'json';
      log.name = url.searchParams.get('name');
      log.type = typeName(url.searchParams.get('type') ?? 'A');
      notify();
      if (log.name === null || log.type === null) return void badRequest(res, 'bad name or type');
      if (httpFailure(res)) return;
      const answer = await answerOf(log.name, log.type);
      if (answer.rcode === 'TIMEOUT') return hold(res, log);
      const body = JSON.stringify(jsonAnswer(log.name, log.type, answer, ttlOf, cloudflare));
      res.writeHead(200, { ...CORS, 'content-type': cloudflare ? 'application/dns-json' : 'application/json; charset=UTF-8' }).end(body);
      return;
    }
    notify();
    // Cloudflare answers 400 to a /dns-query without `dns` that did not ask for JSON.
    res.writeHead(isDnsQuery ? 400 : 404, CORS).end(isDnsQuery ? 'no dns parameter' : 'not found');
  }

  function hold(res: http.ServerResponse, log: DohRequestLog): void {
    held.add(res);
    res.on('close', () => {
      held.delete(res);
      log.aborted = true;
      notify();
    });
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/dns-query`,
    jsonUrl: `${base}/resolve`,
    port,
    setZone(zone) {
      source = createZoneSource(zone);
    },
    setMode(next) {
      mode = next;
    },
    requests,
    waitForRequest(match) {
      return new Promise((resolve) => {
        const check = () => {
          const found = requests.find(match);
          if (found) {
            waiters.delete(check);
            resolve(found);
          }
        };
        waiters.add(check);
        check();
      });
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

function badRequest(res: http.ServerResponse, why: string): void {
  res.writeHead(400, CORS).end(why);
}

/** A POST body, at most one DNS message (RFC 1035 §4.2.2: 65535 octets). */
async function readBody(req: http.IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of req) {
    length += (chunk as Buffer).length;
    if (length > 65535) throw new Error('body too long');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function typeName(param: string): string | null {
  if (/^\d+$/.test(param)) return Object.keys(TYPE_CODES).find((name) => TYPE_CODES[name] === Number(param)) ?? null;
  return Object.hasOwn(TYPE_CODES, param.toUpperCase()) ? param.toUpperCase() : null;
}

/**
 * The chain links (owner → target), then the records at its end: the
 * answer section a recursive resolver gives, for every rcode (RFC 6604 §3).
 */
function sectionOf(answer: DnsAnswer): { owner: string; type: string; data: unknown }[] {
  const owners = [answer.name, ...answer.cnames];
  const section: { owner: string; type: string; data: unknown }[] = [];
  for (let i = 0; i < answer.cnames.length; i++) section.push({ owner: owners[i]!, type: 'CNAME', data: owners[i + 1] });
  const last = owners[owners.length - 1]!;
  for (const record of answer.records) section.push({ owner: last, type: answer.type, data: record });
  return section;
}

/** A zone string longer than 255 octets goes out as several character-strings (RFC 1035 §3.3), split between characters. */
export function splitCharacterStrings(text: string): Buffer[] {
  const parts: Buffer[] = [];
  let current = '';
  for (const char of text) {
    if (Buffer.byteLength(current + char) > 255) {
      parts.push(Buffer.from(current));
      current = '';
    }
    current += char;
  }
  if (current !== '' || parts.length === 0) parts.push(Buffer.from(current));
  return parts;
}

function txtStrings(record: unknown): Buffer[] {
  return (record as string[]).flatMap(splitCharacterStrings);
}

function wireAnswer(query: DecodedPacket, answer: DnsAnswer, ttlOf: (owner: string, type: string) => number): Buffer {
  const answers = sectionOf(answer).map(({ owner, type, data }) => {
    const rr = { name: owner, type, class: 'IN', ttl: ttlOf(owner, type) };
    if (type === 'TXT') return { ...rr, data: txtStrings(data) };
    // dns-packet has no encoder for the SPF type: its rdata is TXT's character-strings (RFC 4408 §3.1.1).
    if (type === 'SPF') return { ...rr, data: Buffer.concat(txtStrings(data).map((octets) => Buffer.concat([Buffer.from([octets.length]), octets]))) };
    if (type === 'MX') {
      const mx = data as { priority: number; exchange: string };
      return { ...rr, data: { preference: mx.priority, exchange: mx.exchange } };
    }
    if (type === 'TLSA') {
      const [usage, selector, matchingType, hex] = String(data).split(' ');
      return { ...rr, data: { usage: Number(usage), selector: Number(selector), matchingType: Number(matchingType), certificate: Buffer.from(hex === '-' ? '' : (hex ?? ''), 'hex') } };
    }
    return { ...rr, data };
  });
  // RFC 6840 §5.7: AD in a query (or DO, RFC 3225) asks for AD in the answer.
  const dnssecOk = ((query.flags ?? 0) & packet.AUTHENTIC_DATA) !== 0 || ((query.additionals ?? []).some((rr) => rr.type === 'OPT' && ((rr as { flags?: number }).flags ?? 0) & packet.DNSSEC_OK));
  const authentic = answer.authenticated === true && dnssecOk ? packet.AUTHENTIC_DATA : 0;
  return packet.encode({
    type: 'response',
    id: query.id,
    flags: ((query.flags ?? 0) & packet.RECURSION_DESIRED) | packet.RECURSION_AVAILABLE | authentic | (RCODES[answer.rcode] ?? 2),
    questions: query.questions,
    answers: answers as Answer[],
  });
}

/** RFC 1035 §5.1 quoting, as Cloudflare writes TXT data: `\"`, `\\`, and `\DDD` for other octets. */
export function quoteCharacterString(octets: Buffer): string {
  let out = '"';
  for (const octet of octets) {
    if (octet === 0x22 || octet === 0x5c) out += `\\${String.fromCharCode(octet)}`;
    else if (octet < 0x20 || octet > 0x7e) out += `\\${String(octet).padStart(3, '0')}`;
    else out += String.fromCharCode(octet);
  }
  return `${out}"`;
}

function jsonAnswer(name: string, type: string, answer: DnsAnswer, ttlOf: (owner: string, type: string) => number, quoted: boolean) {
  const dotted = (n: string) => `${n}.`;
  const Answer = sectionOf(answer).map(({ owner, type: rrType, data }) => {
    let text: string;
    if (rrType === 'TXT' || rrType === 'SPF') {
      const strings = txtStrings(data);
      // Google joins the strings of a record; Cloudflare quotes each.
      text = quoted ? strings.map(quoteCharacterString).join(' ') : strings.map((s) => s.toString()).join('');
    } else if (rrType === 'MX') {
      const mx = data as { priority: number; exchange: string };
      text = `${mx.priority} ${dotted(mx.exchange)}`;
    } else if (rrType === 'TLSA' && quoted) {
      // RFC 3597's generic form, as a server writes a type it does not format: this endpoint uses it, the other the presentation form, so both readings are exercised.
      const [usage, selector, matchingType, hex] = String(data).split(' ');
      const octets = Buffer.concat([Buffer.from([Number(usage), Number(selector), Number(matchingType)]), Buffer.from(hex === '-' ? '' : (hex ?? ''), 'hex')]);
      text = `\\# ${octets.length} ${octets.toString('hex')}`;
    } else if (rrType === 'CNAME' || rrType === 'PTR' || rrType === 'NS') {
      text = dotted(String(data));
    } else text = String(data);
    return { name: dotted(owner), type: TYPE_CODES[rrType], TTL: ttlOf(owner, rrType), data: text };
  });
  return {
    Status: RCODES[answer.rcode] ?? 2,
    TC: false,
    RD: true,
    RA: true,
    ...(answer.authenticated !== undefined ? { AD: answer.authenticated } : {}),
    CD: false,
    Question: [{ name: dotted(name), type: TYPE_CODES[type] }],
    ...(Answer.length > 0 ? { Answer } : {}),
  };
}
