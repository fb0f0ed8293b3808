// What the page makes of the DNS evidence when lookups failed: the kind most
// of them share, the resolver to name, and the presets to offer instead.

import { afterEach, describe, expect, it } from 'vitest';
import { failureSentence, otherPresets, resolverTrouble } from '../../../src/ui/dns/resolver-trouble.ts';
import { i18n } from '../../../src/ui/i18n/i18n.svelte.ts';
import type { DnsEvidence } from '../../../src/dns/recorder.ts';
import type { LookupFailureKind } from '../../../src/dns/resolver.ts';
import { FAILURE_KINDS } from '../../support/resolver-fault-kinds.ts';

function entry(name: string, failure?: LookupFailureKind, ms = 20): DnsEvidence {
  return {
    name,
    type: 'TXT',
    rcode: failure === undefined ? 'NOERROR' : failure === 'timeout' ? 'TIMEOUT' : 'SERVFAIL',
    records: [],
    ttl: null,
    ms,
    resolver: 'Cloudflare',
    cnames: [],
    ...(failure ? { failure } : {}),
  };
}

afterEach(() => i18n.choose('en'));

describe('resolverTrouble', () => {
  it('is null when every lookup was answered, or none was asked on purpose (offline)', () => {
    expect(resolverTrouble([])).toBeNull();
    expect(resolverTrouble([entry('a.example'), entry('b.example')])).toBeNull();
    expect(resolverTrouble([entry('a.example', 'offline'), entry('b.example', 'offline')])).toBeNull();
  });

  it.each(FAILURE_KINDS)('a lookup failed as %s: noticed %s', (kind, noticed) => {
    const trouble = resolverTrouble([entry('ok.example'), entry('a.example', kind, 40)]);
    expect(trouble).toEqual(noticed ? { kind, failed: 1, total: 2, resolver: 'Cloudflare', ms: 40 } : null);
  });

  it("counts the resolver's failures and takes the kind most share; the first asked wins a tie; SERVFAIL is the domain's", () => {
    const evidence = [entry('ok.example'), entry('a.example', 'servfail'), entry('b.example', 'servfail'), entry('c.example', 'timeout', 1003), entry('d.example', 'timeout', 1001)];
    expect(resolverTrouble(evidence)).toEqual({ kind: 'timeout', failed: 2, total: 5, resolver: 'Cloudflare', ms: 1003 });
    expect(resolverTrouble([entry('a.example', 'refused'), entry('b.example', 'unreachable')])?.kind).toBe('refused');
  });
});

describe('otherPresets', () => {
  it('offers every preset but the one in use', () => {
    expect(otherPresets('cloudflare')).toEqual(['google', 'quad9']);
    expect(otherPresets('quad9')).toEqual(['cloudflare', 'google']);
    expect(otherPresets('custom')).toEqual(['cloudflare', 'google', 'quad9']);
  });
});

describe('failureSentence', () => {
  it('names the resolver and the wait of a timeout, in the page language', async () => {
    expect(failureSentence('timeout', 'Quad9', 4002)).toBe('Quad9 did not answer within 4 s (timeout): try another resolver.');
    expect(failureSentence('unreachable', 'Cloudflare', 12)).toBe('Could not reach Cloudflare (network error): try another resolver.');
    await i18n.choose('de');
    expect(failureSentence('timeout', 'Quad9', 1500)).toBe('Quad9 hat nicht innerhalb von 2 s geantwortet (Zeitüberschreitung): einen anderen Resolver versuchen.');
    expect(failureSentence('rate-limited', 'Google', 30)).toContain('Google begrenzt die Zahl der Abfragen');
  });
});
