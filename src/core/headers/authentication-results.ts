// Authentication-Results (RFC 8601 §2.2), its ARC copy
// ARC-Authentication-Results (RFC 8617 §4.1.1: "i=N;" before the same
// payload) and Received-SPF (RFC 7208 §9.1). Besides the standard forms it
// reads what receivers really write: Microsoft's field without an
// authserv-id, "compauth=", "action=" and "bestguesspass"; comments that
// carry the client IP; results in capitals; RFC 5451's "hardfail".

import type { AuthResult } from '../analysis.ts';
import { commentEnd, isFoldingWhiteSpace, splitOutside } from '../message/rfc5322-lexical.ts';

export interface MethodResult {
  /** Lower-cased method: spf, dkim, dmarc, arc, iprev, auth, compauth, ... */
  method: string;
  /** The result word as written. */
  written: string;
  /** RFC 8601 §2.7 word it stands for; null where it has none (compauth=softpass). */
  result: AuthResult | null;
  /** Why the written word is not an RFC 8601 word, where it is not. */
  nonStandard: string | null;
  reason: string | null;
  /** "smtp.mailfrom", "header.d", and Microsoft's bare "action". */
  properties: Record<string, string>;
  /** Comments in the order written, e.g. "sender IP is 192.0.2.1". */
  comments: string[];
}

export interface AuthenticationResults {
  /** null where the field has none (Microsoft writes it that way). */
  authservId: string | null;
  version: string | null;
  /** ARC-Authentication-Results instance (i=). */
  instance: number | null;
  results: MethodResult[];
}

const RFC_WORDS: readonly AuthResult[] = ['pass', 'fail', 'softfail', 'neutral', 'none', 'temperror', 'permerror', 'policy'];

// Words older specifications or single vendors use, with the RFC 8601 word they stand for.
const OTHER_WORDS: Record<string, { result: AuthResult | null; why: string }> = {
  hardfail: { result: 'fail', why: 'RFC 5451 word for SPF fail, dropped by RFC 7001' },
  error: { result: 'temperror', why: 'RFC 4408 draft word for a temporary error' },
  unknown: { result: 'permerror', why: 'RFC 4408 draft word for a permanent error' },
  bestguesspass: { result: 'none', why: 'Microsoft: no DMARC record, but the message would have passed one' },
  softpass: { result: null, why: 'Microsoft compauth: passed only implicit checks' },
  invalid: { result: 'permerror', why: 'word some SPF implementations write for a broken record' },
};

export function normalizeResultWord(written: string): { result: AuthResult | null; nonStandard: string | null } {
  const word = written.toLowerCase();
  if ((RFC_WORDS as readonly string[]).includes(word)) {
    // ABNF strings are case-insensitive (RFC 5234 §2.3), so "Pass" is the same word.
    return { result: word as AuthResult, nonStandard: null };
  }
  const other = OTHER_WORDS[word];
  if (other) return { result: other.result, nonStandard: other.why };
  return { result: null, nonStandard: 'not an RFC 8601 result word' };
}

interface Token {
  key: string | null;
  value: string;
  comments: string[];
}

/** Where a bare word or a key ends: at folding white space, "=" or "(". */
function wordEnd(piece: string, from: number): number {
  let i = from;
  while (i < piece.length && !isFoldingWhiteSpace(piece[i]) && piece[i] !== '=' && piece[i] !== '(') i++;
  return i;
}

function skipFoldingWhiteSpace(piece: string, from: number): number {
  let i = from;
  while (isFoldingWhiteSpace(piece[i])) i++;
  return i;
}

/** A value after "=": a quoted string (RFC 5322 §3.2.4, quoted-pairs undone) or a token up to white space or "(". */
function readValue(piece: string, from: number): { value: string; end: number } {
  if (piece[from] !== '"') {
    let end = from;
    while (end < piece.length && !isFoldingWhiteSpace(piece[end]) && piece[end] !== '(') end++;
    return { value: piece.slice(from, end), end };
  }
  let value = '';
  let i = from + 1;
  for (; i < piece.length && piece[i] !== '"'; i++) value += piece[i] === '\\' ? (piece[++i] ?? '') : piece[i];
  return { value, end: i + 1 };
}

/** Reads the token at `start` into `tokens`; returns where the next one starts. */
function readToken(piece: string, start: number, tokens: Token[]): number {
  const c = piece[start];
  if (isFoldingWhiteSpace(c)) return skipFoldingWhiteSpace(piece, start);
  if (c === '(') {
    // Nested comments stay in the text as written; an unclosed one runs to the end.
    const close = commentEnd(piece, start);
    const text = piece.slice(start + 1, close === -1 ? piece.length : close).trim();
    const target = tokens[tokens.length - 1];
    if (target) target.comments.push(text);
    else tokens.push({ key: null, value: '', comments: [text] });
    return close === -1 ? piece.length : close + 1;
  }
  const wordStop = wordEnd(piece, start);
  const word = piece.slice(start, wordStop);
  const equals = skipFoldingWhiteSpace(piece, wordStop);
  if (piece[equals] !== '=') {
    tokens.push({ key: null, value: word, comments: [] });
    return wordStop;
  }
  const { value, end } = readValue(piece, skipFoldingWhiteSpace(piece, equals + 1));
  tokens.push({ key: word, value, comments: [] });
  return end;
}

