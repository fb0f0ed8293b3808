// The fields RFC 5322 defines: originator (§3.6.2), destination (§3.6.3),
// identification (§3.6.4), informational (§3.6.5), resent (§3.6.6) and
// the origination date (§3.6.1).

import { parseMailDate } from '../message/rfc5322-date.ts';
import { parseAddressList, type AddressList } from '../message/address-list.ts';
import { part, rfc, text, type CatalogueEntry, type Explained } from './catalogue-entry.ts';
import { decodeEncodedWords } from '../message/rfc2047-encoded-words.ts';
import type { DecodedPart } from '../analysis.ts';

function describeAddress(list: AddressList, label: string): DecodedPart[] {
  const parts = list.addresses.map((a, i) => {
    const idn = a.domainUnicode !== null && a.domainAscii !== null && a.domainUnicode !== a.domainAscii;
    const shown = a.displayName ? `${a.displayName} <${a.address ?? ''}>` : (a.address ?? '');
    const meaning = idn
      ? text(
          `Internationalised domain: shown as ${a.domainUnicode}, travels as ${a.domainAscii} (RFC 5890).`,
          `Internationalisierte Domain: angezeigt als ${a.domainUnicode}, übertragen als ${a.domainAscii} (RFC 5890).`,
        )
      : a.group
        ? text(`Member of the group "${a.group}".`, `Mitglied der Gruppe „${a.group}“.`)
        : null;
    return part(`${label}[${i}]`, shown, meaning);
  });
  for (const { text: group } of list.groups) {
    if (list.addresses.some((a) => a.group === group)) continue;
    parts.push(
      part(
        `${label}:group`,
        `${group}:;`,
        text(
          'An empty group: the sender chose not to list these recipients here (RFC 5322 §3.4), as mailers do when every recipient is in Bcc.',
          'Eine leere Gruppe: Der Absender hat die Empfänger hier bewusst nicht aufgeführt (RFC 5322 §3.4), wie es Mailprogramme tun, wenn alle Empfänger in Bcc stehen.',
        ),
      ),
    );
  }
  if (list.omitted > 0) {
    parts.push(part(`${label}:omitted`, String(list.omitted), text('Further addresses, not listed one by one.', 'Weitere Adressen, nicht einzeln aufgeführt.'), 'documented'));
  }
  return parts;
}

export function explainAddressField(label: string) {
  return (value: string): Explained => {
    const list = parseAddressList(value);
    const decoded = list.addresses
      .map((a) => (a.displayName ? `${a.displayName} <${a.address ?? ''}>` : (a.address ?? '')))
      .concat(list.groups.filter((g) => !list.addresses.some((a) => a.group === g.text)).map((g) => `${g.text}:;`))
      .join(', ');
    return { decoded, parts: describeAddress(list, label) };
  };
}

function explainText(value: string): Explained {
  const words = decodeEncodedWords(value);
  const parts = [];
  if (words.words > 0) {
    parts.push(part('encoded-words', String(words.words), text('RFC 2047 encoded words were decoded.', 'Nach RFC 2047 kodierte Wörter wurden dekodiert.')));
  }
  for (const charset of words.unknownCharsets) {
    parts.push(part('charset', charset, text('Unknown character set: these words are shown as written.', 'Unbekannter Zeichensatz: Diese Wörter werden unverändert gezeigt.'), 'unknown'));
  }
  return { decoded: words.text, parts };
}

function explainDate(value: string): Explained {
  const date = parseMailDate(value);
  if (!date) return { parts: [part('date', value, text('Not a date Mail Lab can read.', 'Kein Datum, das Mail Lab lesen kann.'), 'unknown')] };
  const parts = [part('utc', date.utc, text('The same moment in UTC.', 'Derselbe Zeitpunkt in UTC.'))];
  if (date.zoneAssumed) {
    parts.push(part('zone', 'none', text('No time zone (or -0000, "no information", RFC 5322 §3.3): UTC was assumed.', 'Keine Zeitzone (oder -0000, „keine Angabe“, RFC 5322 §3.3): UTC wurde angenommen.'), 'inferred'));
  } else {
    const sign = date.offsetMinutes! < 0 ? '-' : '+';
    const abs = Math.abs(date.offsetMinutes!);
    const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
    parts.push(part('offset', offset, text("The sender's offset from UTC.", 'Die Abweichung des Absenders von UTC.')));
  }
  return { decoded: date.utc, parts };
}

