// The zone.json format of test/cases/FORMAT.md: every DNS answer an
// analysis may need, frozen. Fixture cases, offline replay and the evidence
// snapshot all use it.

import { nameProblem } from './dns-name.ts';
import { parseIPv4, parseIPv6 } from './ip-address.ts';
import { readTlsaText } from './tlsa-presentation.ts';
import { normalizeName, type MxRecord } from './resolver.ts';

export type ZoneError = 'SERVFAIL' | 'REFUSED' | 'TIMEOUT';

export interface ZoneEntry {
  A?: string[];
  AAAA?: string[];
  /** A record is a string, or an array of character-strings joined with nothing. */
  TXT?: (string | string[])[];
  /** The obsolete SPF type (99, RFC 7208 §3.1), written as TXT is. */
  SPF?: (string | string[])[];
  MX?: MxRecord[];
  PTR?: string[];
  NS?: string[];
  /** TLSA records in presentation form, "3 1 1 <hex>" (RFC 6698 §2.2). */
  TLSA?: string[];
  /**
   * The resolver's AD bit for this name's answers (RFC 4035 §3.2.3): true,
   * authenticated by DNSSEC; false, not. Absent: not reported, as in every
   * zone.json and share link from before it was kept.
   */
  AD?: boolean;
  /** Followed for every other type, up to 8 links; a loop is SERVFAIL. */
  CNAME?: string;
  /** Answers every type of this name. */
  error?: ZoneError;
}

export interface ZoneFile {
  /**
   * Names to entries. Made by `zoneRecords()` (no prototype), so a name such
   * as "__proto__" or "constructor" is an entry like any other; read it with
   * `Object.entries` or `Object.hasOwn`, never `records[name]` alone (a copy
   * across postMessage has Object.prototype again).
   */
  records: Record<string, ZoneEntry>;
}

/**
 * An empty records object without a prototype. On a plain object, assigning
 * the name "__proto__" replaces the prototype instead of adding an entry
 * (the name silently vanished), and "constructor" or "toString" would read
 * as entries that no one wrote.
 */
export function zoneRecords(): Record<string, ZoneEntry> {
  return Object.create(null) as Record<string, ZoneEntry>;
}

/** The record types a zone entry may hold, besides `error` and `AD`. */
export const ZONE_TYPES = ['A', 'AAAA', 'TXT', 'MX', 'PTR', 'NS', 'TLSA', 'CNAME', 'SPF'] as const;
const ZONE_ERRORS: readonly ZoneError[] = ['SERVFAIL', 'REFUSED', 'TIMEOUT'];

/**
 * Limits for a zone.json loaded in the page, which may come from anyone:
 * they keep a crafted file from freezing the tab. A frozen analysis needs
 * tens of names; the largest corpus zone has about 200.
 */
export const MAX_ZONE_NAMES = 10_000;
/** More records of one type than a 64 KiB DNS message could carry. */
export const MAX_RECORDS_PER_TYPE = 1_000;
/** RFC 1035 §3.2.1: RDLENGTH is 16 bits, so a TXT record holds at most this. */
export const MAX_TXT_OCTETS = 65_535;

/** A zone.json that does not follow FORMAT.md; `path` names the bad part. */
export class ZoneFileError extends Error {
  readonly path: string;

