// Every problem code the core can report, with its text in English and
// German: the CLI prints `message` (English), the page shows `text` in the
// user's language. Bad input and bugs are different things: these codes are
// the expected outcomes of bad input; a bug throws.

import type { LocalizedText, Problem, Severity } from './analysis.ts';

interface ProblemText {
  severity: Severity;
  message: string;
  de: string;
}

export const PROBLEMS = {
  'empty-input': {
    severity: 'error',
    message: 'The input is empty: paste a message or open an .eml file.',
    de: 'Die Eingabe ist leer: Fügen Sie eine Nachricht ein oder öffnen Sie eine .eml-Datei.',
  },
  'input-too-large': {
    severity: 'error',
    message: 'The input is larger than the limit of 64 MiB.',
    de: 'Die Eingabe ist größer als die Grenze von 64 MiB.',
  },
  'binary-input': {
    severity: 'error',
    message: 'The input holds binary data (NUL bytes or control characters in the header), not a mail message.',
    de: 'Die Eingabe enthält Binärdaten (NUL-Bytes oder Steuerzeichen im Kopf), keine E-Mail.',
  },
  'no-header': {
    severity: 'error',
    message: 'The input does not start with a header field ("Name: value"), so it is not a mail message.',
    de: 'Die Eingabe beginnt nicht mit einem Kopffeld („Name: Wert“) und ist daher keine E-Mail.',
  },
  'headers-only': {
    severity: 'info',
    message: 'Only the header was pasted: DKIM signatures are checked, but their body hashes cannot be.',
    de: 'Es wurde nur der Kopf eingefügt: DKIM-Signaturen werden geprüft, ihre Body-Hashes aber nicht.',
  },
  'truncated-header': {
    severity: 'warning',
    message: 'The header ends in the middle of a field: the input looks cut off.',
    de: 'Der Kopf endet mitten in einem Feld: Die Eingabe scheint abgeschnitten.',
  },
  'missing-blank-line': {
    severity: 'warning',
    message:
      'A line in the header is neither a field nor a continuation: the blank line before the body is missing (RFC 5322 §2.1). The rest is read as the body.',
    de: 'Eine Zeile im Kopf ist weder ein Feld noch eine Fortsetzung: Die Leerzeile vor dem Text fehlt (RFC 5322 §2.1). Der Rest wird als Text gelesen.',
  },
  'non-utf8-header': {
    severity: 'warning',
    message: 'The header holds bytes that are not UTF-8; they are shown as Latin-1.',
    de: 'Der Kopf enthält Bytes, die kein UTF-8 sind; sie werden als Latin-1 angezeigt.',
  },
  'line-ends-repaired': {
    severity: 'info',
    message: 'The line ends were not CRLF and were converted before checking signatures (RFC 5322 §2.1).',
    de: 'Die Zeilenenden waren kein CRLF und wurden vor der Signaturprüfung umgewandelt (RFC 5322 §2.1).',
  },
  'doubled-cr-repaired': {
    severity: 'warning',
    message: 'Lines ended in CR CR LF, a copy-and-paste artefact; the extra CR was removed before checking signatures.',
    de: 'Zeilen endeten auf CR CR LF, ein Überbleibsel beim Kopieren; das zusätzliche CR wurde vor der Signaturprüfung entfernt.',
  },
  'obsolete-field-name-space': {
    severity: 'warning',
    message: 'A header field has white space before its colon (obsolete syntax, RFC 5322 §4.5).',
    de: 'Ein Kopffeld hat Leerraum vor dem Doppelpunkt (veraltete Syntax, RFC 5322 §4.5).',
  },
  'no-envelope': {
    severity: 'warning',
    message: 'No client IP address was given or found in a Received field, so SPF could not be evaluated.',
    de: 'Es wurde keine Client-IP-Adresse angegeben oder in einem Received-Feld gefunden, daher konnte SPF nicht geprüft werden.',
  },
  'no-from': {
    severity: 'warning',
    message: 'The message has no From field with an address, so DMARC cannot be evaluated.',
    de: 'Die Nachricht hat kein From-Feld mit einer Adresse, daher kann DMARC nicht geprüft werden.',
  },
  'multiple-from': {
    severity: 'warning',
    message: 'The message has several From addresses or fields, so DMARC cannot be evaluated (RFC 9989 §5.3.1).',
    de: 'Die Nachricht hat mehrere From-Adressen oder -Felder, daher kann DMARC nicht geprüft werden (RFC 9989 §5.3.1).',
  },
  'auth-engine-failed': {
    severity: 'error',
    message: 'The authentication engine failed on this message; the other results are still shown.',
    de: 'Die Authentifizierungsprüfung ist an dieser Nachricht gescheitert; die übrigen Ergebnisse werden trotzdem gezeigt.',
  },
} as const satisfies Record<string, ProblemText>;

export type ProblemCode = keyof typeof PROBLEMS;

/** A problem; `detail` replaces the standard text where the case has more to say. */
export function problem(code: ProblemCode, details: { line?: number; detail?: LocalizedText } = {}): Problem {
  const known = PROBLEMS[code];
  const text = details.detail ?? { en: known.message, de: known.de };
  const found: Problem = { code, severity: known.severity, message: text.en, text };
  if (details.line !== undefined) found.line = details.line;
  return found;
}
