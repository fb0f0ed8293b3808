// The DNS message format (RFC 1035 §4.1) for RFC 8484 DNS-over-HTTPS: a
// query out, the header, question and answer section of a response in.
//
// Our own codec rather than dns-packet: dns-packet does `require('buffer')`
// and returns Node Buffers (TXT strings, unknown rdata), and its typings pull
// in @types/node. This folder runs in a worker with no Node built-ins and is
// type-checked without them, and it needs only seven record types.

import { encodeName, MalformedMessageError, readName } from './dns-name.ts';
import { formatIPv4, formatIPv6 } from './ip-address.ts';
import { tlsaPresentation } from './tlsa-presentation.ts';
import type { DnsRecord, RrType } from './resolver.ts';

/** RFC 1035 §3.2.2, RFC 3596 §2.1 (AAAA), RFC 6698 §7.1 (TLSA), RFC 4408 §3.1.1 (SPF, asked only to tell a zone it is obsolete). */
export const TYPE_CODES: Readonly<Record<RrType, number>> = {
  A: 1,
  NS: 2,
  CNAME: 5,
  PTR: 12,
  MX: 15,
  TXT: 16,
  AAAA: 28,
  TLSA: 52,
  SPF: 99,
};

export function typeCodeOf(type: string): number | undefined {
  return Object.hasOwn(TYPE_CODES, type) ? TYPE_CODES[type as RrType] : undefined;
}

export function typeNameOf(code: number): RrType | undefined {
  return (Object.keys(TYPE_CODES) as RrType[]).find((name) => TYPE_CODES[name] === code);
}

/** RFC 1035 §4.1.1 and RFC 6895 §2.3, for messages about rcodes we do not map. */
export const RCODE_NAMES: readonly string[] = ['NOERROR', 'FORMERR', 'SERVFAIL', 'NXDOMAIN', 'NOTIMP', 'REFUSED'];

/** RFC 1035 §4.2.2: a message carries a 16-bit length over TCP, so none is longer. */
export const MAX_MESSAGE_OCTETS = 65535;

const CLASS_IN = 1;
const FLAG_QR = 0x8000;
const FLAG_TC = 0x0200;
const FLAG_RD = 0x0100;
const FLAG_AD = 0x0020;
const HEADER_OCTETS = 12;

export interface ResourceRecord {
  name: string;
  type: number;
  ttl: number;
  /** Read for the class IN types of TYPE_CODES; undefined for any other. */
  data: DnsRecord | undefined;
}

export interface DnsMessage {
  id: number;
  response: boolean;
  opcode: number;
  truncated: boolean;
  /** The AD bit: the resolver validated the answer (RFC 4035 §3.2.3). */
  authenticated: boolean;
  rcode: number;
  questions: { name: string; type: number }[];
  answers: ResourceRecord[];
}

/**
 * A recursive query for one name and type. The id is 0 as RFC 8484 §4.1
 * asks, so that HTTP caches can share answers; HTTPS already ties the
 * answer to the question. The AD bit is set as RFC 6840 §5.7 defines it
 * for queries: "tell me whether you validated this", without asking for
 * the signatures themselves (DO, RFC 3225), which would only fatten the
 * answer.
 */
export function encodeQuery(name: string, type: RrType): Uint8Array {
  const qname = encodeName(name);
  const out = new Uint8Array(HEADER_OCTETS + qname.length + 4);
  const view = new DataView(out.buffer);
  view.setUint16(2, FLAG_RD | FLAG_AD);
  view.setUint16(4, 1);
  out.set(qname, HEADER_OCTETS);
  view.setUint16(HEADER_OCTETS + qname.length, TYPE_CODES[type]);
  view.setUint16(HEADER_OCTETS + qname.length + 2, CLASS_IN);
  return out;
}

/**
 * The header, questions and answers of a message. The authority and
 * additional sections are not read: nothing here needs them.
 */
