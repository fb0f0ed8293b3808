// The enhanced status codes of subjects X.4 to X.6 (IANA "SMTP Enhanced
// Status Codes" registry; RFC 3463 §3.5–3.7 and later RFCs): network and
// routing, mail delivery protocol, message content or media.

import type { StatusEntry } from './status-codes-mailbox.ts';

export const TRANSPORT_STATUS_CODES: readonly StatusEntry[] = [
  ['4.0', 'RFC 3463', {
    en: 'Other or undefined network or routing status: something went wrong with the network, and it is not clear what.',
    de: 'Sonstiger Netzwerk- oder Routingstatus: Im Netzwerk ist etwas schiefgegangen, und es ist nicht klar, was.',
  }],
  ['4.1', 'RFC 3463', {
    en: 'No answer from host: the connection attempt was not answered (the server is busy or unreachable).',
    de: 'Keine Antwort vom Host: Der Verbindungsversuch wurde nicht beantwortet (der Server ist ausgelastet oder nicht erreichbar).',
  }],
  ['4.2', 'RFC 3463', {
    en: 'Bad connection: the connection was made but broke off or timed out before the transaction completed.',
    de: 'Schlechte Verbindung: Die Verbindung kam zustande, brach aber ab oder lief in eine Zeitüberschreitung, bevor die Übertragung fertig war.',
  }],
  ['4.3', 'RFC 3463', {
    en: 'Directory server failure: a directory server (for example DNS) was unavailable, so the message could not be forwarded.',
    de: 'Fehler des Verzeichnisservers: Ein Verzeichnisserver (etwa DNS) war nicht verfügbar, deshalb konnte die Nachricht nicht weitergeleitet werden.',
  }],
  ['4.4', 'RFC 3463', {
    en: 'Unable to route: the next hop could not be determined from the routing information (for example no MX or address record).',
    de: 'Keine Route: Der nächste Server ließ sich aus den Routinginformationen nicht bestimmen (etwa kein MX- oder Adresseintrag).',
  }],
  ['4.5', 'RFC 3463', {
    en: 'Mail system congestion: the mail system was congested and could not deliver the message now.',
    de: 'Mailsystem überlastet: Das Mailsystem war überlastet und konnte die Nachricht derzeit nicht zustellen.',
  }],
  ['4.6', 'RFC 3463', {
    en: 'Routing loop detected: the message was forwarded too many times (a forwarding loop or wrong routing tables).',
    de: 'Routingschleife erkannt: Die Nachricht wurde zu oft weitergeleitet (eine Weiterleitungsschleife oder falsche Routingtabellen).',
  }],
  ['4.7', 'RFC 3463', {
    en: 'Delivery time expired: the message stayed in the queue too long and was given up.',
    de: 'Zustellzeit abgelaufen: Die Nachricht lag zu lange in der Warteschlange und wurde aufgegeben.',
  }],
  ['5.0', 'RFC 3463', {
    en: 'Other or undefined protocol status: something went wrong in the SMTP dialogue with the next server.',
    de: 'Sonstiger Protokollstatus: Im SMTP-Dialog mit dem nächsten Server ist etwas schiefgegangen.',
  }],
  ['5.1', 'RFC 3463', {
    en: 'Invalid command: an SMTP command was out of sequence or not supported.',
    de: 'Ungültiger Befehl: Ein SMTP-Befehl kam in falscher Reihenfolge oder wird nicht unterstützt.',
  }],
  ['5.2', 'RFC 3463', {
    en: 'Syntax error: an SMTP command could not be interpreted.',
    de: 'Syntaxfehler: Ein SMTP-Befehl konnte nicht interpretiert werden.',
  }],
  ['5.3', 'RFC 3463', {
    en: 'Too many recipients: more recipients than the server accepts in one transaction.',
    de: 'Zu viele Empfänger: Mehr Empfänger, als der Server in einer Übertragung annimmt.',
  }],
  ['5.4', 'RFC 3463', {
    en: 'Invalid command arguments: a valid command was given with invalid or unsupported arguments.',
    de: 'Ungültige Befehlsargumente: Ein gültiger Befehl wurde mit ungültigen oder nicht unterstützten Argumenten gegeben.',
  }],
  ['5.5', 'RFC 3463', {
    en: 'Wrong protocol version: the two servers could not agree on a protocol version.',
    de: 'Falsche Protokollversion: Die beiden Server konnten sich nicht auf eine Protokollversion einigen.',
  }],
  ['5.6', 'RFC 4954', {
    en: 'Authentication exchange line is too long: the client sent an AUTH response longer than the server accepts.',
    de: 'Zeile im Anmeldedialog zu lang: Der Client hat eine AUTH-Antwort gesendet, die länger ist, als der Server annimmt.',
  }],
  ['6.0', 'RFC 3463', {
    en: 'Other or undefined media error: something about the content of the message made it undeliverable.',
    de: 'Sonstiger Inhaltsfehler: Etwas am Inhalt der Nachricht hat sie unzustellbar gemacht.',
  }],
  ['6.1', 'RFC 3463', {
    en: 'Media not supported: the content type is not supported by the delivery path.',
    de: 'Medientyp nicht unterstützt: Der Inhaltstyp wird auf dem Zustellweg nicht unterstützt.',
  }],
  ['6.2', 'RFC 3463', {
    en: 'Conversion required and prohibited: the content must be converted, but conversion is not allowed.',
    de: 'Umwandlung nötig, aber untersagt: Der Inhalt müsste umgewandelt werden, aber die Umwandlung ist nicht erlaubt.',
  }],
  ['6.3', 'RFC 3463', {
    en: 'Conversion required but not supported: the content must be converted, but no server on the path can do it (for example 8bit to 7bit).',
    de: 'Umwandlung nötig, aber nicht unterstützt: Der Inhalt müsste umgewandelt werden, aber kein Server auf dem Weg kann das (etwa 8bit in 7bit).',
  }],
  ['6.4', 'RFC 3463', {
    en: 'Conversion with loss performed: the message was delivered, but converting it lost some data.',
    de: 'Umwandlung mit Verlust durchgeführt: Die Nachricht wurde zugestellt, aber bei der Umwandlung gingen Daten verloren.',
  }],
  ['6.5', 'RFC 3463', {
    en: 'Conversion failed: a required conversion of the content did not succeed.',
    de: 'Umwandlung fehlgeschlagen: Eine nötige Umwandlung des Inhalts ist misslungen.',
  }],
  ['6.6', 'RFC 4468', {
    en: 'Message content not available: the content could not be fetched from a remote system (BURL).',
    de: 'Nachrichteninhalt nicht verfügbar: Der Inhalt konnte nicht von einem entfernten System abgerufen werden (BURL).',
  }],
  ['6.7', 'RFC 6531', {
    en: 'Non-ASCII addresses not permitted for that sender or recipient (internationalised email, SMTPUTF8).',
    de: 'Nicht-ASCII-Adressen für diesen Absender oder Empfänger nicht erlaubt (internationalisierte E-Mail, SMTPUTF8).',
  }],
  ['6.8', 'RFC 6531', {
    en: 'A UTF-8 reply is required, but the SMTP client does not permit it.',
    de: 'Eine UTF-8-Antwort ist nötig, aber der SMTP-Client erlaubt sie nicht.',
  }],
  ['6.9', 'RFC 6531', {
    en: 'A message with UTF-8 header fields cannot be passed to one or more recipients, so it must be rejected.',
    de: 'Eine Nachricht mit UTF-8-Headerfeldern kann an einen oder mehrere Empfänger nicht weitergegeben werden und muss abgelehnt werden.',
  }],
  ['6.10', 'RFC 6531 (erratum)', {
    en: 'Deprecated duplicate of X.6.8: a UTF-8 reply is required but not permitted.',
    de: 'Veraltetes Duplikat von X.6.8: Eine UTF-8-Antwort ist nötig, aber nicht erlaubt.',
  }],
];
