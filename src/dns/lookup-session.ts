// The DNS wiring of one analysis: answers come from `source`, each
// question is asked once (the cache), and every question that reached the
// source is kept as evidence (the recorder sits under the cache, so a
// repeated question is not listed twice).
//
// A question asked only ahead (Resolver.ahead: the SPF prefetch asks
// what the evaluation's next terms will need) is sent and its answer kept
// in the cache, but it joins the evidence, and so the zone.json and the
// share link, only once the analysis asks it for real. What a link carries
// is what its verdicts used: a replay asks the same, and a record's terms
// past the one that matched (names of other senders, other services of the
// domain) are nobody's business who opens the link. The live list of
// lookups (onLookup) shows every question sent, as the network saw it.

import { cachedResolverFrom, normalizeName, type DnsSource, type Resolver } from './resolver.ts';
import type { ZoneFile } from './zone-file.ts';
import { createCache } from './cache.ts';
import { createRecorder, type DnsEvidence, type LookupEvent } from './recorder.ts';

export interface LookupSession {
  resolver: Resolver;
  evidence(): DnsEvidence[];
  snapshot(): ZoneFile;
}

export function createLookupSession(source: DnsSource, onLookup?: (event: LookupEvent) => void): LookupSession {
  /** The questions asked for real, as the cache hands them to the recorder ("TXT example.org"). */
  const asked = new Set<string>();
  const claim = (name: string, type: string): void => void asked.add(`${type.toUpperCase()} ${normalizeName(name)}`);
  const recorder = createRecorder(source, { ...(onLookup ? { onLookup } : {}), kept: (name, type) => asked.has(`${type} ${name}`) });
  const cached = cachedResolverFrom(createCache(recorder));
  const resolver: Resolver = (name, type) => {
    claim(name, type);
    return cached(name, type);
  };
  resolver.answer = (name, type) => {
    claim(name, type);
    return cached.answer!(name, type);
  };
  resolver.ahead = cached.ahead!;
  return {
    resolver,
    evidence: () => recorder.evidence(),
    snapshot: () => recorder.snapshot(),
  };
}
