// The answers one analysis recorded, given again: its zone.json snapshot for
// every answer, and each lookup that failed failed again the same way (a
// timeout, a refusal, a rate limit, an unreachable resolver), which a
// zone.json cannot say. The same message analysed again from them — in the
// other language's worker, after the page's language changed — gets the
// same verdicts, DNS failures included, and asks nothing.

import type { DnsEvidence } from './recorder.ts';
import type { ZoneFile } from './zone-file.ts';
import { createZoneSource } from './zone.ts';
import { failedAnswer, normalizeName, type DnsSource, type Rcode } from './resolver.ts';

const key = (name: string, type: string) => `${normalizeName(name)} ${type.toUpperCase()}`;

export function createRecordedSource(zone: ZoneFile, evidence: readonly DnsEvidence[], label = 'recorded'): DnsSource {
  const answers = createZoneSource(zone, label);
  // As in the snapshot, the first outcome of a question is the one given again.
  const first = new Map<string, DnsEvidence>();
  for (const entry of evidence) if (!first.has(key(entry.name, entry.type))) first.set(key(entry.name, entry.type), entry);
  return {
    label,
    async lookup(name, type) {
      const recorded = first.get(key(name, type));
      if (recorded?.failure === undefined) return answers.lookup(name, type);
      const rcode: Exclude<Rcode, 'NOERROR'> = recorded.rcode === 'NOERROR' ? 'SERVFAIL' : recorded.rcode;
      return failedAnswer(normalizeName(name), type.toUpperCase(), rcode, recorded.error ?? recorded.failure, recorded.failure);
    },
  };
}
