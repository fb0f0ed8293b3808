// The name of each checklist item, in both languages: the seed's words
// where it has them ("static IP", "forward and reverse DNS agree", "no open
// relay"), the RFC's where it does not.

import type { LocalizedText } from '../analysis.ts';
import type { ScoreItemId } from './scorecard.ts';

export const ITEM_TITLES: Record<ScoreItemId, LocalizedText> = {
  ptr: { en: 'Reverse DNS (PTR) of the sending address', de: 'Reverse-DNS (PTR) der sendenden Adresse' },
  fcrdns: { en: 'Forward and reverse DNS agree', de: 'Vorwärts- und Rückwärts-DNS stimmen überein' },
  'static-ip': { en: 'A static address with a server name, not a dynamic line', de: 'Feste Adresse mit Servernamen, keine dynamische Leitung' },
  helo: { en: 'Greeting (HELO) name resolves and matches the address', de: 'Begrüßungsname (HELO) löst auf und passt zur Adresse' },
  'envelope-domain': { en: 'The envelope sender\'s domain takes mail (MX or A)', de: 'Die Domain des Umschlag-Absenders nimmt Mail an (MX oder A)' },
  'from-domain': { en: 'The From domain takes mail (MX or A)', de: 'Die From-Domain nimmt Mail an (MX oder A)' },
  'receiving-mx': { en: 'The receiving host is one of the recipient domain\'s MX', de: 'Der empfangende Host ist ein MX der Empfängerdomain' },
  'blocklist-ip': { en: 'The sending address is on no blocklist', de: 'Die sendende Adresse steht auf keiner Blockliste' },
  'blocklist-domain': { en: 'The domain is on no domain blocklist', de: 'Die Domain steht auf keiner Domain-Blockliste' },
  'open-relay': { en: 'Not an open relay', de: 'Kein offenes Relay' },
  mx: { en: 'MX records', de: 'MX-Einträge' },
  'mx-targets': { en: 'MX targets resolve, and are no aliases', de: 'MX-Ziele lösen auf und sind keine Aliasse' },
  spf: { en: 'SPF: one valid record', de: 'SPF: genau ein gültiger Eintrag' },
  dmarc: { en: 'DMARC record', de: 'DMARC-Eintrag' },
  dkim: { en: 'DKIM key for the named selector', de: 'DKIM-Schlüssel für den genannten Selektor' },
  'mta-sts': { en: 'MTA-STS (RFC 8461)', de: 'MTA-STS (RFC 8461)' },
  'tls-rpt': { en: 'TLS reporting (RFC 8460)', de: 'TLS-Berichte (RFC 8460)' },
  bimi: { en: 'BIMI record', de: 'BIMI-Eintrag' },
  dnssec: { en: 'DNSSEC, as the resolver reports it', de: 'DNSSEC, wie der Resolver es meldet' },
  dane: { en: 'DANE: TLSA records of the MX host (RFC 7672)', de: 'DANE: TLSA-Einträge des MX-Hosts (RFC 7672)' },
};

/** Short names for a list of items in one line (the summary's chip). */
export const ITEM_SHORT_NAMES: Record<ScoreItemId, LocalizedText> = {
  ptr: { en: 'no reverse DNS', de: 'kein Reverse-DNS' },
  fcrdns: { en: 'forward and reverse DNS disagree', de: 'Vorwärts- und Rückwärts-DNS uneins' },
  'static-ip': { en: 'dynamic-looking address', de: 'dynamisch wirkende Adresse' },
  helo: { en: 'HELO name', de: 'HELO-Name' },
  'envelope-domain': { en: 'envelope domain takes no mail', de: 'Umschlag-Domain nimmt keine Mail' },
  'from-domain': { en: 'From domain takes no mail', de: 'From-Domain nimmt keine Mail' },
  'receiving-mx': { en: 'not received at an MX', de: 'nicht an einem MX empfangen' },
  'blocklist-ip': { en: 'address blocklisted', de: 'Adresse auf Blockliste' },
  'blocklist-domain': { en: 'domain blocklisted', de: 'Domain auf Blockliste' },
  'open-relay': { en: 'open relay', de: 'offenes Relay' },
  mx: { en: 'MX', de: 'MX' },
  'mx-targets': { en: 'MX targets', de: 'MX-Ziele' },
  spf: { en: 'SPF', de: 'SPF' },
  dmarc: { en: 'DMARC', de: 'DMARC' },
  dkim: { en: 'DKIM key', de: 'DKIM-Schlüssel' },
  'mta-sts': { en: 'MTA-STS', de: 'MTA-STS' },
  'tls-rpt': { en: 'TLS-RPT', de: 'TLS-RPT' },
  bimi: { en: 'BIMI', de: 'BIMI' },
  dnssec: { en: 'DNSSEC', de: 'DNSSEC' },
  dane: { en: 'DANE', de: 'DANE' },
};
