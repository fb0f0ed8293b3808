// The name the server greets with (HELO/EHLO, RFC 5321 §4.1.1.1): it
// should be a fully qualified name that resolves to the server's address,
// and best the same name its address resolves to (the seed: "the MTA should
// be configured with the name matching its IP and greet with it"). Postfix
// checks the first half with reject_unknown_helo_hostname; RFC 5321 §4.1.4
// forbids refusing mail for a mismatch alone, so a mismatch is a warning.

import { formatIp, type IpAddress } from '../net/ip-address.ts';
import type { Resolver } from '../../dns/resolver.ts';
import { ask, sameHost, stringsOf } from './dns-question.ts';
import { cannotTell, sameAddress } from './reverse-dns.ts';
import { scoreItem, type ScoreItem } from './scorecard.ts';

export async function checkHelo(resolver: Resolver, helo: string | null, ip: IpAddress, reverseNames: string[]): Promise<ScoreItem> {
  const address = formatIp(ip);
  const suggested = reverseNames[0] ?? 'mail.example.com';
  const fixLine = `smtp_helo_name = ${suggested}`;
  const fix = { en: 'Greet with the server\'s own name, the one its address resolves to (Postfix main.cf; the default is $myhostname):', de: 'Mit dem eigenen Namen des Servers grüßen, zu dem seine Adresse auflöst (Postfix main.cf; Vorgabe ist $myhostname):' };
  if (helo === null || helo === '') {
    return scoreItem('helo', { status: 'cannot-tell', subject: address, reason: { en: 'The Received field does not record the greeting name.', de: 'Das Received-Feld nennt den Begrüßungsnamen nicht.' } });
  }
  if (helo.startsWith('[')) {
    return scoreItem('helo', {
      status: 'warn',
      subject: helo,
      reason: { en: `The server greeted with an address literal (${helo}). RFC 5321 §4.1.4 allows it only where the host has no name; many receivers score it as spam.`, de: `Der Server grüßte mit einem Adressliteral (${helo}). RFC 5321 §4.1.4 erlaubt das nur, wenn der Host keinen Namen hat; viele Empfänger werten es als Spam-Zeichen.` },
      fix,
      fixLine,
    });
  }
  if (!helo.includes('.')) {
    return scoreItem('helo', {
      status: 'fail',
      subject: helo,
      reason: { en: `"${helo}" is not a fully qualified name (RFC 5321 §4.1.1.1 asks for one); Postfix reject_non_fqdn_helo_hostname refuses it.`, de: `„${helo}“ ist kein vollständiger Name (RFC 5321 §4.1.1.1 verlangt einen); Postfix reject_non_fqdn_helo_hostname lehnt ihn ab.` },
      fix,
      fixLine,
    });
  }
  const type = ip.version === 4 ? 'A' : 'AAAA';
  const forward = await ask(resolver, helo, type);
  const questions = [forward.question];
  if (forward.outcome.kind === 'error') return scoreItem('helo', { status: 'cannot-tell', subject: helo, reason: cannotTell(forward.outcome), questions });
  const addresses = stringsOf(forward);
  if (addresses.length === 0) {
    return scoreItem('helo', {
      status: 'fail',
      subject: helo,
      reason: { en: `${helo} has no ${type} record: the greeting names a host that does not exist for the DNS (Postfix reject_unknown_helo_hostname).`, de: `${helo} hat keinen ${type}-Eintrag: die Begrüßung nennt einen Host, den es im DNS nicht gibt (Postfix reject_unknown_helo_hostname).` },
      fix,
      fixLine,
      questions,
    });
  }
  if (!addresses.some((text) => sameAddress(text, ip))) {
    return scoreItem('helo', {
      status: 'warn',
      subject: helo,
      reason: { en: `${helo} resolves to ${addresses.join(', ')}, not to the sending address ${address}.`, de: `${helo} löst zu ${addresses.join(', ')} auf, nicht zur sendenden Adresse ${address}.` },
      fix,
      fixLine,
      questions,
    });
  }
  if (reverseNames.length > 0 && !reverseNames.some((name) => sameHost(name, helo))) {
    return scoreItem('helo', {
      status: 'warn',
      subject: helo,
      reason: { en: `${helo} resolves to ${address}, but the address's reverse name is ${reverseNames[0]}: the greeting and the reverse name differ.`, de: `${helo} löst zu ${address} auf, der Reverse-Name der Adresse ist aber ${reverseNames[0]}: Begrüßung und Reverse-Name weichen ab.` },
      fix,
      fixLine,
      questions,
    });
  }
  return scoreItem('helo', {
    status: 'pass',
    subject: helo,
    reason: { en: `${helo} resolves to ${address}${reverseNames.length > 0 ? ' and is its reverse name' : ''}.`, de: `${helo} löst zu ${address} auf${reverseNames.length > 0 ? ' und ist ihr Reverse-Name' : ''}.` },
    questions,
  });
}
