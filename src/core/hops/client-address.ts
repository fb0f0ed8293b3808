// Address text as MTAs write it in Received fields: address literals
// (RFC 5321 §4.1.3: "[192.0.2.1]", "[IPv6:2001:db8::1]"), bare addresses
// (qmail, Exchange, fetchmail), addresses with a port ("[ip]:port",
// "ip:port", Exim 3's "ip.port"), and IPv4-mapped IPv6 ("::ffff:192.0.2.1",
// RFC 4291 §2.5.5.2), which is an IPv4 client and is reported as one.

import { formatIp, parseIp, unmapIpv4 } from '../net/ip-address.ts';

export interface ClientAddress {
  ip: string;
  /** Written as an IPv4-mapped IPv6 address. */
  mapped: boolean;
}

const IPV4_WITH_PORT = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/;
const IPV4_DOT_PORT = /^(\d{1,3}(?:\.\d{1,3}){3})\.\d{1,5}$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Reads an address from a literal's inside or a bare word; null when it is not one. */
export function readAddress(text: string): ClientAddress | null {
  let value = text.trim();
  if (value.length === 0 || value.length > 60) return null;
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  if (/^ipv6:/i.test(value)) value = value.slice(5);
  value = value.replace(IPV4_WITH_PORT, '$1').replace(IPV4_DOT_PORT, '$1');
  // Only digits, hex, dots and colons (and a %zone) can be an address; checking first
  // keeps host names such as "cafe.example" from being tried as IPv6.
  if (!/^[0-9A-Fa-f:.]{2,45}(?:%[A-Za-z0-9]{1,15})?$/.test(value)) return null;
  if (!value.includes(':') && !IPV4.test(value)) return null;
  const ip = parseIp(value);
  if (!ip) return null;
  const plain = unmapIpv4(ip);
  return { ip: formatIp(plain), mapped: plain.version !== ip.version };
}

/** "1.2.3.4", "2001:db8::1": an address written bare, where a HELO name should be. */
export function looksLikeAddress(text: string): boolean {
  return readAddress(text) !== null;
}

/** A host name that could be a looked-up name: not an address, not a literal, not "unknown", not a mailbox. */
export function isHostName(text: string | null): text is string {
  if (text === null || text === '') return false;
  if (text.startsWith('[') || text.startsWith('?') || text.includes('@')) return false;
  if (/^unknown$/i.test(text)) return false;
  // Any characters but delimiters: RFC 6531 allows UTF-8 host names ("università.it").
  return !looksLikeAddress(text) && /^[^\s@()[\]<>";,]{1,253}$/.test(text);
}

/** Host names as written, minus the root dot Google writes ("mail-sor-f41.google.com."). */
export function withoutRootDot(name: string): string {
  return name.length > 1 && name.endsWith('.') ? name.slice(0, -1) : name;
}
