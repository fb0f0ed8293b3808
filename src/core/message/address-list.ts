// Address lists as RFC 5322 §3.4 writes them: "Name <local@domain>",
// bare addr-specs, groups ("Team: a@x, b@y;", and the empty
// "undisclosed-recipients:;"), comments anywhere, quoted display names,
// RFC 2047 words in names (RFC 2047 §5(3)), obsolete routes (§4.4), and
// internationalised domains shown both as Unicode and as "xn--" (RFC 5890).

import { decodeEncodedWords } from './rfc2047-encoded-words.ts';
import { domainToAscii, domainToUnicode } from './rfc3492-punycode.ts';

export interface MailAddress {
  /** Decoded display name; null where none was given. */
  displayName: string | null;
  /** The display name as written (quotes and encoded words kept). */
  displayNameRaw: string | null;
  /** local@domain as written inside <> or bare; null for a group with no members. */
  address: string | null;
  local: string | null;
  domain: string | null;
  /** The domain in Unicode and in ASCII ("xn--") form; equal when it is plain ASCII. */
  domainUnicode: string | null;
  domainAscii: string | null;
  /** The group this address belongs to (RFC 5322 §3.4 group syntax). */
  group: string | null;
  comments: string[];
}

// A To or Cc field of a mass mailing can list thousands of addresses; past
// this many a hostile field would only inflate the result, so the rest is
// counted, not parsed.
export const MAX_ADDRESSES = 500;

export interface AddressList {
  addresses: MailAddress[];
  /** Names of groups, including empty ones ("undisclosed-recipients"). */
  groups: string[];
  /** Addresses past MAX_ADDRESSES that were not parsed. */
  omitted: number;
}

interface Pending {
  phrase: string;
  rawPhrase: string;
  angle: string | null;
  angleClosed: boolean;
  comments: string[];
}

const fresh = (): Pending => ({ phrase: '', rawPhrase: '', angle: null, angleClosed: false, comments: [] });

function splitAddress(text: string): { local: string | null; domain: string | null } {
  const at = text.lastIndexOf('@');
  if (at < 0) return { local: text || null, domain: null };
  return { local: text.slice(0, at), domain: text.slice(at + 1).replace(/^\[|\]$/g, '') || null };
}

function build(pending: Pending, group: string | null): MailAddress | null {
  const phrase = pending.phrase.replace(/\s+/g, ' ').trim();
  let address: string | null;
  let displayRaw: string | null = null;
  if (pending.angle !== null) {
    // §4.4 obs-route: "<@relay1,@relay2:user@domain>" — the route is dropped.
    address = pending.angle.replace(/^\s*(?:@[^:]{0,255}:)/, '').replace(/\s+/g, '').trim() || null;
    displayRaw = pending.rawPhrase.trim() || null;
  } else {
    address = phrase.replace(/\s+/g, '') || null;
  }
  if (address === null && displayRaw === null && pending.comments.length === 0) return null;
  const { local, domain } = address ? splitAddress(address) : { local: null, domain: null };
  const displayName = displayRaw === null ? null : decodeEncodedWords(phrase).text.trim() || null;
  return {
    displayName,
    displayNameRaw: displayRaw,
    address,
    local,
    domain,
    domainUnicode: domain ? domainToUnicode(domain.toLowerCase()) : null,
    domainAscii: domain ? domainToAscii(domainToUnicode(domain)) : null,
    group,
    comments: pending.comments,
  };
}

export function parseAddressList(value: string): AddressList {
  const list: AddressList = { addresses: [], groups: [], omitted: 0 };
  let pending = fresh();
  let group: string | null = null;
  const finish = () => {
    const address = build(pending, group);
    pending = fresh();
    if (!address) return;
    if (list.addresses.length < MAX_ADDRESSES) list.addresses.push(address);
    else list.omitted++;
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '(') {
      // A comment, nested comments included (§3.2.2), read to its end.
      let depth = 1;
      let comment = '';
      for (i++; i < value.length && depth > 0; i++) {
        const d = value[i]!;
        if (d === '\\') comment += value[++i] ?? '';
        else if (d === '(') (depth++, (comment += d));
        else if (d === ')') (depth--, depth > 0 && (comment += d));
        else comment += d;
      }
      i--;
      pending.comments.push(decodeEncodedWords(comment).text.trim());
      continue;
    }
    if (c === '"') {
      let quoted = '';
      let j = i + 1;
      for (; j < value.length && value[j] !== '"'; j++) {
        if (value[j] === '\\') j++;
        quoted += value[j] ?? '';
      }
      if (pending.angle !== null && !pending.angleClosed) pending.angle += `"${quoted}"`;
      else if (!pending.angleClosed) {
        pending.phrase += quoted;
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
    else if (c === ':' && group === null && !pending.phrase.includes('@')) {
      group = decodeEncodedWords(pending.phrase.replace(/\s+/g, ' ').trim()).text;
      list.groups.push(group);
      pending = fresh();
    } else if (c === ';' && group !== null) {
      finish();
      group = null;
    } else if (!pending.angleClosed) {
      // Text after ">" up to the next separator belongs to no part of the address.
      pending.phrase += c;
      pending.rawPhrase += c;
    }
  }
  finish();
  return list;
}
