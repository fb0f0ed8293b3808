// The one DNS interface of Mail Lab. Its call shape is the one mailauth's
// `resolver` option expects, `(name, rrtype) => Promise<records>`, with
// answers in the shapes of Node's `dns.promises.resolve`, so the same
// function serves mailauth and our own lookups.

export type RrType = 'A' | 'AAAA' | 'TXT' | 'MX' | 'PTR' | 'CNAME' | 'NS' | 'TLSA' | 'SPF';

export interface MxRecord {
  priority: number;
  exchange: string;
}

/**
 * Answers per type, as `dns.promises.resolve` gives them: TXT records are
 * arrays of character-strings (RFC 7208 §3.3 and RFC 6376 §3.6.2.2 join them
 * with nothing), MX records objects, everything else strings. TLSA (which
 * Node's resolver lacks) is its presentation form, "3 1 1 <hex>" (RFC 6698 §2.2).
 */
export type DnsRecord = string | string[] | MxRecord;

/** The rejection codes of Node's resolver that mailauth understands. */
export type DnsErrorCode = 'ENOTFOUND' | 'ENODATA' | 'ESERVFAIL' | 'EREFUSED' | 'ETIMEOUT';

/**
 * mailauth's resolver, and optionally the whole answer behind it. `answer`
 * carries what the records alone cannot: the rcode and whether the
 * resolver authenticated the answer (the AD bit). Our own checks use it
 * where it is there; a plain function still serves (AD then unknown).
 */
export type Resolver = ((name: string, rrtype: string) => Promise<DnsRecord[]>) & {
  answer?: (name: string, rrtype: string) => Promise<DnsAnswer>;
  /**
   * Asks a question ahead of its need (src/core/auth/spf-prefetch.ts): the
   * answer settles in the same cache, so the question, when it is asked,
   * finds it there or on its way. Never rejects. A question asked only
   * ahead is no part of the analysis's evidence (lookup-session.ts). Only
   * a resolver with a cache has it: without one it would be asked twice.
   */
  ahead?: (name: string, rrtype: string) => Promise<DnsAnswer>;
};

/** What a lookup came to, in DNS terms (RFC 1035 §4.1.1 rcodes, plus no answer at all). */
export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL' | 'REFUSED' | 'TIMEOUT';

/**
 * Why a lookup got no usable answer. The rcode alone cannot say it: a
 * connection that was refused, an HTTP 429 and a broken name server all
 * reach mailauth as a temporary error, but each asks something else of
 * the reader (another resolver, patience, a word with the domain's owner).
 * - unreachable: fetch rejected (no network, connection refused, DNS, TLS, CORS)
 * - refused: DNS rcode REFUSED (RFC 1035 §4.1.1), or HTTP 403 from the resolver
 * - timeout: no answer within our own deadline
 * - servfail: DNS rcode SERVFAIL (or another error rcode, or a CNAME loop)
 * - rate-limited: HTTP 429, or 503 with Retry-After (RFC 9110 §10.2.3, §15.6.4)
 * - http-error: any other HTTP status that is not 2xx
 * - malformed: a body that is no answer to the question (or a truncated one)
 * - offline: nothing was asked, by the user's choice
 */
export type LookupFailureKind = 'unreachable' | 'refused' | 'timeout' | 'servfail' | 'rate-limited' | 'http-error' | 'malformed' | 'offline';

/**
 * One answer with everything the evidence panel shows. `records` is empty
 * for NODATA and for every rcode but NOERROR.
 */
export interface DnsAnswer {
  name: string;
  type: string;
  rcode: Rcode;
  records: DnsRecord[];
  /** Lowest TTL of the answer section in seconds; null where the source has none (a frozen zone). */
  ttl: number | null;
  /**
   * The CNAME targets followed to reach the answer, in order: the last one
   * is the name whose records (or rcode) the answer gives.
   */
  cnames: string[];
  /**
   * Why there is no DNS answer, where the DNS itself did not say: the HTTP
   * status, the network failure, a CNAME loop, "offline". Shown in the
   * evidence so a temporary error never looks like silence.
   */
  error?: string;
  /** Why there is no answer, where the transport knows more than the rcode (see lookupFailureOf). */
  failure?: LookupFailureKind;
  /**
   * The resolver's AD bit (RFC 4035 §3.2.3): true, it validated the answer
   * with DNSSEC; false, it did not (an unsigned zone, or a resolver that
   * does not validate); absent, it did not say (a JSON API without "AD", a
   * frozen zone or share link from before AD was kept).
   */
  authenticated?: boolean;
}

