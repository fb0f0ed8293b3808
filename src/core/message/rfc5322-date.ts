// The Date field (RFC 5322 §3.3, with the obsolete forms of §4.3): "Fri, 11
// Jul 2003 21:00:37 -0700 (PDT)", two-digit years, named zones, a missing
// zone, and the other forms mailers write, read by the same word reader as
// the dates of Received fields (date-words.ts). The offset as written is
// kept beside the UTC time, and a date without a zone says that UTC was
// assumed.

import { mayStartDate, readDateWords } from './date-words.ts';
import { removeComments } from './rfc5322-lexical.ts';

export interface MailDate {
  /** ISO 8601 in UTC. */
  utc: string;
  /** Offset from UTC in minutes, as written (+0200 → 120); null where no zone was given. */
  offsetMinutes: number | null;
  /** No usable zone (none, -0000 "no information" of RFC 5322 §3.3, or an unknown name) was given; UTC was assumed. */
  zoneAssumed: boolean;
}

// A Date field is some 40 characters; the date is looked for in the first
// 300, so a padded field cannot make the word reader start at every one of
// thousands of words.
const MAX_DATE_CHARS = 300;

export function parseMailDate(text: string): MailDate | null {
  // "Thu,29 Apr 2010": a comma glued to the day name still ends it.
  const words = removeComments(text.slice(0, MAX_DATE_CHARS)).replace(/([A-Za-z]),(?=\d)/g, '$1, ').split(/[ \t\r\n]+/).filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    // The first word may be anything a date starts with; later ones are tried
    // only where one could start (text before the date, "Date: …" pasted twice).
    if (start > 0 && !mayStartDate(words[start]!)) continue;
    const date = readDateWords(words, start);
    if (date) return { utc: date.utc, offsetMinutes: date.offsetMinutes, zoneAssumed: date.offsetMinutes === null };
  }
  return null;
}
