// Less common fields that standards define, and the local state mail
// programs write into stored messages (mbox, POP, IMAP clients).

import { rfc, text, vendor, type CatalogueEntry } from './catalogue-entry.ts';

export const OTHER_ENTRIES: CatalogueEntry[] = [
  {
    id: 'disposition-notification-to',
    names: ['disposition-notification-to', 'return-receipt-to', 'x-confirm-reading-to', 'disposition-notification-options'],
    references: [rfc(8098, '2.1')],
    summary: text('The sender asks for a read receipt; mail programs ask the recipient first (RFC 8098 §2.1). Return-Receipt-To is an older, non-standard form.', 'Der Absender bittet um eine Lesebestätigung; Mailprogramme fragen zuerst den Empfänger (RFC 8098 §2.1). Return-Receipt-To ist eine ältere, nicht standardisierte Form.'),
    knowledge: 'documented',
  },
  {
    id: 'organization',
    names: ['organization', 'organisation'],
    references: [rfc(5536, '3.2.10')],
    summary: text('The organisation the sender belongs to, as the sender wrote it.', 'Die Organisation, zu der der Absender gehört, nach seiner Angabe.'),
    knowledge: 'documented',
  },
  {
    id: 'sensitivity',
    names: ['sensitivity', 'expires', 'expiry-date', 'supersedes', 'language', 'autoforwarded', 'x400-content-type'],
    references: [rfc(2156), rfc(4021)],
    summary: text('Fields from the X.400 mapping (RFC 2156), registered by RFC 4021: sensitivity, expiry, replaced message, language.', 'Felder aus der X.400-Abbildung (RFC 2156), registriert durch RFC 4021: Vertraulichkeit, Ablauf, ersetzte Nachricht, Sprache.'),
    knowledge: 'documented',
  },
  {
    id: 'archived-at',
    names: ['archived-at'],
    references: [rfc(5064)],
    summary: text('Where the message is archived on the web, e.g. in a mailing-list archive.', 'Wo die Nachricht im Web archiviert ist, z. B. im Archiv einer Mailingliste.'),
    knowledge: 'documented',
  },
  {
    id: 'autocrypt',
    names: ['autocrypt', 'autocrypt-gossip', 'openpgp'],
    references: [vendor('Autocrypt Level 1 specification', 'https://autocrypt.org/level1.html')],
    summary: text('The sender\'s OpenPGP key or key hint, so that replies can be encrypted.', 'Der OpenPGP-Schlüssel des Absenders oder ein Hinweis darauf, damit Antworten verschlüsselt werden können.'),
    knowledge: 'documented',
  },
  {
    id: 'tls-required',
    names: ['tls-required', 'require-recipient-valid-since', 'mt-priority'],
    references: [rfc(8689), rfc(7293), rfc(6758)],
    summary: text('Delivery instructions from the sender: whether TLS may be skipped (RFC 8689), not to deliver to a mailbox reassigned since a date (RFC 7293), transfer priority (RFC 6758).', 'Zustellanweisungen des Absenders: ob auf TLS verzichtet werden darf (RFC 8689), nicht an ein seit einem Datum neu vergebenes Postfach zuzustellen (RFC 7293), Übertragungspriorität (RFC 6758).'),
    knowledge: 'documented',
  },
  {
    id: 'mailbox-state',
    names: ['status', 'x-status', 'x-uid', 'x-uidl', 'x-keywords', 'x-mozilla-status', 'x-mozilla-status2', 'x-mozilla-keys', 'x-account-key', 'x-mbox-status', 'x-imail-threadid', 'x-ahmailid', 'x-sieve'],
    references: [rfc(4155)],
    summary: text(
      'Written by a mail program or server into its stored copy, not sent: read/answered flags (Status, X-Status, X-Mozilla-Status), POP and IMAP IDs (X-UID, X-UIDL), Sieve filter traces. They show the message came from a mailbox file. Inferred from the values (flags, IDs) and the programs that write them.',
      'Von einem Mailprogramm oder Server in seine gespeicherte Kopie geschrieben, nicht versendet: Gelesen-/Beantwortet-Markierungen (Status, X-Status, X-Mozilla-Status), POP- und IMAP-Kennungen (X-UID, X-UIDL), Spuren von Sieve-Filtern. Sie zeigen, dass die Nachricht aus einer Postfachdatei stammt. Erschlossen aus den Werten (Markierungen, Kennungen) und den Programmen, die sie schreiben.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'face',
    names: ['x-face', 'face'],
    references: [vendor('X-Face format (compface)', 'https://www.dairiki.org/xface/')],
    summary: text('A tiny picture of the sender, encoded as text.', 'Ein kleines Bild des Absenders, als Text kodiert.'),
    knowledge: 'documented',
  },
  {
    id: 'hashcash',
    names: ['x-hashcash', 'hashcash'],
    references: [vendor('Hashcash: stamp format', 'http://www.hashcash.org/docs/hashcash.html')],
    summary: text('A proof-of-work stamp: the sender spent computing time on this recipient, a historic anti-spam idea.', 'Ein Arbeitsnachweis: Der Absender hat für diesen Empfänger Rechenzeit aufgewandt, eine historische Anti-Spam-Idee.'),
    knowledge: 'documented',
  },
  {
    id: 'habeas',
    names: [],
    pattern: /^x-habeas-swe-\d$/,
    references: [{ title: 'RFC 6648 (private X- fields; Habeas Inc., defunct, published no specification)', url: 'https://www.rfc-editor.org/rfc/rfc6648' }],
    summary: text(
      'The Habeas "sender warrant": a copyrighted haiku in nine fields that certified senders could use in the 2000s. Historic; spammers copied it. Inferred from the values, the words of the warrant.',
      'Die „Sender Warrant“ von Habeas: ein urheberrechtlich geschütztes Haiku in neun Feldern, das zertifizierte Absender in den 2000er-Jahren verwenden durften. Historisch; Spammer kopierten es. Erschlossen aus den Werten, dem Wortlaut der Warrant.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'x-mime-autoconverted',
    names: ['x-mime-autoconverted'],
    references: [rfc(6152)],
    summary: text(
      'Sendmail converted the body (usually 8bit to quoted-printable) because the next server did not offer 8BITMIME; a DKIM signature over the body breaks then. Inferred from the values, which name the conversion and the host.',
      'Sendmail hat den Inhalt umgewandelt (meist 8bit in quoted-printable), weil der nächste Server kein 8BITMIME anbot; eine DKIM-Signatur über den Inhalt bricht dann. Erschlossen aus den Werten, die die Umwandlung und den Host nennen.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'delivery-software',
    names: ['x-cyrus-session-id', 'x-sender', 'x-mailer-daemon-recipients', 'x-original-date'],
    references: [{ title: 'RFC 6648 (private X- fields; no specification)', url: 'https://www.rfc-editor.org/rfc/rfc6648' }],
    summary: text(
      'Notes of delivery software: Cyrus IMAP\'s session ID of the delivery, the sender as an older client saw it (X-Sender), the recipients of a bounce, an earlier Date. Inferred from the names and the values seen.',
      'Notizen von Zustellsoftware: die Sitzungskennung der Zustellung bei Cyrus IMAP, der Absender aus Sicht eines älteren Clients (X-Sender), die Empfänger einer Unzustellbarkeitsmeldung, ein früheres Datum. Erschlossen aus den Namen und den gesehenen Werten.',
    ),
    knowledge: 'inferred',
  },
  {
    id: 'free-text-note',
    names: ['x-comment', 'x-note', 'x-remark'],
    references: [{ title: 'RFC 6648 (private X- fields); RFC 5322 §3.6.5 defines Comments for the same purpose', url: 'https://www.rfc-editor.org/rfc/rfc5322#section-3.6.5' }],
    summary: text('A free-text note someone added to the message; it has no technical effect. Inferred from the names and the free-text values.', 'Eine freie Notiz, die jemand der Nachricht hinzufügte; sie hat keine technische Wirkung. Erschlossen aus den Namen und den Freitext-Werten.'),
    knowledge: 'inferred',
  },
];
