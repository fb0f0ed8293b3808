// Every kind of failed lookup, split by whose fault it must be
// (src/dns/resolver-fault.ts). The page's and the command line's tests
// each go through all of them; a kind added to LookupFailureKind fails to
// compile here until it is placed on one side.

import type { LookupFailureKind } from '../../src/dns/resolver.ts';

const THE_RESOLVERS = ['unreachable', 'refused', 'timeout', 'rate-limited', 'http-error', 'malformed'] as const;
/** SERVFAIL: the domain's servers or its DNSSEC; offline: nothing was asked. */
const NOT_THE_RESOLVERS = ['servfail', 'offline'] as const;

type Placed = (typeof THE_RESOLVERS)[number] | (typeof NOT_THE_RESOLVERS)[number];
// Compiles only while every kind is placed, and only once.
const everyKindPlaced: [Exclude<LookupFailureKind, Placed>, Exclude<Placed, LookupFailureKind>] extends [never, never] ? true : never = true;

/** [kind, the resolver's fault] for every kind. */
export const FAILURE_KINDS: [LookupFailureKind, boolean][] = everyKindPlaced && [
  ...THE_RESOLVERS.map((kind): [LookupFailureKind, boolean] => [kind, true]),
  ...NOT_THE_RESOLVERS.map((kind): [LookupFailureKind, boolean] => [kind, false]),
];
