// Gateways and milters that stamp what they scanned: MailScanner (whose
// field names a site may rename), Cloudmark inside Oracle's Messaging
// Server, Symantec MessageLabs, Sendmail's Sender ID milter, amavisd-new's
// quarantine. Where the vendor documents the field, the entry says so;
// where only the values and the neighbouring fields tell, the summary
// names them.

import { part, text, vendor, type CatalogueEntry, type Explained } from './catalogue-entry.ts';

const MAILSCANNER_CONF = vendor(
  'MailScanner v5: MailScanner.conf, "Changes to Message Headers"',
  'https://github.com/MailScanner/v5/blob/04eeafaa9be84dbc1aa4f1ba2c82d69d7ece8980/common/etc/MailScanner/MailScanner.conf',
);
const AMAVIS_DOCS = vendor('amavisd-new documentation', 'https://www.ijs.si/software/amavisd/amavisd-new-docs.html');
const PRIVATE_FIELD = { title: 'RFC 6648 (private X- fields; the vendor publishes no specification)', url: 'https://www.rfc-editor.org/rfc/rfc6648' };

/** MailScanner's default verdict words (MailScanner.conf: Clean/Infected/Disinfected Header Value). */
function explainScanVerdict(value: string): Explained {
  const word = value.trim().toLowerCase();
  if (/\binfected\b/.test(word) && !/disinfected/.test(word)) {
    return { parts: [part('verdict', value.trim(), text('A virus was found in the message.', 'In der Nachricht wurde ein Virus gefunden.'))] };
  }
  if (/disinfected/.test(word)) return { parts: [part('verdict', value.trim(), text('A dangerous attachment was removed or disarmed.', 'Ein gefährlicher Anhang wurde entfernt oder entschärft.'))] };
  if (/clean/.test(word)) return { parts: [part('verdict', value.trim(), text('No virus and no dangerous content found.', 'Kein Virus und kein gefährlicher Inhalt gefunden.'))] };
  return {};
}

