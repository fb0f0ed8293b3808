// Which bench a TXT record belongs to, from where it is published and how
// it starts — the name the analysis already gave it, not a reading of it:
// _dmarc.<domain> holds DMARC (RFC 7489 §6.1), <selector>._domainkey.<domain>
// a DKIM key (RFC 6376 §3.6.2.1), "v=spf1" starts SPF (RFC 7208 §4.5).

import type { RecordKind } from './workbench.svelte.ts';

export function recordKindOf(name: string, text: string): RecordKind | null {
  if (/^_dmarc\./i.test(name)) return /^v=DMARC1/i.test(text.trim()) ? 'dmarc' : null;
  if (/\._domainkey\./i.test(name)) return 'dkim';
  return /^v=spf1( |$)/i.test(text) ? 'spf' : null;
}
