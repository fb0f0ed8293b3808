// The source for offline mode: no request leaves the page. Every lookup is
// a TIMEOUT, which mailauth reports as a temporary error (RFC 7208 §2.6.6
// temperror, RFC 6376 §6.1.2 TEMPFAIL), so a check that needed the DNS shows
// as "could not be checked", never as a silent "none".

import { failedAnswer, normalizeName, type DnsSource } from './resolver.ts';

export const OFFLINE_NOTE = 'offline';

export function createOfflineSource(label = 'offline'): DnsSource {
  return {
    label,
    async lookup(name, type) {
      return failedAnswer(normalizeName(name), type.toUpperCase(), 'TIMEOUT', OFFLINE_NOTE, 'offline');
    },
  };
}
