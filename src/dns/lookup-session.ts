// The DNS wiring of one analysis: answers come from `source`, each
// question is asked once (the cache), and every question that reached the
// source is kept as evidence (the recorder sits under the cache, so a
// repeated question is not listed twice).

import { resolverFrom, type DnsSource, type Resolver } from './resolver.ts';
import type { ZoneFile } from './zone-file.ts';
import { createCache } from './cache.ts';
import { createRecorder, type DnsEvidence, type LookupEvent } from './recorder.ts';

export interface LookupSession {
  resolver: Resolver;
  evidence(): DnsEvidence[];
  snapshot(): ZoneFile;
}

export function createLookupSession(source: DnsSource, onLookup?: (event: LookupEvent) => void): LookupSession {
  const recorder = createRecorder(source, onLookup ? { onLookup } : {});
  return {
    resolver: resolverFrom(createCache(recorder)),
    evidence: () => recorder.evidence(),
    snapshot: () => recorder.snapshot(),
  };
}
