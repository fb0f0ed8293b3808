// The evidence a report's body gives for its kind (message-kind.ts): a
// failure stated for a recipient (a status, a reply code, an MTA's known
// error sentence, a reason named by its error text) or the sentence an MTA
// writes before the failed recipients; and the action of each recipient,
// written or inferred.

import type { BounceRecipient } from '../analysis.ts';
import type { BounceFacts } from './bounce-types.ts';
import type { KindEvidence } from './message-kind.ts';
import { findReplyCode, findStatusCode, normalizeStatus } from './smtp-codes.ts';

/** What in the body states a failure for this recipient, or null: a status, a reply code, an MTA's known error sentence. */
function statedFailure(f: BounceFacts, failed: string[]): string | null {
  const text = f.diagnostic ?? '';
  const status = normalizeStatus(f.statusField) ?? findStatusCode(text);
  const reply = f.replyCode ?? findReplyCode(text);
  if (status && status[0] !== '2') return `status ${status}`;
  if (reply && reply[0] !== '2') return `reply code ${reply}`;
  if (f.hint || f.fallbackHint) return `the error sentence of this MTA (${f.hint ?? f.fallbackHint})`;
  if (f.recipient && failed.some((a) => a.toLowerCase() === f.recipient!.toLowerCase())) return 'named in X-Failed-Recipients';
  return null;
}

const RFC3464_ACTIONS = new Set(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

/**
 * The RFC 3464 action as written, or inferred where the report gives none:
 * a 2.x.x status is a delivery, a delay warning's recipient is delayed, any
 * other a failure (RFC 3464 §2.3.3).
 */
export function settleAction(r: BounceRecipient, delayed: boolean): BounceRecipient {
  if (r.reason === 'vacation' || r.reason === 'feedback') return r;
  if (r.action && RFC3464_ACTIONS.has(r.action)) return r;
  // Not an RFC 3464 word ("failure", "error", "expired" in the wild): the status class decides, as for none.
  if (r.action) return { ...settleAction({ ...r, action: null }, delayed), actionSource: 'inferred' };
  const action = r.reason === 'delivered' || r.status?.[0] === '2' ? 'delivered' : delayed && r.status?.[0] !== '5' ? 'delayed' : 'failed';
  return { ...r, action, actionSource: 'inferred' };
}

// Sentences with which a mail system introduces the recipients that failed
// (Exim, qmail, Lotus Notes, Exchange, Google, many others). They are read
// in the body, where a newsletter that borrows "could not be delivered" for
// its subject does not write them.
const FAILURE_SENTENCE = new RegExp([
  'delivery to the following recipients? (?:has )?failed', 'did not reach the following recipients?', 'failure reasons',
  'could not be delivered to (?:the following|one or more|all of its recipients)', 'cannot be delivered to the following',
  'the following (?:addresses|recipients?|address\\(es\\)) (?:had|failed|could not|was not|were not)', 'undeliverable to the following',
  'created automatically by mail delivery software', "(?:wasn't|was not) able to deliver (?:your|the following) message",
  'this is a permanent error', 'message not delivered to the following', 'has encountered delivery problems',
  '(?:your|the following|a) (?:message|mail) (?:that you sent )?(?:could not|cannot|can ?not) be delivered', 'undeliverable\\s+to \\S+@',
  'a message that you sent was rejected',
].map((s) => `\\b${s}`).join('|'), 'i');

export function bodyEvidence(facts: BounceFacts[], built: BounceRecipient[], failed: string[], returned: boolean, text: string): KindEvidence[] {
  for (const [i, f] of facts.entries()) {
    // A recipient whose error text names a failure reason (classify-reason.ts) counts too.
    const reason = built[i]?.reason;
    const named = f.diagnostic && reason && reason !== 'onhold' && reason !== 'undefined' && reason !== 'delivered' ? `an error text that names a reason (${reason})` : null;
    const what = statedFailure(f, failed) ?? named;
    // A failure needs someone it happened to: a named recipient, or the returned message.
    if (!what || (!f.recipient && !returned)) continue;
    return [{ strength: 'body', text: { en: `${f.recipient ?? 'the returned message'}: ${what} in the report's text`, de: `${f.recipient ?? 'die zurückgesandte Nachricht'}: ${what} im Text des Berichts` } }];
  }
  // The sentence an MTA writes before the failed recipients is specific enough on its own.
  const sentence = FAILURE_SENTENCE.exec(text)?.[0];
  return sentence ? [{ strength: 'body', text: { en: `the text says "${sentence}"`, de: `der Text sagt „${sentence}“` } }] : [];
}
