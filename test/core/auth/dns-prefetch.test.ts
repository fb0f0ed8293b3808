// What is asked ahead of time is what the verifiers ask anyway, for every
// fixture case. The DMARC records: the ones mailauth's policy discovery
// asks (RFC 9989 §4.10 tree walk), the same set, except where the walk
// ends early on a failed lookup, and then the walk's questions are among
// those asked ahead (and, asked through resolver.ahead, kept out of the
// evidence where the walk never reached them). The DKIM and ARC-Seal
// keys: DKIM and ARC ask the same questions with the keys asked ahead as
// without, the DKIM keys all at once.

import { describe, expect, it } from 'vitest';
import { prefetchDmarcRecords, runArc, runDkim, runDmarc } from '../../../src/core/auth/mailauth-adapter.ts';
import { prepareMessage } from '../../../src/core/message/prepare-message.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { resolverFrom, type DnsSource, type Resolver } from '../../../src/dns/resolver.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { listCaseFolders, readCase } from '../../support/fixture-cases.ts';

function recording(resolver: Resolver, asked: Set<string>): Resolver {
  return (name, type) => {
    asked.add(`${type} ${name.toLowerCase()}`);
    return resolver(name, type);
  };
}

/** Every fixture case whose message gets to authentication. */
function* authenticatedCases() {
  for (const folder of listCaseFolders(new URL('../../cases/', import.meta.url).pathname)) {
    const fixture = readCase(folder);
    const prepared = prepareMessage(fixture.message);
    if (prepared.authBytes) yield { fixture, prepared, authBytes: prepared.authBytes };
  }
}

describe('prefetchDmarcRecords', () => {
  it('asks what the policy discovery asks, for every fixture case', async () => {
    const differing: string[] = [];
    let prefetching = 0;
    for (const { fixture, prepared, authBytes } of authenticatedCases()) {
      const resolver = resolverFrom(createZoneSource(fixture.zone));
      const ahead = new Set<string>();
      const run = await runDkim(authBytes, {
        resolver,
        now: new Date(fixture.now),
        headersOnly: prepared.input.headersOnly,
        onHeaderFrom: (headerFrom, fromFields) => prefetchDmarcRecords(headerFrom, fromFields, recording(resolver, ahead)),
      });
      const discovered = new Set<string>();
      const outcome = await runDmarc({ headerFrom: run.headerFrom, fromFields: run.fromFields, spfDomain: null, dkimDomains: [], arc: null, resolver: recording(resolver, discovered) });
      if (ahead.size > 0) prefetching++;
      const failed = outcome.response && outcome.response.status.result === 'temperror';
      const same = [...ahead].sort().join() === [...discovered].filter((question) => question.startsWith('TXT _dmarc.')).sort().join();
      const within = [...discovered].every((question) => !question.startsWith('TXT _dmarc.') || ahead.has(question));
      if (failed ? !within : !same) differing.push(`${fixture.name}: ahead ${[...ahead].join(', ')}; discovery ${[...discovered].join(', ')}`);
    }
    expect(differing).toEqual([]);
    expect(prefetching).toBeGreaterThan(100);
  });

  it('keeps a DMARC record the walk never reached (it ended on a timeout) out of the evidence, though it was sent', async () => {
    const fixture = readCase(new URL('../../cases/dmarc-record-timeout/', import.meta.url).pathname);
    const zone = createZoneSource(fixture.zone);
    const sent: string[] = [];
    const source: DnsSource = { label: zone.label, lookup: (name, type) => (sent.push(`${type} ${name}`), zone.lookup(name, type)) };
    const session = createLookupSession(source);
    const prepared = prepareMessage(fixture.message);
    const run = await runDkim(prepared.authBytes!, {
      resolver: session.resolver,
      now: new Date(fixture.now),
      headersOnly: false,
      onHeaderFrom: (headerFrom, fromFields) => prefetchDmarcRecords(headerFrom, fromFields, session.resolver),
    });
    const outcome = await runDmarc({ headerFrom: run.headerFrom, fromFields: run.fromFields, spfDomain: null, dkimDomains: [], arc: null, resolver: session.resolver });
    expect(outcome.response?.status.result).toBe('temperror');
    expect(sent).toContain('TXT _dmarc.com');
    const evidence = session.evidence().map((entry) => `${entry.type} ${entry.name}`);
    expect(evidence).toContain('TXT _dmarc.example.com');
    expect(evidence).not.toContain('TXT _dmarc.com');
  });

  it('asks the DKIM and ARC-Seal keys ahead only where the verifiers ask them, for every fixture case', async () => {
    const differing: string[] = [];
    let arcCases = 0;
    for (const { fixture, prepared, authBytes } of authenticatedCases()) {
      const questions = async (prefetchKeys: boolean) => {
        const asked = new Set<string>();
        const resolver = recording(resolverFrom(createZoneSource(fixture.zone)), asked);
        const run = await runDkim(authBytes, { resolver, now: new Date(fixture.now), headersOnly: prepared.input.headersOnly, prefetchKeys });
        await runArc(run.arc, resolver, fixture.smtp?.ip ?? null);
        return [...asked].sort().join(', ');
      };
      const [ahead, after] = [await questions(true), await questions(false)];
      if (ahead !== after) differing.push(`${fixture.name}: ahead ${ahead}; after ${after}`);
      if (/^arc-/.test(fixture.name)) arcCases++;
    }
    expect(differing).toEqual([]);
    expect(arcCases).toBeGreaterThan(3);
  });

  it('asks the keys of many DKIM signatures together, not one after another', async () => {
    const fixture = readCase(new URL('../../cases/limits-dkim-signatures/', import.meta.url).pathname);
    const prepared = prepareMessage(fixture.message);
    /** The most key questions waiting for their answers at one time. */
    const mostAtOnce = async (prefetchKeys: boolean) => {
      const zone = resolverFrom(createZoneSource(fixture.zone));
      let waiting = 0;
      let most = 0;
      const resolver: Resolver = async (name, type) => {
        const key = name.includes('._domainkey.');
        if (key) most = Math.max(most, ++waiting);
        try {
          return await zone(name, type);
        } finally {
          if (key) waiting--;
        }
      };
      await runDkim(prepared.authBytes!, { resolver, now: new Date(fixture.now), headersOnly: false, prefetchKeys });
      return most;
    };
    // 16 signatures are verified (the limit); one key each.
    expect(await mostAtOnce(false)).toBe(1);
    expect(await mostAtOnce(true)).toBe(16);
  });
});