export function decodeMessage(bytes: Uint8Array): DnsMessage {
  if (bytes.length < HEADER_OCTETS) throw new MalformedMessageError(`message of ${bytes.length} octets has no header`);
  if (bytes.length > MAX_MESSAGE_OCTETS) throw new MalformedMessageError(`message of ${bytes.length} octets is too long`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const flags = view.getUint16(2);
  const message: DnsMessage = {
    id: view.getUint16(0),
    response: (flags & FLAG_QR) !== 0,
    opcode: (flags >> 11) & 0xf,
    truncated: (flags & FLAG_TC) !== 0,
    authenticated: (flags & FLAG_AD) !== 0,
    rcode: flags & 0xf,
    questions: [],
    answers: [],
  };
  const questionCount = view.getUint16(4);
  const answerCount = view.getUint16(6);
  let offset = HEADER_OCTETS;
  for (let i = 0; i < questionCount; i++) {
    const { name, end } = readName(bytes, offset);
    if (end + 4 > bytes.length) throw new MalformedMessageError('question is cut off');
    message.questions.push({ name, type: view.getUint16(end) });
    offset = end + 4;
  }
  for (let i = 0; i < answerCount; i++) {
    const { record, end } = readRecord(bytes, view, offset);
    message.answers.push(record);
    offset = end;
  }
  return message;
}

function readRecord(bytes: Uint8Array, view: DataView, start: number): { record: ResourceRecord; end: number } {
  const { name, end: fixed } = readName(bytes, start);
  if (fixed + 10 > bytes.length) throw new MalformedMessageError(`record "${name}" is cut off`);
  const type = view.getUint16(fixed);
  const rrClass = view.getUint16(fixed + 2);
  // RFC 2181 §8: a TTL with the top bit set is read as zero.
  const rawTtl = view.getUint32(fixed + 4);
  const ttl = rawTtl > 0x7fffffff ? 0 : rawTtl;
  const length = view.getUint16(fixed + 8);
  const rdataStart = fixed + 10;
  const rdataEnd = rdataStart + length;
  if (rdataEnd > bytes.length) throw new MalformedMessageError(`rdata of "${name}" runs past the end`);
  const data = rrClass === CLASS_IN ? readRdata(bytes, view, type, rdataStart, rdataEnd) : undefined;
  return { record: { name, type, ttl, data }, end: rdataEnd };
}

// ignoreBOM: a leading U+FEFF is part of the string, not a marker to drop.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

function readRdata(bytes: Uint8Array, view: DataView, type: number, start: number, end: number): DnsRecord | undefined {
  const length = end - start;
  const nameFilling = (at: number): string => {
    const { name, end: nameEnd } = readName(bytes, at);
    if (nameEnd !== end) throw new MalformedMessageError(`rdata length ${length} does not fit its name`);
    return name;
  };
  switch (type) {
    case TYPE_CODES.A:
      if (length !== 4) throw new MalformedMessageError(`A rdata of ${length} octets`);
      return formatIPv4(bytes.subarray(start, end));
    case TYPE_CODES.AAAA:
      if (length !== 16) throw new MalformedMessageError(`AAAA rdata of ${length} octets`);
      return formatIPv6(bytes.subarray(start, end));
    case TYPE_CODES.NS:
    case TYPE_CODES.CNAME:
    case TYPE_CODES.PTR:
      return nameFilling(start);
    case TYPE_CODES.MX:
      if (length < 3) throw new MalformedMessageError(`MX rdata of ${length} octets`);
      return { priority: view.getUint16(start), exchange: nameFilling(start + 2) };
    case TYPE_CODES.TXT:
    case TYPE_CODES.SPF:
      // RFC 4408 §3.1.1: the SPF type's rdata is TXT's.
      return readCharacterStrings(bytes, start, end);
    case TYPE_CODES.TLSA:
      // RFC 6698 §2.1: usage, selector, matching type, then the association data.
      if (length < 3) throw new MalformedMessageError(`TLSA rdata of ${length} octets`);
      return tlsaPresentation(bytes[start]!, bytes[start + 1]!, bytes[start + 2]!, bytes.subarray(start + 3, end));
    default:
      return undefined;
  }
}

/**
 * TXT rdata: one or more <character-string>s, a length octet and that many
 * octets each (RFC 1035 §3.3.14, §3.3). They are read as UTF-8; SPF and DKIM
 * records are ASCII. An empty rdata gives a record with no strings.
 */
function readCharacterStrings(bytes: Uint8Array, start: number, end: number): string[] {
  const strings: string[] = [];
  let at = start;
  while (at < end) {
    const length = bytes[at] ?? 0;
    if (at + 1 + length > end) throw new MalformedMessageError('TXT character-string runs past its rdata');
    strings.push(utf8.decode(bytes.subarray(at + 1, at + 1 + length)));
    at += 1 + length;
  }
  return strings;
}
