// The sending server's address against the DNS: its reverse name (PTR,
// RFC 1035 §3.5 in-addr.arpa, RFC 3596 §2.5 ip6.arpa), whether that name
// leads back to the address (forward-confirmed reverse DNS, the check
// Postfix's reject_unknown_client_hostname makes), and whether the name is
// one an access provider gives a customer line (the seed's "static IP").

import { formatIp, parseIp, reverseName, type IpAddress } from '../net/ip-address.ts';
import { ask, stringsOf, type Asked, type QuestionOutcome } from './dns-question.ts';
import { scoreItem, type ScoreItem } from './scorecard.ts';
import { genericNameSigns, looksGeneric } from './generic-reverse-name.ts';
import type { Resolver } from '../../dns/resolver.ts';
import type { LocalizedText } from '../analysis.ts';

// An address may carry many PTR records; each costs a forward lookup. Real
// servers publish one (a few at most); a crafted reverse zone with hundreds
// would otherwise spend the analysis's DNS budget.
export const MAX_REVERSE_NAMES = 4;

const PROVIDER_FIX = {
  en: 'The reverse name is set by whoever holds the address block (your hosting provider or ISP), not in your own domain\'s zone: ask them to set it to the server\'s name, the name it greets with.',
  de: 'Den Reverse-Namen setzt, wem der Adressblock gehört (Hoster oder Provider), nicht die eigene Domain-Zone: bitten Sie dort, ihn auf den Namen des Servers zu setzen, mit dem er sich meldet.',
};

export interface ReverseResult {
  names: string[];
  items: ScoreItem[];
}

export function cannotTell(outcome: QuestionOutcome): { en: string; de: string } {
  const detail = outcome.kind === 'error' ? outcome.detail : '';
  return {
    en: `The resolver gave no answer to judge by (${detail}): this cannot be told now. Try again, or another resolver.`,
    de: `Der Resolver gab keine verwertbare Antwort (${detail}): das lässt sich jetzt nicht sagen. Später erneut versuchen oder einen anderen Resolver wählen.`,
  };
}

export async function checkReverseDns(resolver: Resolver, ip: IpAddress): Promise<ReverseResult> {
  const address = formatIp(ip);
  const arpa = reverseName(ip);
  const ptr = await ask(resolver, arpa, 'PTR');
  const names = stringsOf(ptr).map((name) => name.replace(/\.$/, '').toLowerCase());
  const ptrLine = `${arpa}. IN PTR mail.example.com.`;

  if (ptr.outcome.kind === 'error') {
    const reason = cannotTell(ptr.outcome);
    return {
      names,
      items: [
        scoreItem('ptr', { status: 'cannot-tell', subject: address, reason, questions: [ptr.question] }),
        scoreItem('fcrdns', { status: 'cannot-tell', subject: address, reason, questions: [ptr.question] }),
        scoreItem('static-ip', { status: 'cannot-tell', subject: address, reason, questions: [ptr.question] }),
      ],
    };
  }
  if (names.length === 0) {
    const none = {
      en: `${address} has no reverse name (${arpa}: ${ptr.outcome.kind === 'nxdomain' ? 'no such name' : 'no PTR record'}). Many receivers refuse such senders outright (Postfix: reject_unknown_reverse_client_hostname; Gmail and Microsoft require one).`,
      de: `${address} hat keinen Reverse-Namen (${arpa}: ${ptr.outcome.kind === 'nxdomain' ? 'Name existiert nicht' : 'kein PTR-Eintrag'}). Viele Empfänger lehnen solche Absender sofort ab (Postfix: reject_unknown_reverse_client_hostname; Gmail und Microsoft verlangen einen).`,
    };
    const noName = { en: 'Without a reverse name there is nothing to confirm.', de: 'Ohne Reverse-Namen gibt es nichts zu bestätigen.' };
    return {
      names,
      items: [
        scoreItem('ptr', { status: 'fail', subject: address, reason: none, fix: PROVIDER_FIX, fixLine: ptrLine, questions: [ptr.question] }),
        scoreItem('fcrdns', { status: 'fail', subject: address, reason: noName, fix: PROVIDER_FIX, fixLine: ptrLine, questions: [ptr.question] }),
        scoreItem('static-ip', {
          status: 'cannot-tell',
          subject: address,
          reason: { en: 'No reverse name to read the kind of line from.', de: 'Kein Reverse-Name, aus dem sich die Art der Leitung lesen ließe.' },
          questions: [ptr.question],
        }),
      ],
    };
  }

  const ptrItem = scoreItem('ptr', {
    status: names.length > 1 ? 'warn' : 'pass',
    subject: address,
    reason:
      names.length > 1
        ? { en: `${address} has ${names.length} reverse names (${names.join(', ')}): receivers pick one, so the greeting may match none. One PTR per address is the rule of practice.`, de: `${address} hat ${names.length} Reverse-Namen (${names.join(', ')}): Empfänger nehmen einen davon, die Begrüßung passt dann womöglich zu keinem. Üblich ist ein PTR je Adresse.` }
        : { en: `${address} is named ${names[0]}.`, de: `${address} heißt ${names[0]}.` },
    fix: names.length > 1 ? PROVIDER_FIX : null,
    questions: [ptr.question],
  });

  const forwardType = ip.version === 4 ? 'A' : 'AAAA';
  const checked = names.slice(0, MAX_REVERSE_NAMES);
  const forward = await Promise.all(checked.map((name) => ask(resolver, name, forwardType)));
  const fcrdnsItem = confirmItem(address, ip, checked, forward, ptr);
  const staticItem = staticIpItem(address, ip, names, ptr);
  return { names, items: [ptrItem, fcrdnsItem, staticItem] };
}

