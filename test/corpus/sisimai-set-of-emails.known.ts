// Where our bounce diagnosis and Sisimai's records
// (test/corpus/data/sisimai-set-of-emails/expected.json) disagree, and why.
// Sisimai is one independent reading, not ground truth; each entry below was
// checked against the sample as written. `got` is exactly what the runner
// prints (status/reason/recipient, or "no record").

import type { KnownTable } from './support/corpus-report.ts';

const ARF_PLACEHOLDER =
  'Sisimai invents the address "undisclosed-recipient-in-headers@libsisimai.org.invalid" when an ARF report names no usable recipient; we give what the report says (a display name, the returned To, or nothing)';
const DELAY_WARNING =
  'the notification is a delay warning ("Delivery Status Notification (Delay)", "only a temporary failure report", "will be retried"): RFC 3463 class 4 (persistent transient failure); Sisimai gives its pseudo code of class 5';
const DELAYED_DSN =
  'OpenSMTPD\'s report is a warning (Subject "delayed", Action: delayed, Status: 4.4.7, "only a temporary failure report"); we keep the Status field of the report (RFC 3464 §2.3.4), Sisimai gives its pseudo code 5.0.947';
const MBOX =
  'the sample is an mbox holding two bounces ("From " lines); Mail Lab analyses one message per input, the first, so the second record has no counterpart';

export const KNOWN: KnownTable = {
  'bounces/bsd/arf-11.eml#1': { cause: 'corpus', reason: ARF_PLACEHOLDER, got: '-/feedback/Undisclosed Recipients' },
  'bounces/bsd/arf-12.eml#1': { cause: 'corpus', reason: ARF_PLACEHOLDER, got: '-/feedback/user@example.com' },
  'bounces/bsd/arf-15.eml#1': { cause: 'corpus', reason: ARF_PLACEHOLDER, got: '-/feedback/null' },
  'bounces/bsd/lhost-domino-03.eml#1': {
    cause: 'corpus',
    reason: 'Final-Recipient and the returned To say kijitora@neko.example.org; the address Sisimai 4 recorded (…@neko.example.com) does not occur in the sample',
    got: '5.0.0/networkerror/kijitora@neko.example.org',
  },
  'bounces/bsd/lhost-office365-04.eml#1': {
    cause: 'corpus',
    reason: 'Final-Recipient says otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp; Sisimai 4 took the different address of a mailto: link in the HTML-ish text',
    got: '5.1.351/filtered/otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp',
  },
  'bounces/bsd/lhost-gmail-08.eml#1': { cause: 'rfc-vs-tool', reason: DELAY_WARNING, got: '4.0.0/expired/kijitora@example.com' },
  'bounces/bsd/lhost-opensmtpd-04.eml#1': { cause: 'rfc-vs-tool', reason: DELAY_WARNING, got: '4.0.0/networkerror/kijitora@neko.example.jp' },
  'bounces/bsd/lhost-opensmtpd-12.eml#1': { cause: 'rfc-vs-tool', reason: DELAY_WARNING, got: '4.0.0/notaccept/neko@nyaan.jp' },
  'bounces/bsd/lhost-opensmtpd-06.eml#1': { cause: 'rfc-vs-tool', reason: DELAYED_DSN, got: '4.4.7/expired/nekochan@libsisimai.org' },
  'bounces/bsd/lhost-opensmtpd-15.eml#1': { cause: 'rfc-vs-tool', reason: DELAYED_DSN, got: '4.4.7/expired/neko@nyaan.jp' },
  'bounces/bsd/lhost-opensmtpd-16.eml#1': { cause: 'rfc-vs-tool', reason: DELAYED_DSN, got: '4.4.7/expired/systemfull@libsisimai.net' },
  'bounces/bsd/lhost-sendmail-56.eml#1': {
    cause: 'rfc-vs-tool',
    reason: 'the report says Status: 5.5.0 with reply 554 (RFC 3464 §2.3.4, a permanent failure); Sisimai replaces it with 4.7.0, a class the reply contradicts',
    got: '5.5.0/blocked/neko-nyaan@icloud.example.com',
  },
  'bounces/bsd/rfc3464-01.eml#1': {
    cause: 'rfc-vs-tool',
    reason: 'the sample contradicts itself: the free text says "Not enough disk space" about <nekochan>, the per-recipient fields say Status 5.1.1 "User Unknown" for userunknown@…; we follow the machine-readable fields (RFC 3464 §2.3)',
    got: '5.1.1/userunknown/userunknown@bouncehammer.jp',
  },
  'bounces/bsd/rfc3834-05.eml#1': {
    cause: 'rfc-vs-tool',
    reason: 'an auto-reply (RFC 3834) is written on behalf of the recipient who is away, whose address is its From; Sisimai takes the new address the text announces ("zukünftig karl@hanz.de")',
    got: '-/vacation/foo@bar.net',
  },
  'bounces/bsd/rfc3464-28.eml#2': { cause: 'our-code', reason: MBOX, got: 'no record' },
  'bounces/bsd/rhost-cox-01.eml#2': { cause: 'our-code', reason: MBOX, got: 'no record' },
  'bounces/bsd/lhost-sendmail-18.eml#1': {
    cause: 'our-code',
    reason: 'the failed recipient is a pipe ("|/home/…/catch.pl"), not an address, so the transcript line "554 5.3.0 unknown mailer error 255" is not tied to it; we keep the report\'s Status 5.0.0 and X-Unix code 255 (reason agrees)',
    got: '5.0.0/mailererror/kijitora@example.jp',
  },
  'bounces/bsd/lhost-sendmail-54.eml#1': {
    cause: 'our-code',
    reason: 'the text names both the cause of the last attempt ("Connection refused by [127.0.0.1]") and the outcome (Status 4.4.7, "could not be delivered for 5 days"); a phrase found in the text decides before the status, so we say blocked where Sisimai says expired',
    got: '4.4.7/blocked/kijitora@neko.example.jp',
  },
  'bounces/bsd/lhost-x3-05.eml#1': {
    cause: 'our-code',
    reason: 'the only text is "Delivery to the following recipients failed permanently"; we say onhold (a failure whose reason is not named), Sisimai undefined; both say that no reason is known',
    got: '5.0.0/onhold/kijitora@example.or.jp',
  },
  'bounces/bsd/rhost-messagelabs-03.eml#1': {
    cause: 'our-code',
    reason: '"542 kijitora@example.com Rejected": 542 is no reply code of RFC 5321 and "Rejected" names no cause; we know of no document that gives it one, so we say onhold instead of guessing userunknown',
    got: '5.0.0/onhold/kijitora@example.com',
  },
};