/**
 * "key=value", bare words and comments of one resinfo, in order. White
 * space is RFC 5322's folding white space only (rfc5322-lexical.ts): a
 * "\v" or U+00A0 is part of a word. Each step moves on by at least one
 * character whatever a reader returns, so no input can make it stand
 * still (issue 10: "Authentication-Results:\v=" once looped for ever).
 */
function tokenize(piece: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < piece.length; ) i = Math.max(readToken(piece, i, tokens), i + 1);
  return tokens;
}

function readResinfo(piece: string): MethodResult | null {
  const tokens = tokenize(piece);
  const first = tokens.find((t) => t.key !== null);
  if (!first) return null;
  const { result, nonStandard } = normalizeResultWord(first.value);
  const method: MethodResult = {
    // The key holds no folding white space (tokenize); any other white
    // space is part of it, so "sp\u00a0f" is not read as spf.
    method: first.key!.toLowerCase(),
    written: first.value,
    result,
    nonStandard,
    reason: null,
    properties: {},
    comments: [],
  };
  for (const token of tokens) {
    method.comments.push(...token.comments);
    if (token === first || token.key === null) continue;
    const key = token.key.toLowerCase();
    if (key === 'reason') method.reason = token.value;
    else if (!(key in method.properties)) method.properties[key] = token.value;
  }
  return method;
}

// A receiver writes a handful of results; thousands in one field are an
// attack on the page, not a report.
const MAX_RESULTS = 100;

export function parseAuthenticationResults(value: string, arc = false): AuthenticationResults {
  const pieces = splitOutside(value, ';');
  const parsed: AuthenticationResults = { authservId: null, version: null, instance: null, results: [] };
  if (arc && /^\s*i\s*=\s*\d{1,3}\s*$/.test(pieces[0] ?? '')) {
    parsed.instance = Number(pieces.shift()!.replace(/\D/g, ''));
  }
  const head = pieces[0] ?? '';
  // RFC 8601 §2.2: the field starts with the authserv-id. Microsoft's
  // starts with a result ("spf=pass ..."), so a "=" here means there is none.
  if (!/=/.test(head.replace(/\([^()]{0,500}\)/g, ''))) {
    pieces.shift();
    const words = head.replace(/\([^()]{0,500}\)/g, ' ').trim().split(/\s+/);
    parsed.authservId = words[0] ? words[0].replace(/^"|"$/g, '').toLowerCase() : null;
    parsed.version = words[1] && /^\d{1,3}$/.test(words[1]) ? words[1] : null;
  }
  for (const piece of pieces.slice(0, MAX_RESULTS)) {
    if (/^\s*none\s*$/i.test(piece)) continue; // §2.2 no-result
    const result = readResinfo(piece);
    if (result) parsed.results.push(result);
  }
  return parsed;
}

export interface ReceivedSpf {
  written: string;
  result: AuthResult | null;
  nonStandard: string | null;
  comment: string | null;
  /** client-ip, envelope-from, helo, receiver, identity, mechanism, problem (RFC 7208 §9.1). */
  properties: Record<string, string>;
  /** The host name receiver= gives, lower-cased; null where it is missing or a placeholder. */
  receiver: string | null;
}

/**
 * RFC 7208 §9.1 makes receiver= the verifier's host name. policyd-spf
 * writes "<UNKNOWN>" instead unless its Hide_Receiver setting is turned off
 * (it is on by default), and others write "unknown": a placeholder names no
 * one, so the field has no usable writer name.
 */
function usableReceiver(written: string | undefined): string | null {
  if (written === undefined || written.startsWith('<')) return null;
  const name = written.toLowerCase().replace(/\.$/, '');
  if (name === 'unknown' || !/^[a-z0-9][a-z0-9.-]{0,252}$/.test(name) || !/[a-z]/.test(name)) return null;
  return name;
}

export function parseReceivedSpf(value: string): ReceivedSpf {
  const match = /^\s*([A-Za-z]{1,20})/.exec(value);
  const written = match ? match[1]! : '';
  const { result, nonStandard } = normalizeResultWord(written);
  const rest = value.slice(match ? match[0].length : 0);
  const comment = /^\s*\(([^()]{0,1000})\)/.exec(rest);
  const properties: Record<string, string> = {};
  // Key-value pairs are separated by ";" (§9.1), but Haraka and others use
  // white space; both are read.
  const pairs = rest.slice(comment ? comment[0].length : 0);
  const tokens = tokenize(pairs.replace(/;/g, ' '));
  for (const token of tokens) {
    if (token.key && !(token.key.toLowerCase() in properties)) properties[token.key.toLowerCase()] = token.value.replace(/^<|>$/g, '');
  }
  const receiver = usableReceiver(tokens.find((token) => token.key?.toLowerCase() === 'receiver')?.value);
  return { written, result, nonStandard, comment: comment ? comment[1]!.trim() : null, properties, receiver };
}