const MSG_ID = /<([^<>@\s]{1,500})@([^<>\s]{1,255})>/g;

/** What the right-hand side of a Message-ID says about the software that made it (inferred from common practice). */
const ID_HINTS: [RegExp, string][] = [
  [/mail\.gmail\.com$/i, 'Gmail'],
  [/\.outlook\.com$/i, 'Microsoft Outlook / Exchange Online'],
  [/amazonses\.com$/i, 'Amazon SES'],
  [/\.sendgrid\.net$|geopod-ismtpd/i, 'SendGrid'],
  [/\.mailgun\.org$/i, 'Mailgun'],
  [/mtasv\.net$/i, 'Postmark'],
  [/\.mcsv\.net$|\.mcdlv\.net$|mailchimp/i, 'Mailchimp'],
  [/\.yahoo\.com$/i, 'Yahoo'],
  [/\.apple\.com$/i, 'Apple iCloud'],
];

function explainMessageIds(value: string): Explained {
  const parts = [];
  for (const match of value.matchAll(MSG_ID)) {
    const right = match[2]!;
    const hint = ID_HINTS.find(([pattern]) => pattern.test(right));
    parts.push(
      part(
        'msg-id',
        match[0],
        hint
          ? text(`The part after "@" is typical of ${hint[1]}.`, `Der Teil nach „@“ ist typisch für ${hint[1]}.`)
          : text(`Made unique by the host or domain ${right} (RFC 5322 §3.6.4).`, `Eindeutig gemacht durch den Host oder die Domain ${right} (RFC 5322 §3.6.4).`),
        hint ? 'inferred' : 'documented',
      ),
    );
    if (parts.length >= 200) break; // a References field of a long thread; the rest adds nothing
  }
  return { parts };
}

const address = (label: string) => explainAddressField(label);

