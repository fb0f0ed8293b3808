// IPv4 and IPv6 addresses as bytes: the forms mail writes them in (RFC
// 5321 §4.1.3 address literals, zone suffixes), prefix matching, reverse
// names (RFC 1035 §3.5, RFC 3596 §2.5) and the special-purpose ranges that
// tell an internal hop from an external one (RFC 6890). The text forms
// themselves (RFC 4291 §2.2, RFC 5952) are read and written by the DNS
// layer's address module, which answers carry.

import { formatIPv4, formatIPv6, parseIPv4, parseIPv6 } from '../../dns/ip-address.ts';

export interface IpAddress {
  version: 4 | 6;
  bytes: Uint8Array;
}

export function parseIpv4(text: string): IpAddress | null {
  const bytes = parseIPv4(text);
  return bytes ? { version: 4, bytes } : null;
}

export function parseIpv6(text: string): IpAddress | null {
  const bytes = parseIPv6(text);
  return bytes ? { version: 6, bytes } : null;
}

/** Parses "192.0.2.1", "2001:db8::1", "[192.0.2.1]", "[IPv6:2001:db8::1]" and a zone-less "fe80::1%eth0". */
export function parseIp(text: string): IpAddress | null {
  let value = text.trim();
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  if (/^ipv6:/i.test(value)) value = value.slice(5);
  const zone = value.indexOf('%');
  if (zone > 0) value = value.slice(0, zone);
  if (value.includes(':')) return parseIpv6(value);
  return parseIpv4(value);
}

/** ::ffff:a.b.c.d is an IPv4 client (RFC 4291 §2.5.5.2); SPF treats it as such (RFC 7208 §5). */
export function unmapIpv4(ip: IpAddress): IpAddress {
  if (ip.version !== 6) return ip;
  const b = ip.bytes;
  for (let i = 0; i < 10; i++) if (b[i] !== 0) return ip;
  if (b[10] !== 0xff || b[11] !== 0xff) return ip;
  return { version: 4, bytes: b.slice(12) };
}

export function formatIp(ip: IpAddress): string {
  return ip.version === 4 ? formatIPv4(ip.bytes) : formatIPv6(ip.bytes);
}

export function inPrefix(ip: IpAddress, network: IpAddress, prefixLength: number): boolean {
  if (ip.version !== network.version) return false;
  const fullBytes = prefixLength >> 3;
  for (let i = 0; i < fullBytes; i++) if (ip.bytes[i] !== network.bytes[i]) return false;
  const rest = prefixLength & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (ip.bytes[fullBytes]! & mask) === (network.bytes[fullBytes]! & mask);
}

/** 10.2.0.192.in-addr.arpa, or the nibble form under ip6.arpa. */
export function reverseName(ip: IpAddress): string {
  if (ip.version === 4) return `${Array.from(ip.bytes).reverse().join('.')}.in-addr.arpa`;
  const nibbles: string[] = [];
  for (const byte of ip.bytes) nibbles.push((byte >> 4).toString(16), (byte & 15).toString(16));
  return `${nibbles.reverse().join('.')}.ip6.arpa`;
}

type Range = [string, number];

// RFC 6890 special-purpose blocks that never appear as a sender on the
// public Internet. A hop from one of them was made inside an organisation.
const INTERNAL_RANGES: Range[] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['::1', 128],
  ['::', 128],
  ['fc00::', 7],
  ['fe80::', 10],
];

const LOOPBACK: Range[] = [
  ['127.0.0.0', 8],
  ['::1', 128],
];

function inRanges(ip: IpAddress, ranges: Range[]): boolean {
  const plain = unmapIpv4(ip);
  return ranges.some(([text, length]) => inPrefix(plain, parseIp(text)!, length));
}

export function isLoopback(ip: IpAddress): boolean {
  return inRanges(ip, LOOPBACK);
}

/** Loopback, private (RFC 1918, RFC 4193), shared (RFC 6598) or link-local. */
export function isInternal(ip: IpAddress): boolean {
  return inRanges(ip, INTERNAL_RANGES);
}
