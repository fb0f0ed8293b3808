// Read receipts: Message Disposition Notifications (RFC 8098). A
// multipart/report with report-type=disposition-notification whose
// machine-readable part, message/disposition-notification, says what
// happened to a message that *was* delivered: displayed, deleted,
// dispatched or processed. It is never a failed delivery, even when a Sieve
// `reject` (RFC 5429 §2.2.1) uses one to say "deleted".

import type { MimeEntity } from '../message/mime-entity.ts';
import { listEntities } from '../message/mime-entity.ts';
import { addressValue } from './delivery-status.ts';
import { readReportFields } from './feedback-report.ts';

export interface DispositionNotification {
  /** RFC 8098 §3.2.6: the disposition type, lower-cased: displayed, deleted, dispatched, processed (or an extension). */
  disposition: string | null;
  /** The action and sending mode before the ";": "manual-action/MDN-sent-manually". */
  mode: string | null;
  /** RFC 8098 §3.2.3 Final-Recipient: the mailbox the notification is about. */
  finalRecipient: string | null;
  /** RFC 8098 §3.2.1 Reporting-UA. */
  reportingUa: string | null;
  originalMessageId: string | null;
}

export const DISPOSITION_TYPES = new Set(['message/disposition-notification', 'message/global-disposition-notification']);

// The fields part is a few hundred bytes (RFC 8098 §3.1); more is not read.
const MAX_FIELDS_BYTES = 64 * 1024;

/** The message/disposition-notification part of a report read, or null when the message has none. */
export function readDispositionNotification(root: MimeEntity): DispositionNotification | null {
  const part = listEntities(root).find((e) => DISPOSITION_TYPES.has(e.contentType.mediaType));
  if (!part) return null;
  const fields = new Map<string, string>();
  for (const [name, value] of readReportFields(part, MAX_FIELDS_BYTES)) if (!fields.has(name)) fields.set(name, value);
  // "manual-action/MDN-sent-manually; displayed" (RFC 8098 §3.2.6); a
  // modifier after "/" ("deleted/error") is kept out of the word.
  const [mode, type] = (fields.get('disposition') ?? '').split(';', 2);
  const finalRecipient = fields.get('final-recipient');
  return {
    disposition: type?.trim().split('/')[0]?.trim().toLowerCase() || null,
    mode: mode?.trim() || null,
    finalRecipient: finalRecipient ? addressValue(finalRecipient) : null,
    reportingUa: fields.get('reporting-ua') ?? null,
    originalMessageId: fields.get('original-message-id') ?? null,
  };
}
