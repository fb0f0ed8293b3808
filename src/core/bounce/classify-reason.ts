// Deciding the reason of one failed recipient from everything the bounce
// says about it: the status code, the reply code, the SMTP command the
// server answered, the diagnostic text, the remote host and the local
// delivery agent. The order of the checks is Sisimai's (go-sisimai
// reason/find.go and lib.go: first-pass probes, then the "another one"
// fallback), because agreement with it is how the result is measured; the
// phrase lists are in phrases-*.ts.

import { classifyLocalDelivery } from './local-delivery.ts';
import { findPhrase, type PhraseSet } from './phrase-match.ts';
import * as content from './phrases-content.ts';
import * as recipient from './phrases-recipient.ts';
import * as sender from './phrases-sender.ts';
import { classifyByProvider } from './provider-rules.ts';
import { PROVISIONAL_REASONS, type BounceReason } from './reason-words.ts';
import { reasonOfStatus } from './status-reasons.ts';

export interface ReasonInput {
  status: string | null;
  replyCode: string | null;
  diagnostic: string;
  /** RFC 3464 diagnostic type ("smtp", "x-unix"), or null when not given. */
  diagnosticType: string | null;
  /** The SMTP command the failure answered (CONN for the greeting), or null. */
  command: string | null;
  action: string | null;
  /** A reason the MTA-specific reader recognised from the layout of the bounce. */
  hint: BounceReason | null;
  /** A reason the layout suggests only when the text itself names none. */
  fallbackHint?: BounceReason | null;
  remoteHost: string | null;
  recipientDomain: string | null;
  /** The MTA that wrote the report (Reporting-MTA), for provider rules. */
  reportingHost: string | null;
}

export interface ReasonVerdict {
  reason: BounceReason;
  /** What decided it: "status 5.2.2", "phrase "user unknown"", "Google's documented text ...". */
  evidence: string;
}

/** Commands sent before DATA: a server that refuses at one of these has not seen the message. */
const BEFORE_DATA = new Set(['CONN', 'EHLO', 'HELO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT']);

const TEXT: Record<string, PhraseSet> = {
  mailboxfull: recipient.MAILBOX_FULL,
  mesgtoobig: recipient.MESSAGE_TOO_BIG,
  exceedlimit: recipient.EXCEED_LIMIT,
  suspend: recipient.SUSPEND,
  hasmoved: recipient.HAS_MOVED,
  norelaying: sender.NO_RELAYING,
  authfailure: sender.AUTH_FAILURE,
  userunknown: recipient.USER_UNKNOWN,
  filtered: recipient.FILTERED,
  requireptr: sender.REQUIRE_PTR,
  notcompliantrfc: content.NOT_COMPLIANT_RFC,
  badreputation: sender.BAD_REPUTATION,
  contenterror: content.CONTENT_ERROR,
  rejected: sender.REJECTED,
  hostunknown: recipient.HOST_UNKNOWN,
  spamdetected: content.SPAM_DETECTED,
  ratelimited: sender.RATE_LIMITED,
  toomanyconn: sender.TOO_MANY_CONNECTIONS,
  blocked: sender.BLOCKED,
  virusdetected: content.VIRUS_DETECTED,
  policyviolation: content.POLICY_VIOLATION,
  systemerror: content.SYSTEM_ERROR,
  networkerror: content.NETWORK_ERROR,
  systemfull: content.SYSTEM_FULL,
  notaccept: recipient.NOT_ACCEPT,
  expired: content.EXPIRED,
  failedstarttls: sender.FAILED_STARTTLS,
  securityerror: sender.SECURITY_ERROR,
  mailererror: content.MAILER_ERROR,
};

interface Probe {
  input: ReasonInput;
  lower: string;
  byStatus: BounceReason | null;
}

const phrase = (probe: Probe, reason: string): string | null => findPhrase(probe.lower, TEXT[reason]!);
const quoted = (found: string) => `phrase "${found}"`;
const LAYOUT = "the layout of this MTA's bounce";

/**
 * The first pass: each reason checked in turn, by its status code, by its
 * phrases, or both, with conditions on the SMTP command where a phrase
 * means different things before and after DATA.
 */
