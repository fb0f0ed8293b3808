// Fields that mail programs and mailbox exports write: Emacs VM's stored
// state, Lotus Notes' MIME conversion trace, Netscape's and Mozilla's
// language wish, Gmail's labels in an export, archive copies of the
// sender. None of these writers documents the field as a header; each
// summary says from what its meaning is inferred.

import { rfc, text, vendor, type CatalogueEntry } from './catalogue-entry.ts';

const PRIVATE_FIELD = { title: 'RFC 6648 (private X- fields; no specification)', url: 'https://www.rfc-editor.org/rfc/rfc6648' };

export const CLIENT_ENTRIES: CatalogueEntry[] = [
  {
    id: 'emacs-vm',
    names: [],
    pattern: /^x-vm-/,
    references: [PRIVATE_FIELD],
    summary: text(
      'VM (View Mail), a mail reader for Emacs, keeps its state of the message in the stored copy: flags, labels and a cached summary line (X-VM-v5-Data), bookmarks, the message order. Not sent by anyone; it shows the message came out of a VM mailbox. Inferred from the values, which are Emacs Lisp vectors of VM\'s flags and summary fields.',
      'VM (View Mail), ein Mailprogramm für Emacs, legt seinen Zustand der Nachricht in der gespeicherten Kopie ab: Markierungen, Labels und eine zwischengespeicherte Übersichtszeile (X-VM-v5-Data), Lesezeichen, die Reihenfolge. Niemand versendet sie; sie zeigen, dass die Nachricht aus einem VM-Postfach stammt. Erschlossen aus den Werten, die Emacs-Lisp-Vektoren der Markierungen und Übersichtsfelder von VM sind.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'lotus-notes-mimetrack',
    names: ['x-mimetrack'],
    references: [PRIVATE_FIELD],
    summary: text(
      'Lotus Notes / Domino (IBM, now HCL): each step that converted the message between Notes and MIME ("Itemize by SMTP Server", "Serialize by Router"), with the server, its Domino release and the time. Inferred from the values, which name these Domino steps and releases.',
      'Lotus Notes / Domino (IBM, heute HCL): jeder Schritt, der die Nachricht zwischen Notes und MIME umwandelte („Itemize by SMTP Server“, „Serialize by Router“), mit Server, Domino-Version und Zeit. Erschlossen aus den Werten, die diese Domino-Schritte und Versionen nennen.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-accept-language',
    names: ['x-accept-language'],
    references: [rfc(3282)],
    summary: text(
      'The languages the sender prefers for replies, as Netscape and early Mozilla mail wrote them before Accept-Language was registered (RFC 3282). Inferred from the name and the values (language tags like "en-us, en"), which match the standard field.',
      'Die Sprachen, die der Absender für Antworten bevorzugt, wie Netscape und frühe Mozilla-Versionen sie schrieben, bevor Accept-Language registriert wurde (RFC 3282). Erschlossen aus dem Namen und den Werten (Sprachkennungen wie „en-us, en“), die dem Standardfeld entsprechen.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-mailer-version',
    names: ['x-mailer-version'],
    references: [PRIVATE_FIELD],
    summary: text(
      'The version of the program that sent the message, written beside X-Mailer by some mailing and bulk-mail programs. Inferred from the name and the values (version numbers).',
      'Die Version des Programms, das die Nachricht sandte, von manchen Versand- und Massenmailprogrammen neben X-Mailer geschrieben. Erschlossen aus dem Namen und den Werten (Versionsnummern).',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-from',
    names: ['x-from', 'x-to', 'x-cc', 'x-bcc'],
    references: [PRIVATE_FIELD],
    summary: text(
      'A copy of the sender or recipients as another system saw them, written by archives and converters (the Enron corpus keeps the original names this way) and by some gateways. It is not used for delivery and proves nothing about the sender. Inferred from the names and the values, which repeat From, To, Cc or Bcc.',
      'Eine Kopie von Absender oder Empfängern, wie ein anderes System sie sah, geschrieben von Archiven und Konvertern (das Enron-Korpus bewahrt so die ursprünglichen Namen) und manchen Gateways. Sie dient nicht der Zustellung und beweist nichts über den Absender. Erschlossen aus den Namen und den Werten, die From, To, Cc oder Bcc wiederholen.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'gmail-export',
    names: ['x-gm-thrid'],
    pattern: /^x-gmail-/,
    references: [vendor('Gmail IMAP extensions (labels X-GM-LABELS, thread ID X-GM-THRID)', 'https://developers.google.com/gmail/imap/imap-extensions')],
    summary: text(
      'Gmail\'s labels (X-Gmail-Labels) and thread ID (X-GM-THRID) in a mailbox exported from Gmail (Google Takeout): they show the message came from an export, not from the network. Inferred from the names and values, which match the labels and thread IDs Gmail documents for IMAP.',
      'Die Labels (X-Gmail-Labels) und die Thread-Kennung (X-GM-THRID) von Gmail in einem aus Gmail exportierten Postfach (Google Takeout): Sie zeigen, dass die Nachricht aus einem Export stammt, nicht aus dem Netz. Erschlossen aus Namen und Werten, die den Labels und Thread-Kennungen entsprechen, die Gmail für IMAP dokumentiert.',
    ),
    knowledge: 'inferred',
  },
];
