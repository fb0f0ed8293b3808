// Which DNS lookup a verdict could not get, and why, in our own words.
// mailauth turns every failed lookup into a temporary error and words its
// cause in English ("error in processing during lookup of …: SERVFAIL",
// "DNS failure: ESERVFAIL"), whatever the cause was: a resolver that could
// not be reached, one that limits our rate, a broken name server of the
// domain. The resolver's rejection carries the answer, whose kind says
// which (src/dns/resolver.ts LookupFailureKind); a watching resolver notes
// it before mailauth loses it, and the verdict says it in both languages.

import type { DnsFailure, LocalizedText, LookupFailureKind } from '../analysis.ts';
import { lookupFailureOf, normalizeName, type DnsAnswer, type Resolver } from '../../dns/resolver.ts';

export interface FailedLookup {
  name: string;
  type: string;
  kind: LookupFailureKind;
}

/** A resolver that adds every failed lookup to `failed` (a rejection without an answer, e.g. over the query limit, is not one). */
export function watchFailedLookups(resolver: Resolver, failed: FailedLookup[]): Resolver {
  return async (name, rrtype) => {
    try {
      return await resolver(name, rrtype);
    } catch (error) {
      const answer = (error as { answer?: DnsAnswer } | null)?.answer;
      const kind = answer ? lookupFailureOf(answer) : null;
      if (answer && kind !== null) failed.push({ name: normalizeName(answer.name), type: answer.type, kind });
      throw error;
    }
  };
}

/** What each kind means, with the question filled in; never the resolver's name (the page adds it). */
const KIND_TEXT: Record<LookupFailureKind, (q: string) => LocalizedText> = {
  unreachable: (q) => ({
    en: `the DNS resolver could not be reached for ${q} (network error)`,
    de: `der DNS-Resolver war für ${q} nicht erreichbar (Netzwerkfehler)`,
  }),
  refused: (q) => ({ en: `the DNS resolver refused the query ${q}`, de: `der DNS-Resolver hat die Abfrage ${q} abgelehnt` }),
  timeout: (q) => ({ en: `no answer to ${q} in time (timeout)`, de: `keine rechtzeitige Antwort auf ${q} (Zeitüberschreitung)` }),
  servfail: (q) => ({
    en: `the DNS answered SERVFAIL for ${q}: the resolver or the domain's name servers failed`,
    de: `das DNS antwortete SERVFAIL auf ${q}: der Resolver oder die Nameserver der Domain versagten`,
  }),
  'rate-limited': (q) => ({
    en: `the DNS resolver limited our rate of queries at ${q} (too many requests)`,
    de: `der DNS-Resolver hat bei ${q} die Zahl unserer Abfragen begrenzt (zu viele Anfragen)`,
  }),
  'http-error': (q) => ({ en: `the DNS resolver answered ${q} with an HTTP error`, de: `der DNS-Resolver beantwortete ${q} mit einem HTTP-Fehler` }),
  malformed: (q) => ({ en: `the DNS resolver's answer to ${q} could not be read`, de: `die Antwort des DNS-Resolvers auf ${q} war nicht lesbar` }),
  offline: (q) => ({ en: `${q} was not looked up (offline mode)`, de: `${q} wurde nicht abgefragt (Offline-Modus)` }),
};

export function describeFailedLookup(failed: FailedLookup): DnsFailure {
  return { kind: failed.kind, name: failed.name, type: failed.type, text: KIND_TEXT[failed.kind](`${failed.type} ${failed.name}`) };
}

/** The first failed lookup of `name` (any type, or the given one): the one that decided. */
export function failureOf(failed: readonly FailedLookup[], name: string, type?: string): DnsFailure | undefined {
  const wanted = normalizeName(name);
  const found = failed.find((entry) => entry.name === wanted && (type === undefined || entry.type === type));
  return found ? describeFailedLookup(found) : undefined;
}

/** The first failed lookup at all: for SPF and DMARC, whose first failure ends the evaluation (RFC 7208 §4.4, §5). */
export function firstFailure(failed: readonly FailedLookup[]): DnsFailure | undefined {
  const first = failed[0];
  return first ? describeFailedLookup(first) : undefined;
}
