// Address lists as RFC 5322 §3.4 writes them: "Name <local@domain>",
// bare addr-specs, groups ("Team: a@x, b@y;", and the empty
// "undisclosed-recipients:;"), comments anywhere, quoted display names,
// RFC 2047 words in names (RFC 2047 §5(3)), obsolete routes and local parts
// with white space around the dots (§4.4), and internationalised domains
// shown both as Unicode and as "xn--" (RFC 5890). Every reader of address
// fields uses this one parser: the header explanations, the From list of
// the summary, the bounce diagnosis and the redaction of display names.
//
// What senders write beyond the grammar is read the way mail readers do:
// ";" between mailboxes outside a group separates like ",", and a mailbox
// written without angle brackets but with a name ("Name a@b") gives the
// words that hold an "@".

import { decodeEncodedWords } from './rfc2047-encoded-words.ts';
import { domainToAscii, domainToUnicode } from '../net/rfc3492-punycode.ts';
import { isFoldingWhiteSpace } from './rfc5322-lexical.ts';

/** Text of the field as written, and decoded (quotes, escapes and RFC 2047 words undone). */
export interface WrittenPhrase {
  raw: string;
  text: string;
}

export interface MailAddress {
  /** Decoded display name; null where none was given. */
  displayName: string | null;
  /** The display name as written (quotes and encoded words kept, comments left out). */
  displayNameRaw: string | null;
  /** local@domain as written inside <> or bare, without white space or comments; null for a mailbox with no address. */
  address: string | null;
  /** RFC 5322 §3.4 mailbox: "name-addr" (in angle brackets, with or without a name) or a bare "addr-spec". */
  form: 'name-addr' | 'addr-spec';
  local: string | null;
  domain: string | null;
  /** The domain in Unicode and in ASCII ("xn--") form; equal when it is plain ASCII. */
  domainUnicode: string | null;
  domainAscii: string | null;
  /** The decoded name of the group this address belongs to (RFC 5322 §3.4 group syntax). */
  group: string | null;
  /** Comments of the mailbox (§3.2.2), the old form "a@b (Name)" included. */
  comments: WrittenPhrase[];
}

// A To or Cc field of a mass mailing can list thousands of addresses; past
// this many a hostile field would only inflate the explanation, so the rest
// is counted, not parsed. Callers that must see every mailbox (the From
// list, the redaction) lift it and bound the field length themselves.
export const MAX_ADDRESSES = 500;

export interface AddressList {
  addresses: MailAddress[];
  /** Groups in the order written, including empty ones ("undisclosed-recipients"). */
  groups: WrittenPhrase[];
  /** Addresses past the limit that were not parsed. */
  omitted: number;
}

interface Pending {
  phrase: string;
  /** The phrase holds an "@": kept as it grows, since asking phrase.includes("@") at every ":" is quadratic on "a@b::::…" (80 s for 200 KB). */
  phraseHasAt: boolean;
  rawPhrase: string;
  angle: string | null;
  angleClosed: boolean;
  comments: WrittenPhrase[];
}

const fresh = (comments: WrittenPhrase[] = []): Pending => ({ phrase: '', phraseHasAt: false, rawPhrase: '', angle: null, angleClosed: false, comments });

