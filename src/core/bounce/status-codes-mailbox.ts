// The enhanced status codes of subjects X.0 to X.3 (IANA "SMTP Enhanced
// Status Codes" registry; RFC 3463 §3.1–3.4 and later RFCs): undefined,
// addressing, mailbox and mail system status. Each text gives the
// registry's meaning in words an admin or a teacher can pass on.

import type { LocalizedText } from '../analysis.ts';

export type StatusEntry = readonly [subjectDetail: string, reference: string, meaning: LocalizedText];

export const MAILBOX_STATUS_CODES: readonly StatusEntry[] = [
  ['0.0', 'RFC 3463', {
    en: 'Other undefined status: only the class of the result is known (success, temporary or permanent failure).',
    de: 'Sonstiger, nicht näher bestimmter Status: Bekannt ist nur die Klasse des Ergebnisses (Erfolg, vorübergehender oder dauerhafter Fehler).',
  }],
  ['1.0', 'RFC 3463', {
    en: 'Other address status: something about an address of the message caused this report.',
    de: 'Sonstiger Adressstatus: Etwas an einer Adresse der Nachricht hat diese Meldung ausgelöst.',
  }],
  ['1.1', 'RFC 3463', {
    en: 'Bad destination mailbox address: the mailbox does not exist; the part before the "@" is invalid.',
    de: 'Ungültige Zielpostfachadresse: Das Postfach existiert nicht; der Teil vor dem „@“ ist ungültig.',
  }],
  ['1.2', 'RFC 3463', {
    en: 'Bad destination system address: the destination system (the part after the "@") does not exist or cannot accept mail.',
    de: 'Ungültige Zielsystemadresse: Das Zielsystem (der Teil nach dem „@“) existiert nicht oder kann keine E-Mail annehmen.',
  }],
  ['1.3', 'RFC 3463', {
    en: 'Bad destination mailbox address syntax: the recipient address is not syntactically valid.',
    de: 'Fehlerhafte Syntax der Zielpostfachadresse: Die Empfängeradresse ist syntaktisch ungültig.',
  }],
  ['1.4', 'RFC 3463', {
    en: 'Destination mailbox address ambiguous: the address matches more than one recipient on the destination system.',
    de: 'Zielpostfachadresse mehrdeutig: Die Adresse passt auf mehr als einen Empfänger im Zielsystem.',
  }],
  ['1.5', 'RFC 3463', {
    en: 'Destination address valid: the address was accepted (used in positive delivery reports).',
    de: 'Zieladresse gültig: Die Adresse wurde angenommen (in positiven Zustellberichten verwendet).',
  }],
  ['1.6', 'RFC 3463', {
    en: 'Destination mailbox has moved, no forwarding address: the address was valid once but no longer accepts mail.',
    de: 'Zielpostfach umgezogen, keine Weiterleitungsadresse: Die Adresse war einmal gültig, nimmt aber keine E-Mail mehr an.',
  }],
  ['1.7', 'RFC 3463', {
    en: "Bad sender's mailbox address syntax: the sender address is not syntactically valid.",
    de: 'Fehlerhafte Syntax der Absenderadresse: Die Absenderadresse ist syntaktisch ungültig.',
  }],
  ['1.8', 'RFC 3463', {
    en: "Bad sender's system address: the sender's domain does not exist or cannot accept replies.",
    de: 'Ungültige Absender-Systemadresse: Die Domain des Absenders existiert nicht oder kann keine Antworten empfangen.',
  }],
  ['1.9', 'RFC 3886', {
    en: 'Message relayed to non-compliant mailer: the address was valid, but the message went on to a system that cannot report further.',
    de: 'Nachricht an ein nicht konformes Mailsystem weitergeleitet: Die Adresse war gültig, aber die Nachricht ging an ein System, das nicht weiter berichten kann.',
  }],
  ['1.10', 'RFC 7505', {
    en: 'Recipient address has null MX: the recipient domain declares in DNS that it accepts no mail.',
    de: 'Empfängeradresse hat ein Null-MX: Die Empfänger-Domain erklärt im DNS, dass sie keine E-Mail annimmt.',
  }],
  ['2.0', 'RFC 3463', {
    en: 'Other or undefined mailbox status: the mailbox exists, but something about it caused this report.',
    de: 'Sonstiger Postfachstatus: Das Postfach existiert, aber etwas daran hat diese Meldung ausgelöst.',
  }],
  ['2.1', 'RFC 3463', {
    en: 'Mailbox disabled, not accepting messages: the mailbox exists but takes no mail, for now or for good.',
    de: 'Postfach deaktiviert, nimmt keine Nachrichten an: Das Postfach existiert, nimmt aber vorerst oder dauerhaft keine E-Mail an.',
  }],
  ['2.2', 'RFC 3463', {
    en: 'Mailbox full: the recipient has used up their storage quota; deleting messages frees space.',
    de: 'Postfach voll: Der Empfänger hat sein Speicherkontingent ausgeschöpft; Löschen von Nachrichten schafft Platz.',
  }],
  ['2.3', 'RFC 3463', {
    en: "Message length exceeds administrative limit: the message is larger than this mailbox's size limit.",
    de: 'Nachrichtenlänge überschreitet das administrative Limit: Die Nachricht ist größer als die Größengrenze dieses Postfachs.',
  }],
  ['2.4', 'RFC 3463', {
    en: 'Mailing list expansion problem: the address is a mailing list that could not be expanded.',
    de: 'Problem beim Auflösen einer Verteilerliste: Die Adresse ist eine Mailingliste, die nicht aufgelöst werden konnte.',
  }],
  ['3.0', 'RFC 3463', {
    en: 'Other or undefined mail system status: the destination system normally accepts mail, but something about it caused this report.',
    de: 'Sonstiger Mailsystemstatus: Das Zielsystem nimmt normalerweise E-Mail an, aber etwas daran hat diese Meldung ausgelöst.',
  }],
  ['3.1', 'RFC 3463', {
    en: "Mail system full: the destination system's storage is exhausted for all its users.",
    de: 'Mailsystem voll: Der Speicher des Zielsystems ist für alle seine Benutzer erschöpft.',
  }],
  ['3.2', 'RFC 3463', {
    en: 'System not accepting network messages: the host is not taking mail now (shutdown, overload, maintenance).',
    de: 'System nimmt keine Netzwerknachrichten an: Der Host nimmt derzeit keine E-Mail an (Abschaltung, Überlastung, Wartung).',
  }],
  ['3.3', 'RFC 3463', {
    en: 'System not capable of selected features: the destination does not support features the message requires.',
    de: 'System unterstützt gewählte Funktionen nicht: Das Ziel unterstützt Funktionen nicht, die die Nachricht verlangt.',
  }],
  ['3.4', 'RFC 3463', {
    en: 'Message too big for system: the message is larger than the per-message limit of the system.',
    de: 'Nachricht zu groß für das System: Die Nachricht ist größer als die Größengrenze des Systems je Nachricht.',
  }],
  ['3.5', 'RFC 3463', {
    en: 'System incorrectly configured: the system is set up in a way that does not let it accept this message.',
    de: 'System falsch konfiguriert: Das System ist so eingerichtet, dass es diese Nachricht nicht annehmen kann.',
  }],
  ['3.6', 'RFC 6710', {
    en: 'Requested priority was changed: the message was accepted, but with a different priority than requested.',
    de: 'Angeforderte Priorität geändert: Die Nachricht wurde angenommen, aber mit einer anderen Priorität als angefordert.',
  }],
];
