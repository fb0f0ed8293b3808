// Stand-in for `node:net`: only the address tests mailauth uses (SPF, DMARC,
// ARC and Received parsing). Same answers as Node's: dotted-quad IPv4 with
// no leading zeros, and the IPv6 text forms of RFC 4291 §2.2 with an
// optional zone index (RFC 4007 §11) made of letters, digits, '-', '.', ':'.
import { notInBrowser } from './node-error.ts';

const DECIMAL_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;
const ZONE_ID = /^[0-9a-zA-Z.:-]+$/;
const IPV6_GROUPS = 8;

export function isIPv4(input: unknown): boolean {
  const parts = String(input).split('.');
  return parts.length === 4 && parts.every((part) => DECIMAL_OCTET.test(part) && Number(part) <= 255);
}

// Counts the 16-bit groups in one side of a "::" (an IPv4 tail counts two),
// or -1 when the text is not a run of groups.
function countGroups(text: string, mayEndInIPv4: boolean): number {
  if (text === '') return 0;
  const fields = text.split(':');
  let groups = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    if (HEX_GROUP.test(field)) groups += 1;
    else if (mayEndInIPv4 && i === fields.length - 1 && isIPv4(field)) groups += 2;
    else return -1;
  }
  return groups;
}

export function isIPv6(input: unknown): boolean {
  let address = String(input);
  const zoneStart = address.indexOf('%');
  if (zoneStart !== -1) {
    if (!ZONE_ID.test(address.slice(zoneStart + 1))) return false;
    address = address.slice(0, zoneStart);
  }
  const halves = address.split('::');
  if (halves.length > 2) return false;
  if (halves.length === 1) return countGroups(address, true) === IPV6_GROUPS;
  // "::" stands for at least one group of zeros.
  const before = countGroups(halves[0]!, false);
  const after = countGroups(halves[1]!, true);
  return before !== -1 && after !== -1 && before + after < IPV6_GROUPS;
}

export function isIP(input: unknown): 0 | 4 | 6 {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

const NO_SOCKETS = 'a browser worker cannot open TCP connections';

export function connect(): never {
  throw notInBrowser('net.connect()', NO_SOCKETS);
}
export const createConnection = connect;
export function createServer(): never {
  throw notInBrowser('net.createServer()', NO_SOCKETS);
}
export class Socket {
  constructor() {
    throw notInBrowser('net.Socket', NO_SOCKETS);
  }
}

export default { isIP, isIPv4, isIPv6, connect, createConnection, createServer, Socket };
