// One Received field read into its parts (RFC 5321 §4.4, RFC 5322
// §3.6.7): who connected, who received, how, under which id, for whom and
// when, plus the signals the chain needs to tell a hop's role (a content
// filter, a retrieval, a local submission). `parseReceived` never throws
// and never guesses: what it could not read is in `unparsed`.

import type { Hop } from '../analysis.ts';
import { readStamp, type Clause, type Stamp } from './received-clauses.ts';
import type { DateReading, DateAssumption } from '../message/date-words.ts';
import type { Token } from './received-tokens.ts';
import { tokenizeReceived } from './received-tokens.ts';
import { readClient, type ClientFamily, type ClientInfo, type ClientNote } from './client-info.ts';
import { classifyComment, readTcpInfo } from './tcp-info.ts';
import { readTls } from './tls-evidence.ts';
import { readSignals, type ReceivedSignals } from './received-signals.ts';

// RFC 5322 §2.1.1 caps a line at 998 characters and MTAs write a few
// lines. A longer "Received" field is padding meant to slow the reader or
// to swell the result that is shown and shared: only its start is read.
export const MAX_RECEIVED_LENGTH = 16_384;

export type ReceivedNote =
  | ClientNote
  | { code: 'no-semicolon' }
  | { code: 'no-date' }
  | { code: 'date-unread'; text: string }
  | { code: 'date-assumed'; assumption: DateAssumption; zone: string | null }
  | { code: 'go-monotonic' }
  | { code: 'repeated-clause'; clause: string }
  | { code: 'unclosed-comment' }
  | { code: 'truncated'; limit: number }
  | { code: 'local-user'; user: string; host: string | null };

/**
 * The parts of the field a Hop (analysis.ts) carries as they were read;
 * the Hop's declaration documents them.
 */
export type ReceivedParts = Pick<
  Hop,
  'from' | 'reverseName' | 'ip' | 'ident' | 'by' | 'byIp' | 'via' | 'with' | 'id' | 'for'
  | 'envelopeFrom' | 'auth' | 'software' | 'tls' | 'tlsVersion' | 'tlsCipher' | 'dateText' | 'unparsed'
>;

export interface ParsedReceived extends ReceivedParts {
  /** The date read from the field; the Hop shows its time, zone and offset. */
  date: DateReading | null;
  /** What was assumed or odd, as codes; the chain turns them into the Hop's notes. */
  notes: ReceivedNote[];
  signals: ReceivedSignals;
}

const AUTH_WORDS = /^(?:ESMTPA|ESMTPSA|LMTPA|LMTPSA|UTF8SMTPA|UTF8SMTPSA|UTF8LMTPA|UTF8LMTPSA|ASMTP|SMTPSA)$/i;

