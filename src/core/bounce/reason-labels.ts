// The bounce reason words (Sisimai's, reason-words.ts) are codes for
// machines and for comparing with Sisimai; a person reads these labels
// instead. `undefined` is Sisimai's word for "no reason could be told" and
// must never be shown as it is.

import type { LocalizedText } from '../analysis.ts';
import type { BounceReason } from './reason-words.ts';

const LABELS: Readonly<Record<BounceReason, LocalizedText>> = {
  userunknown: { en: 'Unknown recipient', de: 'Empfänger unbekannt' },
  hostunknown: { en: 'Unknown domain', de: 'Domain unbekannt' },
  mailboxfull: { en: 'Mailbox full', de: 'Postfach voll' },
  mesgtoobig: { en: 'Message too large', de: 'Nachricht zu groß' },
  exceedlimit: { en: 'Over a size limit', de: 'Größenlimit überschritten' },
  filtered: { en: 'Filtered by the recipient', de: 'Vom Empfänger gefiltert' },
  blocked: { en: 'Sending server blocked', de: 'Sendender Server blockiert' },
  rejected: { en: 'Sender address rejected', de: 'Absenderadresse abgelehnt' },
  spamdetected: { en: 'Taken for spam', de: 'Als Spam eingestuft' },
  virusdetected: { en: 'Virus found', de: 'Virus gefunden' },
  policyviolation: { en: 'Against the receiver’s policy', de: 'Verstoß gegen die Regeln des Empfängers' },
  authfailure: { en: 'Authentication failed (SPF, DKIM, DMARC)', de: 'Authentifizierung gescheitert (SPF, DKIM, DMARC)' },
  securityerror: { en: 'Security error', de: 'Sicherheitsfehler' },
  expired: { en: 'Gave up after retrying', de: 'Nach wiederholten Versuchen aufgegeben' },
  networkerror: { en: 'Network or DNS error', de: 'Netzwerk- oder DNS-Fehler' },
  norelaying: { en: 'Relaying refused', de: 'Weiterleitung verweigert' },
  toomanyconn: { en: 'Too many connections', de: 'Zu viele Verbindungen' },
  suspend: { en: 'Mailbox suspended', de: 'Postfach gesperrt' },
  systemerror: { en: 'Error on the receiving system', de: 'Fehler im empfangenden System' },
  systemfull: { en: 'Receiving system full', de: 'Empfangendes System voll' },
  mailererror: { en: 'Local delivery program failed', de: 'Lokales Zustellprogramm gescheitert' },
  notaccept: { en: 'Domain accepts no mail', de: 'Domain nimmt keine E-Mail an' },
  syntaxerror: { en: 'SMTP syntax error', de: 'SMTP-Syntaxfehler' },
  contenterror: { en: 'Content refused', de: 'Inhalt abgelehnt' },
  requireptr: { en: 'Sending server has no reverse DNS', de: 'Sendender Server ohne Reverse-DNS' },
  notcompliantrfc: { en: 'Message not RFC-compliant', de: 'Nachricht nicht RFC-konform' },
  ratelimited: { en: 'Rate limited', de: 'Ratenbegrenzung' },
  badreputation: { en: 'Poor sender reputation', de: 'Schlechte Absenderreputation' },
  failedstarttls: { en: 'STARTTLS failed', de: 'STARTTLS gescheitert' },
  hasmoved: { en: 'Recipient has moved', de: 'Empfänger umgezogen' },
  onhold: { en: 'Failed, reason not stated', de: 'Gescheitert, Grund nicht angegeben' },
  delivered: { en: 'Delivered', de: 'Zugestellt' },
  vacation: { en: 'Automatic reply', de: 'Automatische Antwort' },
  feedback: { en: 'Complaint (feedback report)', de: 'Beschwerde (Feedback-Bericht)' },
  undefined: { en: 'Reason not known', de: 'Grund unbekannt' },
};

export function labelReason(reason: BounceReason): LocalizedText {
  return LABELS[reason];
}

/**
 * RFC 3463 §3.1 status classes in words: 2 success, 4 persistent transient
 * failure, 5 permanent failure. This is what the code says; hard or soft
 * (reason-words.ts) is what it means for the address.
 */
export function statusClassOf(status: string | null): 'success' | 'transient' | 'permanent' | null {
  const first = status?.[0];
  return first === '2' ? 'success' : first === '4' ? 'transient' : first === '5' ? 'permanent' : null;
}
