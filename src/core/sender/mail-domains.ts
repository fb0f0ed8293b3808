// Does a domain take mail? RFC 5321 §5.1: its MX records, else its address
// (the implicit MX); RFC 7505: a single MX of "." with preference 0 says it
// takes none (a "null MX"). For a sender's domains this is the seed's
// point that bounces and replies must be able to come back: receivers
// refuse a MAIL FROM or From domain that takes no mail (RFC 7505 §4.2
// gives 550 5.7.27 for it).

import type { LocalizedText } from '../analysis.ts';
import type { MxRecord, Resolver } from '../../dns/resolver.ts';
import { ask, mxOf, stringsOf, type Asked } from './dns-question.ts';
import { cannotTell } from './reverse-dns.ts';
import { scoreItem, type ScoreItem, type ScoreItemId } from './scorecard.ts';

/** RFC 7505 §3: exactly one MX, preference 0, exchange the root. */
export function isNullMx(records: readonly MxRecord[]): boolean {
  return records.length === 1 && records[0]!.priority === 0 && (records[0]!.exchange === '' || records[0]!.exchange === '.');
}

export interface MailDomainFacts {
  mx: Asked;
  address: Asked | null;
}

export async function askMailDomain(resolver: Resolver, domain: string): Promise<MailDomainFacts> {
  const mx = await ask(resolver, domain, 'MX');
  const needsAddress = mx.outcome.kind === 'nodata';
  return { mx, address: needsAddress ? await ask(resolver, domain, 'A') : null };
}

export function mailDomainItem(id: ScoreItemId, domain: string, facts: MailDomainFacts, role: LocalizedText): ScoreItem {
  const questions = [facts.mx.question, ...(facts.address ? [facts.address.question] : [])];
  const base = { subject: domain, questions };
  const outcome = facts.mx.outcome;
  if (outcome.kind === 'error') return scoreItem(id, { ...base, status: 'cannot-tell', reason: cannotTell(outcome) });
  if (outcome.kind === 'nxdomain') {
    return scoreItem(id, {
      ...base,
      status: 'fail',
      reason: { en: `${domain} (${role.en}) does not exist in the DNS: replies and bounces cannot reach it, and receivers refuse such senders (Postfix reject_unknown_sender_domain).`, de: `${domain} (${role.de}) existiert im DNS nicht: Antworten und Unzustellbarkeitsberichte erreichen sie nicht, und Empfänger lehnen solche Absender ab (Postfix reject_unknown_sender_domain).` },
      fix: { en: 'Send with a domain that exists and takes mail.', de: 'Mit einer Domain senden, die existiert und Mail annimmt.' },
    });
  }
  const mx = mxOf(facts.mx);
  if (isNullMx(mx)) {
    return scoreItem(id, {
      ...base,
      status: 'fail',
      reason: { en: `${domain} (${role.en}) publishes a null MX (RFC 7505): it says it takes no mail, so replies and bounces cannot return, and receivers may refuse it with 550 5.7.27.`, de: `${domain} (${role.de}) veröffentlicht ein Null-MX (RFC 7505): sie nimmt keine Mail an, Antworten und Unzustellbarkeitsberichte kommen nicht zurück, und Empfänger dürfen sie mit 550 5.7.27 ablehnen.` },
      fix: { en: 'Send from a domain that takes mail, or replace the null MX with real mail servers:', de: 'Von einer Domain senden, die Mail annimmt, oder das Null-MX durch echte Mailserver ersetzen:' },
      fixLine: `${domain}. IN MX 10 mail.${domain}.`,
    });
  }
  if (mx.length > 0) {
    const targets = [...mx].sort((a, b) => a.priority - b.priority).map((record) => `${record.priority} ${record.exchange}`);
    return scoreItem(id, { ...base, status: 'pass', reason: { en: `${domain} (${role.en}) takes mail: MX ${targets.join(', ')}.`, de: `${domain} (${role.de}) nimmt Mail an: MX ${targets.join(', ')}.` } });
  }
  const address = facts.address;
  if (address && address.outcome.kind === 'error') return scoreItem(id, { ...base, status: 'cannot-tell', reason: cannotTell(address.outcome) });
  if (address && stringsOf(address).length > 0) {
    return scoreItem(id, {
      ...base,
      status: 'warn',
      reason: { en: `${domain} (${role.en}) has no MX, only an address (${stringsOf(address).join(', ')}): mail to it goes there (RFC 5321 §5.1 implicit MX), which works but is rarely meant.`, de: `${domain} (${role.de}) hat kein MX, nur eine Adresse (${stringsOf(address).join(', ')}): Mail an sie geht dorthin (RFC 5321 §5.1 implizites MX); das geht, ist aber selten so gemeint.` },
      fix: { en: 'Publish an MX record for the domain:', de: 'Einen MX-Eintrag für die Domain veröffentlichen:' },
      fixLine: `${domain}. IN MX 10 mail.${domain}.`,
    });
  }
  return scoreItem(id, {
    ...base,
    status: 'fail',
    reason: { en: `${domain} (${role.en}) has neither MX nor address: nothing can be sent back to it.`, de: `${domain} (${role.de}) hat weder MX noch Adresse: nichts kann an sie zurückgeschickt werden.` },
    fix: { en: 'Publish an MX record for the domain:', de: 'Einen MX-Eintrag für die Domain veröffentlichen:' },
    fixLine: `${domain}. IN MX 10 mail.${domain}.`,
  });
}
