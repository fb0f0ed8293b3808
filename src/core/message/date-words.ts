// Dates as mail writes them, read from words: the Date field (RFC 5322
// §3.3, rfc5322-date.ts) and the date at the end of a Received field
// (§3.6.7) share this one reader. Beyond §3.3 it reads what MTAs and
// mailers really write: obsolete two-digit years and zone names (§4.3),
// asctime order ("Sun Nov 13 14:50:12 2005"), fractions of a second,
// SendGrid's Go format ("2020-06-17 16:39:24.757045452 +0000 UTC
// m=+349867.49"), US numeric dates with AM/PM, a zone glued to the time
// ("17:40:44-0500"). The reader works on words, at most a dozen of them
// from a given start, so it is linear however often it is tried; every
// pattern is anchored and bounded.
//
// What was assumed is said, never hidden: no zone (UTC assumed), a zone
// name RFC 5322 does not define, an ambiguous numeric day and month.

export type DateAssumption =
  /** No zone, or a military letter (RFC 5322 §4.3: treat as -0000): read as UTC. */
  | 'zone-missing'
  /** A zone name RFC 5322 does not define (e.g. CEST, IST): read as UTC. */
  | 'zone-unknown'
  /** "4/5/2018": day and month could be swapped; read as month/day (US order). */
  | 'day-month-order';

/** A date read from words, with what was assumed to read it. */
export interface DateReading {
  /** ISO 8601 in UTC, with milliseconds. */
  utc: string;
  epochMs: number;
  /** The zone as written ("+0200", "-0000", "EST"), or null. */
  zone: string | null;
  /** Offset from UTC in minutes as written; null for -0000, a missing or an unknown zone. */
  offsetMinutes: number | null;
  /** The time was read as UTC because no usable zone was written. -0000 is UTC by definition (RFC 5322 §3.3), not an assumption. */
  zoneAssumed: boolean;
  assumptions: DateAssumption[];
  /** Index of the first word after the date. */
  endWord: number;
  /** The SendGrid/Go monotonic-clock suffix "m=+…" was present and ignored. */
  goMonotonic: boolean;
}

// A date is day, month, year, time and zone, plus a day name, AM/PM, a
// second zone word and Go's m= suffix: no real date needs more words.
const MAX_DATE_WORDS = 12;
// Longer words are ids or hostnames, never a date part.
const MAX_DATE_WORD_LENGTH = 40;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const FULL_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

// RFC 5322 §4.3 obs-zone names.
const NAMED_ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(.{0,8})$/;
const NUMERIC_ZONE = /^([+-])(\d{2}):?(\d{2})$/;
const NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$/;
const HYPHEN_DATE = /^(\d{1,2})-([A-Za-z]{3,9})-(\d{2,4})$/;
const ISO_DATE_TIME = /^(\d{4}-\d{1,2}-\d{1,2})T(.{4,30})$/;
const GO_MONOTONIC = /^m=[+-]\d{1,12}(?:\.\d{1,12})?$/;

export function monthIndex(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length === 3) return MONTHS.indexOf(lower);
  return FULL_MONTHS.indexOf(lower);
}

export function isDayName(word: string): boolean {
  const lower = word.toLowerCase().replace(/[.,]$/, '');
  return DAYS.includes(lower) || FULL_DAYS.includes(lower);
}

interface Parts {
  year: number | null;
  yearDigits: number;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number;
  second: number;
  millisecond: number;
  meridiem: 'am' | 'pm' | null;
  zone: string | null;
  offset: number | null;
  zoneKnown: boolean;
  assumptions: DateAssumption[];
  goMonotonic: boolean;
}

function readZone(parts: Parts, word: string): boolean {
  const numeric = NUMERIC_ZONE.exec(word);
  if (numeric) {
    if (parts.zone !== null) return parts.zoneKnown; // "+0000 +0000" is not a date; stop
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    parts.zone = word;
    parts.zoneKnown = true;
    // RFC 5322 §3.3: -0000 means the time is UTC and the local offset is unknown.
    parts.offset = word === '-0000' || word === '-00:00' ? null : (numeric[1] === '-' ? -minutes : minutes);
    return true;
  }
  if (!/^[A-Za-z]{1,5}$/.test(word)) return false;
  const lower = word.toLowerCase();
  if (parts.zone !== null) {
    // "+0000 UTC" (Go), "-0500 EST": a name after a numeric zone only repeats it.
    return lower in NAMED_ZONES;
  }
  if (lower in NAMED_ZONES) {
    parts.zone = word;
    parts.zoneKnown = true;
    parts.offset = NAMED_ZONES[lower]!;
    return true;
  }
  if (word.length === 1) {
    // RFC 5322 §4.3: military zones SHOULD be read as -0000 (they were used wrongly).
    parts.zone = word;
    parts.assumptions.push('zone-missing');
    return true;
  }
  if (/^[A-Z]{3,5}$/.test(word)) {
    parts.zone = word;
    parts.assumptions.push('zone-unknown');
    return true;
  }
  return false;
}

function readTime(parts: Parts, word: string): boolean {
  const match = TIME.exec(word);
  if (!match || parts.hour !== null) return false;
  const glued = match[5] ?? '';
  // A zone glued to the time ("17:40:44-0500", ISO "…Z"); anything else means this word is not a time.
  if (glued !== '' && !NUMERIC_ZONE.test(glued) && glued !== 'Z' && glued !== 'z') return false;
  parts.hour = Number(match[1]);
  parts.minute = Number(match[2]);
  parts.second = Number(match[3] ?? 0);
  parts.millisecond = match[4] ? Number(`${match[4]}00`.slice(0, 3)) : 0;
  if (glued === '') return true;
  return readZone(parts, glued === 'Z' || glued === 'z' ? 'UT' : glued);
}

