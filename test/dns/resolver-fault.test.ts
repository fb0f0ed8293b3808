// The one rule for whose fault a failed lookup is: each kind of failure,
// as the page's notice and the command line's exit 2 both read it.

import { describe, expect, it } from 'vitest';
import { isResolverFault } from '../../src/dns/resolver-fault.ts';
import { FAILURE_KINDS } from '../support/resolver-fault-kinds.ts';

describe('isResolverFault', () => {
  it.each(FAILURE_KINDS)('%s: %s', (kind, expected) => {
    expect(isResolverFault(kind)).toBe(expected);
  });

  it('an answer (no failure) is no fault of anyone', () => {
    expect(isResolverFault(null)).toBe(false);
    expect(isResolverFault(undefined)).toBe(false);
  });
});
