// Every role on the path spelled out, one sentence each, in the words of
// the German wiki page the project grew from (MUA, MTA, MDA, MRA) and of
// RFC 5598 §4 (MSA, MX, the mailbox), RFC 6409 (submission), RFC 2033
// (LMTP). The legend is the same for every message, so a class learns all
// the words once; the picture uses the short names.

import type { LegendEntry } from './mail-route.ts';

export const ROUTE_LEGEND: readonly LegendEntry[] = [
  {
    key: 'MUA',
    name: { en: 'MUA – Mail User Agent', de: 'MUA – Mail User Agent' },
    sentence: { en: 'The mail program a person writes, sends, receives and reads mail with (Outlook, Thunderbird, a webmail, a phone app).', de: 'Das E-Mail-Programm, mit dem ein Mensch Mails schreibt, versendet, empfängt und liest (Outlook, Thunderbird, Webmail, App).' },
  },
  {
    key: 'MSA',
    name: { en: 'MSA – Mail Submission Agent', de: 'MSA – Mail Submission Agent' },
    sentence: { en: 'The server that accepts a new message from its author’s program after a login, usually on port 587 (RFC 6409).', de: 'Der Server, der eine neue Nachricht nach einer Anmeldung vom Programm des Absenders annimmt, meist auf Port 587 (RFC 6409).' },
  },
  {
    key: 'MTA',
    name: { en: 'MTA – Mail Transfer Agent', de: 'MTA – Mail Transfer Agent' },
    sentence: { en: 'A server that transports mail and passes it to the next server over SMTP (RFC 5321).', de: 'Ein Server, der Mails transportiert und per SMTP an den nächsten Server weitergibt (RFC 5321).' },
  },
  {
    key: 'MX',
    name: { en: 'MX – Mail Exchanger', de: 'MX – Mail Exchanger' },
    sentence: { en: 'The MTA the recipient’s domain names in its DNS MX record: here the message entered the receiving organisation.', de: 'Der MTA, den die Domain des Empfängers in ihrem DNS-MX-Eintrag nennt: Hier kam die Nachricht in der empfangenden Organisation an.' },
  },
  {
    key: 'filter',
    name: { en: 'Content filter', de: 'Inhaltsfilter' },
    sentence: { en: 'A program the server hands the message to and gets it back from (virus and spam checks such as amavisd-new), drawn as a loop.', de: 'Ein Programm, dem der Server die Nachricht übergibt und von dem er sie zurückbekommt (Viren- und Spamprüfung wie amavisd-new), als Schleife gezeichnet.' },
  },
  {
    key: 'MDA',
    name: { en: 'MDA – Mail Delivery Agent', de: 'MDA – Mail Delivery Agent' },
    sentence: { en: 'The software that takes incoming mail and puts it into the recipient’s mailbox (local delivery or LMTP, RFC 2033).', de: 'Die Software, die eingehende Mails annimmt und in das Postfach des Empfängers verteilt (lokal oder per LMTP, RFC 2033).' },
  },
  {
    key: 'mailbox',
    name: { en: 'Mailbox', de: 'Postfach' },
    sentence: { en: 'Where the message waits on the server until the recipient’s program fetches or shows it.', de: 'Wo die Nachricht auf dem Server liegt, bis das Programm des Empfängers sie abholt oder anzeigt.' },
  },
  {
    key: 'MRA',
    name: { en: 'MRA – Mail Retrieval Agent', de: 'MRA – Mail Retrieval Agent' },
    sentence: { en: 'Fetches mail from the mailbox server: over POP3 it pulls the messages now and then, over IMAP IDLE the server pushes news at once (fetchmail, or the part of a mail program that does this).', de: 'Holt Mails vom Postfach-Server ab: Per POP3 zieht es sie von Zeit zu Zeit (Pull), per IMAP IDLE meldet der Server Neues sofort (Push) – fetchmail oder der Teil eines Mailprogramms, der das tut.' },
  },
  {
    key: 'unknown',
    name: { en: 'Unknown role', de: 'Unbekannte Rolle' },
    sentence: { en: 'The Received field does not tell which step this host took.', de: 'Die Received-Zeile verrät nicht, welchen Schritt dieser Rechner übernommen hat.' },
  },
  {
    key: 'inferred',
    name: { en: 'Dashed: inferred', de: 'Gestrichelt: erschlossen' },
    sentence: { en: 'A step or agent no Received field records (the sender’s program, the retrieval): drawn because mail must pass it, with the reason.', de: 'Ein Schritt oder Programm, das keine Received-Zeile festhält (das Programm des Absenders, der Abruf): gezeichnet, weil jede Mail dort vorbeimuss, mit Begründung.' },
  },
  {
    key: 'boundary',
    name: { en: 'Trust boundary', de: 'Vertrauensgrenze' },
    sentence: { en: 'Fields written after this line come from the receiving organisation; those before it could have been forged by anyone.', de: 'Zeilen nach dieser Linie stammen von der empfangenden Organisation; die davor könnte jeder gefälscht haben.' },
  },
];
