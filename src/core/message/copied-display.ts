// Input that is not the raw message though it looks like text of one: the
// header block a mail program shows above a message or puts above a
// forwarded one ("From: … Sent: … To: … Subject: …", in German "Von: …
// Gesendet: … An: … Betreff: …"), or a page's HTML source. Checking
// authentication on such a copy gives a DMARC verdict on nothing: the
// page must say it is not the raw message, not show a red "fail".

import type { RawField } from './header-block.ts';
import { parseMailDate } from './rfc5322-date.ts';

/**
 * Labels mail programs print above a message in place of the header
 * fields, in the languages our users write (English, German, French,
 * Spanish, Dutch). Only labels no raw message carries as a field mark a copy
 * by themselves; "From", "To", "Subject" and "Date" are both.
 */
const DISPLAY_ONLY_LABELS = new Set(['sent', 'gesendet', 'von', 'an', 'betreff', 'datum', 'envoyé', 'objet', 'enviado', 'para', 'asunto', 'verzonden', 'aan', 'onderwerp', 'importance', 'wichtigkeit', 'attachments', 'anlagen']);
const SHARED_LABELS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'date', 'de', 'à', 'van']);

/**
 * Fields only a message that travelled (or was written by a mail program for
 * sending) has: one of them and the input is taken as raw, whatever else
 * it holds (RFC 5321 §4.4 trace fields, RFC 5322 §3.6.4 Message-ID, MIME).
 */
const RAW_ONLY_FIELDS = new Set(['received', 'return-path', 'message-id', 'dkim-signature', 'authentication-results', 'arc-seal', 'mime-version', 'content-type', 'delivered-to', 'x-received']);

/** The block has a field only a raw message carries: a trace field, a signature, a Message-ID or MIME. */
export function hasRawOnlyField(fields: readonly RawField[]): boolean {
  return fields.some((field) => RAW_ONLY_FIELDS.has(field.name.trim().toLowerCase()));
}

/** The header block is a mail program's display of a message, not the message itself. */
export function isCopiedDisplayHeader(fields: RawField[]): boolean {
  if (fields.length === 0) return false;
  const names = fields.map((field) => field.name.trim().toLowerCase());
  if (names.some((name) => RAW_ONLY_FIELDS.has(name))) return false;
  if (!names.every((name) => DISPLAY_ONLY_LABELS.has(name) || SHARED_LABELS.has(name))) return false;
  if (names.some((name) => DISPLAY_ONLY_LABELS.has(name))) return true;
  // Only shared labels: a copy from Outlook on the web or Apple Mail writes
  // the date for people ("Monday, 1 June 2026 at 10:00"), not as RFC 5322 §3.3 does.
  const date = fields.find((field) => field.name.trim().toLowerCase() === 'date');
  return date !== undefined && names.includes('from') && parseMailDate(date.value) === null;
}

// A page's source starts with its doctype or a tag; a message never does
// (its first line is a field or an mbox separator).
const HTML_START = /^\s*<(!doctype\s+html|html|head|body|meta|div|table|p|span|style|!--)[\s>]/i;

/** The input is HTML source (a message as a web mail page shows it, or its HTML part), not a message. */
export function isHtmlSource(start: string): boolean {
  return HTML_START.test(start);
}
