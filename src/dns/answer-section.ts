// From a response's rcode and answer section to a DnsAnswer: the same for
// RFC 8484 wire answers and for the JSON APIs, which carry the same section.

import { RCODE_NAMES, TYPE_CODES, typeCodeOf, type ResourceRecord } from './dns-message.ts';
import { normalizeName, type DnsAnswer, type DnsRecord, type Rcode } from './resolver.ts';

/**
 * How many CNAME links are followed, as for zone.json (FORMAT.md). A
 * recursive resolver gives the whole chain in one answer (RFC 1034 §3.6.2);
 * more than this is treated as a loop would be.
 */
export const MAX_CNAME_LINKS = 8;

/** The rcodes Mail Lab tells apart; the rest come out as SERVFAIL with the reason kept. */
export function rcodeFromNumber(code: number): { rcode: Rcode; error?: string } {
  switch (code) {
    case 0:
      return { rcode: 'NOERROR' };
    case 2:
      return { rcode: 'SERVFAIL' };
    case 3:
      return { rcode: 'NXDOMAIN' };
    case 5:
      return { rcode: 'REFUSED' };
    default:
      return { rcode: 'SERVFAIL', error: `the server answered rcode ${code} (${RCODE_NAMES[code] ?? 'unassigned'})` };
  }
}

export interface Question {
  name: string;
  type: string;
}

/**
 * Follows the CNAME chain from the asked name through the answer section
 * and keeps the records of the asked type at its end. With NXDOMAIN or
 * NODATA the chain is still reported: the rcode is that of the last name
 * (RFC 6604 §3). Asking for CNAME itself follows nothing.
 */
export function answerFromSection(question: Question, rcode: Rcode, section: readonly ResourceRecord[]): DnsAnswer {
  const name = normalizeName(question.name);
  const used: ResourceRecord[] = [];
  const cnames: string[] = [];
  let current = name;
  if (question.type !== 'CNAME') {
    const seen = new Set([name]);
    for (;;) {
      const link = section.find((rr) => rr.type === TYPE_CODES.CNAME && normalizeName(rr.name) === current);
      if (link === undefined || typeof link.data !== 'string') break;
      used.push(link);
      const target = normalizeName(link.data);
      cnames.push(target);
      const problem = seen.has(target)
        ? `CNAME loop at ${target}`
        : cnames.length > MAX_CNAME_LINKS
          ? `CNAME chain longer than ${MAX_CNAME_LINKS} links`
          : null;
      if (problem !== null) {
        return { name, type: question.type, rcode: 'SERVFAIL', records: [], ttl: null, cnames, error: problem };
      }
      seen.add(target);
      current = target;
    }
  }
  const code = typeCodeOf(question.type);
  const records: DnsRecord[] = [];
  if (rcode === 'NOERROR') {
    for (const rr of section) {
      if (rr.type === code && rr.data !== undefined && normalizeName(rr.name) === current) {
        used.push(rr);
        records.push(rr.data);
      }
    }
  }
  // The answer lasts as long as its shortest-lived part, chain links included.
  const ttl = used.length > 0 ? Math.min(...used.map((rr) => rr.ttl)) : null;
  return { name, type: question.type, rcode, records, ttl, cnames };
}

/**
 * The AD bit on an answer the DNS gave: records, NODATA or NXDOMAIN (an
 * authenticated denial, RFC 4035 §3.2.3). A failure says nothing about it.
 */
export function withAuthentication(answer: DnsAnswer, authenticated: boolean | undefined): DnsAnswer {
  if (authenticated === undefined || (answer.rcode !== 'NOERROR' && answer.rcode !== 'NXDOMAIN') || answer.error !== undefined) return answer;
  return { ...answer, authenticated };
}
