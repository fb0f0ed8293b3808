// Answers kept for one analysis. mailauth asks some questions more than once
// (the DMARC record, the SPF record for SPF and for DMARC alignment), and the
// answers one analysis reports must agree with each other, so each
// (name, type) is asked once and the promise is shared, even while pending.
// Make a new cache per analysis: TTLs are not honoured, and a temporary
// error is kept for the rest of that analysis, not retried.

import { normalizeName, type DnsAnswer, type DnsSource } from './resolver.ts';

export function createCache(source: DnsSource): DnsSource {
  const answers = new Map<string, Promise<DnsAnswer>>();
  return {
    label: source.label,
    lookup(rawName, rawType) {
      const name = normalizeName(rawName);
      const type = rawType.toUpperCase();
      const key = `${type} ${name}`;
      const known = answers.get(key);
      if (known) return known;
      const promise = source.lookup(name, type);
      answers.set(key, promise);
      // A rejection is a bug in the source, not an answer: do not keep it.
      promise.catch(() => answers.delete(key));
      return promise;
    },
  };
}
