// DNSSEC as the resolver reports it, and DANE for SMTP (RFC 7672) on each
// MX host. A page cannot validate DNSSEC itself; it can read the resolver's
// AD bit (RFC 4035 §3.2.3), which a validating resolver sets on an answer
// it proved. TLSA records are looked up only for an MX host whose address
// answer was authenticated, as RFC 7672 §2.2.2 has senders do: a TLSA
// record without DNSSEC is worthless, since whoever can forge the answer
// can forge the record, and senders ignore it.

import type { LocalizedText } from '../analysis.ts';
import type { Resolver } from '../../dns/resolver.ts';
import { ask, stringsOf, type Asked } from './dns-question.ts';
import { cannotTell } from './reverse-dns.ts';
import { scoreItem, type ScoreItem } from './scorecard.ts';
import { readTlsaRecord } from './tlsa-record.ts';

const NO_AD: LocalizedText = {
  en: 'The resolver did not say whether it authenticated the answer (no AD bit: a frozen zone or link from before Mail Lab kept it, or a JSON resolver that leaves it out). A validating resolver over the wire format (Cloudflare, Google, Quad9) says it.',
  de: 'Der Resolver sagte nicht, ob er die Antwort authentifiziert hat (kein AD-Bit: eine eingefrorene Zone oder ein Link von bevor Mail Lab es aufhob, oder ein JSON-Resolver, der es weglässt). Ein validierender Resolver im Wire-Format (Cloudflare, Google, Quad9) sagt es.',
};

const SIGN_ZONE: LocalizedText = {
  en: 'Sign the zone with DNSSEC at its DNS host and publish the DS record at the registrar; then publish a DANE-EE record of the server\'s public key (the SHA-256 of its SubjectPublicKeyInfo):',
  de: 'Die Zone beim DNS-Anbieter mit DNSSEC signieren und den DS-Eintrag beim Registrar veröffentlichen; dann einen DANE-EE-Eintrag des öffentlichen Schlüssels des Servers veröffentlichen (SHA-256 seiner SubjectPublicKeyInfo):',
};

const tlsaName = (host: string) => `_25._tcp.${host}`;
const tlsaLine = (host: string) => `${tlsaName(host)}. IN TLSA 3 1 1 <sha256 of the server's public key>`;

/** The domain's DNSSEC status, read from the AD bit of its MX answer. */
export function dnssecItem(domain: string, mx: Asked): ScoreItem {
  const questions = [mx.question];
  if (mx.outcome.kind === 'error') return scoreItem('dnssec', { status: 'cannot-tell', subject: domain, reason: cannotTell(mx.outcome), questions });
  if (mx.authenticated === undefined) return scoreItem('dnssec', { status: 'cannot-tell', subject: domain, reason: NO_AD, questions });
  if (mx.authenticated) {
    return scoreItem('dnssec', { status: 'pass', subject: domain, questions, reason: { en: `The resolver reports the answer for ${domain} as authenticated by DNSSEC (AD bit set, RFC 4035 §3.2.3): its zone is signed and the chain of trust holds.`, de: `Der Resolver meldet die Antwort für ${domain} als per DNSSEC authentifiziert (AD-Bit gesetzt, RFC 4035 §3.2.3): ihre Zone ist signiert und die Vertrauenskette hält.` } });
  }
  return scoreItem('dnssec', {
    status: 'warn',
    subject: domain,
    questions,
    reason: { en: `The resolver reports the answer for ${domain} as not authenticated (AD bit clear): its zone is not signed, or this resolver does not validate. Without DNSSEC, DANE cannot protect mail to the domain.`, de: `Der Resolver meldet die Antwort für ${domain} als nicht authentifiziert (AD-Bit nicht gesetzt): ihre Zone ist nicht signiert, oder dieser Resolver validiert nicht. Ohne DNSSEC kann DANE die Mail an die Domain nicht schützen.` },
    fix: { en: 'Sign the zone with DNSSEC at its DNS host and publish the DS record at the registrar.', de: 'Die Zone beim DNS-Anbieter mit DNSSEC signieren und den DS-Eintrag beim Registrar veröffentlichen.' },
  });
}

/** DANE for each MX host: its TLSA records at _25._tcp.<host>, where its addresses are authenticated. */
export async function checkDane(resolver: Resolver, hosts: readonly string[]): Promise<ScoreItem[]> {
  return Promise.all(hosts.map((host) => checkDaneHost(resolver, host)));
}

