// The book of a redaction: every value found, and the token that stands for
// it everywhere (message, DNS snapshot, envelope, verdict texts). Tokens are
// handed out in the order values are found, and each keeps the syntax of
// what it replaces, so the redacted message still parses as mail:
//
//   local part    user1                        (user1@example.com)
//   address       user1@redacted.invalid       (RFC 2606 §2: .invalid never resolves)
//   display name  Person 1
//   host name     host-1.redacted.invalid
//   Message-ID    id-1@redacted.invalid        (a valid msg-id, RFC 5322 §3.6.4)
//   GUID          00000000-0000-4000-8000-000000000001
//   other id      redacted-id-1
//   IPv4          public: 192.0.2.1 … (RFC 5737 documentation blocks), then 240.0.0.1 … (RFC 1112 reserved);
//                 private: 10.0.0.1 …;  loopback and 0.0.0.0 are kept
//   IPv6          public: 2001:db8::1 … (RFC 3849);  private: fd00::1 …;  ::1 and :: are kept
//
// A private address stays private and a public one public, so the redacted
// message has the same internal and external hops. A token never equals a
// value that was seen anywhere (`reserve`), so it cannot be mistaken for one.

import { formatIp, isInternal, isLoopback, parseIp, unmapIpv4, type IpAddress } from '../net/ip-address.ts';

export type ValueKind = 'local-part' | 'address' | 'display-name' | 'host' | 'message-id' | 'guid' | 'opaque-id' | 'ip';

export interface BookEntry {
  kind: ValueKind;
  original: string;
  token: string;
}

// Opaque ids are base64 and similar: case is part of the value. Every
// other kind is compared case-insensitively (RFC 5321 §2.4 for domains;
// local parts are case-sensitive in theory, but no mail system treats
// Alice and alice as two people, and leaking one spelling is still a leak).
const CASE_SENSITIVE: ReadonlySet<ValueKind> = new Set(['opaque-id']);

const PUBLIC_V4_BLOCKS = ['192.0.2.', '198.51.100.', '203.0.113.'];

function foldKey(kind: ValueKind, value: string): string {
  return CASE_SENSITIVE.has(kind) ? value : value.toLowerCase();
}

export interface RedactionBook {
  /** The token for a value, handed out on first sight. */
  add(kind: Exclude<ValueKind, 'ip'>, original: string): string;
  /** The token for an IP address; null for loopback and unspecified addresses, which stay. */
  addIp(ip: IpAddress, written: string): string | null;
  get(kind: ValueKind, original: string): string | undefined;
  getIp(ip: IpAddress): string | undefined;
  /** A value seen somewhere that no token may equal. */
  reserve(kind: ValueKind, value: string): void;
  entries(kind?: ValueKind): BookEntry[];
}

function simpleToken(kind: Exclude<ValueKind, 'ip'>, n: number): string {
  switch (kind) {
    case 'local-part':
      return `user${n}`;
    case 'address':
      return `user${n}@redacted.invalid`;
    case 'display-name':
      return `Person ${n}`;
    case 'host':
      return `host-${n}.redacted.invalid`;
    case 'message-id':
      return `id-${n}@redacted.invalid`;
    case 'guid':
      return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
    case 'opaque-id':
      return `redacted-id-${n}`;
  }
}

function ipv4Token(n: number, internal: boolean): string {
  if (internal) return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
  const block = Math.floor((n - 1) / 254);
  if (block < PUBLIC_V4_BLOCKS.length) return `${PUBLIC_V4_BLOCKS[block]}${((n - 1) % 254) + 1}`;
  const m = n - PUBLIC_V4_BLOCKS.length * 254;
  return `${240 + ((m >> 24) & 15)}.${(m >> 16) & 255}.${(m >> 8) & 255}.${m & 255}`;
}

function ipv6Token(n: number, internal: boolean): string {
  return `${internal ? 'fd00' : '2001:db8'}::${n.toString(16)}`;
}

function isUnspecified(ip: IpAddress): boolean {
  return ip.bytes.every((b) => b === 0);
}

export function createRedactionBook(): RedactionBook {
  const byKey = new Map<string, BookEntry>();
  const order: BookEntry[] = [];
  const reserved = new Set<string>();
  const counters = new Map<string, number>();

  const next = (counter: string, make: (n: number) => string, kind: ValueKind): string => {
    let n = counters.get(counter) ?? 0;
    let token: string;
    do {
      n++;
      token = make(n);
      // A private IPv4 token must skip the network and broadcast-looking .0 and .255.
    } while (reserved.has(`${kind}:${foldKey(kind, token)}`) || (counter === 'ip4-internal' && /\.(?:0|255)$/.test(token)));
    counters.set(counter, n);
    return token;
  };

  const remember = (kind: ValueKind, original: string, key: string, token: string): string => {
    const entry = { kind, original, token };
    byKey.set(key, entry);
    order.push(entry);
    return token;
  };

  return {
    add(kind, original) {
      const key = `${kind}:${foldKey(kind, original)}`;
      const known = byKey.get(key);
      if (known) return known.token;
      return remember(kind, original, key, next(kind, (n) => simpleToken(kind, n), kind));
    },
    addIp(ip, written) {
      const plain = unmapIpv4(ip);
      if (isLoopback(plain) || isUnspecified(plain)) return null;
      const key = `ip:${formatIp(plain)}`;
      const known = byKey.get(key);
      if (known) return known.token;
      const internal = isInternal(plain);
      const counter = `ip${plain.version}-${internal ? 'internal' : 'public'}`;
      const token = next(counter, (n) => (plain.version === 4 ? ipv4Token(n, internal) : ipv6Token(n, internal)), 'ip');
      return remember('ip', written, key, token);
    },
    get(kind, original) {
      if (kind === 'ip') {
        const ip = parseIp(original);
        return ip ? byKey.get(`ip:${formatIp(unmapIpv4(ip))}`)?.token : undefined;
      }
      return byKey.get(`${kind}:${foldKey(kind, original)}`)?.token;
    },
    getIp(ip) {
      return byKey.get(`ip:${formatIp(unmapIpv4(ip))}`)?.token;
    },
    reserve(kind, value) {
      if (kind === 'ip') {
        const ip = parseIp(value);
        if (ip) reserved.add(`ip:${formatIp(unmapIpv4(ip))}`);
        return;
      }
      reserved.add(`${kind}:${foldKey(kind, value)}`);
    },
    entries(kind) {
      return order.filter((entry) => kind === undefined || entry.kind === kind).map((entry) => ({ ...entry }));
    },
  };
}
