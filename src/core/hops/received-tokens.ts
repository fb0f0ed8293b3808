// Splits a Received field value into the tokens RFC 5322 §3.6.7 builds it
// from (received-token = word / angle-addr / addr-spec / domain) plus the
// comments (§3.2.2) and the ";" before the date. One pass, no regular
// expressions: a hostile field cannot make it backtrack, and every token
// keeps its offsets so the date text and the unread parts can be quoted
// exactly as written.

import { commentEnd } from '../message/rfc5322-lexical.ts';

export type TokenKind = 'word' | 'comment' | 'angle' | 'literal' | 'quoted' | 'semicolon';

export interface Token {
  kind: TokenKind;
  /** A word as written; for the others the text between the delimiters. */
  text: string;
  /** Offsets into the tokenized text: [start, end). */
  start: number;
  end: number;
}

export interface Tokenized {
  tokens: Token[];
  /** A "(" that was never closed: the comment runs to the end of the field. */
  unclosedComment: boolean;
  /** ")" with no "(" before it; skipped. */
  strayParentheses: number;
}

// RFC 5321 §4.5.3.1.3: a path is at most 256 octets. An angle bracket that
// does not close within this many characters is not an address, just a "<".
const MAX_ANGLE_LENGTH = 512;
// An address literal is at most an IPv6 address with "IPv6:" and a port;
// XMail writes "[XMail 1.20 ESMTP Server]". Longer brackets are plain text.
const MAX_LITERAL_LENGTH = 128;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === ',';
}

function endsWord(c: string): boolean {
  return isSpace(c) || c === '(' || c === ')' || c === ';' || c === '"';
}

/** Finds the next `target` at or after `from`, reusing the previous answer while it is still ahead: linear over a whole field. */
function nextFinder(text: string, target: string): (from: number) => number {
  let cached = -2;
  return (from: number) => {
    if (cached === -1 || cached >= from) return cached;
    cached = text.indexOf(target, from);
    return cached;
  };
}

export function tokenizeReceived(text: string): Tokenized {
  const tokens: Token[] = [];
  let unclosedComment = false;
  let strayParentheses = 0;
  const nextAngleClose = nextFinder(text, '>');
  const nextBracketClose = nextFinder(text, ']');
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === ';') {
      tokens.push({ kind: 'semicolon', text: ';', start: i, end: i + 1 });
      i++;
    } else if (c === ')') {
      strayParentheses++;
      i++;
    } else if (c === '(') {
      const end = commentEnd(text, i);
      if (end === -1) unclosedComment = true;
      const close = end === -1 ? text.length : end;
      tokens.push({ kind: 'comment', text: text.slice(i + 1, close), start: i, end: end === -1 ? text.length : end + 1 });
      i = end === -1 ? text.length : end + 1;
    } else if (c === '"') {
      const end = quotedEnd(text, i);
      const close = end === -1 ? text.length : end;
      tokens.push({ kind: 'quoted', text: text.slice(i + 1, close), start: i, end: end === -1 ? text.length : end + 1 });
      i = end === -1 ? text.length : end + 1;
    } else if (c === '<' && withinLimit(nextAngleClose(i), i, MAX_ANGLE_LENGTH)) {
      let end = nextAngleClose(i);
      // "<<list@example.com>>": one address in doubled brackets.
      if (text[i + 1] === '<' && text[end + 1] === '>') end++;
      tokens.push({ kind: 'angle', text: text.slice(i + 1, end), start: i, end: end + 1 });
      i = end + 1;
    } else if (c === '[' && withinLimit(nextBracketClose(i), i, MAX_LITERAL_LENGTH)) {
      const end = nextBracketClose(i);
      tokens.push({ kind: 'literal', text: text.slice(i + 1, end), start: i, end: end + 1 });
      i = end + 1;
    } else {
      // The branches above took every character that ends a word, so this
      // one starts a word; it is taken whatever it is, so the loop always
      // moves on, even past a character no branch expected.
      const start = i;
      i++;
      while (i < text.length && !endsWord(text[i]!)) i++;
      tokens.push({ kind: 'word', text: text.slice(start, i), start, end: i });
    }
  }
  return { tokens, unclosedComment, strayParentheses };
}

function withinLimit(close: number, open: number, limit: number): boolean {
  return close !== -1 && close - open <= limit;
}

function quotedEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i;
  }
  return -1;
}
