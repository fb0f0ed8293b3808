// Is this message a bounce, and what does it say? The one entry point of
// the bounce diagnosis: header signals first (nothing else is read for
// ordinary mail), then the MIME structure, then whichever report it holds:
// RFC 3464 delivery status, an ARF feedback report, an RFC 8098 read
// receipt, an Amazon SES notification, an RFC 3834 auto-reply, or a
// non-standard bounce in prose. The kind of message (message-kind.ts) is
// decided last, from the evidence all of these gathered.

import type { RawField } from '../message/header-block.ts';
import { readHeaderBlock } from '../message/header-block.ts';
import { decodeEncodedWords } from '../message/rfc2047-encoded-words.ts';
import { listEntities, readMimeEntity, type MimeEntity } from '../message/mime-entity.ts';
import { listAddresses } from '../message/address-list.ts';
import { problem } from '../problems.ts';
import type { BounceRecipient, Problem } from '../analysis.ts';
import { emptyFacts, type BounceFacts } from './bounce-types.ts';
import { classifyReason, type ReasonInput } from './classify-reason.ts';
import { readDeliveryStatus, DELIVERY_STATUS_TYPES, factsFromDeliveryStatus } from './dsn-facts.ts';
import { detectLayout, layoutHints, layoutSaysTemporary, type MtaLayout } from './mta-layouts.ts';
import { readNotification } from './notification.ts';
import { buildRecipient } from './recipient-verdict.ts';
import { saysDelayed } from './delay-warning.ts';
import { decideKind, type KindEvidence, type MessageKind } from './message-kind.ts';
import { bodyEvidence, settleAction } from './kind-evidence.ts';
import { readAutoReply, readFeedback, readReadReceipt, readSes, type OtherReport, type ReportHead } from './other-reports.ts';
import { readReportSignals } from './report-signals.ts';
import { findReturnedMessage, type ReturnedMessage } from './returned-message.ts';
import { findCommand } from './smtp-dialogue.ts';
import { findReplyCode, findStatusCode } from './smtp-codes.ts';
import { reasonOfStatus } from './status-reasons.ts';

// Exim lists every failed address in X-Failed-Recipients, and each one is
// judged against the whole notification: 5,000 names over 146 KB took 70 s
// (fuzzer, seed 201 input 245984). RFC 5321 §4.5.3.1.8 asks servers to take
// 100 recipients per message; past that the list is cut.
const MAX_LISTED_FAILED = 100;
// A notification shared by several recipients is read up to here: the MTA's
// sentence stands at its top, what follows is the returned message.
const MAX_SHARED_DIAGNOSTIC = 16 * 1024;
import { blockError, cleanAddress, findRecipientBlocks, type RecipientBlocks } from './text-recipients.ts';

export interface BounceDiagnosis {
  report: ReportHead;
  /** Every recipient the report names, whatever its action. */
  recipients: BounceRecipient[];
  kind: MessageKind;
  returned: ReturnedMessage | null;
  problems: Problem[];
}

// A bounce returned inside a bounce (a relay forwarding the report it got)
// is read at most this deep: a crafted loop of reports inside reports must
// not recurse without end.
const MAX_FORWARDED_REPORTS = 2;
// Only the start of a returned message is read for its header fields.
const RETURNED_HEADER_BYTES = 64 * 1024;

function fieldValues(fields: RawField[], name: string): string[] {
  return fields.filter((f) => f.name.toLowerCase() === name).map((f) => f.value);
}

function returnedFields(returned: ReturnedMessage | null): RawField[] {
  return returned ? readHeaderBlock(returned.bytes.subarray(0, RETURNED_HEADER_BYTES)).fields : [];
}

/** Addresses that are never the failed recipient: the bounce's own parties and the returned message's sender. */
function addressesToIgnore(fields: RawField[], returned: RawField[]): Set<string> {
  const out = new Set<string>();
  const add = (value: string) => listAddresses(value).forEach((a) => out.add(cleanAddress(a).toLowerCase()));
  for (const name of ['from', 'to', 'return-path', 'reply-to', 'sender']) fieldValues(fields, name).forEach(add);
  for (const name of ['from', 'return-path', 'sender', 'reply-to']) fieldValues(returned, name).forEach(add);
  return out;
}

/** Does the text hold an SMTP reply or status code, the mark of a real error message? */
const holdsCode = (text: string) => findReplyCode(text) !== null || findStatusCode(text) !== null;

