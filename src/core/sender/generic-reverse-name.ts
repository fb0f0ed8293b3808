// Does a reverse name look like one an access provider gives its
// customers' lines (a dynamic or residential address) rather than a mail
// server's own name? The seed's first item: a mail server's address should
// not be dynamic, because large receivers refuse such senders. There is no
// standard for these names (draft-msullivan-dnsop-generic-naming-schemes
// describes the practice), so this is inferred from two signs: a label word
// providers use for customer pools, and the address's own digits written
// into the name. The registered domain is left out of the search, so a
// provider called "dyn.example" does not flag every name under it.

import type { IpAddress } from '../net/ip-address.ts';
import { guessOrganizationalDomain } from '../net/organizational-domain.ts';

// Words seen in the generic names of access networks; each is matched as a
// whole token (letters only), so "dynamo" or "poolside" do not match.
const GENERIC_WORDS = new Set([
  'pool', 'dyn', 'dynamic', 'dynip', 'dsl', 'adsl', 'vdsl', 'xdsl', 'sdsl', 'dhcp', 'cable', 'dial', 'dialup', 'dialin',
  'ppp', 'pppoe', 'broadband', 'bb', 'customer', 'cust', 'client', 'clients', 'residential', 'res', 'home', 'user', 'users',
  'dip', 'nat', 'cpe', 'fttx', 'ftth', 'wlan', 'wifi', 'mobile', 'lte', 'cgnat', 'unused', 'unassigned',
]);

export interface GenericNameSigns {
  /** The pool words found, as written. */
  words: string[];
  /** The address's digits appear in the name (in order or reversed). */
  digits: boolean;
}

export function genericNameSigns(name: string, ip: IpAddress): GenericNameSigns {
  const lower = name.toLowerCase().replace(/\.$/, '');
  const registered = guessOrganizationalDomain(lower);
  const host = lower.length > registered.length ? lower.slice(0, lower.length - registered.length - 1) : '';
  const tokens = host.split(/[^a-z]+/).filter(Boolean);
  const words = [...new Set(tokens.filter((token) => GENERIC_WORDS.has(token)))];
  return { words, digits: ip.version === 4 ? hasIpv4Digits(host, ip.bytes) : hasIpv6Tail(host, ip.bytes) };
}

export function looksGeneric(signs: GenericNameSigns): boolean {
  return signs.words.length > 0 || signs.digits;
}

/** "192-0-2-7", "7.2.0.192", "192000002007", "c0000207" (hex): the four octets in a row, either way round. */
function hasIpv4Digits(host: string, bytes: Uint8Array): boolean {
  const octets = Array.from(bytes);
  const forms = [octets, [...octets].reverse()].flatMap((order) => [
    order.join('-'),
    order.join('.'),
    order.join('_'),
    order.join(''),
    order.map((o) => String(o).padStart(3, '0')).join(''),
    order.map((o) => o.toString(16).padStart(2, '0')).join(''),
  ]);
  // Only the joined forms of at least 7 characters: "1111" could be anything.
  return forms.some((form) => form.length >= 7 && containsToken(host, form));
}

/** The last two 16-bit groups in hex ("…-a1b2-c3d4…") : IPv6 pools write the interface part. */
function hasIpv6Tail(host: string, bytes: Uint8Array): boolean {
  const hex = Array.from(bytes.slice(12), (b) => b.toString(16).padStart(2, '0')).join('');
  return hex !== '00000000' && host.replace(/[^0-9a-f]/g, '').includes(hex);
}

/** The form occurs with no digit right before or after it (so 1.2.3.4 is not found in 11.2.3.45). */
function containsToken(host: string, form: string): boolean {
  let at = host.indexOf(form);
  while (at >= 0) {
    const before = host[at - 1] ?? '';
    const after = host[at + form.length] ?? '';
    if (!/[0-9]/.test(before) && !/[0-9]/.test(after)) return true;
    at = host.indexOf(form, at + 1);
  }
  return false;
}
