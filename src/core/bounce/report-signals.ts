// The header fields that tell a bounce, a feedback report or an auto-reply
// from ordinary mail, read before any body is touched: a 50 MB newsletter
// must not be searched for bounce phrases. A bounce comes from a mailer
// daemon or a postmaster (RFC 5321 §4.5.5 sends it with a null
// reverse-path), an auto-reply says so in Auto-Submitted (RFC 3834 §5) or
// in a vendor field.

import type { RawField } from '../message/header-block.ts';
import { decodeEncodedWords } from '../message/rfc2047-encoded-words.ts';
import { listAddresses } from '../message/address-list.ts';
import { parseContentType } from '../message/mime-content-type.ts';
import type { KindEvidence } from './message-kind.ts';

export interface ReportSignals {
  /** Some field marks the message as a bounce or delivery report. */
  bounce: boolean;
  /** RFC 5965 feedback report (report-type=feedback-report). */
  feedback: boolean;
  /** RFC 3834 auto-reply or a vendor's out-of-office mark. */
  autoReply: boolean;
  /** Which fields said so, for the explanation. */
  because: string[];
  /** The same signs, each weighed: a report structure or only a weak sign (message-kind.ts). */
  evidence: KindEvidence[];
}

const DELIVERY_STATUS_MEDIA = new Set(['message/delivery-status', 'message/global-delivery-status']);

function weak(sign: string, why: { en: string; de: string }): KindEvidence {
  return { strength: 'weak', text: { en: `${sign} (${why.en})`, de: `${sign} (${why.de})` } };
}

function structure(sign: string, why: { en: string; de: string }): KindEvidence {
  return { strength: 'structure', text: { en: `${sign} (${why.en})`, de: `${sign} (${why.de})` } };
}

// Local parts mail systems send bounces from (RFC 5321 §4.5.5, RFC 2142 §5
// and vendor habits: "post_master", Exchange's "MicrosoftExchange...").
const DAEMON_LOCAL_PART = /^(?:mailer-?daemon|postmaster|post_master|mail-?delivery(?:-?(?:system|subsystem))?|mdaemon|mmsc|no-?reply-?bounces?|bounces?|microsoftexchange[0-9a-f]{0,40})$/i;
const DAEMON_NAME = /\b(?:mail delivery (?:system|subsystem)|mailer[- ]daemon|mail deliver system|postmaster|ndr administrator|mail administrator|system administrator)\b/i;

// Subjects of delivery reports in the languages the sample bounces use.
const BOUNCE_SUBJECT = new RegExp(
  [
    'undeliver', 'undelivered', 'not delivered', 'delivery status notification', 'delivery notification', 'returned mail',
    'returned to sender', 'failure notice', 'delivery failure', 'delivery failed', 'mail delivery failed', 'non[- ]?delivery',
    'nondeliverable', 'could not be delivered', 'delivery has failed', 'delivery problem', 'mail system error', 'message delivery has failed',
    'delivery status', 'mail failure', 'message frozen', 'warning: message', 'delivery delayed', 'delayed mail', 'delivery report',
    'error sending', 'unzustellbar', 'nicht zustellbar', 'non remis', 'no entregado', 'unable to deliver', 'undeliverable',
    'メールエラー', '配信', 'not member', 'rejected', 'aws notification message', 'delivery final failure',
  ].join('|'),
  'i',
);
const AUTO_REPLY_SUBJECT = /\b(?:out of (?:the )?office|auto(?:matic)?[- ]?(?:reply|response|answer|antwort)|abwesenheit|away until|on vacation|vacation reply|absence|autoreply|autoresponse)\b|^auto:/i;

function values(fields: RawField[], name: string): string[] {
  return fields.filter((f) => f.name.toLowerCase() === name).map((f) => f.value.trim());
}

function firstValue(fields: RawField[], name: string): string {
  return values(fields, name)[0] ?? '';
}

function isDaemonAddress(value: string): boolean {
  const decoded = decodeEncodedWords(value).text;
  if (DAEMON_NAME.test(decoded)) return true;
  return listAddresses(decoded).some((address) => DAEMON_LOCAL_PART.test(address.split('@')[0] ?? '')) || /^<?\s*>?$|<>/.test(decoded.trim());
}