/** Trims folding white space; a loop, as an anchored regex would be quadratic on a long run of spaces. */
export function trimFoldingWhiteSpace(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isFoldingWhiteSpace(text[start]!)) start++;
  while (end > start && isFoldingWhiteSpace(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** Runs of folding white space as one space, trimmed: how a phrase reads (§3.2.2 unfolding). */
export function collapseFoldingWhiteSpace(text: string): string {
  return trimFoldingWhiteSpace(text.replace(/[ \t\r\n]+/g, ' '));
}

/** The words of a bare mailbox, split at white space outside quoted strings. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && quoted) {
      current += c + (text[++i] ?? '');
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (!quoted && isFoldingWhiteSpace(c)) {
      if (current) words.push(current);
      current = '';
    } else current += c;
  }
  if (current) words.push(current);
  return words;
}

/** "john . doe @ example.com" (§4.4 obs-local-part, obs-domain): each gap touches a "." or an "@". */
function isSpacedAddrSpec(words: string[]): boolean {
  for (let i = 1; i < words.length; i++) {
    if (!/[.@]$/.test(words[i - 1]!) && !/^[.@]/.test(words[i]!)) return false;
  }
  return true;
}

/** The addr-specs of a mailbox written without angle brackets. */
function bareAddresses(rawPhrase: string): string[] {
  const words = wordsOf(rawPhrase);
  if (words.length <= 1 || isSpacedAddrSpec(words)) return [words.join('')].filter(Boolean);
  // "Name a@b": a name without angle brackets; the words with an "@" are the addresses.
  const withAt = words.filter((word) => word.includes('@'));
  return withAt.length > 0 ? withAt : [words.join('')];
}

function splitAddress(text: string): { local: string | null; domain: string | null } {
  const at = text.lastIndexOf('@');
  if (at < 0) return { local: text || null, domain: null };
  return { local: text.slice(0, at), domain: text.slice(at + 1).replace(/^\[|\]$/g, '') || null };
}

function mailbox(address: string | null, form: MailAddress['form'], display: WrittenPhrase | null, group: string | null, comments: WrittenPhrase[]): MailAddress {
  const { local, domain } = address ? splitAddress(address) : { local: null, domain: null };
  return {
    displayName: display?.text || null,
    displayNameRaw: display?.raw ?? null,
    address,
    form,
    local,
    domain,
    domainUnicode: domain ? domainToUnicode(domain.toLowerCase()) : null,
    domainAscii: domain ? domainToAscii(domainToUnicode(domain)) : null,
    group,
    comments,
  };
}

function build(pending: Pending, group: string | null): MailAddress[] {
  if (pending.angle !== null) {
    // §4.4 obs-route: "<@relay1,@relay2:user@domain>" — the route is dropped.
    const spec = pending.angle.replace(/^[ \t\r\n]*(?:@[^:]{0,255}:)/, '');
    const words = wordsOf(spec);
    // "< a @ b >" is an addr-spec with CFWS; "<Undisclosed Recipients>" is no addr-spec and stays as written.
    const address = (words.length <= 1 || isSpacedAddrSpec(words) ? words.join('') : trimFoldingWhiteSpace(spec)) || null;
    const raw = trimFoldingWhiteSpace(pending.rawPhrase);
    const display = raw ? { raw, text: trimFoldingWhiteSpace(decodeEncodedWords(collapseFoldingWhiteSpace(pending.phrase)).text) } : null;
    // "<>" alone names no one (the null reverse-path copied into a field).
    if (address === null && display === null && pending.comments.length === 0) return [];
    return [mailbox(address, 'name-addr', display, group, pending.comments)];
  }
  const addresses = bareAddresses(pending.rawPhrase);
  if (addresses.length === 0) return pending.comments.length > 0 ? [mailbox(null, 'addr-spec', null, group, pending.comments)] : [];
  // Comments belong to the first mailbox of a run written without commas.
  return addresses.map((address, i) => mailbox(address, 'addr-spec', null, group, i === 0 ? pending.comments : []));
}

/** A comment from its "(" at `start`, nested comments included (§3.2.2); returns where it ends. */
function readComment(value: string, start: number): { comment: WrittenPhrase; end: number } {
  let depth = 1;
  let unescaped = '';
  let i = start + 1;
  for (; i < value.length && depth > 0; i++) {
    const d = value[i]!;
    if (d === '\\') unescaped += value[++i] ?? '';
    else if (d === '(') (depth++, (unescaped += d));
    else if (d === ')') (depth--, depth > 0 && (unescaped += d));
    else unescaped += d;
  }
  const raw = trimFoldingWhiteSpace(value.slice(start + 1, depth === 0 ? i - 1 : i));
  return { comment: { raw, text: trimFoldingWhiteSpace(decodeEncodedWords(unescaped).text) }, end: i - 1 };
}

export function parseAddressList(value: string, options: { maxAddresses?: number } = {}): AddressList {
  const limit = options.maxAddresses ?? MAX_ADDRESSES;
  const list: AddressList = { addresses: [], groups: [], omitted: 0 };
  let pending = fresh();
  let group: string | null = null;
  const finish = () => {
    for (const address of build(pending, group)) {
      if (list.addresses.length < limit) list.addresses.push(address);
      else list.omitted++;
    }
    pending = fresh();
  };
  // A comment or a quoted string sets i to its last character (at least the
  // one it started at), so the loop's i++ always moves past it.
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '(') {
      const { comment, end } = readComment(value, i);
      pending.comments.push(comment);
      i = end;
      continue;
    }
    if (c === '"') {
      let quoted = '';
      let j = i + 1;
      for (; j < value.length && value[j] !== '"'; j++) {
        if (value[j] === '\\') j++;
        quoted += value[j] ?? '';
      }
      if (pending.angle !== null && !pending.angleClosed) pending.angle += value.slice(i, j + 1);
      else if (!pending.angleClosed) {
        pending.phrase += quoted;
        pending.phraseHasAt ||= quoted.includes('@');
        pending.rawPhrase += value.slice(i, j + 1);
      }
      i = j;
      continue;
    }
    if (pending.angle !== null && !pending.angleClosed) {
      if (c === '>') pending.angleClosed = true;
      else pending.angle += c;
      continue;
    }
    if (c === '<' && pending.angle === null) pending.angle = '';
    else if (c === ',') finish();
    else if (c === ':' && group === null && !pending.phraseHasAt) {
      const raw = trimFoldingWhiteSpace(pending.rawPhrase);
      group = decodeEncodedWords(collapseFoldingWhiteSpace(pending.phrase)).text;
      list.groups.push({ raw, text: group });
      // A comment in the group's name is kept with its first mailbox.
      pending = fresh(pending.comments);
    } else if (c === ';') {
      // Ends a group (§3.4); outside one, senders mean a separator.
      finish();
      group = null;
    } else if (!pending.angleClosed) {
      // Text after ">" up to the next separator belongs to no part of the address.
      pending.phrase += c;
      pending.phraseHasAt ||= c === '@';
      pending.rawPhrase += c;
    }
  }
  finish();
  return list;
}

/**
 * The addr-specs of an address list, every one of them: those in angle
 * brackets, and bare ones that hold an "@" (a lone word is no address).
 */
export function listAddresses(value: string): string[] {
  return parseAddressList(value, { maxAddresses: Number.POSITIVE_INFINITY }).addresses.flatMap((a) =>
    a.address !== null && (a.form === 'name-addr' || a.address.includes('@')) ? [a.address] : [],
  );
}