function confirmItem(address: string, ip: IpAddress, names: string[], forward: Asked[], ptr: Asked): ScoreItem {
  const questions = [ptr.question, ...forward.map((asked) => asked.question)];
  const confirmed = names.filter((_, index) => stringsOf(forward[index]!).some((text) => sameAddress(text, ip)));
  if (confirmed.length > 0) {
    return scoreItem('fcrdns', {
      status: 'pass',
      subject: address,
      reason: { en: `${confirmed[0]} resolves back to ${address}.`, de: `${confirmed[0]} löst wieder zu ${address} auf.` },
      questions,
    });
  }
  const unanswered = forward.find((asked) => asked.outcome.kind === 'error');
  if (unanswered) return scoreItem('fcrdns', { status: 'cannot-tell', subject: address, reason: cannotTell(unanswered.outcome), questions });
  const name = names[0]!;
  const got = stringsOf(forward[0]!);
  const type = ip.version === 4 ? 'A' : 'AAAA';
  return scoreItem('fcrdns', {
    status: 'fail',
    subject: address,
    reason: {
      en: `The reverse name ${name} does not lead back to ${address} (${type} ${name}: ${got.length > 0 ? got.join(', ') : 'none'}). Receivers that check forward-confirmed reverse DNS (Postfix reject_unknown_client_hostname) treat the client as "unknown".`,
      de: `Der Reverse-Name ${name} führt nicht zu ${address} zurück (${type} ${name}: ${got.length > 0 ? got.join(', ') : 'keiner'}). Empfänger, die vorwärts bestätigtes Reverse-DNS prüfen (Postfix reject_unknown_client_hostname), behandeln den Client als „unknown“.`,
    },
    fix: { en: `Publish the address under the reverse name in the name's own zone.`, de: `Die Adresse unter dem Reverse-Namen in dessen eigener Zone eintragen.` },
    fixLine: `${name}. IN ${type} ${address}`,
    questions,
  });
}

function staticIpItem(address: string, ip: IpAddress, names: string[], ptr: Asked): ScoreItem {
  const flagged = names.map((name) => ({ name, signs: genericNameSigns(name, ip) })).find((entry) => looksGeneric(entry.signs));
  if (!flagged) {
    return scoreItem('static-ip', {
      status: 'pass',
      subject: address,
      reason: { en: `${names[0]} reads as a server's own name: no pool word, not the address's digits (inferred from the name).`, de: `${names[0]} liest sich als eigener Servername: kein Pool-Wort, nicht die Ziffern der Adresse (aus dem Namen geschlossen).` },
      questions: [ptr.question],
    });
  }
  const signs: LocalizedText[] = [
    ...(flagged.signs.words.length > 0 ? [{ en: `"${flagged.signs.words.join('", "')}"`, de: `„${flagged.signs.words.join('“, „')}“` }] : []),
    ...(flagged.signs.digits ? [{ en: 'the address\'s digits', de: 'die Ziffern der Adresse' }] : []),
  ];
  const why = { en: signs.map((sign) => sign.en).join(' + '), de: signs.map((sign) => sign.de).join(' + ') };
  return scoreItem('static-ip', {
    status: 'fail',
    subject: address,
    reason: {
      en: `${flagged.name} looks like a generic name of an access line (${why.en}), as providers give dynamic or residential addresses. Large receivers (and Spamhaus PBL) refuse mail sent directly from such lines. Inferred from the name: no registry says which addresses are dynamic.`,
      de: `${flagged.name} sieht aus wie der generische Name eines Zugangsanschlusses (${why.de}), wie Provider ihn dynamischen oder privaten Adressen geben. Große Empfänger (und Spamhaus PBL) lehnen Mail ab, die direkt von solchen Anschlüssen kommt. Aus dem Namen geschlossen: kein Register sagt, welche Adressen dynamisch sind.`,
    },
    fix: {
      en: 'Send from a static address with its own reverse name, or hand outgoing mail to your provider\'s smarthost (Postfix main.cf):',
      de: 'Von einer festen Adresse mit eigenem Reverse-Namen senden, oder ausgehende Mail über den Smarthost des Providers schicken (Postfix main.cf):',
    },
    fixLine: 'relayhost = [smtp.provider.example]:587',
    questions: [ptr.question],
  });
}

export function sameAddress(text: string, ip: IpAddress): boolean {
  const parsed = parseIp(text);
  return parsed !== null && parsed.version === ip.version && parsed.bytes.every((byte, index) => byte === ip.bytes[index]);
}
