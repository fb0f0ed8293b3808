// A cap on the DNS questions one analysis may send. RFC 7208 §4.6.4 bounds
// one SPF evaluation (10 DNS mechanisms, 10 names per mx or ptr, about 112
// questions at most) and RFC 8617 bounds ARC to 50 sets, but nothing bounds
// the whole: DKIM signatures with a domain each, a bounce returning a bounce
// returning a message, each adds its own. A crafted message made the page
// send 102 DNS-over-HTTPS queries; every one is a request to the user's
// resolver and a wait. 256 leaves room for the largest SPF evaluation, the
// signature limit and a long ARC chain; the fixture cases ask at most 16.

import { DnsError, failedAnswer, normalizeName, type Resolver } from './resolver.ts';

export const MAX_DNS_QUERIES = 256;

export interface QueryBudget {
  resolver: Resolver;
  /** Distinct questions asked so far (a repeated question is free: the cache answers it). */
  asked(): number;
  /** The questions refused because the budget was spent, as "TYPE name", in the order asked. */
  refused(): string[];
}

export function createQueryBudget(resolver: Resolver, limit = MAX_DNS_QUERIES): QueryBudget {
  const asked = new Set<string>();
  const refused = new Set<string>();
  /** The reason a question is not asked, or null when it may be. */
  const overBudget = (name: string, rrtype: string): string | null => {
    const question = `${rrtype.toUpperCase()} ${normalizeName(name)}`;
    if (asked.has(question)) return null;
    if (asked.size >= limit) {
      refused.add(question);
      return `${question}: not asked, over the limit of ${limit} DNS questions per analysis`;
    }
    asked.add(question);
    return null;
  };
  const budgeted: Resolver = (name, rrtype) => {
    const refusal = overBudget(name, rrtype);
    // EREFUSED: mailauth reports it as a temporary DNS error, the
    // honest word for an answer that was never sought.
    return refusal === null ? resolver(name, rrtype) : Promise.reject(new DnsError('EREFUSED', refusal));
  };
  const answer = resolver.answer;
  if (answer !== undefined) {
    budgeted.answer = (name, rrtype) => {
      const refusal = overBudget(name, rrtype);
      return refusal === null ? answer(name, rrtype) : Promise.resolve(failedAnswer(normalizeName(name), rrtype.toUpperCase(), 'REFUSED', refusal));
    };
  }
  const ahead = resolver.ahead;
  if (ahead !== undefined) {
    // Asked ahead counts as asked (it is sent), but past the limit it is
    // simply not sent: nothing waits on it, so there is nothing to refuse.
    budgeted.ahead = (name, rrtype) => {
      const question = `${rrtype.toUpperCase()} ${normalizeName(name)}`;
      if (!asked.has(question) && asked.size >= limit) return Promise.resolve(failedAnswer(normalizeName(name), rrtype.toUpperCase(), 'REFUSED', `${question}: not asked ahead, over the limit`));
      asked.add(question);
      return ahead(name, rrtype);
    };
  }
  return {
    resolver: budgeted,
    asked: () => asked.size,
    refused: () => [...refused],
  };
}