function firstPass(probe: Probe): ReasonVerdict | null {
  const { input, byStatus } = probe;
  const statusSays = (reason: BounceReason) => byStatus === reason;
  const text = (reason: string) => phrase(probe, reason);
  const beforeData = input.command !== null && BEFORE_DATA.has(input.command);
  const checks: [BounceReason, () => string | null][] = [
    ['mailboxfull', () => (statusSays('mailboxfull') ? `status ${input.status}` : text('mailboxfull'))],
    ['mesgtoobig', () => {
      if (statusSays('mesgtoobig')) return `status ${input.status}`;
      if (statusSays('exceedlimit') || input.status === '5.2.3') return null;
      return text('mesgtoobig');
    }],
    ['exceedlimit', () => (statusSays('exceedlimit') ? `status ${input.status}` : text('exceedlimit'))],
    ['suspend', () => (input.replyCode === '525' ? 'reply code 525 (RFC 5248: account disabled)' : text('suspend'))],
    ['hasmoved', () => text('hasmoved')],
    ['norelaying', () => (input.command === 'CONN' || input.command === 'EHLO' || input.command === 'HELO' ? null : text('norelaying'))],
    ['authfailure', () => (statusSays('authfailure') ? `status ${input.status}` : text('authfailure'))],
    ['userunknown', () => {
      if (statusSays('userunknown')) {
        // A 5.1.1 whose text says the relay, the sender or a full mailbox is at fault is not about the address.
        const other = ['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept'].some((r) => text(r));
        return other ? null : `status ${input.status}`;
      }
      return input.command === 'RCPT' ? text('userunknown') : null;
    }],
    ['filtered', () => {
      if (statusSays('filtered')) return text('userunknown') ?? text('filtered');
      if (beforeData) return null;
      return text('filtered') ?? text('userunknown');
    }],
    ['requireptr', () => (statusSays('requireptr') ? `status ${input.status}` : text('requireptr'))],
    ['notcompliantrfc', () => text('notcompliantrfc')],
    ['badreputation', () => text('badreputation')],
    ['contenterror', () => {
      if (spamProbe(probe)) return null;
      return statusSays('contenterror') ? `status ${input.status}` : text('contenterror');
    }],
    ['rejected', () => {
      if (statusSays('rejected')) return `status ${input.status}`;
      if (input.command === 'MAIL') return text('rejected');
      if (input.command === 'DATA') return byStatus === 'userunknown' ? null : text('rejected');
      if (byStatus === null || byStatus === 'securityerror' || byStatus === 'systemerror') return text('rejected');
      return null;
    }],
    ['hostunknown', () => {
      if (statusSays('hostunknown')) return text('networkerror') ? null : `status ${input.status}`;
      return text('hostunknown');
    }],
    ['spamdetected', () => spamProbe(probe)],
    ['ratelimited', () => text('ratelimited')],
    ['toomanyconn', () => (statusSays('toomanyconn') ? `status ${input.status}` : text('toomanyconn'))],
    ['blocked', () => (statusSays('blocked') ? `status ${input.status}` : text('blocked'))],
  ];
  for (const [reason, check] of checks) {
    if (input.hint === reason) return { reason, evidence: LAYOUT };
    const found = check();
    if (found) return { reason, evidence: found.startsWith('status') || found.startsWith('reply') ? found : quoted(found) };
  }
  return null;
}

function spamProbe(probe: Probe): string | null {
  const { input, byStatus } = probe;
  if (!input.status) return null;
  if (byStatus === 'spamdetected') return `status ${input.status}`;
  if (input.command !== null && BEFORE_DATA.has(input.command)) return null;
  // A content filter that names a virus has not judged the message spam,
  // even when its reply starts the way its spam replies do.
  if (phrase(probe, 'virusdetected')) return null;
  return phrase(probe, 'spamdetected');
}

const SECOND_PASS: BounceReason[] = [
  'mailboxfull', 'authfailure', 'badreputation', 'ratelimited', 'virusdetected', 'spamdetected', 'policyviolation', 'norelaying',
  'systemerror', 'networkerror', 'suspend', 'contenterror', 'systemfull', 'notaccept', 'expired', 'failedstarttls', 'securityerror',
  'mailererror',
];

