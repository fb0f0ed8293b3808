// Every DNS question of an analysis and what came back, in the order asked:
// the evidence panel shows it, and snapshot() freezes it as a zone.json.
// Wrap the cache (createRecorder(createCache(doh))) to see every question
// mailauth asked, or wrap the source under the cache to see each question
// sent once.

import { lookupFailureOf, type DnsAnswer, type DnsRecord, type DnsSource, type LookupFailureKind } from './resolver.ts';
import { snapshotZone } from './snapshot.ts';
import type { ZoneFile } from './zone-file.ts';

export interface DnsEvidence {
  name: string;
  type: string;
  rcode: DnsAnswer['rcode'];
  records: DnsRecord[];
  ttl: number | null;
  /** From asking to the answer, in milliseconds. */
  ms: number;
  /** The label of the source that answered: "cloudflare (wire)", "zone.json". */
  resolver: string;
  cnames: string[];
  error?: string;
  /** Why there was no answer (lookupFailureOf); absent for answers, NODATA and NXDOMAIN. */
  failure?: LookupFailureKind;
  /** The resolver's AD bit (DnsAnswer.authenticated); absent where it did not say. */
  authenticated?: boolean;
}

export interface Recorder extends DnsSource {
  /** The settled lookups, in the order they were asked. */
  evidence(): DnsEvidence[];
  /** A zone.json that createZoneSource answers every recorded lookup from in the same way. */
  snapshot(): ZoneFile;
}

/** A question as it is asked and as it is answered: the page lists pending lookups. */
export type LookupEvent = { phase: 'asked'; name: string; type: string } | { phase: 'answered'; evidence: DnsEvidence };

export interface RecorderOptions {
  /** A clock in milliseconds; performance.now by default. */
  now?: () => number;
  onLookup?: (event: LookupEvent) => void;
  /**
   * Which questions evidence() and snapshot() keep, by the name and type
   * as asked of the recorder; all by default. Read when they are called,
   * so a question may join after it was answered.
   */
  kept?: (name: string, type: string) => boolean;
}

export function createRecorder(source: DnsSource, options: RecorderOptions = {}): Recorder {
  const now = options.now ?? (() => performance.now());
  // A slot per question, filled when it settles, so the order is the asking order.
  const slots: { name: string; type: string; entry?: DnsEvidence }[] = [];
  const kept = options.kept ?? (() => true);
  const settled = () => slots.flatMap((slot) => (slot.entry !== undefined && kept(slot.name, slot.type) ? [slot.entry] : []));

  return {
    label: source.label,
    async lookup(name, type) {
      const slot = { name, type } as (typeof slots)[number];
      slots.push(slot);
      const started = now();
      options.onLookup?.({ phase: 'asked', name, type });
      const answer = await source.lookup(name, type);
      const entry: DnsEvidence = {
        name: answer.name,
        type: answer.type,
        rcode: answer.rcode,
        records: copyRecords(answer.records),
        ttl: answer.ttl,
        ms: now() - started,
        resolver: source.label,
        cnames: [...answer.cnames],
      };
      if (answer.error !== undefined) entry.error = answer.error;
      const failure = lookupFailureOf(answer);
      if (failure !== null) entry.failure = failure;
      if (answer.authenticated !== undefined) entry.authenticated = answer.authenticated;
      slot.entry = entry;
      options.onLookup?.({ phase: 'answered', evidence: entry });
      return answer;
    },
    evidence: () => settled().map((entry) => ({ ...entry, records: copyRecords(entry.records), cnames: [...entry.cnames] })),
    snapshot: () => snapshotZone(settled()),
  };
}

/** Evidence is kept apart from the answers handed out, which callers may change. */
function copyRecords(records: readonly DnsRecord[]): DnsRecord[] {
  return records.map((record) =>
    typeof record === 'string' ? record : Array.isArray(record) ? [...record] : { ...record },
  );
}
