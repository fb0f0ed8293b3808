// A TLSA record (RFC 6698) read for SMTP: its three fields named with the
// acronyms of RFC 7218, what each means, and whether a sending server can
// use it. RFC 7672 §3.1.3: for SMTP only DANE-TA(2) and DANE-EE(3) count;
// PKIX-TA(0) and PKIX-EE(1) need a certificate authority that MX hosts have
// no standard way to name, so senders treat them as unusable.

import type { LocalizedText } from '../analysis.ts';

export interface TlsaReading {
  /** The record as published, "3 1 1 <hex>". */
  text: string;
  /** DANE-TA(2) or DANE-EE(3), with a known selector and a matching type whose digest has the right length. */
  usableForSmtp: boolean;
  /** Each field explained, in one sentence per language. */
  explanation: LocalizedText;
}

const USAGES: Record<number, { name: string; en: string; de: string }> = {
  0: { name: 'PKIX-TA', en: 'a public CA that must have issued the chain; not for SMTP (RFC 7672 §3.1.3)', de: 'eine öffentliche CA, die die Kette ausgestellt haben muss; nicht für SMTP (RFC 7672 §3.1.3)' },
  1: { name: 'PKIX-EE', en: 'the server certificate, which must also pass public-CA checks; not for SMTP (RFC 7672 §3.1.3)', de: 'das Serverzertifikat, das zusätzlich die Prüfung gegen öffentliche CAs bestehen muss; nicht für SMTP (RFC 7672 §3.1.3)' },
  2: { name: 'DANE-TA', en: 'a trust anchor of the domain\'s own, which the server must send in its chain (RFC 7671 §5.2)', de: 'ein eigener Vertrauensanker der Domain, den der Server in seiner Kette mitsenden muss (RFC 7671 §5.2)' },
  3: { name: 'DANE-EE', en: 'the server\'s own certificate or key; names and dates are not checked (RFC 7671 §5.1)', de: 'das eigene Zertifikat oder der Schlüssel des Servers; Namen und Daten werden nicht geprüft (RFC 7671 §5.1)' },
};

const SELECTORS: Record<number, { name: string; en: string; de: string }> = {
  0: { name: 'Cert', en: 'the whole certificate', de: 'das ganze Zertifikat' },
  1: { name: 'SPKI', en: 'the public key only, so a renewed certificate with the same key still matches', de: 'nur der öffentliche Schlüssel, ein erneuertes Zertifikat mit demselben Schlüssel passt also weiter' },
};

/** Matching types and the octets of their data (0: the whole selected content). */
const MATCHING: Record<number, { name: string; octets: number | null; en: string; de: string }> = {
  0: { name: 'Full', octets: null, en: 'compared in full', de: 'vollständig verglichen' },
  1: { name: 'SHA2-256', octets: 32, en: 'as a SHA-256 digest', de: 'als SHA-256-Prüfsumme' },
  2: { name: 'SHA2-512', octets: 64, en: 'as a SHA-512 digest', de: 'als SHA-512-Prüfsumme' },
};

export function readTlsaRecord(text: string): TlsaReading {
  const [usageText, selectorText, matchingText, hex = ''] = text.split(' ');
  const usage = USAGES[Number(usageText)];
  const selector = SELECTORS[Number(selectorText)];
  const matching = MATCHING[Number(matchingText)];
  const octets = hex === '-' ? 0 : hex.length / 2;
  const lengthFits = matching !== undefined && (matching.octets === null ? octets > 0 : octets === matching.octets);
  const field = (value: { name: string } | undefined, raw: string | undefined) => (value ? `${value.name}(${raw})` : `${raw} (unassigned)`);
  const parts: LocalizedText[] = [
    {
      en: `${field(usage, usageText)}: ${usage?.en ?? 'an unassigned usage, which no sender can use'}`,
      de: `${field(usage, usageText)}: ${usage?.de ?? 'eine nicht vergebene Verwendung, die kein Absender nutzen kann'}`,
    },
    { en: `${field(selector, selectorText)}: ${selector?.en ?? 'an unassigned selector'}`, de: `${field(selector, selectorText)}: ${selector?.de ?? 'ein nicht vergebener Selektor'}` },
    { en: `${field(matching, matchingText)}: ${matching?.en ?? 'an unassigned matching type'}`, de: `${field(matching, matchingText)}: ${matching?.de ?? 'ein nicht vergebener Vergleichstyp'}` },
  ];
  if (matching !== undefined && !lengthFits) {
    parts.push({
      en: `but the data has ${octets} octets${matching.octets !== null ? `, not ${matching.octets}` : ''}, so it can match nothing`,
      de: `aber die Daten haben ${octets} Oktette${matching.octets !== null ? `, nicht ${matching.octets}` : ''}, können also nichts treffen`,
    });
  }
  const usableForSmtp = (Number(usageText) === 2 || Number(usageText) === 3) && selector !== undefined && lengthFits;
  const joined = (language: 'en' | 'de') => parts.map((part) => part[language]).join('; ');
  return { text, usableForSmtp, explanation: { en: `${text} — ${joined('en')}.`, de: `${text} — ${joined('de')}.` } };
}
