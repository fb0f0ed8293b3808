// A DnsSource over DNS-over-HTTPS: RFC 8484 wire format or a JSON API.
// `fetch` is passed in (as in ky), so the same code runs in the page, in a
// worker and in Node tests against a local server. Every outcome becomes an
// answer: a timeout is rcode TIMEOUT, an HTTP 403 REFUSED, any other HTTP or
// network failure SERVFAIL, so mailauth sees a temporary error; the answer's
// `failure` says which (see LookupFailureKind) and `error` gives the detail.

import { DEFAULT_TIMEOUT_MS } from './presets.ts';
import { answerFromJson, jsonRequestUrl, JSON_MEDIA_TYPE, type JsonTxtStyle } from './doh-json.ts';
import { answerFromWire, wireRequestUrl, WIRE_MEDIA_TYPE } from './doh-wire.ts';
import { MalformedMessageError, nameProblem } from './dns-name.ts';
import { MAX_MESSAGE_OCTETS, typeCodeOf } from './dns-message.ts';
import { failedAnswer, normalizeName, type DnsAnswer, type DnsSource, type LookupFailureKind, type Rcode, type RrType } from './resolver.ts';

/** The part of a fetch Response used here; the browser's and Node's fit it. */
export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}

/** The part of `fetch` used here. */
export type FetchFunction = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal: AbortSignal },
) => Promise<FetchResponse>;

export type DohFormat = 'wire' | 'json';

export interface DohOptions {
  url: string;
  format: DohFormat;
  fetch: FetchFunction;
  timeoutMs?: number;
  label?: string;
  /** JSON only: how the server writes TXT data (see JsonTxtStyle). */
  jsonTxt?: JsonTxtStyle;
}


/**
 * The largest body read. Wire: a DNS message is at most 65535 octets. JSON:
 * the same message with every octet escaped as `\DDD` and JSON-escaped again
 * stays far below this. A custom endpoint is user-given and may send anything.
 */
const MAX_BODY_OCTETS: Record<DohFormat, number> = { wire: MAX_MESSAGE_OCTETS, json: 512 * 1024 };

type Failure = { rcode: Exclude<Rcode, 'NOERROR'>; error: string; failure: LookupFailureKind };
type Exchange = { body: Uint8Array | string } | Failure;

/**
 * An HTTP status that is not 2xx, told apart: 429 is a rate limit (RFC 6585
 * §4), and so is a 503 that says when to come back (RFC 9110 §10.2.3
 * Retry-After); a 403 is the resolver refusing us, as DNS REFUSED would.
 */
export function httpFailure(status: number, statusText: string, retryAfter: string | null): Failure {
  const error = `HTTP ${status} ${statusText}`.trim() + (retryAfter !== null ? `; Retry-After: ${retryAfter.slice(0, 64)}` : '');
  if (status === 429 || (status === 503 && retryAfter !== null)) return { rcode: 'SERVFAIL', error, failure: 'rate-limited' };
  if (status === 403) return { rcode: 'REFUSED', error, failure: 'refused' };
  return { rcode: 'SERVFAIL', error, failure: 'http-error' };
}

export function createDohSource(options: DohOptions): DnsSource {
  const { url, format, timeoutMs = DEFAULT_TIMEOUT_MS, jsonTxt = 'auto' } = options;
  // Called as a plain function: a browser's fetch throws "Illegal invocation"
  // when called as a method of another object.
  const fetchFunction = options.fetch;
  const label = options.label ?? `${new URL(url).host} (${format})`;
  const inFlight = new Map<string, Promise<DnsAnswer>>();

  async function exchange(requestUrl: string): Promise<Exchange> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late: Failure = { rcode: 'TIMEOUT', error: `no answer within ${timeoutMs} ms`, failure: 'timeout' };
    const timedOut = new Promise<Exchange>((resolve) => {
      timer = setTimeout(() => {
        controller.abort();
        resolve(late);
      }, timeoutMs);
    });
    const work = (async (): Promise<Exchange> => {
      const response = await fetchFunction(requestUrl, {
        method: 'GET',
        headers: { accept: format === 'wire' ? WIRE_MEDIA_TYPE : JSON_MEDIA_TYPE },
        signal: controller.signal,
      });
      if (!response.ok) return httpFailure(response.status, response.statusText, response.headers.get('retry-after'));
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > MAX_BODY_OCTETS[format]) return { rcode: 'SERVFAIL', error: `body of ${declared} octets is too large`, failure: 'malformed' };
      const body = format === 'wire' ? new Uint8Array(await response.arrayBuffer()) : await response.text();
      if (body.length > MAX_BODY_OCTETS[format]) return { rcode: 'SERVFAIL', error: `body of ${body.length} is too large`, failure: 'malformed' };
      return { body };
    })().catch((error: unknown): Exchange => {
      if (controller.signal.aborted) return late;
      // fetch rejects with a TypeError for DNS, TLS, connection and CORS
      // failures alike, and the browser says no more (the reason is hidden
      // from scripts on purpose): all of them are "could not reach".
      return { rcode: 'SERVFAIL', error: `request failed: ${error instanceof Error ? error.message : String(error)}`, failure: 'unreachable' };
    });
    try {
      // The race also ends a fetch that ignores its signal.
      return await Promise.race([work, timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  async function ask(name: string, type: RrType): Promise<DnsAnswer> {
    const requestUrl = format === 'wire' ? wireRequestUrl(url, name, type) : jsonRequestUrl(url, name, type);
    const outcome = await exchange(requestUrl);
    const question = { name, type };
    if ('rcode' in outcome) return failedAnswer(name, type, outcome.rcode, outcome.error, outcome.failure);
    try {
      return typeof outcome.body === 'string'
        ? answerFromJson(outcome.body, question, jsonTxt)
        : answerFromWire(outcome.body, question);
    } catch (error) {
      if (error instanceof MalformedMessageError) return failedAnswer(name, type, 'SERVFAIL', `malformed answer: ${error.message}`, 'malformed');
      throw error;
    }
  }

  return {
    label,
    lookup(rawName, rawType) {
      const name = normalizeName(rawName);
      const type = rawType.toUpperCase();
      if (typeCodeOf(type) === undefined) {
        return Promise.resolve(failedAnswer(name, type, 'SERVFAIL', `record type ${type} is not supported`));
      }
      // A name that cannot be encoded cannot exist in the DNS: answer as the
      // DNS would for a name that does not exist, and send nothing.
      const problem = nameProblem(name);
      if (problem !== null) return Promise.resolve(failedAnswer(name, type, 'NXDOMAIN', `${problem}; not sent`));
      const key = `${type} ${name}`;
      const pending = inFlight.get(key);
      if (pending) return pending;
      const promise = ask(name, type as RrType).finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return promise;
    },
  };
}
