// Which failed lookups are the resolver's fault, not the domain's: the one
// rule for the page's notice above the verdicts ("Could not reach …, try
// another resolver") and the command line's line on standard error (and
// its exit 2). A fault of the resolver is worth another resolver; a fault
// of the domain is not, and saying otherwise sends the reader the wrong way.
//
// SERVFAIL is the domain's. RFC 1035 §4.1.1 words it "a problem with the
// name server", but the name server a DoH client talks to is a recursive
// resolver, and what it fails to process is mostly what it met on the way:
// authoritative servers that do not answer or a lame delegation (RFC 8767,
// serve-stale, exists because a resolver that cannot refresh an answer
// from the domain's servers has nothing but an error to give), and a zone
// whose DNSSEC does not validate (RFC 4035 §5.5: bogus data is answered
// with SERVFAIL; RFC 8914's extended errors were made to tell these
// causes apart, and the rcode alone does not). All the presets validate
// DNSSEC, so for a bogus zone each gives the same SERVFAIL: a notice "try
// another resolver" would offer a switch that cannot help — or, to one
// that does not validate, a switch that hides what the validation caught.
// The verdict's card still says SERVFAIL and what it may mean, and the
// evidence keeps it.

import type { LookupFailureKind } from './resolver.ts';

/** true: the resolver (or the way to it) failed us; false: the domain's servers did, or nothing was asked. */
const RESOLVER_AT_FAULT = {
  // fetch rejected: no network, connection refused, TLS: the way to the resolver.
  unreachable: true,
  // RFC 1035 §4.1.1 REFUSED, HTTP 403: the resolver's policy (it serves only its own clients).
  refused: true,
  // Our deadline passed without an answer: a resolver whose own wait for a
  // domain's servers runs out says so (SERVFAIL, above), so silence is the
  // resolver's, or the way to it.
  timeout: true,
  servfail: false,
  // HTTP 429, or 503 with Retry-After (RFC 9110 §15.6.4): the resolver's limit.
  'rate-limited': true,
  // Any other HTTP failure, or a body that is no DNS answer: not a DoH endpoint (RFC 8484 §4.2.1).
  'http-error': true,
  malformed: true,
  // Nothing was asked, by the reader's choice: no trouble to report.
  offline: false,
} as const satisfies Record<LookupFailureKind, boolean>;

export type ResolverFault = { [K in LookupFailureKind]: (typeof RESOLVER_AT_FAULT)[K] extends true ? K : never }[LookupFailureKind];

/** Is a lookup that failed this way the resolver's fault (see the top of this file)? */
export function isResolverFault(kind: LookupFailureKind | null | undefined): kind is ResolverFault {
  return kind !== null && kind !== undefined && RESOLVER_AT_FAULT[kind];
}