export function readReportSignals(fields: RawField[]): ReportSignals {
  const because: string[] = [];
  const evidence: KindEvidence[] = [];
  const contentType = parseContentType(firstValue(fields, 'content-type') || null);
  const reportType = contentType.mediaType === 'multipart/report' ? (contentType.params['report-type'] ?? '').toLowerCase() : '';
  if (reportType) {
    because.push(`Content-Type multipart/report; report-type=${reportType}`);
    evidence.push(structure(`Content-Type: multipart/report; report-type=${reportType}`, { en: 'a report, RFC 6522', de: 'ein Bericht, RFC 6522' }));
  }
  // A delivery-status report sent on its own, without the multipart/report
  // around it (RFC 3464 §2 defines the part; some MTAs send only that).
  if (DELIVERY_STATUS_MEDIA.has(contentType.mediaType)) {
    because.push(`Content-Type ${contentType.mediaType}`);
    evidence.push(structure(`Content-Type: ${contentType.mediaType}`, { en: 'a delivery status report on its own, RFC 3464', de: 'ein Zustellstatusbericht für sich, RFC 3464' }));
  }
  // Feedback without ARF: Microsoft's Junk Mail Reporting Program sends the
  // complaint as a plain forward, Apple Mail's unsubscribe button a plain
  // message marked X-Apple-Unsubscribe.
  const jmrp = /^\s*complaint about message from /i.test(firstValue(fields, 'subject'));
  const appleUnsubscribe = /^\s*true\b/i.test(firstValue(fields, 'x-apple-unsubscribe'));
  if (jmrp) because.push('Subject: complaint about message from … (Microsoft JMRP)');
  if (appleUnsubscribe) because.push('X-Apple-Unsubscribe: true (Apple Mail unsubscribe request)');
  const feedback = reportType === 'feedback-report' || jmrp || appleUnsubscribe;

  const from = firstValue(fields, 'from');
  if (from && isDaemonAddress(from)) {
    because.push(`From: ${from}`);
    evidence.push(weak(`From: ${from}`, { en: 'a mail system sender; alone it proves nothing', de: 'ein Absender des Mailsystems; allein beweist das nichts' }));
  }
  const returnPath = firstValue(fields, 'return-path');
  if (/^<\s*>$/.test(returnPath)) {
    because.push('Return-Path: <> (null reverse-path, RFC 5321 §4.5.5)');
    evidence.push(weak('Return-Path: <>', { en: 'null reverse-path, RFC 5321 §4.5.5; also used by other automatic or private mail', de: 'leerer Rückweg, RFC 5321 §4.5.5; auch bei anderer automatischer oder privater Post' }));
  }
  const subject = decodeEncodedWords(firstValue(fields, 'subject')).text;
  // The subject is enough to look further: a bounce forwarded by a person
  // ("Fwd: Returned mail") and some providers' reports carry no other mark.
  // It never decides alone (message-kind.ts): the body must state a failure.
  if (BOUNCE_SUBJECT.test(subject)) {
    because.push(`Subject: ${subject}`);
    evidence.push(weak(`Subject: ${subject}`, { en: 'a delivery phrase; newsletters use such words too', de: 'eine Zustell-Formulierung; auch Newsletter verwenden sie' }));
  }
  for (const name of ['x-failed-recipients', 'x-mailer-daemon-error', 'x-ses-outgoing', 'x-mx-bounce', 'x-mlserver', 'x-ml-name']) {
    if (!values(fields, name).length) continue;
    because.push(`${name} field present`);
    // Exim writes X-Failed-Recipients only into its own bounces (Exim spec, chapter 51).
    evidence.push(name === 'x-failed-recipients'
      ? structure(`${name}: ${firstValue(fields, name)}`, { en: 'written by Exim into its bounces only', de: 'schreibt Exim nur in seine Bounces' })
      : weak(`${name}`, { en: 'a vendor field seen on reports', de: 'ein Herstellerfeld, das Berichte tragen' }));
  }

  // Bounces carry "Auto-Submitted: auto-replied" too (RFC 3834 §5 asks
  // every automatic response to), so an auto-reply is one that has the mark
  // and nothing of a bounce: no daemon sender, no bounce subject, no report.
  const bounce = because.length > 0;
  const autoSubmitted = firstValue(fields, 'auto-submitted').toLowerCase();
  const marks = [
    autoSubmitted.startsWith('auto-replied') ? `Auto-Submitted: ${autoSubmitted}` : '',
    values(fields, 'x-autoreply').length > 0 ? 'X-Autoreply field present' : '',
    values(fields, 'x-autorespond').length > 0 ? 'X-Autorespond field present' : '',
    /^auto[_-]reply$/i.test(firstValue(fields, 'precedence')) ? 'Precedence: auto_reply' : '',
    AUTO_REPLY_SUBJECT.test(subject) ? `Subject: ${subject}` : '',
  ].filter(Boolean);
  const daemonSender = Boolean(from && isDaemonAddress(from) && !/^<?\s*>?$/.test(from.trim()));
  const autoReply = marks.length > 0 && !daemonSender && !reportType && !feedback && !BOUNCE_SUBJECT.test(subject) && values(fields, 'x-failed-recipients').length === 0;
  if (autoReply) {
    because.push(...marks.filter((m) => !because.includes(m)));
    for (const mark of marks) {
      evidence.push(mark.startsWith('Auto-Submitted')
        ? structure(mark, { en: 'RFC 3834 §5', de: 'RFC 3834 §5' })
        : weak(mark, { en: 'an auto-reply mark', de: 'eine Kennzeichnung automatischer Antworten' }));
    }
  }
  if (jmrp || appleUnsubscribe) evidence.push(weak(because.find((b) => /JMRP|Apple/.test(b))!, { en: 'a complaint or unsubscribe request', de: 'eine Beschwerde oder Abmeldung' }));
  return { bounce: (bounce && !autoReply) || feedback, feedback, autoReply, because, evidence };
}
