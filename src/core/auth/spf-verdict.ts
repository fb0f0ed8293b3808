// mailauth's SPF result as an Analysis verdict. mailauth's SPF words are
// already those of RFC 7208 §2.6 and RFC 8601 §2.7.2, so nothing is mapped.

import type { AuthResult, DnsFailure, LocalizedText, SpfMatch, SpfVerdict } from '../analysis.ts';
import type { MailauthSpfResult } from './mailauth-adapter.ts';

const WORDS = new Set<AuthResult>(['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror']);

// RFC 7208 §4.6.4.
const LOOKUP_LIMIT = 10;
const VOID_LIMIT = 2;

function reasonFor(result: AuthResult, engine: MailauthSpfResult, match: SpfMatch | null, checked: string, failure: DnsFailure | undefined): LocalizedText {
  const ip = engine['client-ip'];
  const where = match?.via[match.via.length - 1];
  const by = match ? { en: ` (${match.term} in the record of ${where})`, de: ` (${match.term} im Eintrag von ${where})` } : { en: '', de: '' };
  switch (result) {
    case 'pass':
      return { en: `${checked} authorises ${ip}${by.en}`, de: `${checked} erlaubt ${ip}${by.de}` };
    case 'fail':
      return { en: `${checked} does not authorise ${ip}${by.en}`, de: `${checked} erlaubt ${ip} nicht${by.de}` };
    case 'softfail':
      return {
        en: `${checked} probably does not authorise ${ip}, but does not say so firmly${by.en}`,
        de: `${checked} erlaubt ${ip} wahrscheinlich nicht, legt sich aber nicht fest${by.de}`,
      };
    case 'neutral':
      return { en: `${checked} makes no statement about ${ip}${by.en}`, de: `${checked} macht keine Aussage über ${ip}${by.de}` };
    case 'none':
      return { en: `${checked} publishes no SPF record`, de: `${checked} veröffentlicht keinen SPF-Eintrag` };
    default: {
      // mailauth's comment starts with its authserv-id; the rest is the cause.
      const cause = engine.status.comment?.split(': ').slice(1).join(': ');
      const suffix = cause ? `: ${cause}` : '';
      if (result !== 'temperror') {
        return { en: `permanent error evaluating ${checked}${suffix}`, de: `dauerhafter Fehler bei der Prüfung von ${checked}${suffix}` };
      }
      // Our words for the failed lookup where we know it; mailauth's English
      // cause is kept in `engine` and never shown on the German page.
      if (failure) return { en: `temporary error evaluating ${checked}: ${failure.text.en}`, de: `vorübergehender Fehler bei der Prüfung von ${checked}: ${failure.text.de}` };
      return { en: `temporary error evaluating ${checked}${suffix}`, de: `vorübergehender Fehler bei der Prüfung von ${checked}` };
    }
  }
}

function withUnknownMailFrom(reason: LocalizedText): LocalizedText {
  return {
    en: `${reason.en}. Only the HELO identity was checked (RFC 7208 §2.3): the MAIL FROM is unknown (not given, no Return-Path, and no envelope sender recorded by the hop).`,
    de: `${reason.de}. Geprüft wurde nur die HELO-Identität (RFC 7208 §2.3): Das MAIL FROM ist unbekannt (nicht angegeben, kein Return-Path, und die Station hat keinen Umschlag-Absender vermerkt).`,
  };
}

export function describeSpf(
  engine: MailauthSpfResult,
  envelope: { ip: string; helo: string | null; mailFrom: string | null },
  match: SpfMatch | null,
  lookupFailure?: DnsFailure,
): SpfVerdict {
  const result = WORDS.has(engine.status.result as AuthResult) ? (engine.status.result as AuthResult) : 'temperror';
  const identity = envelope.mailFrom ? 'mailfrom' : 'helo';
  const failure = result === 'temperror' ? lookupFailure : undefined;
  const reason = reasonFor(result, engine, match, engine.domain, failure);
  return {
    result,
    // "" is the null reverse-path, whose MAIL FROM identity is postmaster@HELO
    // (RFC 7208 §2.4); null means nobody recorded the MAIL FROM, and only the
    // HELO identity (RFC 7208 §2.3) could be checked.
    reason: envelope.mailFrom === null ? withUnknownMailFrom(reason) : reason,
    identity,
    domain: engine.domain,
    clientIp: engine['client-ip'],
    helo: envelope.helo,
    mailFrom: envelope.mailFrom,
    record: engine.rr ?? null,
    matched: match,
    lookups: {
      count: engine.lookups?.count ?? 0,
      limit: engine.lookups?.limit ?? LOOKUP_LIMIT,
      void: engine.lookups?.void ?? 0,
      voidLimit: VOID_LIMIT,
    },
    explanation: engine.explanation ?? null,
    engine: { result: engine.status.result, comment: engine.status.comment ?? null },
    ...(failure ? { dnsFailure: failure } : {}),
  };
}
