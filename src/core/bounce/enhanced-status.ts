// The meaning of an enhanced status code (RFC 3463 §2: class.subject.detail)
// in both languages: the class says whether to try again, the registry
// entry what happened. Codes the registry does not list (vendors use
// 5.7.509, 4.7.650, ...) are explained by class and subject, and say so.

import type { LocalizedText } from '../analysis.ts';
import { parseStatus } from './smtp-codes.ts';
import { MAILBOX_STATUS_CODES, type StatusEntry } from './status-codes-mailbox.ts';
import { SECURITY_STATUS_CODES } from './status-codes-security.ts';
import { TRANSPORT_STATUS_CODES } from './status-codes-transport.ts';

const CLASSES: Record<string, LocalizedText> = {
  '2': { en: 'Success (2.X.X): the action completed.', de: 'Erfolg (2.X.X): Der Vorgang wurde ausgeführt.' },
  '4': {
    en: 'Persistent transient failure (4.X.X): the message may be delivered if it is sent again later.',
    de: 'Vorübergehender Fehler (4.X.X): Die Nachricht kann zugestellt werden, wenn sie später erneut gesendet wird.',
  },
  '5': {
    en: 'Permanent failure (5.X.X): sending the same message again will fail the same way.',
    de: 'Dauerhafter Fehler (5.X.X): Ein erneutes Senden derselben Nachricht scheitert auf dieselbe Weise.',
  },
};

const SUBJECTS: Record<string, LocalizedText> = {
  '0': { en: 'other or undefined status', de: 'sonstiger oder nicht näher bestimmter Status' },
  '1': { en: 'addressing status (the sender or recipient address)', de: 'Adressstatus (Absender- oder Empfängeradresse)' },
  '2': { en: 'mailbox status (the recipient\'s mailbox)', de: 'Postfachstatus (das Postfach des Empfängers)' },
  '3': { en: 'mail system status (the destination system)', de: 'Mailsystemstatus (das Zielsystem)' },
  '4': { en: 'network and routing status', de: 'Netzwerk- und Routingstatus' },
  '5': { en: 'mail delivery protocol status (the SMTP dialogue)', de: 'Status des Zustellprotokolls (der SMTP-Dialog)' },
  '6': { en: 'message content or media status', de: 'Status von Nachrichteninhalt oder Medientyp' },
  '7': { en: 'security or policy status', de: 'Sicherheits- oder Richtlinienstatus' },
};

const REGISTRY = new Map<string, StatusEntry>(
  [...MAILBOX_STATUS_CODES, ...TRANSPORT_STATUS_CODES, ...SECURITY_STATUS_CODES].map((entry) => [entry[0], entry]),
);

export interface StatusMeaning {
  /** The class sentence followed by the registry meaning of subject.detail. */
  text: LocalizedText;
  /** The RFC that defines the code, or null for a code the registry does not list. */
  reference: string | null;
}

/** Every registered subject.detail pair ("1.1", "7.26", ...), for tests and the page. */
export function registeredCodes(): string[] {
  return [...REGISTRY.keys()];
}

export function explainStatus(code: string | null): StatusMeaning | null {
  const parts = code ? parseStatus(code) : null;
  if (!parts) return null;
  const cls = CLASSES[parts.class]!;
  const entry = REGISTRY.get(`${parts.subject}.${parts.detail}`);
  if (entry) {
    const meaning = entry[2];
    return { text: { en: `${cls.en} ${meaning.en}`, de: `${cls.de} ${meaning.de}` }, reference: entry[1] };
  }
  const subject = SUBJECTS[String(parts.subject)];
  if (!subject) return { text: cls, reference: null };
  return {
    text: {
      en: `${cls.en} Subject ${parts.subject}: ${subject.en}. The detail ${parts.detail} is not in the IANA registry; it is the receiving system's own code.`,
      de: `${cls.de} Bereich ${parts.subject}: ${subject.de}. Das Detail ${parts.detail} steht nicht im IANA-Register; es ist ein eigener Code des empfangenden Systems.`,
    },
    reference: null,
  };
}
