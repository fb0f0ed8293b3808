// "Check a domain": the scorecard of a domain on its own, for the page's
// second entry and `mail-lab --domain`. The questions are independent, so
// they go out together; DKIM keys only for the selectors the user names
// (keys cannot be listed, and guessing many selectors is many queries).

import type { Resolver } from '../../dns/resolver.ts';
import { createQueryBudget } from '../../dns/query-budget.ts';
import { checkDomainMx } from './domain-mx.ts';
import { checkBimi, checkDkimSelector, checkDmarcRecord, checkMtaSts, checkSpfRecord, checkTlsRpt } from './domain-policies.ts';
import { checkDomainBlocklists } from './blocklist-check.ts';
import type { Blocklist } from './blocklists.ts';
import { scoreItem, type DomainReport } from './scorecard.ts';

// Selectors are the user's words; a long list is a query each.
export const MAX_SELECTORS = 10;

export interface DomainCheckOptions {
  resolver: Resolver;
  selectors?: readonly string[];
  /** null or absent: blocklists not allowed. */
  blocklists?: readonly Blocklist[] | null;
}

/** A domain name as a user types it: trimmed, lower-case, no root dot, no "mailto:"/"@" prefix; null if it is none. */
export function readDomainInput(text: string): string | null {
  const domain = text.trim().toLowerCase().replace(/^mailto:/, '').replace(/^.*@/, '').replace(/\.$/, '');
  // RFC 1035 §2.3.4: 253 characters in text form, labels of 1–63.
  if (domain.length === 0 || domain.length > 253) return null;
  return domain.split('.').length >= 2 && domain.split('.').every((label) => /^[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?$/.test(label)) ? domain : null;
}

export async function checkDomain(domain: string, options: DomainCheckOptions): Promise<DomainReport> {
  const resolver = createQueryBudget(options.resolver).resolver;
  const selectors = [...new Set((options.selectors ?? []).map((s) => s.trim().toLowerCase()).filter((s) => /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(s)))].slice(0, MAX_SELECTORS);
  const lists = options.blocklists ?? null;
  const [mx, spf, dmarc, dkim, mtaSts, tlsRpt, bimi, listed] = await Promise.all([
    checkDomainMx(resolver, domain),
    checkSpfRecord(resolver, domain),
    checkDmarcRecord(resolver, domain),
    Promise.all(selectors.map((selector) => checkDkimSelector(resolver, domain, selector))),
    checkMtaSts(resolver, domain),
    checkTlsRpt(resolver, domain),
    checkBimi(resolver, domain),
    lists ? checkDomainBlocklists(resolver, [domain], lists) : Promise.resolve([]),
  ]);
  const dkimItems =
    dkim.length > 0
      ? dkim
      : [
          scoreItem('dkim', {
            status: 'cannot-tell',
            subject: `*._domainkey.${domain}`,
            reason: { en: 'DKIM keys cannot be listed: name a selector (the s= of a signature from this domain) to check its key.', de: 'DKIM-Schlüssel lassen sich nicht auflisten: einen Selektor nennen (das s= einer Signatur dieser Domain), um seinen Schlüssel zu prüfen.' },
          }),
        ];
  return { domain, blocklists: lists ? 'asked' : 'not-asked', items: [...mx, spf, dmarc, ...dkimItems, mtaSts, tlsRpt, bimi, ...listed] };
}
