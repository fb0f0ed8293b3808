// Where values stand in free text: IP addresses, mail addresses, GUIDs,
// opaque ids and header-field lines. Each finder returns the exact span, so
// a value is replaced where it stands and nowhere else. Every expression
// has bounded repetition over one character class at a time, with a
// look-behind that only lets a match start where a run starts: a hostile
// line of 64 KiB cannot make any of them backtrack more than linearly.

import { parseIp, unmapIpv4, type IpAddress } from '../net/ip-address.ts';

export interface FoundValue {
  start: number;
  end: number;
  text: string;
}

// RFC 1123 §2.1 dotted quad. Not preceded by a digit, letter or dot (so not
// the tail of a version such as 3.4.13.1.2), not followed by a digit or ".digit".
const IPV4 = /(?<![0-9A-Za-z.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![0-9]|\.\d)/g;

// RFC 4291 §2.2 text forms, found loosely and then parsed strictly.
// A sentence's full stop may follow; an IPv4 tail is left to IPV4.
const IPV6_CANDIDATE = /(?<![0-9A-Za-z:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![0-9A-Za-z:]|\.\d)/g;
// RFC 5321 §4.1.3 address literal: "[IPv6:" puts a colon right before the address.
const IPV6_LITERAL = /\[IPv6:([0-9A-Fa-f:]{2,39})\]/gi;

export interface FoundIp extends FoundValue {
  ip: IpAddress;
}

export function findIps(text: string): FoundIp[] {
  const found: FoundIp[] = [];
  for (const match of text.matchAll(IPV4)) {
    const ip = parseIp(match[0]);
    if (ip) found.push({ start: match.index, end: match.index + match[0].length, text: match[0], ip });
  }
  for (const match of text.matchAll(IPV6_CANDIDATE)) {
    const candidate = match[0];
    // "d::" in "std::vector" and times like 12:00:00 parse or nearly parse
    // as IPv6: a real address has a digit and two groups with content.
    if (!/\d/.test(candidate) || candidate.split(':').filter((g) => g !== '').length < 2) continue;
    const ip = parseIp(candidate);
    if (!ip || ip.version !== 6 || unmapIpv4(ip).version === 4) continue;
    found.push({ start: match.index, end: match.index + candidate.length, text: candidate, ip });
  }
  for (const match of text.matchAll(IPV6_LITERAL)) {
    const ip = parseIp(match[1]!);
    const start = match.index + 6;
    if (ip && ip.version === 6 && unmapIpv4(ip).version === 6) found.push({ start, end: start + match[1]!.length, text: match[1]!, ip });
  }
  // The IPv4 tail of "::ffff:192.0.2.1" is found by the IPv4 pattern alone.
  return found.sort((a, b) => a.start - b.start);
}

// RFC 5322 §3.4.1 addr-spec with a dot-atom local part (RFC 6531 allows
// UTF-8 in it, and a byte view of UTF-8 has \x80-\xff) and a domain of
// letters, digits, dots and hyphens, or an address literal. A quoted local
// part ("john doe"@example.com) is rare and not found.
const ATEXT = "A-Za-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uffff.-";
const ADDRESS = new RegExp(`(?<![${ATEXT}])([${ATEXT}]{1,128})@([A-Za-z0-9\\u0080-\\uffff][A-Za-z0-9\\u0080-\\uffff.-]{0,252}|\\[[0-9A-Fa-f:.IPv]{2,60}\\])`, 'g');

export interface FoundAddress extends FoundValue {
  local: string;
  domain: string;
  /** Where the local part ends, where the domain starts. */
  at: number;
}

export function findAddresses(text: string): FoundAddress[] {
  const found: FoundAddress[] = [];
  for (const match of text.matchAll(ADDRESS)) {
    // Dots and hyphens around the local part and at the end of the domain
    // belong to the sentence ("write to alice@example.com.").
    let local = match[1]!;
    let start = match.index;
    const cut = (length: number) => {
      local = local.slice(length);
      start += length;
    };
    // URL parts ("…/path?to=alice@…") end at these, which real local parts do not use.
    const separator = Math.max(...['/', '?', '&', '|', '{', '}', '^', '`'].map((c) => local.lastIndexOf(c)));
    if (separator >= 0) cut(separator + 1);
    // A property name in front ("smtp.mailfrom=alice@…", "i=alice@…"); but
    // SRS and BATV local parts ("SRS0=h=tt=d=l", "prvs=tag=alice") keep theirs.
    const property = /^[A-Za-z][A-Za-z0-9_.-]{0,40}=/.exec(local);
    if (property && !local.slice(property[0].length).includes('=')) cut(property[0].length);
    while (local.startsWith('.')) cut(1);
    const domain = match[2]!.replace(/[.-]+$/, '');
    if (local === '' || local.endsWith('.') || domain === '') continue;
    if (!domain.startsWith('[') && !domain.includes('.')) continue;
    const at = match.index + match[1]!.length;
    found.push({ start, end: at + 1 + domain.length, text: `${local}@${domain}`, local, domain, at });
  }
  return found;
}

// 8-4-4-4-12 hexadecimal: Microsoft tenant, correlation and message ids.
const GUID = /(?<![0-9A-Za-z-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z-])/g;

// A run of base64, base64url or id characters, with base64 padding at its
// end only ("TenantId=<guid>" is a name, "=" and a value); kept when it has
// a letter and a digit, as opaque ids and encrypted blobs do and words,
// rule numbers and scores do not.
const OPAQUE_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{16,8192}={0,2}(?![A-Za-z0-9+/=_-])/g;

export function findGuids(text: string): FoundValue[] {
  return [...text.matchAll(GUID)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
}

export function findOpaqueIds(text: string): FoundValue[] {
  const found: FoundValue[] = [];
  for (const match of text.matchAll(OPAQUE_RUN)) {
    const run = match[0].replace(/=+$/, '');
    if (!/[A-Za-z]/.test(run) || !/\d/.test(run) || GUID_ONLY.test(run)) continue;
    found.push({ start: match.index, end: match.index + run.length, text: run });
  }
  return found;
}

const GUID_ONLY = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;

export interface FieldLine {
  name: string;
  /** The value as written, folded lines included. */
  value: string;
  valueStart: number;
}

// A header field at the start of a line (RFC 5322 §2.2) with its folded
// continuation lines, in any text: the message header, and header blocks
// quoted in a body (a bounce's returned message, text/rfc822-headers).
// The two alternatives of a value character are disjoint (a non-line-end,
// or a line end followed by white space), and the value is capped at the
// length parseReceived reads.
const FIELD_LINE = /^([\x21-\x39\x3b-\x7e]{1,76})[ \t]{0,8}:((?:[^\r\n]|\r?\n[ \t]){0,16384})/gm;

export function findFieldLines(text: string): FieldLine[] {
  return [...text.matchAll(FIELD_LINE)].map((m) => ({
    name: m[1]!,
    value: m[2]!,
    valueStart: m.index + m[0].length - m[2]!.length,
  }));
}
