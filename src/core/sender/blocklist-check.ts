// Asking the blocklists about the sending address and the sender's
// domains, and reading each answer by the list's own code table
// (blocklists.ts). RFC 5782 §2.1: a listing is an A record in 127.0.0.0/8,
// and 127.0.0.1 is never one (§5, the test entry that must not be listed);
// an answer outside that range is no DNSBL answer at all (a resolver that
// rewrites NXDOMAIN to an advertising page does this) and tells nothing.

import type { LocalizedText } from '../analysis.ts';
import { formatIp, reverseName, type IpAddress } from '../net/ip-address.ts';
import type { Resolver } from '../../dns/resolver.ts';
import { ask, stringsOf, type Asked } from './dns-question.ts';
import type { Blocklist, BlocklistCode } from './blocklists.ts';
import { scoreItem, type ScoreItem } from './scorecard.ts';

/** The name to ask: the address's reverse labels (RFC 5782 §2.1, §2.4) or the domain, under the list's zone. */
export function blocklistQuery(list: Blocklist, subject: IpAddress | string): string {
  if (typeof subject === 'string') return `${subject.toLowerCase().replace(/\.$/, '')}.${list.zone}`;
  return `${reverseName(subject).replace(/\.(in-addr|ip6)\.arpa$/, '')}.${list.zone}`;
}

export async function checkIpBlocklists(resolver: Resolver, ip: IpAddress, lists: readonly Blocklist[]): Promise<ScoreItem[]> {
  const usable = lists.filter((list) => list.kind === 'ip' && (ip.version === 4 || list.ipv6));
  const answers = await Promise.all(usable.map((list) => ask(resolver, blocklistQuery(list, ip), 'A')));
  return usable.map((list, index) => readAnswer('blocklist-ip', list, formatIp(ip), answers[index]!));
}

export async function checkDomainBlocklists(resolver: Resolver, domains: readonly string[], lists: readonly Blocklist[]): Promise<ScoreItem[]> {
  const pairs = lists.filter((list) => list.kind === 'domain').flatMap((list) => domains.map((domain) => ({ list, domain })));
  const answers = await Promise.all(pairs.map(({ list, domain }) => ask(resolver, blocklistQuery(list, domain), 'A')));
  return pairs.map(({ list, domain }, index) => readAnswer('blocklist-domain', list, domain, answers[index]!));
}

function readAnswer(id: 'blocklist-ip' | 'blocklist-domain', list: Blocklist, subject: string, asked: Asked): ScoreItem {
  const base = { subject: `${subject} · ${list.zone}`, questions: [asked.question] };
  const outcome = asked.outcome;
  if (outcome.kind === 'nxdomain' || outcome.kind === 'nodata') {
    return scoreItem(id, { ...base, status: 'pass', reason: { en: `${list.name} does not list ${subject}.`, de: `${list.name} listet ${subject} nicht.` } });
  }
  if (outcome.kind === 'error') {
    return scoreItem(id, {
      ...base,
      status: 'cannot-tell',
      reason: { en: `${list.name} gave no answer through this resolver (${outcome.detail}): neither listed nor clean can be told.`, de: `${list.name} antwortete über diesen Resolver nicht (${outcome.detail}): weder gelistet noch sauber lässt sich sagen.` },
      fix: list.refusalAdvice,
    });
  }
  const codes = stringsOf(asked);
  const known = codes.map((answer) => ({ answer, entry: list.codes.find((entry) => entry.code === answer) }));
  const refusal = known.find((k) => k.entry?.kind === 'refusal');
  if (refusal) {
    return scoreItem(id, {
      ...base,
      status: 'cannot-tell',
      reason: {
        en: `Cannot tell through this resolver: ${list.name} answered ${refusal.answer} (${refusal.entry!.meaning.en}), a refusal, not a listing — and not a clean result either.`,
        de: `Über diesen Resolver nicht feststellbar: ${list.name} antwortete ${refusal.answer} (${refusal.entry!.meaning.de}), eine Abweisung, keine Listung — aber auch kein sauberes Ergebnis.`,
      },
      fix: list.refusalAdvice,
    });
  }
  const notDnsbl = codes.filter((answer) => !answer.startsWith('127.') || answer === '127.0.0.1');
  if (notDnsbl.length === codes.length) {
    return scoreItem(id, {
      ...base,
      status: 'cannot-tell',
      reason: {
        en: `${list.name} answered ${codes.join(', ')}, which is no blocklist answer (RFC 5782 §2.1 uses 127.0.0.0/8, never 127.0.0.1): the resolver may rewrite missing names, or the list has changed.`,
        de: `${list.name} antwortete ${codes.join(', ')}, keine Blocklisten-Antwort (RFC 5782 §2.1 nutzt 127.0.0.0/8, nie 127.0.0.1): der Resolver schreibt womöglich fehlende Namen um, oder die Liste hat sich geändert.`,
      },
      fix: list.refusalAdvice,
    });
  }
  const listed = known.filter((k) => k.answer.startsWith('127.') && k.answer !== '127.0.0.1');
  const meanings = listed.map((k) => describe(k.answer, k.entry));
  return scoreItem(id, {
    ...base,
    status: 'fail',
    reason: {
      en: `${list.name} lists ${subject}: ${meanings.map((m) => m.en).join('; ')}. Receivers that use this list refuse or score the mail.`,
      de: `${list.name} listet ${subject}: ${meanings.map((m) => m.de).join('; ')}. Empfänger, die diese Liste nutzen, lehnen die Mail ab oder werten sie ab.`,
    },
    fix: {
      en: `Find and stop the cause first (an infected host, an open relay, a compromised account, a dynamic range sending directly), then ask for removal at ${list.lookup}.`,
      de: `Zuerst die Ursache finden und abstellen (infizierter Rechner, offenes Relay, gekapertes Konto, dynamischer Bereich, der direkt sendet), dann bei ${list.lookup} die Austragung beantragen.`,
    },
  });
}

function describe(answer: string, entry: BlocklistCode | undefined): LocalizedText {
  if (entry) return { en: `${answer} ${entry.meaning.en}`, de: `${answer} ${entry.meaning.de}` };
  return { en: `${answer} (a code the list does not document here)`, de: `${answer} (ein hier nicht dokumentierter Code der Liste)` };
}
