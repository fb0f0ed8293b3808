// From the facts read for one recipient to the verdict shown: the status
// code (from the report, from the diagnostic text, or only its class), the
// reply code, the reason and its evidence, hard or soft, and the texts that
// explain it.

import type { BounceFacts } from './bounce-types.ts';
import type { BounceRecipient } from '../analysis.ts';
import { classifyReason } from './classify-reason.ts';
import { explainStatus } from './enhanced-status.ts';
import { explainReason } from './reason-explanations.ts';
import { labelReason, statusClassOf } from './reason-labels.ts';
import { bounceSeverity, type BounceReason } from './reason-words.ts';
import { classOf, findReplyCode, findStatusCode, normalizeStatus, preferStatus } from './smtp-codes.ts';
import { findCommand, findRemoteHost } from './smtp-dialogue.ts';

// A diagnostic longer than this is cut in the result: the limit keeps a
// crafted bounce from putting megabytes of "error text" into every view.
const MAX_DIAGNOSTIC_CHARS = 2000;

/** One line, single spaces, SMTP continuation markers ("550-5.7.1 ") joined up. */
export function tidyDiagnostic(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_DIAGNOSTIC_CHARS ? `${flat.slice(0, MAX_DIAGNOSTIC_CHARS)}…` : flat;
}

/** Removes the "550-5.7.1 " prefixes a multi-line SMTP reply repeats on every line (RFC 5321 §4.2.1). */
function joinMultilineReply(text: string, reply: string | null, status: string | null): string {
  if (!reply || !text.includes(`${reply}-`)) return text;
  const prefix = status ? `${reply}[- ]${status.replace(/\./g, '\\.')} ?` : `${reply}[- ]`;
  let first = true;
  // The first prefix stays (as "550 5.7.1"), the repetitions on the continuation lines go.
  return text.replace(new RegExp(prefix, 'g'), () => {
    if (!first) return '';
    first = false;
    return `${reply}${status ? ` ${status}` : ''} `;
  });
}

/** Does the text call the failure temporary (RFC 3463 class 4 in words)? */
function saysTemporary(text: string): boolean {
  return /\btemporar|\bpersistent\b|\btry again later\b|\bwill (?:be )?retr/i.test(text);
}

function domainOf(address: string | null): string | null {
  const at = address?.lastIndexOf('@') ?? -1;
  return at > 0 ? address!.slice(at + 1).toLowerCase() : null;
}

export function buildRecipient(facts: BounceFacts, fixedReason?: { reason: BounceReason; evidence: string }, reportingHost: string | null = null): BounceRecipient {
  const raw = facts.diagnostic ?? '';
  const fieldStatus = normalizeStatus(facts.statusField);
  const textStatus = findStatusCode(raw);
  const textReply = findReplyCode(raw, textStatus?.[0]) ?? findReplyCode(raw);
  let status = preferStatus(fieldStatus, textStatus, facts.replyCode ?? textReply);
  let replyCode = facts.replyCode ?? textReply;
  const diagnostic = tidyDiagnostic(joinMultilineReply(raw, replyCode, textStatus));
  const command = facts.command ?? findCommand(raw);
  const remoteMta = facts.remoteMta ?? findRemoteHost(raw);

  const verdict = fixedReason ?? classifyReason({
    status,
    replyCode,
    diagnostic,
    diagnosticType: facts.diagnosticType,
    command,
    action: facts.action,
    hint: facts.hint,
    fallbackHint: facts.fallbackHint,
    remoteHost: remoteMta,
    recipientDomain: domainOf(facts.recipient),
    reportingHost,
  });

  let statusSource: BounceRecipient['statusSource'] = status ? (status === fieldStatus ? 'report' : 'diagnostic') : null;
  const informational = verdict.reason === 'vacation' || verdict.reason === 'feedback';
  if (!status && !informational) {
    // RFC 3463 §3.1: X.0.0 is the code for a result of which only the class is known.
    const temporary = facts.temporary || facts.action === 'delayed' || classOf(replyCode) === '4' || (!replyCode && saysTemporary(raw));
    status = verdict.reason === 'delivered' ? '2.0.0' : temporary ? '4.0.0' : '5.0.0';
    statusSource = 'class-only';
  }
  if (informational) replyCode = null;
  // A reply code of another class than the status is from another line of the dialogue.
  if (replyCode && status && replyCode[0] !== status[0]) replyCode = findReplyCode(raw, status[0]);

  const texts = explainReason(verdict.reason);
  return {
    recipient: facts.recipient,
    originalRecipient: facts.originalRecipient,
    action: facts.action,
    actionSource: facts.action ? 'report' : null,
    status,
    statusSource,
    replyCode,
    command,
    diagnosticCode: diagnostic || null,
    diagnosticType: facts.diagnosticType,
    remoteMta,
    reason: verdict.reason,
    reasonLabel: labelReason(verdict.reason),
    statusClass: statusClassOf(status),
    severity: bounceSeverity(verdict.reason, status),
    evidence: verdict.evidence,
    explanation: texts.explanation,
    nextStep: texts.nextStep,
    statusMeaning: statusSource === 'class-only' ? null : (explainStatus(status)?.text ?? null),
  };
}
