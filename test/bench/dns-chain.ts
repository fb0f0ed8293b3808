// The longest chain of DNS questions an analysis had to ask one after the
// other: a question depends on an earlier answer when that answer named
// it (an SPF include:, redirect=, a:, mx: or exists: term, a bare a or mx
// of the record's own domain, an MX exchange, a PTR target). Questions no
// answer named are known from the message itself (the From domain, the
// DKIM d= and s=, the envelope, the client address) and start a chain;
// the DMARC record of the organisational domain is asked only when the
// From domain has none (RFC 7489 §6.6.3), so it counts one step behind.
// The bench compares the time to the last verdict with this depth: with
// independent questions asked at once, each step costs one round trip.

import type { DnsEvidence } from '../../src/dns/recorder.ts';

export interface ChainStep {
  name: string;
  type: string;
  depth: number;
}

const SPF_TARGET = /^(?:[+\-~?])?(include|redirect|a|mx|exists|ptr)(?:[:=]([^/\s]+))?/i;

/** The names an answer tells the asker to look up next, each with the types asked for it. */
function namesNamedBy(entry: DnsEvidence): string[] {
  const named: string[] = [];
  for (const record of entry.records) {
    if (typeof record === 'object' && !Array.isArray(record)) named.push(record.exchange);
    else if (entry.type === 'PTR' && typeof record === 'string') named.push(record);
    else if (entry.type === 'TXT') {
      const text = Array.isArray(record) ? record.join('') : record;
      if (!/^v=spf1(\s|$)/i.test(text)) continue;
      for (const term of text.split(/\s+/).slice(1)) {
        const match = SPF_TARGET.exec(term);
        if (!match) continue;
        // A bare a, mx or ptr looks up the record's own domain.
        named.push(match[2] ?? entry.name);
      }
    }
  }
  return named.map((name) => name.toLowerCase().replace(/\.$/, ''));
}

/** Each question with its depth, in the order asked; `fromDomain` is the author domain DMARC starts at. */
export function dnsChain(evidence: readonly DnsEvidence[], fromDomain: string | null): ChainStep[] {
  const steps: ChainStep[] = [];
  const firstNamedAt = new Map<string, number>();
  const from = fromDomain?.toLowerCase() ?? null;
  for (const entry of evidence) {
    const name = entry.name.toLowerCase();
    let depth = firstNamedAt.has(name) ? firstNamedAt.get(name)! + 1 : 1;
    if (name.startsWith('_dmarc.') && from !== null && name !== `_dmarc.${from}`) depth = Math.max(depth, 2);
    steps.push({ name, type: entry.type, depth });
    for (const named of namesNamedBy(entry)) {
      if (!firstNamedAt.has(named) || firstNamedAt.get(named)! > depth) firstNamedAt.set(named, depth);
    }
  }
  return steps;
}

export function longestChain(steps: readonly ChainStep[]): number {
  return steps.reduce((most, step) => Math.max(most, step.depth), 0);
}