function readNumericDate(parts: Parts, word: string): boolean {
  const match = NUMERIC_DATE.exec(word);
  if (!match || parts.day !== null) return false;
  const [a, b, c] = [match[1]!, match[3]!, match[4]!];
  if (a.length === 4) {
    setYear(parts, a);
    parts.month = Number(b) - 1;
    parts.day = Number(c);
    return true;
  }
  if (match[2] === '.') {
    // "20.04.2018": the dotted form is day.month.year wherever it is used.
    parts.day = Number(a);
    parts.month = Number(b) - 1;
  } else if (Number(a) > 12) {
    parts.day = Number(a);
    parts.month = Number(b) - 1;
  } else {
    parts.month = Number(a) - 1;
    parts.day = Number(b);
    if (Number(b) <= 12 && a !== b) parts.assumptions.push('day-month-order');
  }
  setYear(parts, c);
  return true;
}

function setYear(parts: Parts, digits: string): void {
  parts.year = Number(digits);
  parts.yearDigits = digits.length;
}

function readWord(parts: Parts, word: string, index: number, start: number): boolean {
  if (word.length > MAX_DATE_WORD_LENGTH) return false;
  const bare = word.replace(/[.,]$/, '');
  if (index === start && isDayName(bare)) return true;
  if (parts.month === null && monthIndex(bare) >= 0 && parts.hour === null) {
    parts.month = monthIndex(bare);
    return true;
  }
  if (/^\d{1,2}$/.test(bare)) {
    if (parts.day === null && parts.year === null) {
      parts.day = Number(bare);
      return true;
    }
    if (parts.year === null && parts.month !== null && parts.day !== null) {
      setYear(parts, bare);
      return true;
    }
    return false;
  }
  if (/^\d{3,4}$/.test(bare) && parts.year === null && parts.day !== null) {
    setYear(parts, bare);
    return true;
  }
  const hyphen = HYPHEN_DATE.exec(bare);
  if (hyphen && parts.day === null && monthIndex(hyphen[2]!) >= 0) {
    parts.day = Number(hyphen[1]);
    parts.month = monthIndex(hyphen[2]!);
    setYear(parts, hyphen[3]!);
    return true;
  }
  const iso = ISO_DATE_TIME.exec(bare);
  if (iso) return readNumericDate(parts, iso[1]!) && readTime(parts, iso[2]!);
  if (readNumericDate(parts, bare)) return true;
  if (readTime(parts, word)) return true;
  const lower = bare.toLowerCase();
  if ((lower === 'am' || lower === 'pm') && parts.hour !== null && parts.meridiem === null) {
    parts.meridiem = lower;
    return true;
  }
  if (parts.hour !== null && readZone(parts, bare)) return true;
  if (parts.hour !== null && GO_MONOTONIC.test(bare)) {
    parts.goMonotonic = true;
    return true;
  }
  return false;
}

function fullYear(year: number, digits: number): number {
  if (digits >= 4) return year;
  // RFC 5322 §4.3: 00-49 are 2000-2049; 50-99 and three digits add 1900.
  return digits === 2 && year < 50 ? 2000 + year : 1900 + year;
}

function hour24(parts: Parts): number | null {
  const hour = parts.hour!;
  if (parts.meridiem === null) return hour;
  if (hour < 1 || hour > 12) return null;
  return (hour % 12) + (parts.meridiem === 'pm' ? 12 : 0);
}

/** Reads a date from `words[start]` on; null where these words do not make a whole date with a time. */
export function readDateWords(words: readonly string[], start: number): DateReading | null {
  const parts: Parts = {
    year: null, yearDigits: 4, month: null, day: null, hour: null, minute: 0, second: 0, millisecond: 0,
    meridiem: null, zone: null, offset: null, zoneKnown: false, assumptions: [], goMonotonic: false,
  };
  let index = start;
  const limit = Math.min(words.length, start + MAX_DATE_WORDS);
  while (index < limit && readWord(parts, words[index]!, index, start)) index++;
  if (parts.year === null || parts.month === null || parts.day === null || parts.hour === null) return null;
  const hour = hour24(parts);
  if (hour === null || parts.month < 0 || parts.month > 11 || parts.day < 1 || hour > 23 || parts.minute > 59 || parts.second > 60) return null;
  const year = fullYear(parts.year, parts.yearDigits);
  const local = Date.UTC(year, parts.month, parts.day, hour, parts.minute, Math.min(parts.second, 59), parts.millisecond);
  const check = new Date(local);
  // Date.UTC rolls 31 April over into May: refuse instead of moving the date.
  if (check.getUTCDate() !== parts.day || check.getUTCMonth() !== parts.month) return null;
  if (parts.zone === null) parts.assumptions.push('zone-missing');
  const epochMs = local - (parts.offset ?? 0) * 60_000;
  return {
    utc: new Date(epochMs).toISOString(),
    epochMs,
    zone: parts.zone,
    offsetMinutes: parts.offset,
    zoneAssumed: !parts.zoneKnown,
    assumptions: parts.assumptions,
    endWord: index,
    goMonotonic: parts.goMonotonic,
  };
}

/** Could a date start with this word? Cheap test before trying `readDateWords` on a field without ";". */
export function mayStartDate(word: string): boolean {
  if (word.length > MAX_DATE_WORD_LENGTH) return false;
  const bare = word.replace(/[.,]$/, '');
  return isDayName(bare) || monthIndex(bare) >= 0 || /^\d{1,2}$/.test(bare) || /^\d{4}-\d{1,2}-\d{1,2}/.test(bare) || /^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/.test(bare) || HYPHEN_DATE.test(bare);
}
