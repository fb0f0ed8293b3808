// The bounce reason vocabulary of test/cases/FORMAT.md: the words
// of the Sisimai bounce analyzer, so Mail Lab's results can be compared with
// it. Sisimai 4 said `speeding` for `ratelimited`, Sisimai 5.3 says
// `emailtoolarge` for `mesgtoobig`; Mail Lab writes the FORMAT.md word.

export const BOUNCE_REASONS = [
  'userunknown', 'hostunknown', 'mailboxfull', 'mesgtoobig', 'exceedlimit', 'filtered', 'blocked',
  'rejected', 'spamdetected', 'virusdetected', 'policyviolation', 'authfailure', 'securityerror',
  'expired', 'networkerror', 'norelaying', 'toomanyconn', 'suspend', 'systemerror', 'systemfull',
  'mailererror', 'notaccept', 'syntaxerror', 'contenterror', 'requireptr', 'notcompliantrfc',
  'ratelimited', 'badreputation', 'failedstarttls', 'hasmoved', 'onhold', 'delivered', 'vacation',
  'feedback', 'undefined',
] as const;

export type BounceReason = (typeof BOUNCE_REASONS)[number];

/**
 * Reasons that are a verdict about the address itself: it does not exist
 * or no longer receives mail, so sending again cannot succeed. Sisimai calls
 * these hard bounces; every other failure may pass on a later try or once
 * the sender fixes something on their side.
 */
const ADDRESS_IS_DEAD = new Set<BounceReason>(['userunknown', 'hostunknown', 'hasmoved']);

/** Not failures at all: nothing is hard or soft about them. */
const NOT_A_FAILURE = new Set<BounceReason>(['delivered', 'vacation', 'feedback']);

/**
 * Hard (the address must be removed from lists), soft (another try, or a
 * fix by the sender, can succeed), or null for a report that is no failure.
 * `notaccept` (the domain accepts no mail, RFC 7504, RFC 7505) is hard when
 * it is permanent.
 */
export function bounceSeverity(reason: BounceReason, status: string | null): 'hard' | 'soft' | null {
  if (NOT_A_FAILURE.has(reason)) return null;
  if (ADDRESS_IS_DEAD.has(reason)) return 'hard';
  if (reason === 'notaccept') return status?.startsWith('4') ? 'soft' : 'hard';
  return 'soft';
}

/**
 * Reasons a first guess may give that more specific evidence should still
 * be able to overturn: Sisimai re-examines exactly these, because the text
 * around a generic code (5.1.1, 5.7.1, 5.3.0, 4.4.x) often says more.
 */
export const PROVISIONAL_REASONS = new Set<BounceReason>([
  'undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'networkerror', 'hostunknown', 'userunknown',
]);