/** The fallback when no first-pass check matched: broader phrases, then what the codes and the command imply. */
function secondPass(probe: Probe): ReasonVerdict | null {
  const { input, byStatus } = probe;
  const smtpType = input.diagnosticType !== 'x-unix';
  if (byStatus && !PROVISIONAL_REASONS.has(byStatus) && smtpType) return { reason: byStatus, evidence: `status ${input.status}` };
  for (const reason of SECOND_PASS) {
    if (reason === 'failedstarttls' && (input.command === 'STARTTLS' || ['523', '524', '538'].includes(input.replyCode ?? ''))) {
      return { reason, evidence: input.command === 'STARTTLS' ? 'failed at STARTTLS' : `reply code ${input.replyCode}` };
    }
    const found = phrase(probe, reason);
    if (found) return { reason, evidence: quoted(found) };
  }
  if (byStatus) return { reason: byStatus, evidence: `status ${input.status}` };
  const subject = input.status?.split('.')[1];
  if (subject === '6') return { reason: 'contenterror', evidence: `status ${input.status} (RFC 3463 X.6: message content)` };
  if (subject === '7') return { reason: 'securityerror', evidence: `status ${input.status} (RFC 3463 X.7: security or policy)` };
  if (input.diagnosticType === 'x-unix') return { reason: 'mailererror', evidence: 'diagnostic type X-Unix: a local program failed' };
  const reply = Number(input.replyCode);
  if ((reply > 400 && reply < 408) || (reply > 500 && reply < 508)) return { reason: 'syntaxerror', evidence: `reply code ${input.replyCode} (RFC 5321 §4.2.2: syntax)` };
  if (input.action === 'delayed' || input.action === 'expired') return { reason: 'expired', evidence: `action ${input.action}` };
  // A server that refuses the client at its greeting or at HELO refuses the client itself.
  if (input.command === 'EHLO' || input.command === 'HELO' || input.command === 'CONN') {
    return { reason: 'blocked', evidence: input.command === 'CONN' ? 'refused at the connection greeting' : `refused at ${input.command}` };
  }
  return null;
}

export function classifyReason(input: ReasonInput): ReasonVerdict {
  if (input.hint && !PROVISIONAL_REASONS.has(input.hint)) return { reason: input.hint, evidence: LAYOUT };
  if (input.status?.startsWith('2.')) return { reason: 'delivered', evidence: `status ${input.status}` };
  const lower = input.diagnostic.toLowerCase();

  const local = classifyLocalDelivery(lower, input.command);
  if (local) {
    return { reason: local.reason, evidence: `${local.agent} (local delivery agent)${local.phrase ? `: ${quoted(local.phrase)}` : ''}` };
  }
  const provider = classifyByProvider(
    { lowerText: lower, text: input.diagnostic, status: input.status, replyCode: input.replyCode, command: input.command },
    { recipientDomain: input.recipientDomain, remoteHost: input.remoteHost, reportingHost: input.reportingHost },
  );
  if (provider) return { reason: provider.reason, evidence: `${provider.provider}'s documented error (${provider.detail})` };

  const probe: Probe = { input, lower, byStatus: reasonOfStatus(input.status) };
  // Only a local program's error (X-Unix, RFC 3464 §2.3.6) is not an SMTP
  // reply; the vendor types (X-Postfix, X-Notes, ...) carry SMTP texts.
  const smtpType = input.diagnosticType !== 'x-unix';
  const first = smtpType ? firstPass(probe) : null;
  if (first) return first;
  // A provisional guess of the reader stands when no first-pass check found something more specific.
  if (input.hint && input.hint !== 'undefined' && input.hint !== 'onhold') return { reason: input.hint, evidence: LAYOUT };
  const second = secondPass(probe);
  if (second) return second;
  if (input.fallbackHint) return { reason: input.fallbackHint, evidence: LAYOUT };
  if (recipient.VACATION.any.some((p) => lower.includes(p))) return { reason: 'vacation', evidence: 'an out-of-office text' };
  if (input.diagnostic.trim()) return { reason: 'onhold', evidence: 'the text names no known reason' };
  return { reason: 'undefined', evidence: 'the bounce gives no reason' };
}
