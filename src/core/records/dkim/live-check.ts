// The published key checked the way opendkim-testkey does: the TXT record
// at selector._domainkey.domain (RFC 6376 §3.6.2.1) is asked of the chosen
// resolver, read, and, when the private key is given, compared with it.
// opendkim-testkey's "key secure" (DNSSEC) is what the resolver says of the
// answer, its AD bit: a DNS-over-HTTPS answer does not carry the signatures
// to check here, so the validating resolver is taken at its word.

import type { LocalizedText } from '../../analysis.ts';
import type { Resolver } from '../../../dns/resolver.ts';
import { matchPrivateKey, type KeyMatch } from './private-key-match.ts';
import { readDkimRecord, type DkimRecordReport } from './read-record.ts';
import { ask } from '../../sender/dns-question.ts';
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
  /** The resolver's AD bit on the answer (opendkim-testkey's "key secure"); unknown where it did not say. */
  secure: 'secure' | 'not-secure' | 'unknown';
  text: LocalizedText;
}

// A name with many TXT records is read only this far: a zone could
// publish thousands, and each would be cleaned and read for nothing.
const MAX_RECORDS = 10;

export async function checkPublishedKey(options: { resolver: Resolver; domain: string; selector: string; privateKey?: string | undefined; subtle?: SubtleSubset | null }): Promise<DkimLiveCheck> {
  const domain = options.domain.trim().toLowerCase().replace(/\.$/, '');
  const selector = options.selector.trim().toLowerCase();
  const name = `${selector}._domainkey.${domain}`;
  const none = { records: [], report: null, match: null, secure: 'unknown' as const };
  if (!isDnsName(domain) || !isDnsName(selector)) {
    return { name: name.slice(0, 300), outcome: 'bad-name', ...none, text: { en: 'Name a domain and a selector, each DNS labels of letters, digits and hyphens.', de: 'Eine Domain und einen Selektor nennen, jeweils DNS-Labels aus Buchstaben, Ziffern und Bindestrichen.' } };
  }
  const asked = await ask(options.resolver, name, 'TXT');
  if (asked.outcome.kind === 'nxdomain' || asked.outcome.kind === 'nodata') {
    return { name, outcome: 'missing', ...none, text: { en: `No key record at ${name}: signatures with s=${selector} fail (RFC 6376 §6.1.2). Publish the record, or check the selector and domain.`, de: `Kein Schlüsseleintrag unter ${name}: Signaturen mit s=${selector} scheitern (RFC 6376 §6.1.2). Den Eintrag veröffentlichen oder Selektor und Domain prüfen.` } };
  }
  if (asked.outcome.kind === 'error') {
    const code = asked.outcome.detail;
    return { name, outcome: 'dns-error', ...none, text: { en: `The resolver gave no answer for ${name} (${code}): cannot tell whether the key is published.`, de: `Der Resolver gab keine Antwort für ${name} (${code}): Ob der Schlüssel veröffentlicht ist, lässt sich nicht sagen.` } };
  }
  const secure = asked.authenticated === undefined ? 'unknown' : asked.authenticated ? 'secure' : 'not-secure';
  const records = asked.outcome.records.slice(0, MAX_RECORDS).map((answer) => (Array.isArray(answer) ? answer.join('') : String(answer)));
  const report = readDkimRecord(records[0] ?? '');
  const p = report.tags.find((tag) => tag.name === 'p')?.value;
  const keyType = (report.tags.find((tag) => tag.name === 'k')?.value ?? 'rsa').toLowerCase();
  const match = options.privateKey?.trim() && p ? await matchPrivateKey(options.privateKey, p, keyType, options.subtle) : null;
  const several = records.length > 1 ? { en: ` ${records.length} TXT records answer: RFC 6376 §3.6.2.2 leaves it open which one a verifier takes, so publish one.`, de: ` ${records.length} TXT-Einträge antworten: RFC 6376 §3.6.2.2 lässt offen, welchen ein Prüfer nimmt, daher nur einen veröffentlichen.` } : { en: '', de: '' };
  const text =
    report.status === 'fail'
      ? { en: `A record is published at ${name}, but verifiers cannot use it (see below).${several.en}`, de: `Unter ${name} ist ein Eintrag veröffentlicht, aber Prüfer können ihn nicht verwenden (siehe unten).${several.de}` }
      : { en: `The key at ${name} is published and parses (${report.key.type}${report.key.bits ? `, ${report.key.bits} bits` : ''}).${several.en}`, de: `Der Schlüssel unter ${name} ist veröffentlicht und lesbar (${report.key.type}${report.key.bits ? `, ${report.key.bits} Bit` : ''}).${several.de}` };
  const security = SECURITY_TEXT[secure];
  return { name, outcome: 'published', records, report, match, secure, text: { en: text.en + security.en, de: text.de + security.de } };
}

// What the AD bit says, as a sentence after the outcome. Not authenticated is
// usual (most zones are unsigned) and stops no verification: only said.
const SECURITY_TEXT: Record<DkimLiveCheck['secure'], LocalizedText> = {
  secure: { en: ' The resolver authenticated the answer with DNSSEC (AD): opendkim-testkey would say "key secure".', de: ' Der Resolver hat die Antwort per DNSSEC bestätigt (AD): opendkim-testkey würde „key secure“ sagen.' },
  'not-secure': { en: ' The resolver did not authenticate the answer with DNSSEC: opendkim-testkey would say "key not secure", which is usual for an unsigned zone and does not stop verification.', de: ' Der Resolver hat die Antwort nicht per DNSSEC bestätigt: opendkim-testkey würde „key not secure“ sagen; bei einer unsignierten Zone üblich, die Prüfung scheitert daran nicht.' },
  unknown: { en: '', de: '' },
};