async function checkDaneHost(resolver: Resolver, host: string): Promise<ScoreItem> {
  const subject = tlsaName(host);
  // The same questions the MX-target check asked: the cache answers them.
  const [a, aaaa] = await Promise.all([ask(resolver, host, 'A'), ask(resolver, host, 'AAAA')]);
  const address = stringsOf(a).length > 0 || stringsOf(aaaa).length === 0 ? a : aaaa;
  const questions = [address.question];
  if (address.outcome.kind === 'error') return scoreItem('dane', { status: 'cannot-tell', subject, reason: cannotTell(address.outcome), questions });
  if (address.authenticated === undefined) return scoreItem('dane', { status: 'cannot-tell', subject, reason: NO_AD, questions });
  if (!address.authenticated) {
    return scoreItem('dane', {
      status: 'warn',
      subject,
      questions,
      reason: { en: `The addresses of ${host} are not authenticated by DNSSEC (AD bit clear), so senders do not look for TLSA records (RFC 7672 §2.2.2) and this check did not either: a TLSA record without DNSSEC is worthless, since whoever can forge the answer can forge the record.`, de: `Die Adressen von ${host} sind nicht per DNSSEC authentifiziert (AD-Bit nicht gesetzt), daher suchen Absender keine TLSA-Einträge (RFC 7672 §2.2.2), und diese Prüfung auch nicht: ein TLSA-Eintrag ohne DNSSEC ist wertlos, denn wer die Antwort fälschen kann, kann auch den Eintrag fälschen.` },
      fix: SIGN_ZONE,
      fixLine: tlsaLine(host),
    });
  }
  const tlsa = await ask(resolver, subject, 'TLSA');
  questions.push(tlsa.question);
  if (tlsa.outcome.kind === 'error') return scoreItem('dane', { status: 'cannot-tell', subject, reason: cannotTell(tlsa.outcome), questions });
  const records = stringsOf(tlsa);
  if (records.length === 0) {
    return scoreItem('dane', {
      status: 'warn',
      subject,
      questions,
      reason: { en: `${host} is in a signed zone but publishes no TLSA record: mail to it is not protected by DANE (optional, RFC 7672), only by opportunistic TLS or MTA-STS.`, de: `${host} liegt in einer signierten Zone, veröffentlicht aber keinen TLSA-Eintrag: Mail dorthin ist nicht durch DANE geschützt (optional, RFC 7672), nur durch opportunistisches TLS oder MTA-STS.` },
      fix: { en: 'Publish a DANE-EE record of the server\'s public key (the SHA-256 of its SubjectPublicKeyInfo), and a second one for the next key before a key change:', de: 'Einen DANE-EE-Eintrag des öffentlichen Schlüssels des Servers veröffentlichen (SHA-256 seiner SubjectPublicKeyInfo), und vor einem Schlüsselwechsel einen zweiten für den nächsten Schlüssel:' },
      fixLine: tlsaLine(host),
    });
  }
  if (tlsa.authenticated !== true) {
    return scoreItem('dane', {
      status: tlsa.authenticated === undefined ? 'cannot-tell' : 'fail',
      subject,
      questions,
      reason: tlsa.authenticated === undefined ? NO_AD : { en: `${records.length} TLSA record(s) are published, but their answer is not authenticated (AD bit clear): senders ignore them (RFC 7672 §2.2). A TLSA record without DNSSEC is worthless.`, de: `${records.length} TLSA-Einträge sind veröffentlicht, ihre Antwort ist aber nicht authentifiziert (AD-Bit nicht gesetzt): Absender ignorieren sie (RFC 7672 §2.2). Ein TLSA-Eintrag ohne DNSSEC ist wertlos.` },
      ...(tlsa.authenticated === undefined ? {} : { fix: SIGN_ZONE }),
    });
  }
  const readings = records.map(readTlsaRecord);
  const usable = readings.filter((reading) => reading.usableForSmtp).length;
  const listedEn = readings.map((reading) => reading.explanation.en).join(' ');
  const listedDe = readings.map((reading) => reading.explanation.de).join(' ');
  if (usable === readings.length) {
    return scoreItem('dane', { status: 'pass', subject, questions, reason: { en: `Authenticated TLSA records that fit SMTP: ${listedEn}`, de: `Authentifizierte TLSA-Einträge, die für SMTP taugen: ${listedDe}` } });
  }
  const fix: LocalizedText = { en: 'Use DANE-EE(3) or DANE-TA(2); "3 1 1" (the SHA-256 of the server\'s public key) is what RFC 7672 §3.1.1 recommends:', de: 'DANE-EE(3) oder DANE-TA(2) verwenden; „3 1 1“ (SHA-256 des öffentlichen Schlüssels des Servers) empfiehlt RFC 7672 §3.1.1:' };
  if (usable === 0) {
    return scoreItem('dane', { status: 'fail', subject, questions, fix, fixLine: tlsaLine(host), reason: { en: `No TLSA record of ${host} is usable for SMTP, so senders cannot authenticate it with DANE: ${listedEn}`, de: `Kein TLSA-Eintrag von ${host} ist für SMTP verwendbar, Absender können ihn also nicht per DANE authentifizieren: ${listedDe}` } });
  }
  return scoreItem('dane', { status: 'warn', subject, questions, fix, fixLine: tlsaLine(host), reason: { en: `${usable} of ${readings.length} TLSA records fit SMTP; senders ignore the others: ${listedEn}`, de: `${usable} von ${readings.length} TLSA-Einträgen taugen für SMTP; die anderen ignorieren Absender: ${listedDe}` } });
}
