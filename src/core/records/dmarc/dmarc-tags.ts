// Every DMARC tag (RFC 7489 §6.3, and RFC 9989 — DMARCbis — for np, psd
// and t) with its default, its allowed values and what it
// means, English and German.

import type { LocalizedText } from '../../analysis.ts';

export interface DmarcTagInfo {
  name: string;
  /** The value in force when the tag is absent; null when it has none (or is required). */
  fallback: string | null;
  /** Where the tag is defined. */
  source: 'RFC 7489' | 'RFC 9989';
  meaning: LocalizedText;
  /** Reason the value is not allowed, or null. */
  check(value: string): LocalizedText | null;
}

const oneOf = (tag: string, allowed: string[]) => (value: string) =>
  allowed.includes(value.toLowerCase()) ? null : { en: `${tag}=${value}: allowed are ${allowed.join(', ')}`, de: `${tag}=${value}: erlaubt sind ${allowed.join(', ')}` };

export const DMARC_TAGS: readonly DmarcTagInfo[] = [
  { name: 'v', fallback: null, source: 'RFC 7489', meaning: { en: 'Version: must be "DMARC1" and come first, or the record is ignored (§6.3).', de: 'Version: muss „DMARC1“ sein und zuerst stehen, sonst wird der Eintrag ignoriert (§6.3).' }, check: (v) => (v === 'DMARC1' ? null : { en: `v=${v}: must be exactly DMARC1`, de: `v=${v}: muss genau DMARC1 sein` }) },
  { name: 'p', fallback: null, source: 'RFC 7489', meaning: { en: 'Policy for mail from this domain that fails DMARC: none (only report), quarantine (spam folder), reject (refuse at SMTP). Required.', de: 'Richtlinie für Mail dieser Domain, die DMARC nicht besteht: none (nur berichten), quarantine (Spam-Ordner), reject (beim SMTP abweisen). Pflicht.' }, check: oneOf('p', ['none', 'quarantine', 'reject']) },
  { name: 'sp', fallback: 'p', source: 'RFC 7489', meaning: { en: 'Policy for subdomains (mail from x.example.com when the record is at example.com); absent: as p.', de: 'Richtlinie für Subdomains (Mail von x.example.com, wenn der Eintrag bei example.com steht); fehlt er: wie p.' }, check: oneOf('sp', ['none', 'quarantine', 'reject']) },
  { name: 'np', fallback: 'sp', source: 'RFC 9989', meaning: { en: 'Policy for subdomains that do not exist (NXDOMAIN) — a favourite of forgers; absent: as sp.', de: 'Richtlinie für nicht existierende Subdomains (NXDOMAIN) — bei Fälschern beliebt; fehlt er: wie sp.' }, check: oneOf('np', ['none', 'quarantine', 'reject']) },
  { name: 'pct', fallback: '100', source: 'RFC 7489', meaning: { en: 'Percentage of failing mail the policy applies to; the rest gets the next milder policy. For a staged roll-out. RFC 9989 (DMARCbis) replaces it with t=.', de: 'Prozentsatz der durchfallenden Mail, auf den die Richtlinie angewandt wird; der Rest erhält die nächst mildere. Für eine schrittweise Einführung. RFC 9989 (DMARCbis) ersetzt es durch t=.' }, check: (v) => (/^\d{1,3}$/.test(v) && Number(v) <= 100 ? null : { en: `pct=${v}: a whole number from 0 to 100`, de: `pct=${v}: eine ganze Zahl von 0 bis 100` }) },
  { name: 't', fallback: 'n', source: 'RFC 9989', meaning: { en: 'Testing: t=y asks receivers to apply one step milder (reject as quarantine, quarantine as none) while you test.', de: 'Test: t=y bittet Empfänger, eine Stufe milder zu handeln (reject wie quarantine, quarantine wie none), solange Sie testen.' }, check: oneOf('t', ['y', 'n']) },
  { name: 'psd', fallback: 'u', source: 'RFC 9989', meaning: { en: 'Public suffix domain: y for a registry (like a TLD), n for an organisational domain, u (unknown) otherwise. Ordinary domains leave it out.', de: 'Public-Suffix-Domain: y für eine Registry (wie eine TLD), n für eine Organisationsdomain, sonst u (unbekannt). Gewöhnliche Domains lassen es weg.' }, check: oneOf('psd', ['y', 'n', 'u']) },
  { name: 'adkim', fallback: 'r', source: 'RFC 7489', meaning: { en: 'DKIM alignment: r (relaxed) lets d= be any domain of the same organisation as From; s (strict) needs the same domain.', de: 'DKIM-Ausrichtung: r (locker) erlaubt für d= jede Domain derselben Organisation wie From; s (strikt) verlangt dieselbe Domain.' }, check: oneOf('adkim', ['r', 's']) },
  { name: 'aspf', fallback: 'r', source: 'RFC 7489', meaning: { en: 'SPF alignment: r (relaxed) or s (strict), for the MAIL FROM domain against From.', de: 'SPF-Ausrichtung: r (locker) oder s (strikt), für die MAIL-FROM-Domain gegen From.' }, check: oneOf('aspf', ['r', 's']) },
  { name: 'rua', fallback: null, source: 'RFC 7489', meaning: { en: 'Where daily aggregate reports go (XML, one per receiver and day): comma-separated mailto: URIs, each optionally with "!size".', de: 'Wohin die täglichen Sammelberichte gehen (XML, einer je Empfänger und Tag): mailto:-URIs, mit Komma getrennt, jede optional mit „!Größe“.' }, check: () => null },
  { name: 'ruf', fallback: null, source: 'RFC 7489', meaning: { en: 'Where failure (forensic) reports go, one per failing message, with headers or more of it; few receivers send them, for privacy.', de: 'Wohin Fehlerberichte (forensisch) gehen, einer je durchgefallener Nachricht, mit Kopf oder mehr; wenige Empfänger senden sie, aus Datenschutzgründen.' }, check: () => null },
  { name: 'fo', fallback: '0', source: 'RFC 7489', meaning: { en: 'When to send failure reports: 0 when SPF and DKIM both fail to align, 1 when either does, d on a DKIM failure, s on an SPF failure; colon-separated.', de: 'Wann Fehlerberichte gesendet werden: 0, wenn SPF und DKIM beide nicht ausgerichtet bestehen, 1, wenn eines davon, d bei DKIM-Fehler, s bei SPF-Fehler; mit Doppelpunkt getrennt.' }, check: (v) => (v.split(':').every((o) => ['0', '1', 'd', 's'].includes(o.trim())) ? null : { en: `fo=${v}: options are 0, 1, d, s, separated by ":"`, de: `fo=${v}: Optionen sind 0, 1, d, s, mit „:“ getrennt` }) },
  { name: 'rf', fallback: 'afrf', source: 'RFC 7489', meaning: { en: 'Format of failure reports: afrf (RFC 6591), the only one defined.', de: 'Format der Fehlerberichte: afrf (RFC 6591), das einzige definierte.' }, check: oneOf('rf', ['afrf']) },
  { name: 'ri', fallback: '86400', source: 'RFC 7489', meaning: { en: 'Requested interval between aggregate reports, in seconds; receivers send daily whatever you ask.', de: 'Gewünschter Abstand der Sammelberichte in Sekunden; Empfänger senden täglich, gleich was Sie wünschen.' }, check: (v) => (/^\d{1,10}$/.test(v) && Number(v) <= 0xffffffff ? null : { en: `ri=${v}: seconds, a whole number`, de: `ri=${v}: Sekunden, eine ganze Zahl` }) },
];

export function tagInfo(name: string): DmarcTagInfo | undefined {
  return DMARC_TAGS.find((tag) => tag.name === name);
}
