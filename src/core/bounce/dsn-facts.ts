// The facts of an RFC 3464 report, per recipient, completed from the
// human-readable part where the MTA said more there: Postfix writes the
// SMTP command ("in reply to RCPT TO command") only in its text, Sendmail
// the dialogue transcript, and several MTAs leave Diagnostic-Code empty.

import { bodyText, listEntities, type MimeEntity } from '../message/mime-entity.ts';
import { emptyFacts, type BounceFacts } from './bounce-types.ts';
import { looksLikeDeliveryStatus, parseDeliveryStatus, type DeliveryStatusReport } from './delivery-status.ts';
import type { Notification } from './notification.ts';
import { findCommand } from './smtp-dialogue.ts';
import type { BounceReason } from './reason-words.ts';
import { blockError, type RecipientBlocks } from './text-recipients.ts';

export const DELIVERY_STATUS_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);

// A delivery-status part is a few hundred bytes per recipient; more than
// this is not read (a crafted report cannot make the field reader scan 50 MB).
const MAX_REPORT_BYTES = 1024 * 1024;

export function readDeliveryStatus(root: MimeEntity, notification: Notification): DeliveryStatusReport | null {
  const parts = listEntities(root).filter((e) => DELIVERY_STATUS_TYPES.has(e.contentType.mediaType));
  if (parts.length > 0) {
    // Some MTAs write one report part per recipient; read them all as one report.
    const [first, ...rest] = parts.map((part) => parseDeliveryStatus(bodyText(part, MAX_REPORT_BYTES)));
    for (const more of rest) first!.recipients.push(...more.recipients);
    return first!;
  }
  // Some MTAs paste the report fields into the text part instead.
  if (looksLikeDeliveryStatus(notification.text)) return parseDeliveryStatus(notification.text);
  return null;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** The paragraph of `text` that contains `needle` (both compared squashed), or null. */
function paragraphWith(text: string, needle: string): string | null {
  const wanted = squash(needle);
  return text.split(/\n\s*\n/).find((p) => squash(p).includes(wanted))?.trim() ?? null;
}

// PowerMTA's own bounce categories (its X-PowerMTA-BounceCategory field), as documented by its vendor.
const POWERMTA_CATEGORIES: Readonly<Record<string, BounceReason>> = {
  'bad-domain': 'hostunknown', 'bad-mailbox': 'userunknown', 'inactive-mailbox': 'suspend', 'message-expired': 'expired',
  'no-answer-from-host': 'networkerror', 'policy-related': 'policyviolation', 'quota-issues': 'mailboxfull',
  'routing-errors': 'systemerror', 'spam-related': 'spamdetected',
};

/**
 * The full multi-line reply of a Sendmail transcript ("<<< 550-5.7.1 ...",
 * "<<< 550 5.7.1 ...") that begins with what the Diagnostic-Code field
 * quotes: Sendmail puts only its first line into the field.
 */
function transcriptReply(text: string, diagnostic: string): string | null {
  const replies: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    const reply = /^\s{0,8}<<< ?(.*)$/.exec(line);
    if (reply) {
      current.push(reply[1]!);
      // "550 " (a space after the code) ends a multi-line reply (RFC 5321 §4.2.1).
      if (/^\d{3} /.test(reply[1]!)) replies.push(current.join(' ')), (current = []);
    } else if (current.length) replies.push(current.join(' ')), (current = []);
  }
  if (current.length) replies.push(current.join(' '));
  const head = squash(diagnostic).replace(/^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?/, '').slice(0, 60);
  const match = replies.find((r) => r.length > diagnostic.length && squash(r.replace(/\b\d{3}-(?:\d\.\d{1,3}\.\d{1,3} ?)?/g, ' ')).includes(head));
  return match ?? null;
}

/** A Final-Recipient that is not a plain address (a source route "@relay:user@host", a bare "@host"). */
function isPlainAddress(value: string | null): value is string {
  return Boolean(value && /^[^@\s]{1,64}@[^@\s]{1,255}$/.test(value) && !value.startsWith('@'));
}

export function factsFromDeliveryStatus(report: DeliveryStatusReport, found: RecipientBlocks): BounceFacts[] {
  return report.recipients.map((r) => {
    const single = report.recipients.length === 1 && found.blocks.length === 1 ? found.blocks[0]!.recipient : null;
    const recipient = [r.finalRecipient, r.originalRecipient, single].find(isPlainAddress) ?? r.finalRecipient ?? r.originalRecipient;
    const facts = emptyFacts(recipient);
    facts.originalRecipient = r.originalRecipient;
    facts.action = r.action;
    facts.statusField = r.status;
    facts.diagnostic = r.diagnosticCode;
    facts.diagnosticType = r.diagnosticType;
    facts.remoteMta = r.remoteMta;
    const keys = [r.finalRecipient, r.originalRecipient, r.extensions['x-actual-recipient']].filter(Boolean).map((a) => a!.toLowerCase());
    const block = found.blocks.find((b) => keys.includes(b.recipient.toLowerCase())) ?? (report.recipients.length === 1 && found.blocks.length === 1 ? found.blocks[0] : undefined);
    const text = block ? blockError(block) : '';
    if (text) {
      facts.command = findCommand(text);
      // The paragraph of the text that says everything the field says, and
      // more (the remote host, the command), is the better diagnostic.
      const paragraph = facts.diagnostic ? (transcriptReply(text, facts.diagnostic) ?? paragraphWith(text, facts.diagnostic)) : text;
      if (paragraph) facts.diagnostic = paragraph;
    }
    facts.command ??= r.diagnosticCode ? findCommand(r.diagnosticCode) : null;
    facts.hint = POWERMTA_CATEGORIES[(r.extensions['x-powermta-bouncecategory'] ?? '').toLowerCase()] ?? null;
    return facts;
  });
}
