// Finding the two kinds of code a bounce carries: the RFC 5321 §4.2 reply
// code ("550") and the RFC 3463 enhanced status code ("5.1.1"), in the free
// text of a diagnostic where they sit among IP addresses, version numbers
// and queue ids.

/** RFC 3463 §2: class "." subject "." detail, subject and detail up to three digits. */
export interface StatusParts {
  class: '2' | '4' | '5';
  subject: number;
  detail: number;
}

// A status code standing alone: not glued to a digit, a dot or a letter on
// the left (so "192.0.2.153" and "v4.2.1" do not count) nor to a digit or a
// further ".digit" on the right (so "4.16.55.1" does not either).
const STATUS_IN_TEXT = /(?<![0-9A-Za-z.])([245])\.([0-7])\.(\d{1,3})(?![0-9]|\.\d)/g;
const STATUS_EXACT = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

// RFC 3463 codes stand in a Status field, after a reply code ("550 5.1.1"),
// after a "#" or in brackets, or after a word that introduces an error. A
// number after a product name or "version" is a version ("Mailman
// 2.0.12", "GroupWise 5.5.2"), one after a date preposition a date ("on
// 2.3.04"): neither is a status. Capitalised words are names unless they
// are one of the words bounces put before a code.
const VERSION_CONTEXT = /(?:^|[^A-Za-z0-9])(?:version|release|rel|ver|rev|build|v|on|am|le|el|den|vom|du|since|seit)\.? ?$/i;
const NAME_BEFORE = /(?:^|[^A-Za-z0-9])([A-Z][A-Za-z]*[a-z][A-Za-z]*|[A-Z][a-z]*[A-Z][A-Za-z]*) $/;
const WORDS_BEFORE_A_CODE = new Set(['error', 'status', 'code', 'reason', 'reply', 'response', 'said', 'smtp', 'esmtp', 'dsn', 'failed', 'failure', 'fatal', 'permanent', 'temporary', 'transient', 'diagnostic', 'result', 'rejected', 'remote', 'server', 'host', 'fehler', 'erreur', 'error:']);

/** Is the status-like number at `index` of `text` in a place where an RFC 3463 code stands? */
function standsAsStatus(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (VERSION_CONTEXT.test(before)) return false;
  const name = NAME_BEFORE.exec(before)?.[1];
  return !name || WORDS_BEFORE_A_CODE.has(name.toLowerCase());
}

// The reply codes RFC 5321 §4.2.3 and its extensions define (RFC 1985, 2645,
// 3030, 4954, 5248, 7504); a three-digit number outside this list is not
// taken for one.
const REPLY_CODES = new Set([
  '211', '214', '220', '221', '235', '250', '251', '252', '253', '334', '354',
  '421', '422', '430', '432', '450', '451', '452', '453', '454', '455', '458', '459',
  '500', '501', '502', '503', '504', '521', '523', '524', '525', '530', '533', '534', '535', '538',
  '550', '551', '552', '553', '554', '555', '556',
]);
const REPLY_IN_TEXT = /(?<![0-9A-Za-z.#/=-])([2-5][0-5][0-9])(?![0-9]|\.\d|[A-Za-z])/g;

export function parseStatus(code: string): StatusParts | null {
  const match = STATUS_EXACT.exec(code.trim());
  if (!match) return null;
  return { class: match[1] as StatusParts['class'], subject: Number(match[2]), detail: Number(match[3]) };
}

/** "5.1.1" from "5.1.1 (user unknown)" or "smtp; 5.1.1"; null when the value holds no code. */
export function normalizeStatus(value: string | null | undefined): string | null {
  if (!value) return null;
  const match = /(?<![0-9.])([245])\.(\d{1,3})\.(\d{1,3})(?![0-9])/.exec(value);
  return match ? `${match[1]}.${Number(match[2])}.${Number(match[3])}` : null;
}

export function isReplyCode(code: string): boolean {
  return REPLY_CODES.has(code);
}

/** X.0.0 and 4.4.7 say least: another code beside them says more (RFC 3463 §3.1, §3.5). */
function isVague(code: string): boolean {
  return /^\d\.0\.0$/.test(code) || code === '4.4.7';
}

/**
 * The enhanced status code in a diagnostic text: the first one that says
 * something, else the vague one. `classHint` ("4", "5") restricts the search.
 */
export function findStatusCode(text: string, classHint?: string): string | null {
  const found: string[] = [];
  for (const match of text.matchAll(STATUS_IN_TEXT)) {
    if (classHint && match[1] !== classHint) continue;
    if (!standsAsStatus(text, match.index)) continue;
    found.push(`${match[1]}.${match[2]}.${Number(match[3])}`);
  }
  // A transcript quotes the 2.x.x replies of the commands that worked;
  // where a failure code is there too, that is the one that matters.
  const failures = found.filter((code) => code[0] !== '2');
  const candidates = failures.length > 0 ? failures : found;
  const specific = candidates.filter((code) => !isVague(code));
  if (specific.length === 0) return candidates[0] ?? null;
  // Several specific codes ("5.1.0 - Unknown address error 550 5.7.1 ..."): the one that says most wins.
  return specific.reduce((chosen, next) => preferStatus(chosen, next, null) ?? chosen);
}

/** The first SMTP reply code in the text, of the class given if one is. */
export function findReplyCode(text: string, classHint?: string): string | null {
  for (const match of text.matchAll(REPLY_IN_TEXT)) {
    const code = match[1]!;
    if (!REPLY_CODES.has(code)) continue;
    if (classHint && code[0] !== classHint) continue;
    return code;
  }
  return null;
}

/**
 * Chooses between the Status field of a report and the code in its
 * diagnostic text. The diagnostic is the receiving server's own word; the
 * Status field is often the reporting MTA's summary of it, so a specific
 * code in the text wins over a vague field ("5.0.0", "X.Y.0", 4.4.7).
 */
export function preferStatus(field: string | null, inText: string | null, replyCode: string | null): string | null {
  if (!field) return inText;
  if (!inText || field === inText) return field;
  const reply = replyCode?.[0];
  if (reply && field[0] !== inText[0]) {
    // The reply code's class decides which of two disagreeing classes is right.
    if (reply === field[0]) return field;
    if (reply === inText[0]) return inText;
  }
  const fieldParts = parseStatus(field);
  const textParts = parseStatus(inText);
  if (!fieldParts || !textParts) return field;
  if (fieldParts.subject === 0 && fieldParts.detail === 0) return textParts.subject === 0 && textParts.detail === 0 ? field : inText;
  if ((fieldParts.subject === 0 || fieldParts.detail === 0) && textParts.subject !== 0 && textParts.detail !== 0) return inText;
  if (textParts.subject === 0 && textParts.detail === 0) return field;
  // Codes that only summarise: expired (4.4.7), "too many errors" (4.7.0),
  // mail system (5.3.x) and protocol (X.5.1, X.5.2, X.5.4, X.5.5) trouble.
  if (field === '4.4.7' || field === '4.7.0' || field.startsWith('5.3.')) return inText;
  if (fieldParts.subject === 5 && [1, 2, 4, 5].includes(fieldParts.detail)) return inText;
  if (field === '5.1.1') return textParts.detail === 0 || inText.startsWith('5.5.') ? field : inText;
  if (field === '5.1.3' && inText.startsWith('5.7.')) return inText;
  return field;
}

/** The class digit of a status or reply code: "2", "4", "5", or null. */
export function classOf(code: string | null | undefined): '2' | '4' | '5' | null {
  const first = code?.[0];
  return first === '2' || first === '4' || first === '5' ? first : null;
}
