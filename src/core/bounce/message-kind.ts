// What kind of message this is, in one word: an ordinary message, or one of
// the reports mail systems send about another message. The word is decided
// only from evidence that converges: a report structure (RFC 3462
// multipart/report, an RFC 3464 delivery-status part, Exim's
// X-Failed-Recipients), or a failure stated in the body (a recipient with a
// status, a reply code or an MTA's known error sentence) together with a
// sign in the header. A weak sign alone — a subject phrase, a daemon-looking
// sender, a null reverse-path (which RFC 5321 §4.5.5 also allows for any
// automatic message) — never makes a report: newsletters say "could not be
// delivered" in their subjects, and people send PGP mail with `<>`.

import type { LocalizedText } from '../analysis.ts';

export const MESSAGE_KINDS = ['ordinary', 'non-delivery', 'delay', 'delivery-success', 'read-receipt', 'feedback', 'auto-reply'] as const;
export type MessageKindWord = (typeof MESSAGE_KINDS)[number];

/** structure: the message is built as a report; body: its text states a failure; weak: a header sign that proves nothing alone. */
export type EvidenceStrength = 'structure' | 'body' | 'weak';

export interface KindEvidence {
  strength: EvidenceStrength;
  /** What was seen, quoted from the message where it can be (a field, a line). */
  text: LocalizedText;
}

export interface MessageKind {
  word: MessageKindWord;
  /** high: structure and body agree; medium: one of them with a header sign; low: structure alone, or an ordinary message that shows weak signs. */
  confidence: 'high' | 'medium' | 'low';
  /** The word for people, with the disposition of a read receipt. */
  label: LocalizedText;
  evidence: KindEvidence[];
  /** RFC 8098 §3.2.6 disposition type of a read receipt (displayed, deleted, dispatched, processed); null otherwise. */
  disposition: string | null;
}

const LABELS: Readonly<Record<MessageKindWord, LocalizedText>> = {
  ordinary: { en: 'Ordinary message', de: 'Gewöhnliche Nachricht' },
  'non-delivery': { en: 'Non-delivery report (bounce)', de: 'Unzustellbarkeitsbericht (Bounce)' },
  delay: { en: 'Delay warning: delivery is still being tried', de: 'Verzögerungswarnung: die Zustellung wird weiter versucht' },
  'delivery-success': { en: 'Delivery report: delivered or relayed (RFC 3464)', de: 'Zustellbericht: zugestellt oder weitergeleitet (RFC 3464)' },
  'read-receipt': { en: 'Read receipt (RFC 8098)', de: 'Lesebestätigung (RFC 8098)' },
  feedback: { en: 'Feedback report: a complaint, not a bounce (RFC 5965)', de: 'Feedback-Bericht: eine Beschwerde, kein Bounce (RFC 5965)' },
  'auto-reply': { en: 'Automatic reply (RFC 3834)', de: 'Automatische Antwort (RFC 3834)' },
};

// RFC 8098 §3.2.6.2 disposition types, in words.
const DISPOSITIONS: Readonly<Record<string, LocalizedText>> = {
  displayed: { en: 'the message was displayed', de: 'die Nachricht wurde angezeigt' },
  deleted: { en: 'the message was deleted unread', de: 'die Nachricht wurde ungelesen gelöscht' },
  dispatched: { en: 'the message was sent on without being displayed', de: 'die Nachricht wurde ungelesen weitergegeben' },
  processed: { en: 'the message was processed without being displayed', de: 'die Nachricht wurde ungelesen verarbeitet' },
};

function labelOf(word: MessageKindWord, disposition: string | null): LocalizedText {
  const base = LABELS[word];
  if (word !== 'read-receipt' || !disposition) return base;
  const said = DISPOSITIONS[disposition] ?? { en: `disposition "${disposition}"`, de: `Disposition „${disposition}“` };
  return { en: `${base.en}: ${said.en}`, de: `${base.de}: ${said.de}` };
}

export interface KindInput {
  evidence: KindEvidence[];
  /** A report whose type is fixed by its structure or marks: feedback, read receipt, auto-reply; null for delivery reports. */
  fixed: 'feedback' | 'read-receipt' | 'auto-reply' | null;
  /** The RFC 3464 action of every recipient, written or inferred (failed, delayed, delivered, relayed, expanded). */
  actions: string[];
  disposition: string | null;
}

const has = (evidence: KindEvidence[], strength: EvidenceStrength) => evidence.some((e) => e.strength === strength);

/** The kind of a message that shows no sign of a report at all. */
export function ordinaryKind(evidence: KindEvidence[] = []): MessageKind {
  return { word: 'ordinary', confidence: evidence.length ? 'medium' : 'high', label: LABELS.ordinary, evidence, disposition: null };
}

export function decideKind(input: KindInput): MessageKind {
  const { evidence } = input;
  const structure = has(evidence, 'structure');
  const body = has(evidence, 'body');
  const weak = has(evidence, 'weak');
  if (input.fixed) {
    const confidence = structure ? 'high' : 'medium';
    return { word: input.fixed, confidence, label: labelOf(input.fixed, input.disposition), evidence, disposition: input.disposition };
  }
  // Convergence: a report structure, or a failure in the body together with a header sign.
  if (!structure && !(body && weak)) return ordinaryKind(evidence);
  const word: MessageKindWord = input.actions.includes('failed') || input.actions.length === 0
    ? 'non-delivery'
    : input.actions.includes('delayed')
      ? 'delay'
      : 'delivery-success';
  const confidence = structure && body ? 'high' : structure || (body && weak) ? 'medium' : 'low';
  return { word, confidence: input.actions.length === 0 && !body ? 'low' : confidence, label: labelOf(word, null), evidence, disposition: null };
}