/** A bare text, to ask whether its words alone name a reason. */
const NO_CONTEXT: ReasonInput = {
  status: null, replyCode: null, diagnostic: '', diagnosticType: null, command: null, action: null,
  hint: null, remoteHost: null, recipientDomain: null, reportingHost: null,
};

function factsFromBlocks(found: RecipientBlocks): BounceFacts[] {
  return found.blocks.map((block) => {
    const facts = emptyFacts(block.recipient);
    const text = blockError(block);
    // Many bounces state the error once, before the list of recipients
    // (MailMarshal, Apache James, au): then the text before is the error.
    facts.diagnostic = !text ? found.preamble : !holdsCode(text) && holdsCode(found.preamble) ? `${found.preamble}\n${text}` : text;
    return facts;
  });
}

/** A Final-Recipient that is a pipe or a file ("|/usr/bin/prog", "/var/mail/x") stands for the address that led there. */
function realRecipient(facts: BounceFacts, failed: string[], index: number, text: string): string | null {
  const recipient = facts.recipient;
  if (recipient && recipient.includes('@') && !/^[|/]/.test(recipient)) return recipient;
  const generated = /generated by (\S+@\S+)/i.exec(text)?.[1];
  return failed[index] ?? (generated ? cleanAddress(generated) : recipient);
}

function applyLayout(facts: BounceFacts[], layout: MtaLayout | null, notification: string): void {
  for (const f of facts) {
    const text = f.diagnostic ?? '';
    const command = f.command ?? findCommand(text);
    // With one recipient the whole notification is about it; the MTA's
    // telling sentence may stand before the address.
    const hints = layoutHints(layout, facts.length === 1 ? [text, notification] : [text], command);
    f.hint ??= hints.hint;
    f.fallbackHint ??= hints.fallbackHint;
    if (f.hint && layout?.statusOverridesHint) {
      const status = findStatusCode(text);
      const named = status && !/\.0(?:\.|$)/.test(status) ? reasonOfStatus(status) : null;
      if (named) f.hint = named;
    }
    if (layoutSaysTemporary(layout, text) || (facts.length === 1 && layoutSaysTemporary(layout, notification))) f.temporary = true;
  }
}

/** The recipient the report is mainly about: the first that failed (or was delayed), else the first of all. */
export function primaryRecipient(recipients: BounceRecipient[]): BounceRecipient | null {
  const failed = recipients.find((r) => r.action === 'failed' || r.action === 'delayed');
  return failed ?? recipients[0] ?? null;
}

