// Display names of senders and recipients: the phrase before an angle
// address (RFC 5322 §3.4 name-addr), a group's name (§3.4), and the comment
// of the old form "alice@example.com (Alice Smith)" (§3.2.2, §4.4). Read from
// the address fields, as written (quoted, or RFC 2047 encoded words) and
// decoded, so both spellings can be replaced.

import { decodeEncodedWords } from '../message/encoded-words.ts';

// RFC 5322 §3.6.2, §3.6.3 and §3.6.6, RFC 2369/8098 and common extensions
// that hold mailboxes with names.
const ADDRESS_FIELDS = new Set([
  'from', 'to', 'cc', 'bcc', 'reply-to', 'sender',
  'resent-from', 'resent-to', 'resent-cc', 'resent-bcc', 'resent-sender',
  'disposition-notification-to', 'return-receipt-to', 'mail-followup-to', 'mail-reply-to',
  'x-original-from', 'x-original-to', 'errors-to', 'x-sender', 'x-apparently-to',
]);

export function holdsMailboxes(fieldName: string): boolean {
  return ADDRESS_FIELDS.has(fieldName.toLowerCase());
}

export interface DisplayName {
  /** As written in the field (folding kept), quotes and encoded words included. */
  raw: string;
  /** Unquoted, unescaped, encoded words decoded, white space collapsed. */
  decoded: string;
}

// "undisclosed-recipients:;" and the like name no one.
const PLACEHOLDER_GROUPS = /^(?:undisclosed[- ]recipients?|recipient list suppressed|unlisted-recipients)$/i;

function decodePhrase(raw: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) out += raw[++i];
    else if (c === '"') quoted = !quoted;
    else out += c;
  }
  return decodeEncodedWords(out).replace(/\s+/g, ' ').trim();
}

function accept(raw: string, into: DisplayName[]): void {
  const trimmed = raw.trim();
  const decoded = decodePhrase(trimmed);
  // A name that is itself an address is replaced with the address (the
  // address switches); one letter names no one.
  if (decoded.length < 2 || decoded.includes('@') || PLACEHOLDER_GROUPS.test(decoded)) return;
  into.push({ raw: trimmed, decoded });
}

/** The display names in an address field's value, in order. */
export function displayNamesOf(value: string): DisplayName[] {
  const names: DisplayName[] = [];
  let depth = 0;
  let quoted = false;
  let segmentStart = 0;
  let commentStart = -1;
  let inAngle = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quoted) {
      if (c === '"') quoted = false;
      continue;
    }
    if (depth > 0) {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) accept(value.slice(commentStart, i), names);
      continue;
    }
    if (inAngle) {
      if (c === '>') {
        inAngle = false;
        segmentStart = i + 1;
      }
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '(') {
      depth = 1;
      commentStart = i + 1;
    } else if (c === '<') {
      accept(value.slice(segmentStart, i).replace(/\([^()]*\)/g, ''), names);
      inAngle = true;
    } else if (c === ':') {
      accept(value.slice(segmentStart, i), names);
      segmentStart = i + 1;
    } else if (c === ',' || c === ';') segmentStart = i + 1;
  }
  return names;
}
