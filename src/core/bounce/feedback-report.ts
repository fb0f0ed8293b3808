// Abuse and authentication-failure reports in the Abuse Reporting Format
// (RFC 5965, RFC 6591): a multipart/report with report-type=feedback-report
// whose second part, message/feedback-report, holds the machine-readable
// fields. Such a report is not a bounce: nothing failed to be delivered,
// a recipient (or their provider) complained about a message that was.

import type { MimeEntity } from '../message/mime-entity.ts';
import { bodyText, listEntities } from '../message/mime-entity.ts';
import { addressValue } from './delivery-status.ts';

export interface FeedbackReport {
  /** RFC 5965 §3.5 Feedback-Type: abuse, fraud, virus, other, not-spam, auth-failure (RFC 6591), ... */
  feedbackType: string | null;
  userAgent: string | null;
  /** Original-Rcpt-To fields: who received the reported message. */
  originalRecipients: string[];
  originalMailFrom: string | null;
  sourceIp: string | null;
  arrivalDate: string | null;
  reportingMta: string | null;
  /** Authentication-Results of the reported message (RFC 6591 auth-failure reports). */
  authenticationResults: string[];
  reportedDomain: string | null;
}

// The fields part is a few hundred bytes; more is not read.
const MAX_FIELDS_BYTES = 64 * 1024;

/**
 * The fields of a machine-readable report part (RFC 5965 §3.1, RFC 8098
 * §3.1: header-field syntax, folded lines joined), as [lower-cased name, value].
 */
export function readReportFields(part: MimeEntity, maxBytes: number): [string, string][] {
  const lines = bodyText(part, maxBytes).replace(/\r\n?/g, '\n').replace(/\n[ \t]+/g, ' ').split('\n');
  const fields: [string, string][] = [];
  for (const line of lines) {
    const match = /^([A-Za-z][A-Za-z0-9-]{0,62})[ \t]*:[ \t]*(.*)$/.exec(line);
    if (match) fields.push([match[1]!.toLowerCase(), match[2]!.trim()]);
  }
  return fields;
}

/** Reads the message/feedback-report part of a report, or null when there is none. */
export function readFeedbackReport(root: MimeEntity): FeedbackReport | null {
  const part = listEntities(root).find((e) => e.contentType.mediaType === 'message/feedback-report');
  if (!part) return null;
  const report: FeedbackReport = {
    feedbackType: null,
    userAgent: null,
    originalRecipients: [],
    originalMailFrom: null,
    sourceIp: null,
    arrivalDate: null,
    reportingMta: null,
    authenticationResults: [],
    reportedDomain: null,
  };
  for (const [name, value] of readReportFields(part, MAX_FIELDS_BYTES)) {
    switch (name) {
      case 'feedback-type':
        report.feedbackType = value.toLowerCase();
        break;
      case 'user-agent':
        report.userAgent = value;
        break;
      // Written like DSN address fields, at times with an RFC 3464 address type ("rfc822;").
      case 'original-rcpt-to':
      case 'removal-recipient':
        report.originalRecipients.push(addressValue(value));
        break;
      case 'original-mail-from':
        report.originalMailFrom = addressValue(value);
        break;
      case 'source-ip':
        report.sourceIp = value;
        break;
      case 'arrival-date':
      case 'received-date':
        report.arrivalDate ??= value;
        break;
      case 'reporting-mta':
        report.reportingMta = value.replace(/^dns;\s*/i, '');
        break;
      case 'authentication-results':
        report.authenticationResults.push(value);
        break;
      case 'reported-domain':
        report.reportedDomain ??= value;
        break;
    }
  }
  return report;
}
