// RFC 8484 DNS-over-HTTPS in the DNS wire format: the question goes in a
// GET as `?dns=` (base64url without padding, §4.1), the answer comes back as
// `application/dns-message`. GET, not POST: a GET with only an `accept`
// header is a CORS "simple request", so the browser sends no preflight.

import { answerFromSection, rcodeFromNumber, withAuthentication, type Question } from './answer-section.ts';
import { MalformedMessageError } from './dns-name.ts';
import { decodeMessage, encodeQuery, typeCodeOf } from './dns-message.ts';
import { failedAnswer, normalizeName, type DnsAnswer, type RrType } from './resolver.ts';

export const WIRE_MEDIA_TYPE = 'application/dns-message';

/** RFC 4648 §5 base64url; RFC 8484 §4.1 drops the padding. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const octet of bytes) binary += String.fromCharCode(octet);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function wireRequestUrl(endpoint: string, name: string, type: RrType): string {
  const url = new URL(endpoint);
  url.searchParams.set('dns', base64url(encodeQuery(name, type)));
  return url.href;
}

/**
 * Reads a response to `question`. A message that is not the answer to it
 * (not a response, another id or question) is malformed, not a DNS outcome.
 */
export function answerFromWire(bytes: Uint8Array, question: Question): DnsAnswer {
  const message = decodeMessage(bytes);
  if (!message.response) throw new MalformedMessageError('the message is a query, not a response');
  if (message.id !== 0) throw new MalformedMessageError(`response id ${message.id}, the query had 0`);
  const asked = message.questions[0];
  if (
    asked !== undefined &&
    (normalizeName(asked.name) !== normalizeName(question.name) || asked.type !== typeCodeOf(question.type))
  ) {
    throw new MalformedMessageError(`the response answers "${asked.name}" type ${asked.type}`);
  }
  if (message.truncated) {
    // A truncated answer may miss records (an SPF or DKIM TXT among them),
    // so it is a temporary failure, not an answer (RFC 1035 §4.1.1 TC).
    return failedAnswer(normalizeName(question.name), question.type, 'SERVFAIL', 'the answer was truncated (TC bit set)', 'malformed');
  }
  const { rcode, error } = rcodeFromNumber(message.rcode);
  const answer = withAuthentication(answerFromSection(question, rcode, message.answers), message.authenticated);
  return error !== undefined && answer.error === undefined ? { ...answer, error } : answer;
}