export const SCANNER_ENTRIES: CatalogueEntry[] = [
  {
    id: 'mailscanner',
    names: [],
    // X-MailScanner-SpamCheck, or X-<site>-MailScanner-* once the site's name is filled in (%org-name%).
    pattern: /^x-(?:[a-z0-9.]+-)*mailscanner(?:-|$)/,
    references: [MAILSCANNER_CONF],
    summary: text(
      'MailScanner, a virus and spam gateway: whether the message was found clean (X-…-MailScanner), the SpamAssassin report and score (-SpamCheck, -SpamScore), the envelope sender (-From), its own message ID (-ID) and a help text of the site (-Information). A site may put its name into the field names.',
      'MailScanner, ein Viren- und Spam-Gateway: ob die Nachricht sauber war (X-…-MailScanner), Bericht und Punktzahl von SpamAssassin (-SpamCheck, -SpamScore), der Umschlag-Absender (-From), seine eigene Nachrichtenkennung (-ID) und ein Hilfetext des Betreibers (-Information). Ein Betreiber kann seinen Namen in die Feldnamen setzen.',
    ),
    knowledge: 'documented',
    explain: explainScanVerdict,
  },
  {
    id: 'mailscanner-renamed',
    names: ['x-songbird', 'x-songbirdinformation', 'x-songbird-from'],
    references: [MAILSCANNER_CONF],
    summary: text(
      'MailScanner\'s fields renamed by the site that ran it (here Songbird): the scan verdict, the help text and the envelope sender. Inferred from the values — "Found to be clean" is MailScanner\'s own word — and from the three names, which follow MailScanner\'s mail, information and envelope-from fields.',
      'Die Felder von MailScanner, vom Betreiber umbenannt (hier Songbird): das Prüfergebnis, der Hilfetext und der Umschlag-Absender. Erschlossen aus den Werten – „Found to be clean“ ist das Wort von MailScanner – und aus den drei Namen, die dessen Feldern für Ergebnis, Information und Umschlag-Absender folgen.',
    ),
    knowledge: 'inferred',
    explain: explainScanVerdict,
  },
  {
    id: 'cloudmark-clx',
    names: [],
    pattern: /^x-clx-/,
    references: [PRIVATE_FIELD],
    summary: text(
      'Cloudmark\'s spam verdict as Oracle Communications Messaging Server writes it: X-CLX-Spam (true or false), X-CLX-Score, X-CLX-Shades and X-CLX-UShades (its finer grading). Cloudmark does not document them publicly; inferred from the values and from the server (Oracle Messaging Server) in the bounces that carry them.',
      'Das Spam-Urteil von Cloudmark, wie es Oracle Communications Messaging Server schreibt: X-CLX-Spam (true oder false), X-CLX-Score, X-CLX-Shades und X-CLX-UShades (feinere Abstufung). Cloudmark dokumentiert sie nicht öffentlich; erschlossen aus den Werten und aus dem Server (Oracle Messaging Server) in den Unzustellbarkeitsmeldungen, die sie tragen.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'junkmail-filter',
    names: [],
    pattern: /^x-junkmail-/,
    references: [PRIVATE_FIELD],
    summary: text(
      'A spam filter\'s score out of 100 and the host that scored (X-Junkmail-Status: score=11/100, host=…), with its raw data (X-Junkmail-SD-Raw). Undocumented; inferred from the values, seen in bounces of McAfee-filtered mail systems.',
      'Die Punktzahl eines Spamfilters von 100 und der bewertende Host (X-Junkmail-Status: score=11/100, host=…), mit Rohdaten (X-Junkmail-SD-Raw). Undokumentiert; erschlossen aus den Werten, gesehen in Unzustellbarkeitsmeldungen von Mailsystemen mit McAfee-Filter.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'messagelabs',
    names: ['x-msg-ref'],
    references: [PRIVATE_FIELD],
    summary: text(
      'Symantec MessageLabs (now Broadcom Email Security.cloud): the server and tower that scanned the message and its reference number there. Undocumented; inferred from the values, which name server-N.tower-N.messagelabs.com.',
      'Symantec MessageLabs (heute Broadcom Email Security.cloud): Server und Tower, die die Nachricht prüften, und ihre Referenznummer dort. Undokumentiert; erschlossen aus den Werten, die server-N.tower-N.messagelabs.com nennen.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'sid-milter',
    names: ['x-senderid'],
    references: [{ title: 'RFC 4406 (Sender ID, historic)', url: 'https://www.rfc-editor.org/rfc/rfc4406' }],
    summary: text(
      'Sendmail\'s Sender ID milter checked the message (RFC 4406, historic): its version, the host and the queue ID. Inferred from the values, which name "Sendmail Sender-ID Filter".',
      'Der Sender-ID-Milter von Sendmail hat die Nachricht geprüft (RFC 4406, historisch): Version, Host und Queue-ID. Erschlossen aus den Werten, die „Sendmail Sender-ID Filter“ nennen.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'amavis-quarantine',
    names: ['x-quarantine-id', 'x-smtp-mail', 'x-smtp-rcpt'],
    references: [AMAVIS_DOCS],
    summary: text(
      'A copy that a content filter kept in quarantine: its quarantine ID (in amavisd-new\'s form spam-<hash>-<date>-<time>-<process>), with the envelope sender (X-SMTP-MAIL) and recipient (X-SMTP-RCPT). Inferred from the values and from amavisd-new, whose quarantine IDs look like this.',
      'Eine Kopie, die ein Inhaltsfilter in Quarantäne behielt: ihre Quarantäne-ID (in der Form von amavisd-new spam-<Hash>-<Datum>-<Zeit>-<Prozess>), mit Umschlag-Absender (X-SMTP-MAIL) und -Empfänger (X-SMTP-RCPT). Erschlossen aus den Werten und aus amavisd-new, dessen Quarantäne-IDs so aussehen.',
    ),
    knowledge: 'inferred',
  },
];
