// The enhanced status codes of subject X.7, security or policy status
// (IANA "SMTP Enhanced Status Codes" registry; RFC 3463 §3.8, RFC 4954,
// RFC 5248, RFC 6710, RFC 7293, RFC 7372, RFC 7505, RFC 8617, RFC 8689).

import type { StatusEntry } from './status-codes-mailbox.ts';

export const SECURITY_STATUS_CODES: readonly StatusEntry[] = [
  ['7.0', 'RFC 3463', {
    en: 'Other or undefined security status: a security or policy reason, not described further.',
    de: 'Sonstiger Sicherheitsstatus: Ein Sicherheits- oder Richtliniengrund, nicht näher beschrieben.',
  }],
  ['7.1', 'RFC 3463', {
    en: 'Delivery not authorized, message refused: the sender may not send to this destination (per-host or per-recipient filtering).',
    de: 'Zustellung nicht erlaubt, Nachricht abgelehnt: Der Absender darf an dieses Ziel nicht senden (Filterung je Host oder je Empfänger).',
  }],
  ['7.2', 'RFC 3463', {
    en: 'Mailing list expansion prohibited: the sender may not send to this mailing list.',
    de: 'Auflösen der Verteilerliste untersagt: Der Absender darf an diese Mailingliste nicht senden.',
  }],
  ['7.3', 'RFC 3463', {
    en: 'Security conversion required but not possible: a conversion between secure messaging protocols was needed and not possible.',
    de: 'Sicherheitsumwandlung nötig, aber nicht möglich: Eine Umwandlung zwischen sicheren Nachrichtenprotokollen war nötig und nicht möglich.',
  }],
  ['7.4', 'RFC 3463', {
    en: 'Security features not supported: the message carries security features the delivery protocol cannot support.',
    de: 'Sicherheitsfunktionen nicht unterstützt: Die Nachricht enthält Sicherheitsfunktionen, die das Zustellprotokoll nicht unterstützt.',
  }],
  ['7.5', 'RFC 3463', {
    en: 'Cryptographic failure: a system entitled to decrypt or verify the message could not, for lack of a valid key.',
    de: 'Kryptografischer Fehler: Ein System, das die Nachricht entschlüsseln oder prüfen sollte, konnte es mangels gültigem Schlüssel nicht.',
  }],
  ['7.6', 'RFC 3463', {
    en: 'Cryptographic algorithm not supported: the algorithm the message uses is not supported.',
    de: 'Kryptografischer Algorithmus nicht unterstützt: Der Algorithmus, den die Nachricht verwendet, wird nicht unterstützt.',
  }],
  ['7.7', 'RFC 3463', {
    en: 'Message integrity failure: the message was corrupted or altered, so it could not be verified.',
    de: 'Integritätsfehler: Die Nachricht wurde beschädigt oder verändert und ließ sich deshalb nicht prüfen.',
  }],
  ['7.8', 'RFC 4954', {
    en: 'Authentication credentials invalid: the login (SMTP AUTH) failed; user name or password are wrong.',
    de: 'Anmeldedaten ungültig: Die Anmeldung (SMTP AUTH) ist fehlgeschlagen; Benutzername oder Passwort sind falsch.',
  }],
  ['7.9', 'RFC 4954', {
    en: 'Authentication mechanism is too weak: the server requires a stronger login method.',
    de: 'Anmeldeverfahren zu schwach: Der Server verlangt ein sichereres Anmeldeverfahren.',
  }],
  ['7.10', 'RFC 5248', {
    en: 'Encryption needed: the login method may only be used over an encrypted connection (TLS).',
    de: 'Verschlüsselung nötig: Das Anmeldeverfahren darf nur über eine verschlüsselte Verbindung (TLS) verwendet werden.',
  }],
  ['7.11', 'RFC 4954', {
    en: 'Encryption required for the requested authentication mechanism.',
    de: 'Für das gewählte Anmeldeverfahren ist Verschlüsselung erforderlich.',
  }],
  ['7.12', 'RFC 4954', {
    en: 'A password transition is needed: log in once with PLAIN so the server can switch the method.',
    de: 'Passwortumstellung nötig: Melden Sie sich einmal mit PLAIN an, damit der Server das Verfahren umstellen kann.',
  }],
  ['7.13', 'RFC 5248', {
    en: 'User account disabled: the account exists but was disabled by its administrator.',
    de: 'Benutzerkonto deaktiviert: Das Konto existiert, wurde aber von seinem Administrator deaktiviert.',
  }],
  ['7.14', 'RFC 5248', {
    en: 'Trust relationship required: the server needs a configured trust relationship with a third party to get at the content.',
    de: 'Vertrauensbeziehung erforderlich: Der Server braucht eine eingerichtete Vertrauensbeziehung zu einem Dritten, um an den Inhalt zu gelangen.',
  }],
  ['7.15', 'RFC 6710', {
    en: 'Priority level is too low: the server currently accepts only messages of higher priority.',
    de: 'Prioritätsstufe zu niedrig: Der Server nimmt derzeit nur Nachrichten höherer Priorität an.',
  }],
  ['7.16', 'RFC 6710', {
    en: 'Message is too big for the specified priority.',
    de: 'Die Nachricht ist für die angegebene Priorität zu groß.',
  }],
  ['7.17', 'RFC 7293', {
    en: 'Mailbox owner has changed since the date the sender required (RRVS).',
    de: 'Der Inhaber des Postfachs hat seit dem vom Absender verlangten Datum gewechselt (RRVS).',
  }],
  ['7.18', 'RFC 7293', {
    en: 'Domain owner has changed since the date the sender required (RRVS).',
    de: 'Der Inhaber der Domain hat seit dem vom Absender verlangten Datum gewechselt (RRVS).',
  }],
  ['7.19', 'RFC 7293', {
    en: 'RRVS test cannot be completed: the receiver did not record when the mailbox was created.',
    de: 'RRVS-Prüfung nicht möglich: Der Empfänger hat nicht festgehalten, wann das Postfach angelegt wurde.',
  }],
  ['7.20', 'RFC 7372', {
    en: 'No passing DKIM signature found: the message carries no DKIM signature that verified.',
    de: 'Keine gültige DKIM-Signatur gefunden: Die Nachricht trägt keine DKIM-Signatur, die sich prüfen ließ.',
  }],
  ['7.21', 'RFC 7372', {
    en: 'No acceptable DKIM signature found: signatures verified, but none is acceptable to the receiver.',
    de: 'Keine annehmbare DKIM-Signatur gefunden: Signaturen waren gültig, aber keine ist für den Empfänger annehmbar.',
  }],
  ['7.22', 'RFC 7372', {
    en: 'No valid author-matched DKIM signature found: no valid signature is from the domain in the From field.',
    de: 'Keine zum Autor passende DKIM-Signatur gefunden: Keine gültige Signatur stammt von der Domain im From-Feld.',
  }],
  ['7.23', 'RFC 7372', {
    en: 'SPF validation failed: the sending server is not authorised by the SPF record of the sender domain.',
    de: 'SPF-Prüfung fehlgeschlagen: Der sendende Server ist im SPF-Eintrag der Absender-Domain nicht zugelassen.',
  }],
  ['7.24', 'RFC 7372', {
    en: 'SPF validation error: evaluating the SPF record failed (a temporary DNS error or a broken record).',
    de: 'SPF-Prüfungsfehler: Die Auswertung des SPF-Eintrags ist gescheitert (ein vorübergehender DNS-Fehler oder ein fehlerhafter Eintrag).',
  }],
  ['7.25', 'RFC 7372', {
    en: "Reverse DNS validation failed: the sending server's IP address has no matching reverse DNS name.",
    de: 'Reverse-DNS-Prüfung fehlgeschlagen: Die IP-Adresse des sendenden Servers hat keinen passenden Reverse-DNS-Namen.',
  }],
  ['7.26', 'RFC 7372', {
    en: "Multiple authentication checks failed: the message failed more than one check; at large providers usually DMARC, so the sender's domain must publish SPF or DKIM that aligns with From.",
    de: 'Mehrere Authentifizierungsprüfungen fehlgeschlagen: Die Nachricht hat mehr als eine Prüfung nicht bestanden; bei großen Anbietern meist DMARC, also muss die Absender-Domain SPF oder DKIM passend zur From-Domain einrichten.',
  }],
  ['7.27', 'RFC 7505', {
    en: 'Sender address has null MX: the sender domain accepts no mail, so it could not receive a bounce; the receiver refuses such senders.',
    de: 'Absenderadresse hat ein Null-MX: Die Absender-Domain nimmt keine E-Mail an und könnte keine Rückmeldung empfangen; der Empfänger lehnt solche Absender ab.',
  }],
  ['7.28', 'IANA registry', {
    en: 'Mail flood detected: the message looks like part of a flood of similar abusive messages.',
    de: 'Mailflut erkannt: Die Nachricht scheint Teil einer Flut ähnlicher missbräuchlicher Nachrichten zu sein.',
  }],
  ['7.29', 'RFC 8617', {
    en: 'ARC validation failure: the ARC chain of the message did not validate.',
    de: 'ARC-Prüfung fehlgeschlagen: Die ARC-Kette der Nachricht war nicht gültig.',
  }],
  ['7.30', 'RFC 8689', {
    en: 'REQUIRETLS support required: the message demands TLS on every hop, and the next server cannot guarantee it.',
    de: 'REQUIRETLS-Unterstützung erforderlich: Die Nachricht verlangt TLS auf jedem Abschnitt, und der nächste Server kann das nicht zusichern.',
  }],
];
