// Delay warnings written as prose: the MTA has not given up, it says the
// message "has not yet been delivered" and that it "will continue to try".
// RFC 3464 says this with Action: delayed; many MTAs (Exim, Gmail, qmail
// add-ons, antivirus gateways) say it only in words. A text that says the
// MTA gave up is a failure, whatever else it says: Exim's final bounce
// after a timeout quotes the same "delayed" wording.

const DELAY_SUBJECT = /\bwarning: message\b|\bmessage (?:has not yet been delivered|delayed)\b|\bdelivery (?:status notification \()?delay(?:ed)?\b|\bdelayed mail\b|\bmail delivery warning\b|\bdelivery warning\b|\bnot yet delivered\b|\bverzögert\b|\bretard(?:é|e)e?\b/i;

const DELAY_TEXT = /\bhas not yet been delivered\b|\bis still awaiting delivery\b|\bthis is (?:just )?a warning(?: message)?(?: only)?\b|\b(?:will|shall) (?:continue to (?:try|attempt)|keep trying|be retried|retry)\b|\bdelivery attempts will continue\b|\bstill being retried\b|\byou do not need to (?:take any action|resend)\b|\bno action is required\b|\bwird weiter(?:hin)? versucht\b/i;

const GAVE_UP = /\bgiving up\b|\bgave up\b|\bwill not (?:be )?(?:retried|try again|attempt)\b|\bno (?:further|more) (?:attempts|retries|delivery attempts)\b|\bfailed permanently\b|\bpermanent(?:ly)? (?:error|failure|fatal)\b|\bhas been (?:returned|deleted|removed from the queue)\b|\bdelivery (?:to the following recipients? )?(?:has )?failed\b|\bretry time(?:out)? (?:not reached|exceeded)\b|\btoo long in the queue\b|\bmessage expired\b/i;

/** Does this subject and notification say the delivery is only delayed, still being tried? */
export function saysDelayed(subject: string, text: string): boolean {
  const head = text.slice(0, 8 * 1024);
  if (GAVE_UP.test(head) || GAVE_UP.test(subject)) return false;
  return DELAY_SUBJECT.test(subject) || DELAY_TEXT.test(head);
}
