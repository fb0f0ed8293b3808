// Fields of shared web hosting: what cPanel's Exim and PHP's mail() write
// when a script on a hosting account sends mail. They name the account,
// the script and the host, which is what an abuse desk needs, and show that
// the message did not come from a mail program. PHP documents its field;
// cPanel ships its fields in its Exim configuration without a format
// description, so their reading here is inferred from the values they hold.

import { part, text, vendor, type CatalogueEntry, type Explained } from './catalogue-entry.ts';

const CPANEL_EXIM = vendor('cPanel: Exim Configuration Manager (Basic Editor)', 'https://docs.cpanel.net/whm/service-configuration/exim-configuration-manager-basic-editor/');

// "Originator/Caller UID/GID - [1004 990] / [47 12]": two bracketed pairs.
const UID_GID = /^\[(\d{1,10}) (\d{1,10})\] \/ \[(\d{1,10}) (\d{1,10})\]$/;

function explainAntiAbuse(value: string): Explained {
  const line = value.trim();
  const dash = line.indexOf(' - ');
  if (dash < 0) return { parts: [part('note', line.slice(0, 200), text('cPanel\'s opening line: these fields are meant for abuse reports.', 'Die Einleitungszeile von cPanel: Diese Felder sind für Missbrauchsmeldungen gedacht.'), 'inferred')] };
  const key = line.slice(0, dash).trim();
  const rest = line.slice(dash + 3).trim();
  const ids = key.startsWith('Originator/Caller') ? UID_GID.exec(rest) : null;
  if (ids) {
    return {
      parts: [
        part('originator', `uid ${ids[1]} gid ${ids[2]}`, text('The Unix user and group of the hosting account whose process handed the message to Exim.', 'Unix-Benutzer und -Gruppe des Hosting-Kontos, dessen Prozess die Nachricht an Exim übergab.'), 'inferred'),
        part('caller', `uid ${ids[3]} gid ${ids[4]}`, text('The user and group Exim ran as when it took the message (47/12 is Exim\'s own mailnull/mail on cPanel).', 'Benutzer und Gruppe, unter denen Exim die Nachricht annahm (47/12 ist auf cPanel Exims eigenes mailnull/mail).'), 'inferred'),
      ],
    };
  }
  const meanings: Record<string, readonly [en: string, de: string]> = {
    'Primary Hostname': ['The hosting server that sent the message.', 'Der Hosting-Server, der die Nachricht verschickt hat.'],
    'Original Domain': ['The domain of the first recipient.', 'Die Domain des ersten Empfängers.'],
    'Sender Address Domain': ['The domain of the envelope sender.', 'Die Domain des Umschlag-Absenders.'],
  };
  const meaning = meanings[key];
  return { parts: [part(key, rest.slice(0, 255), meaning ? text(meaning[0], meaning[1]) : null, meaning ? 'inferred' : 'unknown')] };
}

/** "web4711.hosting.example: authenticated_id: shopuser/from_h": host, how the sender was identified, who. */
function explainSenderVia(value: string): Explained {
  const [host, method, ...who] = value.split(':').map((piece) => piece.trim());
  if (!host || !method) return {};
  const identity = who.join(':');
  const [account, suffix] = identity.split('/');
  const parts = [
    part('host', host, text('The cPanel server that accepted the message.', 'Der cPanel-Server, der die Nachricht annahm.'), 'inferred'),
    part('method', method, method === 'authenticated_id' ? text('The sender was identified by its login (SMTP authentication or the local account).', 'Der Absender wurde über seine Anmeldung erkannt (SMTP-Authentifizierung oder lokales Konto).') : null, method === 'authenticated_id' ? 'inferred' : 'unknown'),
  ];
  if (account) parts.push(part('account', account, text('The hosting account (or mailbox) that sent the message: the one to report abuse for.', 'Das Hosting-Konto (oder Postfach), das die Nachricht verschickt hat: das, für das man Missbrauch meldet.'), 'inferred'));
  if (suffix) parts.push(part('suffix', suffix, text('cPanel does not say what this suffix means.', 'cPanel sagt nicht, was dieser Zusatz bedeutet.'), 'unknown'));
  return { parts };
}

