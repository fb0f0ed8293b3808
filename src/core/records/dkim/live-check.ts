// The published key checked the way opendkim-testkey does: the TXT record
// at selector._domainkey.domain (RFC 6376 §3.6.2.1) is asked of the chosen
// resolver, read, and, when the private key is given, compared with it.
// DNSSEC ("key secure" in opendkim-testkey) is not checked: a DNS-over-HTTPS
// answer does not carry the signatures to check.

import type { LocalizedText } from '../../analysis.ts';
import type { Resolver } from '../../../dns/resolver.ts';
import { matchPrivateKey, type KeyMatch } from './private-key-match.ts';
import { readDkimRecord, type DkimRecordReport } from './read-record.ts';
import { isDnsName } from './generate-key.ts';
import type { SubtleSubset } from './web-crypto.ts';

export interface DkimLiveCheck {
  name: string;
  /** published: a key record answered; missing: NXDOMAIN or no TXT; dns-error: the resolver could not say. */
  outcome: 'published' | 'missing' | 'dns-error' | 'bad-name';
  /** Every TXT record at the name, each with its strings joined (RFC 6376 §3.6.2.2). */
  records: string[];
  /** The record read (the first, as verifiers take it); null without one. */
  report: DkimRecordReport | null;
  match: KeyMatch | null;
  text: LocalizedText;
}

// A name with many TXT records is read only this far: a zone could
// publish thousands, and each would be cleaned and read for nothing.
const MAX_RECORDS = 10;

export async function checkPublishedKey(options: { resolver: Resolver; domain: string; selector: string; privateKey?: string | undefined; subtle?: SubtleSubset | null }): Promise<DkimLiveCheck> {
  const domain = options.domain.trim().toLowerCase().replace(/\.$/, '');
  const selector = options.selector.trim().toLowerCase();
  const name = `${selector}._domainkey.${domain}`;
  const none = { records: [], report: null, match: null };
  if (!isDnsName(domain) || !isDnsName(selector)) {
    return { name: name.slice(0, 300), outcome: 'bad-name', ...none, text: { en: 'Name a domain and a selector, each DNS labels of letters, digits and hyphens.', de: 'Eine Domain und einen Selektor nennen, jeweils DNS-Labels aus Buchstaben, Ziffern und Bindestrichen.' } };
  }
  let answers: unknown[];
  try {
    answers = await options.resolver(name, 'TXT');
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') {
      return { name, outcome: 'missing', ...none, text: { en: `No key record at ${name}: signatures with s=${selector} fail (RFC 6376 §6.1.2). Publish the record, or check the selector and domain.`, de: `Kein Schlüsseleintrag unter ${name}: Signaturen mit s=${selector} scheitern (RFC 6376 §6.1.2). Den Eintrag veröffentlichen oder Selektor und Domain prüfen.` } };
    }
    return { name, outcome: 'dns-error', ...none, text: { en: `The resolver gave no answer for ${name} (${code ?? 'error'}): cannot tell whether the key is published.`, de: `Der Resolver gab keine Antwort für ${name} (${code ?? 'Fehler'}): Ob der Schlüssel veröffentlicht ist, lässt sich nicht sagen.` } };
  }
  const records = answers.slice(0, MAX_RECORDS).map((answer) => (Array.isArray(answer) ? answer.join('') : String(answer)));
  const report = readDkimRecord(records[0] ?? '');
  const p = report.tags.find((tag) => tag.name === 'p')?.value;
  const keyType = (report.tags.find((tag) => tag.name === 'k')?.value ?? 'rsa').toLowerCase();
  const match = options.privateKey?.trim() && p ? await matchPrivateKey(options.privateKey, p, keyType, options.subtle) : null;
  const several = records.length > 1 ? { en: ` ${records.length} TXT records answer: RFC 6376 §3.6.2.2 leaves it open which one a verifier takes, so publish one.`, de: ` ${records.length} TXT-Einträge antworten: RFC 6376 §3.6.2.2 lässt offen, welchen ein Prüfer nimmt, daher nur einen veröffentlichen.` } : { en: '', de: '' };
  const text =
    report.status === 'fail'
      ? { en: `A record is published at ${name}, but verifiers cannot use it (see below).${several.en}`, de: `Unter ${name} ist ein Eintrag veröffentlicht, aber Prüfer können ihn nicht verwenden (siehe unten).${several.de}` }
      : { en: `The key at ${name} is published and parses (${report.key.type}${report.key.bits ? `, ${report.key.bits} bits` : ''}).${several.en}`, de: `Der Schlüssel unter ${name} ist veröffentlicht und lesbar (${report.key.type}${report.key.bits ? `, ${report.key.bits} Bit` : ''}).${several.de}` };
  return { name, outcome: 'published', records, report, match, text };
}
