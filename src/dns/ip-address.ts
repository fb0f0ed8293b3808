// IP address text for A and AAAA records: strict parsing (a zone.json is
// untrusted input) and the canonical IPv6 text of RFC 5952, which is what
// Node's `dns.resolve6` (inet_ntop) gives, so answers compare as strings.

const IPV4_OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/**
 * Dotted-decimal IPv4 (RFC 1123 §2.1) into 4 bytes, or null. Leading zeros
 * are refused: `010.0.0.1` is octal to inet_aton and decimal to others.
 */
export function parseIPv4(text: string): Uint8Array | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i] ?? '';
    if (!IPV4_OCTET.test(part)) return null;
    bytes[i] = Number(part);
  }
  return bytes;
}

const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

/** IPv6 text (RFC 4291 §2.2, with an embedded IPv4 tail) into 16 bytes, or null. */
export function parseIPv6(text: string): Uint8Array | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = groupsOf(halves[0] ?? '');
  const tail = halves.length === 2 ? groupsOf(halves[1] ?? '') : [];
  if (head === null || tail === null) return null;
  const words = [...head, ...tail];
  // The embedded IPv4 form may only end the address (RFC 4291 §2.2 item 3).
  for (let i = 0; i < words.length - 1; i++) if (words[i] === 'ipv4') return null;
  if (halves.length === 2 && head.includes('ipv4')) return null;
  const count = words.reduce((n, w) => n + (w === 'ipv4' ? 2 : 1), 0);
  if (halves.length === 1 ? count !== 8 : count > 7) return null;
  const bytes = new Uint8Array(16);
  const write = (list: string[], start: number): number => {
    let at = start;
    for (const word of list) {
      if (word === 'ipv4') {
        bytes.set(parseIPv4(text.slice(text.lastIndexOf(':') + 1)) ?? [], at);
        at += 4;
      } else {
        const value = parseInt(word, 16);
        bytes[at] = value >> 8;
        bytes[at + 1] = value & 0xff;
        at += 2;
      }
    }
    return at;
  };
  write(head, 0);
  const tailBytes = tail.reduce((n, w) => n + (w === 'ipv4' ? 4 : 2), 0);
  write(tail, 16 - tailBytes);
  return bytes;
}

/** The groups of one side of `::`; an embedded IPv4 address shows as 'ipv4'. */
function groupsOf(side: string): string[] | null {
  if (side === '') return [];
  const groups = side.split(':');
  const out: string[] = [];
  for (const group of groups) {
    if (HEX_GROUP.test(group)) out.push(group);
    else if (group.includes('.') && parseIPv4(group) !== null) out.push('ipv4');
    else return null;
  }
  return out;
}

export function formatIPv4(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 4)).join('.');
}

/**
 * RFC 5952 §4: lower-case hex without leading zeros, the longest run of two
 * or more zero groups (the first on a tie) as `::`; §5: IPv4-mapped
 * addresses end in dotted decimal.
 */
export function formatIPv6(bytes: Uint8Array): string {
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0));
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    return `::ffff:${formatIPv4(bytes.subarray(12, 16))}`;
  }
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < 8 && groups[end] === 0) end++;
    if (end - i > bestLength) {
      bestStart = i;
      bestLength = end - i;
    }
    i = end;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  const before = hex.slice(0, bestStart).join(':');
  const after = hex.slice(bestStart + bestLength).join(':');
  return `${before}::${after}`;
}
