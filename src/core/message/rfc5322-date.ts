// Dates as mail writes them (RFC 5322 §3.3, with the obsolete forms of
// §4.3): "Fri, 11 Jul 2003 21:00:37 -0700 (PDT)", two-digit years, named
// zones, a missing zone. The offset as written is kept beside the UTC time,
// and a date without a zone says that UTC was assumed.

export interface MailDate {
  /** ISO 8601 in UTC. */
  utc: string;
  /** Offset from UTC in minutes, as written (+0200 → 120); null where no zone was given. */
  offsetMinutes: number | null;
  /** No zone (or -0000, RFC 5322 §3.3 "no information") was given; UTC was assumed. */
  zoneAssumed: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 5322 §4.3 obs-zone; military single letters are read as UTC, as the
// RFC advises, because they were used wrongly so often.
const NAMED_ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};

// One linear pattern: day, month name, year, time, then an optional zone.
// Every quantifier is bounded or over a class that cannot overlap its
// neighbour, so matching stays linear on hostile input.
const DATE = /(\d{1,2})[ \t-]+([A-Za-z]{3})[a-z]*[ \t-]+(\d{2,4})[ \t,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[ \t]+([+-]\d{4}|[A-Za-z]{1,5})\b)?/;

// Some MTAs write ISO-like dates (SendGrid: "2020-06-17 16:39:24.757045452 +0000 UTC m=+349867.49").
const ISO_LIKE = /(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?[ \t]*(Z|[+-]\d{2}:?\d{2})?/;

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length === 4) return year;
  // RFC 5322 §4.3: 00-49 are 2000-2049, 50-99 and three digits add 1900.
  return text.length === 2 && year < 50 ? 2000 + year : 1900 + year;
}

function zoneMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  if (/^[+-]\d{4}$/.test(zone)) {
    if (zone === '-0000') return null;
    const sign = zone.startsWith('-') ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  }
  if (/^[+-]\d{2}:?\d{2}$/.test(zone)) {
    const digits = zone.replace(':', '');
    return zoneMinutes(digits);
  }
  const named = NAMED_ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  return zone.length === 1 ? 0 : null;
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: string | undefined): MailDate | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const offset = zoneMinutes(zone);
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
  const utc = new Date(local - (offset ?? 0) * 60_000);
  if (Number.isNaN(utc.getTime())) return null;
  return { utc: utc.toISOString(), offsetMinutes: offset, zoneAssumed: offset === null };
}

export function parseMailDate(text: string): MailDate | null {
  const value = text.slice(0, 300);
  const match = DATE.exec(value);
  if (match) {
    const month = MONTHS.indexOf(match[2]!.toLowerCase());
    return build(fullYear(match[3]!), month, Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6] ?? 0), match[7]);
  }
  const iso = ISO_LIKE.exec(value);
  if (iso) {
    return build(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), iso[7] === 'Z' ? 'UT' : iso[7]);
  }
  return null;
}