  constructor(path: string, problem: string) {
    super(`zone.json ${path}: ${problem}`);
    this.name = 'ZoneFileError';
    this.path = path;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates an untrusted zone.json (already JSON-parsed) and returns a copy
 * with the names lower-cased and without the root dot. Throws a
 * ZoneFileError naming the first bad path.
 */
export function parseZoneFile(json: unknown): ZoneFile {
  if (!isPlainObject(json)) throw new ZoneFileError('(top)', 'is not an object');
  for (const key of Object.keys(json)) {
    if (key !== 'records') throw new ZoneFileError(key, 'is not a zone.json key (only "records")');
  }
  const records = json['records'];
  if (!isPlainObject(records)) throw new ZoneFileError('records', 'is missing or not an object');
  const names = Object.keys(records);
  if (names.length > MAX_ZONE_NAMES) throw new ZoneFileError('records', `has ${names.length} names, over ${MAX_ZONE_NAMES}`);
  const out = zoneRecords();
  for (const name of names) {
    const path = `records[${JSON.stringify(name)}]`;
    const key = normalizeName(name);
    const problem = nameProblem(key);
    if (problem !== null) throw new ZoneFileError(path, problem);
    if (Object.hasOwn(out, key)) throw new ZoneFileError(path, `names the same name as another entry ("${key}")`);
    out[key] = parseEntry(records[name], path);
  }
  return { records: out };
}

function parseEntry(value: unknown, path: string): ZoneEntry {
  if (!isPlainObject(value)) throw new ZoneFileError(path, 'is not an object');
  const keys = Object.keys(value);
  // RFC 1034 §3.6.2: a CNAME owner has no other data, so a CNAME next to
  // anything else could only be read one way by guessing.
  // AD is no data but what the resolver said of the answer, so it may stand beside a CNAME.
  const data = keys.filter((k) => k !== 'AD');
  if (data.includes('CNAME') && data.length > 1) {
    throw new ZoneFileError(path, `has CNAME and also ${data.filter((k) => k !== 'CNAME').join(', ')}`);
  }
  const entry: ZoneEntry = {};
  for (const key of keys) {
    const at = `${path}.${key}`;
    const field = value[key];
    if (key === 'error') {
      if (!ZONE_ERRORS.includes(field as ZoneError)) throw new ZoneFileError(at, `is not one of ${ZONE_ERRORS.join(', ')}`);
      entry.error = field as ZoneError;
    } else if (key === 'CNAME') {
      entry.CNAME = parseTargetName(field, at);
    } else if (key === 'A' || key === 'AAAA') {
      const parse = key === 'A' ? parseIPv4 : parseIPv6;
      entry[key] = listOf(field, at, (item, itemPath) => {
        if (typeof item !== 'string' || parse(item) === null) throw new ZoneFileError(itemPath, `is not an ${key === 'A' ? 'IPv4' : 'IPv6'} address`);
        return item;
      });
    } else if (key === 'PTR' || key === 'NS') {
      entry[key] = listOf(field, at, parseTargetName);
    } else if (key === 'MX') {
      entry.MX = listOf(field, at, parseMx);
    } else if (key === 'TXT' || key === 'SPF') {
      entry[key] = listOf(field, at, parseTxt);
    } else if (key === 'TLSA') {
      entry.TLSA = listOf(field, at, (item, itemPath) => {
        const text = typeof item === 'string' ? readTlsaText(item) : null;
        if (text === null) throw new ZoneFileError(itemPath, 'is not "<usage> <selector> <matching type> <hex>" (RFC 6698 §2.2)');
        return text;
      });
    } else if (key === 'AD') {
      if (typeof field !== 'boolean') throw new ZoneFileError(at, 'is not true or false');
      entry.AD = field;
    } else {
      throw new ZoneFileError(at, `is not a record type of zone.json (${ZONE_TYPES.join(', ')}, error, AD)`);
    }
  }
  return entry;
}

function listOf<T>(value: unknown, path: string, parseItem: (item: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) throw new ZoneFileError(path, 'is not a list');
  if (value.length > MAX_RECORDS_PER_TYPE) throw new ZoneFileError(path, `has ${value.length} records, over ${MAX_RECORDS_PER_TYPE}`);
  return value.map((item, index) => parseItem(item, `${path}[${index}]`));
}

function parseTargetName(value: unknown, path: string): string {
  if (typeof value !== 'string') throw new ZoneFileError(path, 'is not a name');
  const problem = nameProblem(value);
  if (problem !== null) throw new ZoneFileError(path, problem);
  return value;
}

function parseMx(value: unknown, path: string): MxRecord {
  if (!isPlainObject(value)) throw new ZoneFileError(path, 'is not {priority, exchange}');
  for (const key of Object.keys(value)) {
    if (key !== 'priority' && key !== 'exchange') throw new ZoneFileError(`${path}.${key}`, 'is not an MX field');
  }
  const priority = value['priority'];
  // RFC 1035 §3.3.9: PREFERENCE is a 16-bit integer.
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 0 || priority > 65535) {
    throw new ZoneFileError(`${path}.priority`, 'is not an integer from 0 to 65535');
  }
  return { priority, exchange: parseTargetName(value['exchange'], `${path}.exchange`) };
}

const utf8 = new TextEncoder();

function parseTxt(value: unknown, path: string): string | string[] {
  const parts = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(parts)) throw new ZoneFileError(path, 'is not a string or a list of strings');
  let octets = 0;
  parts.forEach((part, index) => {
    if (typeof part !== 'string') throw new ZoneFileError(`${path}[${index}]`, 'is not a string');
    // Each string goes out in pieces of up to 255 octets, a length octet each.
    const length = utf8.encode(part).length;
    octets += length + Math.max(1, Math.ceil(length / 255));
  });
  if (octets > MAX_TXT_OCTETS) throw new ZoneFileError(path, `is ${octets} octets on the wire, over ${MAX_TXT_OCTETS}`);
  return typeof value === 'string' ? value : [...(parts as string[])];
}
