// The raw facts read from a bounce for one recipient, before the reason is
// decided. Readers of different formats (RFC 3464 fields, prose, SES JSON,
// ARF) all produce this shape.

import type { BounceReason } from './reason-words.ts';
import type { SmtpCommand } from './smtp-dialogue.ts';

export interface BounceFacts {
  recipient: string | null;
  originalRecipient: string | null;
  /** RFC 3464 §2.3.3 action, lower-cased. */
  action: string | null;
  /** The Status field as written, when the report had one. */
  statusField: string | null;
  diagnostic: string | null;
  diagnosticType: string | null;
  remoteMta: string | null;
  command: SmtpCommand | null;
  replyCode: string | null;
  /** A reason the layout itself gives (an MTA's fixed text for a known failure). */
  hint: BounceReason | null;
  /** A reason the layout suggests only when the error text names none. */
  fallbackHint: BounceReason | null;
  /** The reader knows the failure was temporary even without a code (a delay warning, "retry timeout exceeded"). */
  temporary: boolean;
}

export function emptyFacts(recipient: string | null): BounceFacts {
  return {
    recipient,
    originalRecipient: null,
    action: null,
    statusField: null,
    diagnostic: null,
    diagnosticType: null,
    remoteMta: null,
    command: null,
    replyCode: null,
    hint: null,
    fallbackHint: null,
    temporary: false,
  };
}
