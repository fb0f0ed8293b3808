// A teaching scenario: one realistic message with its DNS answers frozen,
// told as a lesson in steps, with questions to check what was learnt. The
// verdicts a scenario states are not a result shown to anyone: the page
// shows the analysis of the message, and the tests check that the analysis
// gives exactly the stated verdicts (test/core/teaching/).

import type { AuthResult, LocalizedText } from '../analysis.ts';
import type { BounceReason } from '../bounce/reason-words.ts';
import type { MessageKindWord } from '../bounce/message-kind.ts';

/** What the analysis of the scenario's message must give (the words of test/cases/FORMAT.md). */
export interface StatedVerdicts {
  /** null: no SPF verdict at all (no MTA-to-MTA hop to check, RFC 7208 §2.4). */
  spf: AuthResult | null;
  /** Every DKIM-Signature, top first. */
  dkim: { domain: string; selector: string; result: AuthResult }[];
  dmarc: AuthResult | null;
  arc: AuthResult | null;
  kind: MessageKindWord;
  /** The failed recipient of a bounce; null for a message that is no report. */
  bounce: { status: string; reason: BounceReason; recipient: string } | null;
}

/** One step of the story: what happens there, said to the class. */
export interface ScenarioStep {
  title: LocalizedText;
  narration: LocalizedText;
}

export interface QuizQuestion {
  prompt: LocalizedText;
  /** Three or four options; shown in this order. */
  options: LocalizedText[];
  /** Index into `options`. Never written into the page before the question is answered. */
  answer: number;
  /** Why the answer is right, shown after any answer. */
  explanation: LocalizedText;
}

export interface Scenario {
  /** The URL name: `#scenario/<name>`; kebab-case. */
  name: string;
  title: LocalizedText;
  /** What to notice: the one idea the scenario teaches. */
  notice: LocalizedText;
  /** The analysis clock, shortly after delivery, so signatures never expire under the lesson (RFC 6376 §3.5 x=). */
  now: string;
  /** The mail path in one line, for the worksheet: "MUA → submission → MX → LMTP → IMAP". */
  path: LocalizedText;
  steps: ScenarioStep[];
  questions: QuizQuestion[];
  expect: StatedVerdicts;
}