export const RFC5322_ENTRIES: CatalogueEntry[] = [
  {
    id: 'from',
    names: ['from'],
    references: [rfc(5322, '3.6.2')],
    summary: text('The author of the message, as shown to the recipient. DMARC checks this domain.', 'Der Verfasser der Nachricht, wie er dem Empfänger angezeigt wird. DMARC prüft diese Domain.'),
    knowledge: 'documented',
    explain: address('From'),
  },
  {
    id: 'sender',
    names: ['sender'],
    references: [rfc(5322, '3.6.2')],
    summary: text('Who actually sent the message on behalf of the author in From (a secretary, a list, a service).', 'Wer die Nachricht tatsächlich im Auftrag des Verfassers in From versandt hat (Sekretariat, Liste, Dienst).'),
    knowledge: 'documented',
    explain: address('Sender'),
  },
  {
    id: 'reply-to',
    names: ['reply-to'],
    references: [rfc(5322, '3.6.2')],
    summary: text('Where replies should go instead of From.', 'Wohin Antworten statt an From gehen sollen.'),
    knowledge: 'documented',
    explain: address('Reply-To'),
  },
  {
    id: 'to',
    names: ['to'],
    references: [rfc(5322, '3.6.3')],
    summary: text(
      'The primary recipients as the sender wrote them. The envelope (RCPT TO) decides who really gets the message; this field need not list them.',
      'Die Hauptempfänger, wie der Absender sie eingetragen hat. Wer die Nachricht wirklich bekommt, entscheidet der Umschlag (RCPT TO); dieses Feld muss sie nicht nennen.',
    ),
    knowledge: 'documented',
    explain: address('To'),
  },
  {
    id: 'cc',
    names: ['cc'],
    references: [rfc(5322, '3.6.3')],
    summary: text('Recipients who get a copy; every recipient can see them.', 'Empfänger einer Kopie; alle Empfänger sehen sie.'),
    knowledge: 'documented',
    explain: address('Cc'),
  },
  {
    id: 'bcc',
    names: ['bcc'],
    references: [rfc(5322, '3.6.3')],
    summary: text(
      'Blind copies. The sending system normally removes this field before delivery, so a Bcc recipient is not named in the copies others get; seeing it here means this is the sender\'s own copy or the mailer kept it.',
      'Blindkopien. Das versendende System entfernt dieses Feld normalerweise vor der Zustellung, sodass Bcc-Empfänger in den Kopien der anderen nicht auftauchen; steht es hier, ist dies die Kopie des Absenders oder das Mailprogramm hat es stehen lassen.',
    ),
    knowledge: 'documented',
    explain: address('Bcc'),
  },
  {
    id: 'subject',
    names: ['subject', 'comments', 'thread-topic'],
    references: [rfc(5322, '3.6.5'), rfc(2047, '5')],
    summary: text('The topic of the message; non-ASCII text travels as RFC 2047 encoded words.', 'Der Betreff der Nachricht; Nicht-ASCII-Text wird als RFC-2047-kodierte Wörter übertragen.'),
    knowledge: 'documented',
    explain: explainText,
  },
  {
    id: 'keywords',
    names: ['keywords'],
    references: [rfc(5322, '3.6.5')],
    summary: text('Comma-separated keywords the sender attached.', 'Vom Absender angegebene Schlagwörter, durch Komma getrennt.'),
    knowledge: 'documented',
    explain: explainText,
  },
  {
    id: 'date',
    names: ['date'],
    references: [rfc(5322, '3.6.1'), rfc(5322, '3.3')],
    summary: text(
      "When the author's software says the message was written, by the sender's clock; a wrong clock or a forged value is possible, the Received chain gives independent times.",
      'Wann die Software des Verfassers die Nachricht geschrieben haben will, nach der Uhr des Absenders; eine falsche Uhr oder ein gefälschter Wert ist möglich, die Received-Kette liefert unabhängige Zeiten.',
    ),
    knowledge: 'documented',
    explain: explainDate,
  },
  {
    id: 'message-id',
    names: ['message-id', 'content-id'],
    references: [rfc(5322, '3.6.4'), rfc(2045, '7')],
    summary: text('A world-unique identifier the sending software gave this message (or this MIME part).', 'Eine weltweit eindeutige Kennung, die die versendende Software dieser Nachricht (oder diesem MIME-Teil) gab.'),
    knowledge: 'documented',
    explain: explainMessageIds,
  },
  {
    id: 'in-reply-to',
    names: ['in-reply-to', 'references'],
    references: [rfc(5322, '3.6.4')],
    summary: text('The Message-IDs of the messages this one answers; mail programs build threads from them.', 'Die Message-IDs der Nachrichten, auf die diese antwortet; Mailprogramme bilden daraus Gesprächsverläufe.'),
    knowledge: 'documented',
    explain: explainMessageIds,
  },
  {
    id: 'resent',
    names: ['resent-date', 'resent-from', 'resent-sender', 'resent-to', 'resent-cc', 'resent-bcc', 'resent-message-id'],
    references: [rfc(5322, '3.6.6')],
    summary: text(
      'Added when a user re-sent ("bounced", redirected) an existing message to new recipients; the original fields stay unchanged.',
      'Werden hinzugefügt, wenn jemand eine vorhandene Nachricht an neue Empfänger erneut versendet (umgeleitet) hat; die ursprünglichen Felder bleiben unverändert.',
    ),
    knowledge: 'documented',
    explain: (value, context) => {
      const name = context.fields[context.index]!.name.toLowerCase();
      if (name === 'resent-date') return explainDate(value);
      if (name === 'resent-message-id') return explainMessageIds(value);
      return explainAddressField(context.fields[context.index]!.name)(value);
    },
  },
  {
    id: 'received',
    names: ['received'],
    references: [rfc(5321, '4.4'), rfc(5322, '3.6.7')],
    summary: text(
      'A trace line: each mail server adds one on top when it accepts the message, so read them bottom-up. The hop list of Mail Lab reads them in detail.',
      'Eine Spur: Jeder Mailserver setzt beim Annehmen der Nachricht eine oben darauf, man liest sie also von unten nach oben. Die Hop-Liste von Mail Lab wertet sie im Einzelnen aus.',
    ),
    knowledge: 'documented',
  },
];
