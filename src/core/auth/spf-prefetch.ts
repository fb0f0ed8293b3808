// SPF's DNS questions asked ahead of the evaluation. mailauth evaluates a
// record's terms one after another, as RFC 7208 §4.6 orders them, and asks
// each term's question only when it reaches it: a record of ten a: terms
// waited ten round trips. The names those terms will need are written in
// the record, so once it is read they can all be asked together; mailauth,
// reaching each term, finds its answer in the analysis's cache.
//
// What may be asked ahead, and why. A conforming evaluator asks at most
// the questions of 10 DNS-querying terms (include, a, mx, ptr, exists,
// redirect; §4.6.4), and ends with permerror at the third void answer
// (NXDOMAIN or no records: "SHOULD limit void lookups to two"). The ahead
// asking keeps to those counts, following the evaluation's order as far as
// the records read so far tell it:
// - terms are taken in the order the evaluation reaches them (an include's
//   record in its place, redirect= last), at most 10 in all, counted as
//   §4.6.4 counts them; never a term after `all` or after an ip4/ip6 that
//   the client matches, which the evaluation cannot get past;
// - a term's lookup is sent only while the void (or failed) answers seen
//   plus the lookups still unanswered stay under 5: the 3 void answers an
//   evaluation may meet at worst, and 2 more at most, in flight when the
//   third arrives. Waiting for each answer before the next would be the
//   sequential evaluation again; this is the least that still overlaps;
// - an mx term's hosts (at most 10, §4.6.4) and a ptr term's names (at
//   most 10, §5.5) are asked when their MX or PTR answer comes;
// - a name is asked only when it can be known without the evaluation's
//   state: a domain-spec with %{p} (the validated name, itself a lookup)
//   is left to the evaluation, as is one with the local-part of a
//   non-ASCII sender (RFC 8616 §4: such a term does not match).
// So the ahead asking adds at most the questions of 10 terms (and the
// hosts of their mx and ptr) and 2 void answers to what the evaluation
// would ask at worst. A question asked ahead that the evaluation never
// reaches (it matched earlier) stays out of the evidence and the share
// link (src/dns/lookup-session.ts).

import type { DnsAnswer, MxRecord, Resolver } from '../../dns/resolver.ts';
import { inPrefix, parseIp, reverseName, unmapIpv4, type IpAddress } from '../net/ip-address.ts';
import { costsLookup, parseSpfRecord, type SpfTerm } from '../records/spf/spf-record.ts';
import { expandMacros, type MacroValues } from './spf-macro.ts';

/** RFC 7208 §4.6.4: DNS-querying terms per evaluation. */
const MAX_TERMS = 10;
/** §4.6.4: the third void lookup ends the evaluation; 2 more may be in flight then (see above). */
const MAX_STOPS_AND_IN_FLIGHT = 3 + 2;
/** §4.6.4: addresses looked up per mx term; §5.5 (and mailauth): names per PTR answer. */
const MAX_NAMES_PER_TERM = 10;
/** RFC 1035 §2.3.4. */
const MAX_NAME_OCTETS = 253;
// The names mailauth's evaluator asks (its limitedResolver's check): any
// other target ends the evaluation before a question, so none is asked here.
const ASKABLE_NAME = /^([\x20-\x2d\x2f-\x7e]{1,63}\.)+[a-z]+[a-z0-9-]*$/i;

type Ask = (name: string, type: string) => Promise<DnsAnswer>;

/** A term waiting for its turn: `order` is its place in the evaluation (index per record, nested). */
interface Planned {
  order: number[];
  term: SpfTerm;
  /** The domain whose record holds the term: %{d} and the default target. */
  domain: string;
}

export interface SpfIdentity {
  ip: string;
  /** The MAIL FROM, or null (the evaluation checks postmaster@HELO, RFC 7208 §2.4). */
  mailFrom: string | null;
  helo: string | null;
}

function isAnswered(answer: DnsAnswer): boolean {
  return answer.rcode === 'NOERROR' && answer.records.length > 0;
}

