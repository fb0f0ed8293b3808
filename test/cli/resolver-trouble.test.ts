// The command line's word on resolver trouble, for each kind of failed
// lookup: said for the resolver's faults, not for SERVFAIL (the domain's)
// or offline, and only for a DoH endpoint (a zone or offline has none).

import { describe, expect, it } from 'vitest';
import { resolverTrouble, troubleMessage, troubleReporter } from '../../src/cli/resolver-trouble.ts';
import type { DnsEvidence } from '../../src/dns/recorder.ts';
import type { LookupFailureKind } from '../../src/dns/resolver.ts';
import type { DnsSettings } from '../../src/dns/settings.ts';
import { FAILURE_KINDS } from '../support/resolver-fault-kinds.ts';

const DOH: DnsSettings = { kind: 'doh', url: 'https://doh.example/dns-query', format: 'wire' };

function entry(name: string, failure?: LookupFailureKind): DnsEvidence {
  return { name, type: 'TXT', rcode: failure ? 'SERVFAIL' : 'NOERROR', records: [], ttl: null, ms: 20, resolver: 'doh.example', cnames: [], ...(failure ? { failure } : {}) };
}

describe('resolverTrouble (command line)', () => {
  it.each(FAILURE_KINDS)('a lookup failed as %s: reported %s', (kind, reported) => {
    const trouble = resolverTrouble(DOH, [entry('ok.example'), entry('a.example', kind)]);
    expect(trouble).toEqual(reported ? { url: DOH.url, kind } : null);
    if (trouble) expect(troubleMessage(trouble)).toMatch(/^mail-lab: .*https:\/\/doh\.example\/dns-query.* \(the results lack its answers\)$/);
  });

  it('names the first of the resolver faults, past a SERVFAIL asked before it', () => {
    expect(resolverTrouble(DOH, [entry('a.example', 'servfail'), entry('b.example', 'rate-limited'), entry('c.example', 'timeout')])).toEqual({ url: DOH.url, kind: 'rate-limited' });
  });

  it('is null for answers, and for a zone or offline, which have no endpoint', () => {
    expect(resolverTrouble(DOH, [entry('a.example')])).toBeNull();
    expect(resolverTrouble({ kind: 'zone', zone: { records: {} } }, [entry('a.example', 'timeout')])).toBeNull();
    expect(resolverTrouble({ kind: 'offline' }, [entry('a.example', 'offline')])).toBeNull();
  });

  it('says each resolver and kind once per run', () => {
    const said: string[] = [];
    const reporter = troubleReporter((line) => said.push(line));
    reporter.report(null);
    expect(reporter.any).toBe(false);
    reporter.report({ url: DOH.url, kind: 'timeout' });
    reporter.report({ url: DOH.url, kind: 'timeout' });
    reporter.report({ url: DOH.url, kind: 'refused' });
    expect(said).toHaveLength(2);
    expect(reporter.any).toBe(true);
  });
});
