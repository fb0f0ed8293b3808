// Display names of senders and recipients: the phrase before an angle
// address (RFC 5322 §3.4 name-addr), a group's name (§3.4), and the comment
// of the old form "alice@example.com (Alice Smith)" (§3.2.2, §4.4). Read from
// the address fields by the one address-list parser, as written (quoted, or
// RFC 2047 encoded words) and decoded, so both spellings can be replaced.

import { collapseFoldingWhiteSpace, parseAddressList, type WrittenPhrase } from '../message/address-list.ts';

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

function accept(phrase: WrittenPhrase, into: DisplayName[]): void {
  const raw = phrase.raw;
  const decoded = collapseFoldingWhiteSpace(phrase.text);
  // A name that is itself an address is replaced with the address (the
  // address switches); one letter names no one.
  if (decoded.length < 2 || decoded.includes('@') || PLACEHOLDER_GROUPS.test(decoded)) return;
  into.push({ raw, decoded });
}

/** The display names in an address field's value: each group's name, then its mailboxes' names and comments. */
export function displayNamesOf(value: string): DisplayName[] {
  // Every mailbox counts, however many: the value is a field line of at most
  // 16 KiB (redaction-patterns.ts), which bounds the work.
  const list = parseAddressList(value, { maxAddresses: Number.POSITIVE_INFINITY });
  const names: DisplayName[] = [];
  const groupsToDo = new Map(list.groups.map((g) => [g.text, g]));
  const acceptGroup = (name: string | null) => {
    const group = name === null ? undefined : groupsToDo.get(name);
    if (!group) return;
    groupsToDo.delete(name!);
    accept(group, names);
  };
  for (const address of list.addresses) {
    acceptGroup(address.group);
    if (address.displayNameRaw !== null) accept({ raw: address.displayNameRaw, text: address.displayName ?? '' }, names);
    // Quotes in a comment are its text (RFC 5322 §3.2.2), but people write
    // "(\"Name\")" meaning the name: it is replaced without them too.
    for (const comment of address.comments) accept({ raw: comment.raw, text: comment.text.replace(/"/g, '') }, names);
  }
  // Groups without members ("Freunde:;").
  for (const group of list.groups) acceptGroup(group.text);
  return names;
}