function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return a.length < b.length;
}

/** The sender as the evaluation takes it (mailauth's spf(), RFC 7208 §2.4 for the null reverse-path). */
function evaluatedSender(identity: SpfIdentity): string {
  const sender = identity.mailFrom || `postmaster@${identity.helo ?? ''}`;
  const at = sender.lastIndexOf('@');
  return at < 0 ? `postmaster@${sender}` : at === 0 ? `postmaster${sender}` : sender;
}

class SpfPrefetch {
  readonly #ask: Ask;
  readonly #ip: IpAddress;
  readonly #values: Omit<MacroValues, 'domain'>;
  readonly #asciiSender: boolean;
  readonly #queue: Planned[] = [];
  #terms = 0;
  #stops = 0;
  #inFlight = 0;
  #ended = false;

  constructor(ask: Ask, ip: IpAddress, identity: SpfIdentity) {
    this.#ask = ask;
    this.#ip = ip;
    const sender = evaluatedSender(identity);
    this.#asciiSender = !/[^\x00-\x7f]/.test(sender);
    this.#values = { sender, ip, helo: identity.helo || `[${identity.ip}]` };
  }

  /** Reads a record the evaluation fetches (or that was asked ahead) and plans its terms. */
  readRecord(domain: string, order: number[], answer: DnsAnswer): boolean {
    const texts = answer.records.map((record) => (Array.isArray(record) ? record.join('') : String(record))).filter((text) => /^v=spf1( |$)/i.test(text));
    // No record or two: the evaluation ends here (none, or permerror, §4.5); so does a syntax error (§4.6).
    if (texts.length !== 1) return false;
    const record = parseSpfRecord(texts[0]!);
    if (!record.valid) return false;
    let redirect: SpfTerm | null = null;
    let ended = false;
    for (const [index, term] of record.terms.entries()) {
      if (term.kind === 'modifier') {
        if (term.name === 'redirect') redirect = term;
        continue;
      }
      // Nothing after `all` or a matching ip4/ip6 is reached, nor is redirect= (§6.1).
      ended ||= term.name === 'all' || this.#matchesAddress(term);
      if (!ended && costsLookup(term)) this.#queue.push({ order: [...order, index], term, domain });
    }
    if (redirect && !ended) this.#queue.push({ order: [...order, record.terms.length], term: redirect, domain });
    this.#pump();
    return true;
  }