export function diagnoseBounce(bytes: Uint8Array, fields: RawField[], forwarded = 0): BounceDiagnosis | null {
  const signals = readReportSignals(fields);
  if (!signals.bounce && !signals.autoReply) return null;
  const root: MimeEntity = readMimeEntity(bytes);
  const entities = listEntities(root);
  const notification = readNotification(root);
  const returned = findReturnedMessage(root, notification);
  const problems: Problem[] = [];
  if (entities.some((e) => e.truncated)) problems.push(problem('bounce-truncated'));

  const report: ReportHead = {
    kind: 'non-standard',
    warning: false,
    family: null,
    reportingMta: null,
    arrivalDate: null,
    feedbackType: null,
    disposition: null,
    because: signals.because,
    returned: returned ? { kind: returned.kind, source: returned.source, bytes: returned.bytes.length } : null,
  };
  const evidence: KindEvidence[] = [...signals.evidence];
  const done = (recipients: BounceRecipient[], other?: OtherReport, delayed = false): BounceDiagnosis => {
    const settled = recipients.map((r) => settleAction(r, delayed));
    if (other) evidence.push(...other.evidence);
    const kind = decideKind({
      evidence,
      fixed: other?.fixed ?? null,
      actions: settled.map((r) => r.action).filter((a): a is string => a !== null),
      disposition: report.disposition,
    });
    report.warning = settled.length > 0 && settled.every((r) => r.action === 'delayed');
    return { report, recipients: settled, returned, problems, kind };
  };
  const original = returnedFields(returned);

  const other = readFeedback(root, fields, original, signals, notification.text, report) ?? readReadReceipt(root, report) ?? readSes(notification.text, report);
  if (other) return done(other.recipients, other);

  const hasReportPart = entities.some((e) => DELIVERY_STATUS_TYPES.has(e.contentType.mediaType));
  if (signals.autoReply && !hasReportPart) {
    const reply = readAutoReply(fields, notification.text, signals.because, report);
    return done(reply.recipients, reply);
  }

  const from = decodeEncodedWords(fieldValues(fields, 'from')[0] ?? '').text;
  const subject = decodeEncodedWords(fieldValues(fields, 'subject')[0] ?? '').text;
  const layout = detectLayout({ from, subject, text: notification.text, fields });
  report.family = layout?.name ?? null;
  const found = findRecipientBlocks(notification.text, addressesToIgnore(fields, original));
  const failed = fieldValues(fields, 'x-failed-recipients').flatMap((v) => v.split(',')).map((a) => a.trim()).filter(Boolean).slice(0, MAX_LISTED_FAILED);
  const dsn = readDeliveryStatus(root, notification);
  let facts: BounceFacts[];
  if (dsn && dsn.recipients.length > 0) {
    report.kind = 'delivery-status';
    report.reportingMta = dsn.reportingMta;
    report.arrivalDate = dsn.arrivalDate;
    const where = hasReportPart ? 'message/delivery-status' : 'RFC 3464 fields in the text';
    evidence.push({ strength: 'structure', text: { en: `${where}: ${dsn.recipients.length} recipient(s), Action ${dsn.recipients.map((r) => r.action ?? '—').join(', ')}`, de: `${where}: ${dsn.recipients.length} Empfänger, Action ${dsn.recipients.map((r) => r.action ?? '—').join(', ')}` } });
    facts = factsFromDeliveryStatus(dsn, found);
    facts.forEach((f, i) => (f.recipient = realRecipient(f, failed, i, notification.text)));
  } else {
    if (root.contentType.mediaType === 'multipart/report') problems.push(problem('bounce-no-delivery-status'));
    facts = factsFromBlocks(layout?.singleRecipient ? { ...found, blocks: found.blocks.slice(0, 1) } : found);
  }
  // One recipient and no error text of its own: the notification is all
  // about it, if it says more than boilerplate (a code, or a text this MTA
  // is known to write for a failure).
  const saysMore = (text: string) => {
    const command = findCommand(text);
    const known = layoutHints(layout, [text], command);
    if (holdsCode(text) || known.hint !== null || known.fallbackHint !== null) return true;
    const { reason } = classifyReason({ ...NO_CONTEXT, diagnostic: text, command, reportingHost: report.reportingMta });
    return reason !== 'onhold' && reason !== 'undefined';
  };
  if (facts.length === 1 && !facts[0]!.diagnostic) {
    const fallback = found.preamble || notification.text.trim();
    if (saysMore(fallback)) facts[0]!.diagnostic = fallback;
  }

  if (facts.length === 0 && returned && forwarded < MAX_FORWARDED_REPORTS) {
    // A relay that forwards the bounce it received: the report is the returned message.
    const inner = diagnoseBounce(returned.bytes, original, forwarded + 1);
    if (inner && inner.recipients.length > 0 && inner.kind.word !== 'ordinary') return { ...inner, problems: [...problems, ...inner.problems] };
  }
  if (facts.length === 0) {
    const recipients = failed.length ? failed : fieldValues(original, 'to').flatMap(listAddresses).slice(0, 1);
    // Every recipient shares the notification as its diagnostic: judged once,
    // and cut when several share it, so the work per recipient stays bounded.
    const shared = recipients.length > 1 ? notification.text.slice(0, MAX_SHARED_DIAGNOSTIC) : notification.text;
    const diagnostic = saysMore(shared) ? shared.trim() : null;
    facts = (recipients.length ? recipients : [null]).map((recipient) => {
      const f = emptyFacts(recipient);
      if (diagnostic) f.diagnostic = diagnostic;
      return f;
    });
  }
  applyLayout(facts, layout, notification.text);
  // A delay warning in prose: its recipients are delayed, not failed, unless
  // their own text holds a permanent (5) code.
  const delayed = saysDelayed(subject, notification.text);
  if (delayed) {
    for (const f of facts) if (!f.action && !/^5/.test(findStatusCode(f.diagnostic ?? '') ?? f.replyCode ?? '')) f.temporary = true;
    evidence.push({ strength: 'body', text: { en: 'the text says delivery is still being tried', de: 'der Text sagt, die Zustellung werde weiter versucht' } });
  }
  const built = facts.map((f) => buildRecipient(f, undefined, report.reportingMta));
  evidence.push(...bodyEvidence(facts, built, failed, returned !== null, notification.text));
  return done(built, undefined, delayed);
}
