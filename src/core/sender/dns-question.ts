// One DNS question of the sender checks, asked through the analysis's
// resolver (so the answer is in the DNS evidence and the frozen snapshot)
// and read into what the checks need: records, no such name, no such
// record, or no answer to judge by. A resolver failure is never read as
// "absent": a check built on it says it cannot tell.

import { DnsError, ERROR_CODE_OF_RCODE, type DnsAnswer, type DnsRecord, type MxRecord, type Resolver } from '../../dns/resolver.ts';

export type QuestionOutcome =
  | { kind: 'records'; records: DnsRecord[] }
  | { kind: 'nxdomain' }
  | { kind: 'nodata' }
  /** SERVFAIL, REFUSED, a timeout, offline, the query budget spent: nothing to judge by. */
  | { kind: 'error'; detail: string };

export interface Asked {
  question: string;
  outcome: QuestionOutcome;
  /** The resolver's AD bit on the answer; absent where it did not say (DnsAnswer.authenticated). */
  authenticated?: boolean;
}

export async function ask(resolver: Resolver, name: string, type: string): Promise<Asked> {
  const question = `${type} ${name}`;
  // The whole answer where the resolver gives it: the AD bit is not in the records.
  if (resolver.answer) return askedFrom(question, await resolver.answer(name, type));
  try {
    return { question, outcome: { kind: 'records', records: await resolver(name, type) } };
  } catch (error) {
    if (error instanceof DnsError) {
      if (error.code === 'ENOTFOUND') return { question, outcome: { kind: 'nxdomain' } };
      if (error.code === 'ENODATA') return { question, outcome: { kind: 'nodata' } };
      // The rcode's word only, never the transport's (answer.failure): the
      // Analysis must not depend on which resolver answered (resolver.ts).
      return { question, outcome: { kind: 'error', detail: error.code } };
    }
    // A resolver that throws something else has a bug; the check still says it cannot tell.
    return { question, outcome: { kind: 'error', detail: error instanceof Error ? error.message : String(error) } };
  }
}

function askedFrom(question: string, answer: DnsAnswer): Asked {
  const asked: Asked =
    answer.rcode === 'NOERROR'
      ? { question, outcome: answer.records.length > 0 ? { kind: 'records', records: answer.records } : { kind: 'nodata' } }
      : answer.rcode === 'NXDOMAIN'
        ? { question, outcome: { kind: 'nxdomain' } }
        : { question, outcome: { kind: 'error', detail: ERROR_CODE_OF_RCODE[answer.rcode] } };
  if (answer.authenticated !== undefined) asked.authenticated = answer.authenticated;
  return asked;
}

export function stringsOf(asked: Asked): string[] {
  return asked.outcome.kind === 'records' ? asked.outcome.records.filter((r): r is string => typeof r === 'string') : [];
}

export function mxOf(asked: Asked): MxRecord[] {
  return asked.outcome.kind === 'records' ? asked.outcome.records.filter((r): r is MxRecord => typeof r === 'object' && !Array.isArray(r)) : [];
}

/** TXT records joined from their character-strings (RFC 7208 §3.3). */
export function txtOf(asked: Asked): string[] {
  return asked.outcome.kind === 'records' ? asked.outcome.records.map((r) => (Array.isArray(r) ? r.join('') : typeof r === 'string' ? r : '')) : [];
}

/** Host names compare without case and the root dot (RFC 4343). */
export function sameHost(a: string, b: string): boolean {
  return a.replace(/\.$/, '').toLowerCase() === b.replace(/\.$/, '').toLowerCase();
}