/** Why `answer` failed, or null for an answer (records, NODATA, NXDOMAIN): the transport's word, else the rcode's. */
export function lookupFailureOf(answer: Pick<DnsAnswer, 'rcode' | 'failure'>): LookupFailureKind | null {
  if (answer.failure !== undefined) return answer.failure;
  switch (answer.rcode) {
    case 'SERVFAIL':
      return 'servfail';
    case 'REFUSED':
      return 'refused';
    case 'TIMEOUT':
      return 'timeout';
    default:
      return null;
  }
}

/**
 * A source of answers: DNS-over-HTTPS, a frozen zone, or a wrapper around
 * another source (cache, recorder). `lookup` settles with an answer for
 * every DNS outcome, timeouts included; it rejects only on a bug.
 */
export interface DnsSource {
  /** Shown in the evidence: "cloudflare (wire)", "zone.json", ... */
  readonly label: string;
  lookup(name: string, type: string): Promise<DnsAnswer>;
}

export class DnsError extends Error {
  readonly code: DnsErrorCode;
  readonly answer: DnsAnswer | undefined;

  constructor(code: DnsErrorCode, message: string, answer?: DnsAnswer) {
    super(message);
    this.name = 'DnsError';
    this.code = code;
    this.answer = answer;
  }
}

export const ERROR_CODE_OF_RCODE: Record<Exclude<Rcode, 'NOERROR'>, DnsErrorCode> = {
  NXDOMAIN: 'ENOTFOUND',
  SERVFAIL: 'ESERVFAIL',
  REFUSED: 'EREFUSED',
  TIMEOUT: 'ETIMEOUT',
};

/** An answer without records: an error rcode, with the transport's reason and, where it knows one, its kind. */
export function failedAnswer(name: string, type: string, rcode: Exclude<Rcode, 'NOERROR'>, error: string, failure?: LookupFailureKind): DnsAnswer {
  const answer: DnsAnswer = { name, type, rcode, records: [], ttl: null, cnames: [], error };
  if (failure !== undefined) answer.failure = failure;
  return answer;
}

/** Names are compared case-insensitively and without the root dot (RFC 4343). */
export function normalizeName(name: string): string {
  let rest = name.trim();
  // A final "." is the root, unless it is escaped: "a\\." is the label "a." (RFC 4343 §2.1).
  // Every unescaped final dot goes ("a..", an empty label, is no better), and
  // the white space before it: so normalizing twice gives what once gave.
  // Each turn shortens `rest`.
  while (rest.endsWith('.') && !endsEscaped(rest)) rest = rest.slice(0, -1).trim();
  return rest.toLowerCase();
}

/** Is the last character of `text` escaped, by an odd number of backslashes before it? */
function endsEscaped(text: string): boolean {
  let backslashes = 0;
  // Each step looks one character further back, down to the start at most.
  for (let i = text.length - 2; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/**
 * Turns a source into the mailauth-shaped resolver: NOERROR with records
 * resolves, NODATA rejects with ENODATA, every other rcode with its code.
 */
export function resolverFrom(source: DnsSource): Resolver {
  const resolver: Resolver = async (name, rrtype) => {
    const answer = await source.lookup(normalizeName(name), rrtype.toUpperCase());
    if (answer.rcode === 'NOERROR') {
      if (answer.records.length > 0) return answer.records;
      throw new DnsError('ENODATA', `${rrtype} ${name}: no data`, answer);
    }
    const code = ERROR_CODE_OF_RCODE[answer.rcode];
    // The message names the question and its rcode only: it ends up in the
    // Analysis, which must not depend on which resolver answered or how fast.
    // The transport's reason (HTTP status, "offline", a CNAME loop) stays on
    // `answer.error`, which the evidence keeps.
    throw new DnsError(code, `${rrtype} ${name}: ${answer.rcode}`, answer);
  };
  resolver.answer = (name, rrtype) => source.lookup(normalizeName(name), rrtype.toUpperCase());
  return resolver;
}

/** resolverFrom over a cache: questions asked ahead share its answers (Resolver.ahead). */
export function cachedResolverFrom(cache: DnsSource): Resolver {
  const resolver = resolverFrom(cache);
  resolver.ahead = resolver.answer;
  return resolver;
}
