// Errors written by local delivery agents (procmail, maildrop, Dovecot's
// LDA, mail.local, vpopmail, vmailmgr): the message reached the recipient's
// server, and the program that was to put it into the mailbox failed. Their
// messages are facts of those programs (collected by the Sisimai project,
// sisimai/go-sisimai lda/lib.go, BSD-2-Clause).

import { findPhrase } from './phrase-match.ts';
import type { BounceReason } from './reason-words.ts';

interface DeliveryAgent {
  name: string;
  /** How its messages are recognised. */
  marks: readonly string[];
  /** Its messages per reason; anything else it says is a mailer error. */
  reasons: readonly [BounceReason, readonly string[]][];
}

const AGENTS: readonly DeliveryAgent[] = [
  {
    name: 'dovecot',
    marks: ['your message to <', '> was automatically rejected:'],
    reasons: [
      ['mailboxfull', ['not enough disk space', 'quota exceeded', 'quota exceeded (mailbox for user is full)']],
      ['userunknown', ["mailbox doesn't exist: "]],
    ],
  },
  {
    name: 'mail.local',
    marks: ['mail.local: '],
    reasons: [
      ['mailboxfull', ['disc quota exceeded', 'mailbox full or quota exceeded']],
      ['systemerror', ['temporary file write error']],
      ['userunknown', [': invalid mailbox path', ': unknown user:', ': user missing home directory', ': user unknown']],
    ],
  },
  {
    name: 'procmail',
    marks: ['procmail: ', '/procmail '],
    reasons: [
      ['mailboxfull', ['quota exceeded while writing', 'user over quota']],
      ['systemerror', ['service unavailable']],
      ['systemfull', ['no space left to finish writing']],
    ],
  },
  {
    name: 'maildrop',
    marks: ['maildrop: '],
    reasons: [
      ['mailboxfull', ['maildir over quota.']],
      ['userunknown', ['cannot find system user', 'invalid user specified.']],
    ],
  },
  {
    name: 'vpopmail',
    marks: ['vdelivermail: '],
    reasons: [
      ['filtered', ['user does not exist, but will deliver to ']],
      ['mailboxfull', ['domain is over quota', 'user is over quota']],
      ['suspend', ['account is locked email bounced']],
      ['userunknown', ['sorry, no mailbox here by that name.']],
    ],
  },
  {
    name: 'vmailmgr',
    marks: ['vdeliver: '],
    reasons: [
      ['mailboxfull', ['delivery failed due to system quota violation']],
      ['userunknown', ['invalid or unknown base user or domain', 'invalid or unknown virtual user', 'user name does not refer to a virtual user']],
    ],
  },
];

/**
 * The reason a local delivery agent's message gives, with the agent's name;
 * null when no agent is recognised. Only failures after the SMTP dialogue
 * (no command, or DATA) can come from a local delivery agent.
 */
export function classifyLocalDelivery(lowerText: string, command: string | null): { reason: BounceReason; agent: string; phrase: string | null } | null {
  if (!lowerText || (command !== null && command !== 'DATA')) return null;
  const agent = AGENTS.find((a) => a.marks.some((mark) => lowerText.includes(mark)));
  if (!agent) return null;
  for (const [reason, phrases] of agent.reasons) {
    const phrase = findPhrase(lowerText, { any: phrases });
    if (phrase) return { reason, agent: agent.name, phrase };
  }
  return { reason: 'mailererror', agent: agent.name, phrase: null };
}