function wordsText(tokens: Token[], source: string): string | null {
  const parts = tokens.filter((t) => t.kind === 'word' || t.kind === 'literal').map((t) => (t.kind === 'literal' ? t.text : source.slice(t.start, t.end)));
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Without the angle brackets around it, however many: indexes, as slicing one "<" at a time is quadratic on a long run. */
function stripAngles(text: string): string {
  const value = text.trim();
  let start = 0;
  let end = value.length;
  while (start < end && value[start] === '<') start++;
  while (end > start && value[end - 1] === '>') end--;
  return value.slice(start, end).trim();
}

function singleValue(clause: Clause | undefined, source: string, unparsed: string[]): { value: string | null; rest: Token[] } {
  if (!clause) return { value: null, rest: [] };
  const [first, ...rest] = clause.tokens;
  if (!first || first.kind === 'comment') return { value: null, rest: clause.tokens };
  const value = first.kind === 'angle' || first.kind === 'quoted' ? stripAngles(first.text) : source.slice(first.start, first.end).replace(/[,;]{1,8}$/, '');
  const leftover = rest.filter((t) => t.kind !== 'comment');
  if (leftover.length > 0) unparsed.push(leftover.map((t) => source.slice(t.start, t.end)).join(' '));
  return { value, rest: rest.filter((t) => t.kind === 'comment') };
}

const EMPTY_CLIENT: ClientInfo = {
  helo: null, reverseName: null, ip: null, ident: null, auth: null, envelopeFrom: null,
  mailbox: null, pickup: false, tlsComments: [], notes: [], unparsed: [],
};

const commentsOf = (clause: Clause | undefined) => (clause ? clause.tokens.filter((t) => t.kind === 'comment').map((t) => t.text) : []);

/** The first clause of each name; repeats are reported and kept as not understood. */
function firstClauses(clauses: readonly Clause[], text: string, notes: ReceivedNote[], unparsed: string[]): Map<string, Clause> {
  const first = new Map<string, Clause>();
  for (const clause of clauses) {
    if (clause.name === 'lead') continue;
    if (!first.has(clause.name)) {
      first.set(clause.name, clause);
      continue;
    }
    notes.push({ code: 'repeated-clause', clause: clause.name });
    unparsed.push(`${clause.name} ${clause.tokens.map((t) => text.slice(t.start, t.end)).join(' ')}`.trim());
  }
  return first;
}

interface ReceiverSide {
  by: string | null;
  byIp: string | null;
  /** Comments that name software or say something else: the first is `software`. */
  other: string[];
  tls: string[];
  auth: string | null;
  envelopeFrom: string | null;
}

/**
 * The BY value and every comment after the FROM clause: the receiver's own
 * TCP-info ("by localhost (host [127.0.0.1])", Exchange "by host (10.0.0.1)"),
 * software, TLS, authentication and envelope sender. Exim puts "(Exim 4.96)"
 * and "(envelope-from …)" after its tls clause, so all later clauses count.
 */
function readReceiverSide(stamp: Stamp, byClause: Clause | undefined, text: string, unparsed: string[]): ReceiverSide {
  const tokens = byClause?.tokens ?? [];
  const value = tokens[0] && tokens[0].kind !== 'comment' ? tokens[0] : null;
  const side: ReceiverSide = { by: null, byIp: null, other: [], tls: [], auth: null, envelopeFrom: null };
  if (value) side.by = (value.kind === 'literal' ? `[${value.text}]` : value.text.replace(/[,;]{1,8}$/, '')) || null;
  for (const extra of tokens.slice(value ? 1 : 0).filter((t) => t.kind !== 'comment')) unparsed.push(text.slice(extra.start, extra.end));
  const byComments = commentsOf(byClause);
  const later = stamp.clauses.filter((c) => !['from', 'lead', 'by'].includes(c.name)).flatMap(commentsOf);
  [...byComments, ...later].forEach((comment, index) => {
    const kind = classifyComment(comment);
    if (kind.kind === 'auth') side.auth ??= kind.value;
    else if (kind.kind === 'tls') side.tls.push(kind.value);
    else if (kind.kind === 'envelope-from') side.envelopeFrom ??= kind.value;
    else if (kind.kind === 'other') {
      // Only a first BY comment that is wholly TCP-info names the receiver's address ("Scalix SMTP Relay 10.0.1.3" is a version).
      const tcp = index === 0 && byComments.length > 0 ? readTcpInfo(comment).info : null;
      if (tcp?.address && tcp.unparsed.length === 0 && tcp.helo === undefined) side.byIp = tcp.address.ip;
      else side.other.push(comment);
    }
  });
  for (const comment of stamp.dateComments.map((t) => t.text)) {
    const kind = classifyComment(comment);
    if (kind.kind === 'envelope-from') side.envelopeFrom ??= kind.value;
    else if (kind.kind === 'tls') side.tls.push(kind.value);
    // "(PDT)", "(UTC)": a zone name repeated as a comment after the date.
    else if (!/^[A-Za-z]{1,5}$/.test(comment.trim()) && kind.kind !== 'noise') unparsed.push(`(${comment})`);
  }
  return side;
}

/** What the rest of the field says about the MTA, for reading its FROM clause (client-info.ts). */
function familyOf(side: ReceiverSide, withWords: string[], via: string | null, laterComments: string[]): ClientFamily {
  const protocol = withWords[0] ?? '';
  return {
    exim: [...side.other, ...laterComments].some((c) => /\bExim\b/i.test(c)),
    communigate: side.other.some((c) => /CommuniGate/i.test(c)),
    http: /^HTTPS?U?$/i.test(protocol) || /^HTTPS?$/i.test(via ?? '') || side.other.some((c) => /^via HTTPS?$/i.test(c.trim())),
    smap: /^smtp$/i.test(via ?? '') && withWords.length === 0,
    // qmail-smtpd writes no software comment (at most "(qp N)") and "with SMTP" or its variants.
    qmail: side.other.every((c) => /^(?:qp \d{1,10}|qmail\b)/i.test(c.trim())) && (withWords.length === 0 || /^(?:E?SMTPS?A?|QMQP)$/i.test(withWords[withWords.length - 1]!)),
  };
}

function dateNotes(stamp: Stamp): ReceivedNote[] {
  const notes: ReceivedNote[] = [];
  if (stamp.semicolonMissing && stamp.date) notes.push({ code: 'no-semicolon' });
  if (stamp.unreadDate !== null) notes.push({ code: 'date-unread', text: stamp.unreadDate });
  else if (!stamp.date) notes.push({ code: 'no-date' });
  for (const assumption of stamp.date?.assumptions ?? []) notes.push({ code: 'date-assumed', assumption, zone: stamp.date!.zone });
  if (stamp.date?.goMonotonic) notes.push({ code: 'go-monotonic' });
  if (stamp.unclosedComment) notes.push({ code: 'unclosed-comment' });
  return notes;
}

/**
 * Exim writes "from <login> by host with local" for a message a local
 * process handed over: without a network client its FROM clause holds the
 * submitting user's login name (Exim's sender_ident), not a host. The name
 * moves to `ident`; a HELO given over local SMTP ("(helo=x)", with
 * local-esmtp) stays the HELO.
 */
function readLocalUser(fromClause: Clause, source: string, client: ClientInfo): string | null {
  const first = fromClause.tokens[0];
  if (!first || first.kind !== 'word' || client.ip !== null) return null;
  const user = source.slice(first.start, first.end);
  if (!/^[A-Za-z0-9._-]{1,64}$/.test(user)) return null;
  if (client.helo === user) client.helo = null;
  if (client.reverseName === user) client.reverseName = null;
  client.ident ??= user;
  return user;
}

export function parseReceived(value: string): ParsedReceived {
  const notes: ReceivedNote[] = [];
  const unparsed: string[] = [];
  let text = value;
  if (text.length > MAX_RECEIVED_LENGTH) {
    text = text.slice(0, MAX_RECEIVED_LENGTH);
    notes.push({ code: 'truncated', limit: MAX_RECEIVED_LENGTH });
  }
  const stamp = readStamp(text);
  const first = firstClauses(stamp.clauses, text, notes, unparsed);
  const leads = stamp.clauses.filter((c) => c.name === 'lead');
  const withClause = first.get('with');
  const via = wordsText(first.get('via')?.tokens ?? [], text);
  const withWords = (withClause?.tokens ?? []).filter((t) => t.kind === 'word' || t.kind === 'literal').map((t) => t.text);
  const side = readReceiverSide(stamp, first.get('by'), text, unparsed);
  const laterComments = stamp.clauses.filter((c) => !['from', 'lead', 'by'].includes(c.name)).flatMap(commentsOf);
  const signals = readSignals({ leads, withWords, software: side.other, by: side.by });
  const family = familyOf(side, withWords, via, laterComments);

  const fromClause = first.get('from');
  // NAVGW and Sendmail write "(from X …)" where the FROM clause should be.
  const leadClient = signals.leadFrom ? readClient(tokenizeReceived(signals.leadFrom).tokens, signals.leadFrom, family) : null;
  const client = fromClause ? readClient(fromClause.tokens, text, family) : (leadClient ?? { ...EMPTY_CLIENT, notes: [], unparsed: [], tlsComments: [] });
  if (leadClient?.mailbox) signals.localUser ??= leadClient.mailbox;
  const localUser = signals.localProtocol && fromClause ? readLocalUser(fromClause, text, client) : null;
  if (localUser) {
    signals.localUser ??= localUser;
    notes.push({ code: 'local-user', user: localUser, host: side.by });
  }
  notes.push(...client.notes);
  unparsed.unshift(...client.unparsed);

  const tls = readTls({ withWords, comments: [...side.tls, ...client.tlsComments], tlsClause: singleValue(first.get('tls'), text, unparsed).value });
  const id = singleValue(first.get('id'), text, unparsed).value;
  const recipient = singleValue(first.get('for'), text, unparsed).value;
  const explicitEnvelope = singleValue(first.get('envelope-from'), text, unparsed).value;
  // "(ORCPT <rfc822;bob@example.net>)" after the FOR clause is the DSN
  // original recipient (RFC 3461 §4.2) some MTAs note, not their software.
  const software = side.other.find((c) => !/^via HTTPS?$/i.test(c.trim()) && !/^ORCPT\b/i.test(c.trim())) ?? null;
  for (const extra of side.other.filter((c) => c !== software)) unparsed.push(`(${extra})`);
  notes.push(...dateNotes(stamp));
  for (const lead of leads) {
    const unread = lead.tokens.filter((token) => !signals.leadUnderstood.has(token));
    if (unread.length > 0) unparsed.push(text.slice(unread[0]!.start, unread[unread.length - 1]!.end));
  }

  return {
    from: client.helo,
    reverseName: client.reverseName,
    ip: client.ip,
    ident: client.ident,
    by: side.by,
    byIp: side.byIp,
    via,
    with: withClause ? wordsText(withClause.tokens, text) : null,
    id,
    for: recipient,
    envelopeFrom: explicitEnvelope ?? client.envelopeFrom ?? side.envelopeFrom,
    auth: client.auth ?? side.auth ?? withWords.find((w) => AUTH_WORDS.test(w)) ?? null,
    software,
    tls: tls.tls,
    tlsVersion: tls.version,
    tlsCipher: tls.cipher,
    date: stamp.date,
    dateText: stamp.dateText,
    notes,
    unparsed: unparsed.filter((part) => part.trim() !== ''),
    signals: { ...signals, hasFrom: fromClause !== undefined || leadClient !== null, mailbox: client.mailbox, pickup: client.pickup },
  };
}
