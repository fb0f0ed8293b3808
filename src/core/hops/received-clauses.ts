// The clauses of a Received field (RFC 5321 §4.4 Stamp: FROM, BY, VIA,
// WITH, ID, FOR and additional registered clauses) and its date. The
// clause words are keywords only outside comments, so Postfix's
// "(using TLSv1.3 with cipher …)" never opens a WITH clause.
//
// The date is what follows the last ";" (RFC 5322 §3.6.7). Fields without
// the ";" (SendGrid, some Exchange and Gmail relays) are searched for a
// date from the left; text after the date (Courier writes "id …" there)
// is read as more clauses.

import { readDateWords, mayStartDate, type DateReading } from '../message/date-words.ts';
import { tokenizeReceived, type Token } from './received-tokens.ts';

export type ClauseName = 'from' | 'by' | 'via' | 'with' | 'id' | 'for' | 'tls' | 'envelope-from' | 'lead';

export interface Clause {
  /** `lead` holds what comes before the first keyword (qmail's "(qmail 123 invoked by uid 89)", or junk). */
  name: ClauseName;
  tokens: Token[];
}

export interface Stamp {
  text: string;
  clauses: Clause[];
  date: DateReading | null;
  /** The date exactly as written. */
  dateText: string | null;
  /** Comments after the date: "(PDT)", "(envelope-from …)". */
  dateComments: Token[];
  /** Text after the last ";" that is not a date. */
  unreadDate: string | null;
  semicolonMissing: boolean;
  unclosedComment: boolean;
}

const KEYWORDS = new Set(['from', 'by', 'via', 'with', 'id', 'for']);

function keywordOf(token: Token, next: Token | undefined, current: Clause, seenBy: boolean): ClauseName | null {
  if (token.kind !== 'word') return null;
  const lower = token.text.toLowerCase();
  if (lower === 'envelope-from' || lower === 'envelope-sender') return 'envelope-from';
  // XMail writes the envelope sender as a second FROM clause: "for <a> from <b>".
  if (lower === 'from' && seenBy && next?.kind === 'angle') return 'envelope-from';
  // Exim 4.92+ adds "tls CIPHER" after the WITH clause.
  if (lower === 'tls' && current.name === 'with' && current.tokens.length > 0 && next?.kind === 'word') return 'tls';
  return KEYWORDS.has(lower) ? (lower as ClauseName) : null;
}

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { name: 'lead', tokens: [] };
  let seenBy = false;
  tokens.forEach((token, index) => {
    if (token.kind === 'semicolon') return;
    const keyword = keywordOf(token, tokens[index + 1], current, seenBy);
    if (keyword) {
      if (current.name !== 'lead' || current.tokens.length > 0) clauses.push(current);
      current = { name: keyword, tokens: [] };
      if (keyword === 'by') seenBy = true;
    } else {
      current.tokens.push(token);
    }
  });
  if (current.name !== 'lead' || current.tokens.length > 0) clauses.push(current);
  return clauses;
}

interface DateFound {
  date: DateReading;
  /** Token indexes: first date word, and the first token after the date. */
  first: number;
  after: number;
}

/** Tries each word from `from` on as the start of a date; the first that reads as a whole date wins. */
function findDate(tokens: readonly Token[], from: number, to: number, anywhere: boolean): DateFound | null {
  const wordIndexes: number[] = [];
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word') wordIndexes.push(i);
  const words = wordIndexes.map((i) => tokens[i]!.text);
  const starts = anywhere ? words.length : Math.min(words.length, 1);
  for (let w = 0; w < starts; w++) {
    if (anywhere && !mayStartDate(words[w]!)) continue;
    const date = readDateWords(words, w);
    if (date) return { date, first: wordIndexes[w]!, after: date.endWord < wordIndexes.length ? wordIndexes[date.endWord]! : to };
  }
  return null;
}

export function readStamp(text: string): Stamp {
  const { tokens, unclosedComment } = tokenizeReceived(text);
  let lastSemicolon = -1;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i]!.kind === 'semicolon') {
      lastSemicolon = i;
      break;
    }
  }
  const stamp: Stamp = { text, clauses: [], date: null, dateText: null, dateComments: [], unreadDate: null, semicolonMissing: lastSemicolon === -1, unclosedComment };

  let found: DateFound | null = null;
  if (lastSemicolon >= 0) {
    found = findDate(tokens, lastSemicolon + 1, tokens.length, false) ?? findDate(tokens, lastSemicolon + 1, tokens.length, true);
  } else {
    found = findDate(tokens, 0, tokens.length, true);
  }

  const clauseEnd = found ? Math.min(found.first, lastSemicolon >= 0 ? lastSemicolon : found.first) : lastSemicolon >= 0 ? lastSemicolon : tokens.length;
  const before = tokens.slice(0, clauseEnd);
  const afterStart = found ? found.after : lastSemicolon >= 0 ? tokens.length : clauseEnd;
  const dateRegion = tokens.slice(found ? found.first : clauseEnd, afterStart);
  const after = tokens.slice(afterStart);

  if (found) {
    const dateWords = dateRegion.filter((t) => t.kind === 'word');
    stamp.date = found.date;
    stamp.dateText = text.slice(dateWords[0]!.start, dateWords[dateWords.length - 1]!.end);
    stamp.dateComments.push(...dateRegion.filter((t) => t.kind === 'comment'));
  } else if (lastSemicolon >= 0) {
    const rest = tokens.slice(lastSemicolon + 1);
    if (rest.length > 0) stamp.unreadDate = text.slice(rest[0]!.start, rest[rest.length - 1]!.end);
  }
  // Between the clauses and the date there may be tokens the date search
  // skipped (the ";" region of a field with a date found elsewhere).
  const between = found && lastSemicolon >= 0 && found.first > lastSemicolon + 1 ? tokens.slice(lastSemicolon + 1, found.first) : [];
  stamp.clauses = splitClauses([...before, ...between]);
  stamp.dateComments.push(...after.filter((t) => t.kind === 'comment'));
  const trailing = after.filter((t) => t.kind !== 'comment');
  if (trailing.length > 0) stamp.clauses.push(...splitClauses(trailing));
  return stamp;
}
