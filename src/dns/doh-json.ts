// The DNS JSON APIs of Google (`/resolve`) and Cloudflare (`/dns-query` with
// `accept: application/dns-json`). Neither is standardised; both follow
// Google's documented shape: `Status` is the rcode, `Answer` holds
// `{name, type, TTL, data}` with `data` in presentation form. What differs is
// TXT: Cloudflare quotes each character-string, Google gives the bare text
// (measured from a browser worker while Mail Lab was designed). That Google joins
// the strings of a multi-string record with nothing is inferred, not
// measured; either way a bare record is read as one string, and SPF and
// DKIM join the parts with nothing anyway (RFC 7208 §3.3, RFC 6376 §3.6.2.2).

import { answerFromSection, rcodeFromNumber, withAuthentication, type Question } from './answer-section.ts';
import { MalformedMessageError } from './dns-name.ts';
import { TYPE_CODES, typeCodeOf, type ResourceRecord } from './dns-message.ts';
import { readTlsaText } from './tlsa-presentation.ts';
import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from './ip-address.ts';
import { failedAnswer, normalizeName, type DnsAnswer, type DnsRecord, type RrType } from './resolver.ts';
import { parseQuotedStrings } from './txt-presentation.ts';

/** Cloudflare answers JSON only for this exact `accept`; Google ignores it. */
export const JSON_MEDIA_TYPE = 'application/dns-json';

/**
 * How TXT `data` is written: `quoted` (Cloudflare), `plain` (Google), or
 * `auto`, which reads the quoted form where the whole data is in it. `auto`
 * misreads a plain record that itself is `"..."`; use it only for a server
 * whose style is unknown.
 */
export type JsonTxtStyle = 'quoted' | 'plain' | 'auto';

export function jsonRequestUrl(endpoint: string, name: string, type: RrType): string {
  const url = new URL(endpoint);
  url.searchParams.set('name', name);
  url.searchParams.set('type', type);
  return url.href;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** Reads a JSON API response to `question`; a body of another shape is malformed. */
export function answerFromJson(text: string, question: Question, txtStyle: JsonTxtStyle): DnsAnswer {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new MalformedMessageError(`the body is not JSON: ${(error as Error).message}`);
  }
  if (!isObject(body) || !isCount(body['Status'])) throw new MalformedMessageError('the JSON has no numeric "Status"');
  const asked = Array.isArray(body['Question']) ? body['Question'][0] : undefined;
  if (isObject(asked) && typeof asked['name'] === 'string') {
    const askedType = asked['type'];
    if (normalizeName(asked['name']) !== normalizeName(question.name) || (isCount(askedType) && askedType !== typeCodeOf(question.type))) {
      throw new MalformedMessageError(`the response answers "${asked['name']}" type ${String(askedType)}`);
    }
  }
  if (body['TC'] === true) {
    // As for the wire format: a truncated answer may miss records.
    return failedAnswer(normalizeName(question.name), question.type, 'SERVFAIL', 'the answer was truncated (TC)', 'malformed');
  }
  const answers = body['Answer'] ?? [];
  if (!Array.isArray(answers)) throw new MalformedMessageError('"Answer" is not a list');
  const section = answers.map((entry, index) => recordFromJson(entry, index, txtStyle));
  const { rcode, error } = rcodeFromNumber(body['Status']);
  // Google and Cloudflare write "AD" on every answer; a server that leaves it out has not said.
  const authenticated = typeof body['AD'] === 'boolean' ? body['AD'] : undefined;
  const answer = withAuthentication(answerFromSection(question, rcode, section), authenticated);
  return error !== undefined && answer.error === undefined ? { ...answer, error } : answer;
}

function recordFromJson(entry: unknown, index: number, txtStyle: JsonTxtStyle): ResourceRecord {
  if (
    !isObject(entry) ||
    typeof entry['name'] !== 'string' ||
    !isCount(entry['type']) ||
    typeof entry['TTL'] !== 'number' ||
    typeof entry['data'] !== 'string'
  ) {
    throw new MalformedMessageError(`Answer[${index}] is not {name, type, TTL, data}`);
  }
  const type = entry['type'];
  const ttl = Math.max(0, Math.floor(entry['TTL']));
  return { name: entry['name'], type, ttl, data: dataFromJson(type, entry['data'], index, txtStyle) };
}

function dataFromJson(type: number, data: string, index: number, txtStyle: JsonTxtStyle): DnsRecord | undefined {
  const bad = (what: string) => new MalformedMessageError(`Answer[${index}]: ${what}: ${JSON.stringify(data)}`);
  switch (type) {
    case TYPE_CODES.A: {
      const bytes = parseIPv4(data.trim());
      if (bytes === null) throw bad('not an IPv4 address');
      return formatIPv4(bytes);
    }
    case TYPE_CODES.AAAA: {
      const bytes = parseIPv6(data.trim());
      if (bytes === null) throw bad('not an IPv6 address');
      return formatIPv6(bytes);
    }
    case TYPE_CODES.NS:
    case TYPE_CODES.CNAME:
    case TYPE_CODES.PTR:
      return bareName(data);
    case TYPE_CODES.MX: {
      const match = /^\s*(\d{1,5})\s+(\S+)\s*$/.exec(data);
      const priority = Number(match?.[1]);
      if (!match || priority > 65535) throw bad('not "<priority> <exchange>"');
      return { priority, exchange: bareName(match[2] ?? '') };
    }
    case TYPE_CODES.TXT:
    case TYPE_CODES.SPF: {
      const strings = txtFromJson(data, txtStyle);
      if (strings === null) throw bad('not quoted character-strings');
      return strings;
    }
    case TYPE_CODES.TLSA: {
      const tlsa = readTlsaText(data);
      if (tlsa === null) throw bad('not "<usage> <selector> <matching type> <hex>"');
      return tlsa;
    }
    default:
      return undefined;
  }
}

function txtFromJson(data: string, txtStyle: JsonTxtStyle): string[] | null {
  if (txtStyle === 'plain') return [data];
  const strings = parseQuotedStrings(data);
  if (txtStyle === 'quoted') return strings;
  return strings ?? [data];
}

/** Names in `data` end with the root dot; Node's resolver gives them without. */
function bareName(name: string): string {
  const trimmed = name.trim();
  return trimmed.endsWith('.') && !trimmed.endsWith('\\.') ? trimmed.slice(0, -1) : trimmed;
}
