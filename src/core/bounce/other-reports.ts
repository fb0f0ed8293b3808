// The reports that are not about a failed delivery, or not in RFC 3464
// form: ARF feedback reports (RFC 5965), Amazon SES notifications (JSON),
// RFC 3834 auto-replies and RFC 8098 read receipts. Each gives its
// recipients and the evidence that it is what it says.

import type { RawField } from '../message/header-block.ts';
import { listAddresses } from '../message/address-list.ts';
import type { MimeEntity } from '../message/mime-entity.ts';
import type { BounceRecipient, BounceReport } from '../analysis.ts';
import { emptyFacts } from './bounce-types.ts';
import { readDispositionNotification } from './disposition-notification.ts';
import { readFeedbackReport } from './feedback-report.ts';
import type { KindEvidence } from './message-kind.ts';
import { buildRecipient } from './recipient-verdict.ts';
import type { ReportSignals } from './report-signals.ts';
import { readSesNotification } from './ses-notification.ts';

export type ReportHead = Omit<BounceReport, 'original' | 'recipients'>;

export interface OtherReport {
  recipients: BounceRecipient[];
  evidence: KindEvidence[];
  fixed: 'feedback' | 'read-receipt' | 'auto-reply' | null;
}

const fieldValues = (fields: RawField[], name: string) => fields.filter((f) => f.name.toLowerCase() === name).map((f) => f.value);
const same = (text: string): { en: string; de: string } => ({ en: text, de: text });

export function readFeedback(root: MimeEntity, fields: RawField[], original: RawField[], signals: ReportSignals, text: string, report: ReportHead): OtherReport | null {
  const feedback = readFeedbackReport(root);
  if (!feedback && !signals.feedback) return null;
  report.kind = 'feedback';
  report.feedbackType = feedback?.feedbackType ?? null;
  report.reportingMta = feedback?.reportingMta ?? null;
  report.arrivalDate = feedback?.arrivalDate ?? null;
  // Who received the reported message: Original-Rcpt-To (RFC 5965 §3.2),
  // Microsoft JMRP's X-HmXmrOriginalRecipient, the sender of an unsubscribe
  // request, or the To of the reported message.
  const candidates = [
    feedback?.originalRecipients ?? [],
    fieldValues(original, 'x-hmxmroriginalrecipient').flatMap(listAddresses),
    fieldValues(fields, 'x-apple-unsubscribe').length ? fieldValues(fields, 'from').flatMap(listAddresses) : [],
    fieldValues(original, 'to').flatMap(listAddresses).slice(0, 1),
  ];
  const reported = candidates.find((list) => list.length > 0) ?? [];
  const recipients = (reported.length ? reported : [null]).map((recipient) => {
    const facts = emptyFacts(recipient);
    facts.diagnostic = text.trim();
    return buildRecipient(facts, { reason: 'feedback', evidence: `ARF feedback report (RFC 5965), Feedback-Type ${feedback?.feedbackType ?? 'not given'}` });
  });
  const evidence: KindEvidence[] = feedback
    ? [{ strength: 'structure', text: same(`message/feedback-report: Feedback-Type ${feedback.feedbackType ?? '—'}`) }]
    : [];
  return { recipients, evidence, fixed: 'feedback' };
}

export function readSes(text: string, report: ReportHead): OtherReport | null {
  const ses = readSesNotification(text);
  if (!ses) return null;
  report.kind = 'ses-notification';
  report.family = 'Amazon SES';
  report.reportingMta = ses.reportingMta;
  report.feedbackType = ses.type === 'complaint' ? ses.subtype : null;
  const recipients = ses.recipients.map((r) => {
    const facts = emptyFacts(r.recipient);
    facts.action = r.action;
    facts.statusField = r.status;
    facts.diagnostic = r.diagnosticCode;
    facts.remoteMta = r.remoteMta;
    if (ses.type === 'complaint') return buildRecipient(facts, { reason: 'feedback', evidence: `Amazon SES complaint notification (${ses.subtype ?? 'no type'})` });
    return buildRecipient(facts);
  });
  const evidence: KindEvidence[] = [{ strength: 'structure', text: same(`Amazon SES notification JSON, notificationType ${ses.type}`) }];
  return { recipients, evidence, fixed: ses.type === 'complaint' ? 'feedback' : null };
}

export function readAutoReply(fields: RawField[], text: string, because: string[], report: ReportHead): OtherReport {
  report.kind = 'auto-reply';
  const from = fieldValues(fields, 'from').flatMap(listAddresses)[0] ?? null;
  const facts = emptyFacts(from);
  facts.diagnostic = text.trim();
  return { recipients: [buildRecipient(facts, { reason: 'vacation', evidence: `an automatic reply (RFC 3834): ${because.join('; ')}` })], evidence: [], fixed: 'auto-reply' };
}

/** A read receipt (RFC 8098): no recipient failed, so none is listed; the disposition says what happened. */
export function readReadReceipt(root: MimeEntity, report: ReportHead): OtherReport | null {
  const mdn = readDispositionNotification(root);
  const reportType = root.contentType.mediaType === 'multipart/report' ? (root.contentType.params['report-type'] ?? '').toLowerCase() : '';
  if (!mdn && reportType !== 'disposition-notification') return null;
  report.kind = 'disposition-notification';
  report.disposition = mdn?.disposition ?? null;
  report.reportingMta = mdn?.reportingUa ?? null;
  const evidence: KindEvidence[] = mdn
    ? [{ strength: 'structure', text: same(`message/disposition-notification: Disposition ${mdn.mode ?? '—'}; ${mdn.disposition ?? '—'}${mdn.finalRecipient ? `, Final-Recipient ${mdn.finalRecipient}` : ''}`) }]
    : [];
  return { recipients: [], evidence, fixed: 'read-receipt' };
}
