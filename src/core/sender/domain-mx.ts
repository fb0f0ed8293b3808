// A domain's MX records for "Check a domain": present and ordered by
// preference (RFC 5321 §5.1), or a null MX (RFC 7505); each target a host
// name with an address, and not an alias (RFC 2181 §10.3: an MX must name a
// host directly; RFC 5321 §5.1 lets a sender refuse to follow one).

import type { Resolver } from '../../dns/resolver.ts';
import type { LocalizedText } from '../analysis.ts';
import { parseIp } from '../net/ip-address.ts';
import { ask, mxOf, stringsOf, type Asked } from './dns-question.ts';
import { cannotTell } from './reverse-dns.ts';
import { isNullMx } from './mail-domains.ts';
import { scoreItem, type ScoreItem } from './scorecard.ts';

// A domain with hundreds of MX records would cost three questions each;
// real domains publish a handful (Google publishes five).
export const MAX_MX_TARGETS = 10;

export async function checkDomainMx(resolver: Resolver, domain: string): Promise<ScoreItem[]> {
  const mx = await ask(resolver, domain, 'MX');
  const questions = [mx.question];
  if (mx.outcome.kind === 'error') {
    const reason = cannotTell(mx.outcome);
    return [scoreItem('mx', { status: 'cannot-tell', subject: domain, reason, questions }), scoreItem('mx-targets', { status: 'cannot-tell', subject: domain, reason, questions })];
  }
  const records = [...mxOf(mx)].sort((a, b) => a.priority - b.priority);
  const fixLine = `${domain}. IN MX 10 mail.${domain}.`;
  if (mx.outcome.kind === 'nxdomain') {
    const reason = { en: `${domain} does not exist in the DNS.`, de: `${domain} existiert im DNS nicht.` };
    return [scoreItem('mx', { status: 'fail', subject: domain, reason, questions }), scoreItem('mx-targets', { status: 'cannot-tell', subject: domain, reason, questions })];
  }
  if (isNullMx(records)) {
    const reason = { en: `${domain} publishes a null MX (RFC 7505): it takes no mail. Right for a domain that never receives; but mail sent with it as sender may be refused (550 5.7.27), since nothing can come back.`, de: `${domain} veröffentlicht ein Null-MX (RFC 7505): sie nimmt keine Mail an. Richtig für eine Domain, die nie empfängt; Mail mit ihr als Absender darf aber abgelehnt werden (550 5.7.27), da nichts zurückkommen kann.` };
    return [
      scoreItem('mx', { status: 'warn', subject: domain, reason, questions, fix: { en: 'If the domain should receive mail, replace the null MX:', de: 'Soll die Domain Mail empfangen, das Null-MX ersetzen:' }, fixLine }),
      scoreItem('mx-targets', { status: 'pass', subject: domain, reason: { en: 'A null MX has no targets to resolve.', de: 'Ein Null-MX hat keine Ziele.' }, questions }),
    ];
  }
  if (records.length === 0) {
    const reason = { en: `${domain} has no MX record: senders fall back to its address (RFC 5321 §5.1 implicit MX), if it has one.`, de: `${domain} hat keinen MX-Eintrag: Absender weichen auf ihre Adresse aus (RFC 5321 §5.1 implizites MX), falls es eine gibt.` };
    return [
      scoreItem('mx', { status: 'fail', subject: domain, reason, questions, fix: { en: 'Publish the domain\'s mail servers:', de: 'Die Mailserver der Domain veröffentlichen:' }, fixLine }),
      scoreItem('mx-targets', { status: 'cannot-tell', subject: domain, reason, questions }),
    ];
  }
  const listed = records.map((record) => `${record.priority} ${record.exchange}`).join(', ');
  const mxItem = scoreItem('mx', { status: 'pass', subject: domain, reason: { en: `MX, by preference (lowest first): ${listed}.`, de: `MX, nach Vorrang (kleinster zuerst): ${listed}.` }, questions });
  return [mxItem, await checkTargets(resolver, domain, mxTargetsOf(mx), mx)];
}

/** The host names an MX answer points at, by preference, at most MAX_MX_TARGETS; none for a null MX. */
export function mxTargetsOf(mx: Asked): string[] {
  const records = [...mxOf(mx)].sort((a, b) => a.priority - b.priority);
  if (isNullMx(records)) return [];
  return records.slice(0, MAX_MX_TARGETS).map((record) => record.exchange.replace(/\.$/, '').toLowerCase());
}

interface TargetFacts {
  target: string;
  cname: Asked;
  a: Asked;
  aaaa: Asked;
}

async function checkTargets(resolver: Resolver, domain: string, targets: string[], mx: Asked): Promise<ScoreItem> {
  const facts: TargetFacts[] = await Promise.all(
    targets.map(async (target) => {
      const [cname, a, aaaa] = await Promise.all([ask(resolver, target, 'CNAME'), ask(resolver, target, 'A'), ask(resolver, target, 'AAAA')]);
      return { target, cname, a, aaaa };
    }),
  );
  const questions = [mx.question, ...facts.flatMap((f) => [f.cname.question, f.a.question, f.aaaa.question])];
  const problems: LocalizedText[] = [];
  let unanswered = false;
  for (const fact of facts) {
    if (parseIp(fact.target)) {
      problems.push({ en: `${fact.target} is an address, not a host name (RFC 7505 §3, RFC 5321 §5.1)`, de: `${fact.target} ist eine Adresse, kein Hostname (RFC 7505 §3, RFC 5321 §5.1)` });
      continue;
    }
    const alias = stringsOf(fact.cname)[0];
    if (alias) {
      problems.push({ en: `${fact.target} is an alias (CNAME ${alias}); RFC 2181 §10.3 forbids MX targets that are aliases`, de: `${fact.target} ist ein Alias (CNAME ${alias}); RFC 2181 §10.3 verbietet MX-Ziele, die Aliasse sind` });
    }
    if (fact.a.outcome.kind === 'error' && fact.aaaa.outcome.kind === 'error') unanswered = true;
    else if (stringsOf(fact.a).length === 0 && stringsOf(fact.aaaa).length === 0) {
      problems.push({ en: `${fact.target} has no address (A or AAAA)`, de: `${fact.target} hat keine Adresse (A oder AAAA)` });
    }
  }
  if (problems.length > 0) {
    return scoreItem('mx-targets', {
      status: 'fail',
      subject: domain,
      reason: { en: `${problems.map((problem) => problem.en).join('; ')}.`, de: `${problems.map((problem) => problem.de).join('; ')}.` },
      fix: { en: 'Point each MX at a host name that has its own A/AAAA records:', de: 'Jedes MX auf einen Hostnamen mit eigenen A/AAAA-Einträgen zeigen lassen:' },
      fixLine: `${domain}. IN MX 10 mail.${domain}.   mail.${domain}. IN A 192.0.2.25`,
      questions,
    });
  }
  if (unanswered) return scoreItem('mx-targets', { status: 'cannot-tell', subject: domain, reason: { en: 'The resolver gave no answer for some MX targets.', de: 'Der Resolver gab für manche MX-Ziele keine Antwort.' }, questions });
  return scoreItem('mx-targets', { status: 'pass', subject: domain, reason: { en: `Every MX target has an address and none is an alias: ${targets.join(', ')}.`, de: `Jedes MX-Ziel hat eine Adresse, keines ist ein Alias: ${targets.join(', ')}.` }, questions });
}
