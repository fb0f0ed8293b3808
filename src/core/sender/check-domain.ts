// "Check a domain": the scorecard of a domain on its own, for the page's
// second entry and `mail-lab --domain`. The questions are independent, so
// they go out together; DKIM keys for the selectors the user names, and the
// common ones only when asked (keys cannot be listed, and each guess is a
// query). DNSSEC and DANE read the resolver's AD bit (dane.ts).

import type { Resolver } from '../../dns/resolver.ts';
import { createQueryBudget } from '../../dns/query-budget.ts';
import { checkDomainMx, mxTargetsOf } from './domain-mx.ts';
import { checkBimi, checkDkimSelector, checkDmarcRecord, checkMtaSts, checkSpfRecord, checkTlsRpt, tryDkimSelector } from './domain-policies.ts';
import { checkDane, dnssecItem } from './dane.ts';
import { ask } from './dns-question.ts';
import { COMMON_DKIM_SELECTORS } from './common-selectors.ts';
import { checkDomainBlocklists } from './blocklist-check.ts';
import type { Blocklist } from './blocklists.ts';
import { scoreItem, type DomainReport, type ScoreItem } from './scorecard.ts';

// Selectors are the user's words; a long list is a query each.
export const MAX_SELECTORS = 10;

export interface DomainCheckOptions {
  resolver: Resolver;
  selectors?: readonly string[];
  /** Also try COMMON_DKIM_SELECTORS; only keys found are reported. */
  commonSelectors?: boolean;
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
  const guesses = options.commonSelectors ? COMMON_DKIM_SELECTORS.filter((selector) => !selectors.includes(selector)) : [];
  const lists = options.blocklists ?? null;
  // The MX question of checkDomainMx, shared through the cache: its AD bit is the domain's DNSSEC status.
  const mxAnswer = ask(resolver, domain, 'MX');
  const [mx, dnssec, dane, spf, dmarc, dkim, guessed, mtaSts, tlsRpt, bimi, listed] = await Promise.all([
    checkDomainMx(resolver, domain),
    mxAnswer.then((asked) => dnssecItem(domain, asked)),
    mxAnswer.then((asked) => checkDane(resolver, mxTargetsOf(asked))),
    checkSpfRecord(resolver, domain),
    checkDmarcRecord(resolver, domain),
    Promise.all(selectors.map((selector) => checkDkimSelector(resolver, domain, selector))),
    Promise.all(guesses.map((selector) => tryDkimSelector(resolver, domain, selector))),
    checkMtaSts(resolver, domain),
    checkTlsRpt(resolver, domain),
    checkBimi(resolver, domain),
    lists ? checkDomainBlocklists(resolver, [domain], lists) : Promise.resolve([]),
  ]);
  const found = [...dkim, ...guessed.filter((item): item is ScoreItem => item !== null)];
  const dkimItems =
    found.length > 0
      ? found
      : [
          scoreItem('dkim', {
            status: 'cannot-tell',
            subject: `*._domainkey.${domain}`,
            questions: guesses.map((selector) => `TXT ${selector}._domainkey.${domain}`),
            reason:
              guesses.length > 0
                ? { en: `None of the ${guesses.length} common selectors (${guesses.join(', ')}) has a key. DKIM keys cannot be listed: name the selector (the s= of a signature from this domain) to check its key.`, de: `Keiner der ${guesses.length} üblichen Selektoren (${guesses.join(', ')}) hat einen Schlüssel. DKIM-Schlüssel lassen sich nicht auflisten: den Selektor nennen (das s= einer Signatur dieser Domain), um seinen Schlüssel zu prüfen.` }
                : { en: 'DKIM keys cannot be listed: name a selector (the s= of a signature from this domain) to check its key, or try the common ones.', de: 'DKIM-Schlüssel lassen sich nicht auflisten: einen Selektor nennen (das s= einer Signatur dieser Domain), um seinen Schlüssel zu prüfen, oder die üblichen versuchen.' },
          }),
        ];
  return { domain, blocklists: lists ? 'asked' : 'not-asked', items: [...mx, dnssec, ...dane, spf, dmarc, ...dkimItems, mtaSts, tlsRpt, bimi, ...listed] };
}
