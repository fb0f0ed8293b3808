// How a record of test/corpus/data/sisimai-set-of-emails/expected.json is
// compared with our bounce results, by the rules of the corpus README:
// - x.0.9xx statuses are Sisimai pseudo codes for bounces without a usable
//   code: only their class is compared;
// - an empty status (feedback, auto-replies) means we give none;
// - `sisimai510` holds Sisimai 5.1.0's reclassification of a record: either
//   value is accepted;
// - speeding ≡ ratelimited and mesgtoobig ≡ emailtoolarge (FORMAT.md);
// - the recipient (from the Debian Sisimai 4 run) only where it is present.

import type { BounceRecipient } from '../../../src/core/analysis.ts';

export interface SisimaiRecord {
  file: string;
  index: number;
  recipient?: string;
  status: string;
  replycode: string;
  reason: string;
  hardbounce: boolean;
  decoder: string;
  feedbacktype?: string;
  sisimai510?: { status: string; replycode: string; reason: string; hardbounce: boolean };
}

export interface SisimaiCorpus {
  bounces: SisimaiRecord[];
  lineEndingVariants: Record<string, string>;
  notBounces: string[];
  withoutExpectation: string[];
}

const SAME_REASON: Record<string, string> = { speeding: 'ratelimited', emailtoolarge: 'mesgtoobig' };
const canonical = (reason: string) => SAME_REASON[reason] ?? reason;
const PSEUDO = /^[245]\.0\.9\d\d$/;

export function reasonAgrees(record: SisimaiRecord, got: BounceRecipient | undefined): boolean {
  if (!got) return false;
  return [record.reason, record.sisimai510?.reason].filter((r): r is string => Boolean(r)).some((r) => canonical(r) === canonical(got.reason));
}

function statusMatches(expected: string, got: BounceRecipient): boolean {
  if (expected === '') return got.status === null;
  if (PSEUDO.test(expected)) return got.status?.[0] === expected[0];
  return got.status === expected;
}

export function statusAgrees(record: SisimaiRecord, got: BounceRecipient | undefined): boolean {
  if (!got) return false;
  return [record.status, record.sisimai510?.status].filter((s): s is string => s !== undefined).some((s) => statusMatches(s, got));
}

/** true, false, or null when the corpus has no recipient for the record. */
export function recipientAgrees(record: SisimaiRecord, got: BounceRecipient | undefined): boolean | null {
  if (!record.recipient) return null;
  return (got?.recipient ?? '').toLowerCase() === record.recipient.toLowerCase();
}

export function expectedWords(record: SisimaiRecord): string {
  const alternative = record.sisimai510 ? ` (5.1.0: ${record.sisimai510.status || '-'}/${record.sisimai510.reason})` : '';
  return `${record.status || '-'}/${record.reason}/${record.recipient ?? '?'}${alternative}`;
}

export function gotWords(got: BounceRecipient | undefined): string {
  return got ? `${got.status ?? '-'}/${got.reason}/${got.recipient ?? 'null'}` : 'no record';
}
