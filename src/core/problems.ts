// Every problem code the core can report. The page translates them by code,
// the CLI prints the English message. Bad input and bugs are different
// things: these codes are the expected outcomes of bad input; a bug throws.

import type { Problem, Severity } from './analysis.ts';

export const PROBLEMS = {
  'empty-input': { severity: 'error', message: 'The input is empty: paste a message or open an .eml file.' },
  'input-too-large': { severity: 'error', message: 'The input is larger than the limit of 64 MiB.' },
  'binary-input': {
    severity: 'error',
    message: 'The input holds binary data (NUL bytes or control characters in the header), not a mail message.',
  },
  'no-header': {
    severity: 'error',
    message: 'The input does not start with a header field ("Name: value"), so it is not a mail message.',
  },
  'headers-only': {
    severity: 'info',
    message: 'Only the header was pasted: DKIM signatures are checked, but their body hashes cannot be.',
  },
  'truncated-header': {
    severity: 'warning',
    message: 'The header ends in the middle of a field: the input looks cut off.',
  },
  'missing-blank-line': {
    severity: 'warning',
    message: 'A line in the header is neither a field nor a continuation: the blank line before the body is missing (RFC 5322 §2.1). The rest is read as the body.',
  },
  'non-utf8-header': {
    severity: 'warning',
    message: 'The header holds bytes that are not UTF-8; they are shown as Latin-1.',
  },
  'line-ends-repaired': {
    severity: 'info',
    message: 'The line ends were not CRLF and were converted before checking signatures (RFC 5322 §2.1).',
  },
  'doubled-cr-repaired': {
    severity: 'warning',
    message: 'Lines ended in CR CR LF, a copy-and-paste artefact; the extra CR was removed before checking signatures.',
  },
  'obsolete-field-name-space': {
    severity: 'warning',
    message: 'A header field has white space before its colon (obsolete syntax, RFC 5322 §4.5).',
  },
  'no-envelope': {
    severity: 'warning',
    message: 'No client IP address was given or found in a Received field, so SPF could not be evaluated.',
  },
  'no-from': { severity: 'warning', message: 'The message has no From field with an address, so DMARC cannot be evaluated.' },
  'multiple-from': {
    severity: 'warning',
    message: 'The message has several From addresses or fields, so DMARC cannot be evaluated (RFC 9989 §5.3.1).',
  },
  'auth-engine-failed': {
    severity: 'error',
    message: 'The authentication engine failed on this message; the other results are still shown.',
  },
} as const satisfies Record<string, { severity: Severity; message: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

export function problem(code: ProblemCode, details: { line?: number; message?: string } = {}): Problem {
  const known = PROBLEMS[code];
  const found: Problem = { code, severity: known.severity, message: details.message ?? known.message };
  if (details.line !== undefined) found.line = details.line;
  return found;
}