/** PHP's mail.add_x_header: "<uid>:<script file>". */
function explainPhpScript(value: string): Explained {
  const colon = value.indexOf(':');
  if (colon <= 0) return {};
  return {
    parts: [
      part('uid', value.slice(0, colon).trim(), text('The Unix user id the PHP script ran as: on shared hosting, the account.', 'Die Unix-Benutzerkennung, unter der das PHP-Skript lief: beim Shared Hosting das Konto.')),
      part('script', value.slice(colon + 1).trim().slice(0, 255), text('The PHP script that called mail(): a web form, a shop, a mass-mail tool, or a script planted on a hacked site.', 'Das PHP-Skript, das mail() aufrief: ein Webformular, ein Shop, ein Massenmail-Werkzeug oder ein Skript auf einer gehackten Website.')),
    ],
  };
}

export const HOSTING_ENTRIES: CatalogueEntry[] = [
  {
    id: 'x-antiabuse',
    names: ['x-antiabuse'],
    references: [CPANEL_EXIM],
    summary: text(
      'Added by cPanel\'s Exim to mail sent from a hosting account: the server, the first recipient\'s domain, the Unix user and group of the sending process and the sender domain, so that an abuse report can name the account. Inferred from the values, whose parts cPanel\'s Exim fills in.',
      'Von cPanels Exim in Mail aus einem Hosting-Konto eingefügt: der Server, die Domain des ersten Empfängers, Unix-Benutzer und -Gruppe des sendenden Prozesses und die Absenderdomain, damit eine Missbrauchsmeldung das Konto benennen kann. Erschlossen aus den Werten, deren Teile das Exim von cPanel ausfüllt.',
    ),
    knowledge: 'inferred',
    explain: explainAntiAbuse,
  },
  {
    id: 'x-get-message-sender-via',
    names: ['x-get-message-sender-via'],
    references: [CPANEL_EXIM],
    summary: text(
      'cPanel\'s Exim: how the server identified who sent the message, "host: method: account". It names the hosting account or mailbox behind the message, whatever its From says. Inferred from the values, in the form cPanel\'s Exim writes.',
      'cPanels Exim: wie der Server erkannte, wer die Nachricht verschickt hat, „Host: Verfahren: Konto“. Es nennt das Hosting-Konto oder Postfach hinter der Nachricht, unabhängig davon, was im From steht. Erschlossen aus den Werten, in der Form, die das Exim von cPanel schreibt.',
    ),
    knowledge: 'inferred',
    explain: explainSenderVia,
  },
  {
    id: 'x-authenticated-sender',
    names: ['x-authenticated-sender'],
    references: [CPANEL_EXIM],
    summary: text(
      'The sender address as the sending server authenticated or assigned it ("host: address", as cPanel\'s Exim writes it). Other servers use the name for the SMTP AUTH identity. Inferred from the values and the servers that write it.',
      'Die Absenderadresse, wie der sendende Server sie angemeldet oder zugeordnet hat („Host: Adresse“, wie cPanels Exim schreibt). Andere Server nutzen den Namen für die SMTP-AUTH-Identität. Erschlossen aus den Werten und den Servern, die es schreiben.',
    ),
    knowledge: 'inferred',
    explain: (value) => {
      const colon = value.indexOf(':');
      return colon > 0 && value.includes('@', colon)
        ? { parts: [part('host', value.slice(0, colon).trim(), null, 'inferred'), part('address', value.slice(colon + 1).trim().slice(0, 255), null, 'inferred')] }
        : {};
    },
  },
  {
    id: 'x-php-originating-script',
    names: ['x-php-originating-script'],
    references: [vendor('PHP manual: mail.add_x_header', 'https://www.php.net/manual/en/mail.configuration.php#ini.mail.add-x-header')],
    summary: text(
      'Written by PHP\'s mail() when mail.add_x_header is on: the user id and file name of the script that sent the message. The mail came from a web application, not from a person\'s mail program.',
      'Von PHPs mail() geschrieben, wenn mail.add_x_header eingeschaltet ist: Benutzerkennung und Dateiname des Skripts, das die Nachricht verschickt hat. Die Mail kam aus einer Webanwendung, nicht aus dem Mailprogramm eines Menschen.',
    ),
    knowledge: 'documented',
    explain: explainPhpScript,
  },
];