  #matchesAddress(term: SpfTerm): boolean {
    if (term.name !== 'ip4' && term.name !== 'ip6') return false;
    const network = term.argument === null ? null : parseIp(term.argument);
    if (network === null || network.version !== this.#ip.version) return false;
    return inPrefix(this.#ip, network, (term.name === 'ip4' ? term.cidr4 : term.cidr6) ?? (network.version === 4 ? 32 : 128));
  }

  /** The evaluation has its result: nothing more is worth asking (what is on its way still comes). */
  end(): void {
    this.#ended = true;
  }

  /** Sends the next terms in the evaluation's order while the counts above allow. */
  #pump(): void {
    while (!this.#ended && this.#queue.length > 0 && this.#terms < MAX_TERMS && this.#stops + this.#inFlight < MAX_STOPS_AND_IN_FLIGHT) {
      let next = 0;
      for (let i = 1; i < this.#queue.length; i++) if (before(this.#queue[i]!.order, this.#queue[next]!.order)) next = i;
      const [planned] = this.#queue.splice(next, 1);
      this.#terms++;
      const sent = this.#send(planned!);
      if (sent === null) continue;
      this.#inFlight++;
      void sent.then((answered) => {
        this.#inFlight--;
        if (!answered) this.#stops++;
        this.#pump();
      });
    }
  }

  /** The term's own lookup; resolves to whether it was answered (not void, not failed). Null: nothing could be asked. */
  #send({ order, term, domain }: Planned): Promise<boolean> | null {
    const target = this.#target(term.name === 'redirect' || term.name === 'include' || term.name === 'exists' ? term.argument : (term.argument ?? domain), domain);
    const address = this.#ip.version === 4 ? 'A' : 'AAAA';
    switch (term.name) {
      case 'include':
      case 'redirect':
        if (target === null) return null;
        return this.#ask(target, 'TXT').then((answer) => isAnswered(answer) && this.readRecord(target, order, answer));
      case 'a':
        return target === null ? null : this.#ask(target, address).then(isAnswered);
      case 'exists':
        // §5.7: always an A query, whatever the client's address.
        return target === null ? null : this.#ask(target, 'A').then(isAnswered);
      case 'mx':
        if (target === null) return null;
        return this.#ask(target, 'MX').then((answer) => {
          const hosts = (answer.records as MxRecord[])
            .filter((record) => typeof record === 'object' && !Array.isArray(record))
            .sort((a, b) => a.priority - b.priority)
            .map((record) => record.exchange.replace(/\.$/, ''))
            .filter((host) => host !== '');
          for (const host of hosts.slice(0, MAX_NAMES_PER_TERM)) if (this.#askable(host)) void this.#ask(host, address);
          return isAnswered(answer);
        });
      case 'ptr':
        // A domain-spec the evaluation cannot use ends the term before its lookup.
        if (term.argument !== null && target === null) return null;
        // The PTR of the client, then the addresses of its names (§5.5); the domain-spec only filters them.
        return this.#ask(reverseName(this.#ip), 'PTR').then((answer) => {
          for (const name of answer.records.slice(0, MAX_NAMES_PER_TERM)) {
            const host = String(name).replace(/\.$/, '');
            if (this.#askable(host)) void this.#ask(host, address);
          }
          return isAnswered(answer);
        });
      default:
        return null;
    }
  }

  /** The name a domain-spec names, or null where it cannot be known now (see the top of this file). */
  #target(spec: string | null, domain: string): string | null {
    if (spec === null) return null;
    const macros = [...spec.replace(/%%/g, '').matchAll(/%\{([a-z])/gi)].map((match) => match[1]!.toLowerCase());
    if (macros.includes('p') || (!this.#asciiSender && macros.some((letter) => 'slo'.includes(letter)))) return null;
    const expanded = expandMacros(spec, { ...this.#values, domain });
    if (expanded === null) return null;
    let name = expanded.replace(/\.$/, '');
    // §7.3: an expansion past 253 octets loses labels from the left.
    while (name.length > MAX_NAME_OCTETS && name.includes('.')) name = name.slice(name.indexOf('.') + 1);
    return this.#askable(name) ? name : null;
  }

  #askable(name: string): boolean {
    return name.length <= MAX_NAME_OCTETS && ASKABLE_NAME.test(name);
  }
}

/**
 * The resolver to hand to mailauth's SPF evaluation: the same answers, and
 * from the first record it fetches on, the questions its terms will need
 * are asked ahead through `resolver.ahead` (none without it: a resolver
 * without a cache would be asked twice). Call `end` once the evaluation
 * has its result, so no term past its match is asked after it.
 */
export function prefetchingSpf(resolver: Resolver, ahead: Resolver['ahead'], identity: SpfIdentity): { resolver: Resolver; end(): void } {
  const parsed = parseIp(identity.ip);
  if (ahead === undefined || parsed === null) return { resolver, end: () => undefined };
  const prefetch = new SpfPrefetch(ahead, unmapIpv4(parsed), identity);
  let started = false;
  const prefetching: Resolver = (name, rrtype) => {
    // The evaluation's first question is its domain's record (RFC 7208 §4.4).
    if (!started && rrtype.toUpperCase() === 'TXT') {
      started = true;
      void ahead(name, 'TXT').then((answer) => prefetch.readRecord(name.toLowerCase().replace(/\.$/, ''), [], answer));
    }
    return resolver(name, rrtype);
  };
  return { resolver: prefetching, end: () => prefetch.end() };
}
