// Replaces the values of a redaction in one byte-view text (./byte-view.ts):
// every finder marks the spans it recognises, overlaps are settled (the
// longer span wins, so a whole address beats the host name inside it), and
// the text is rebuilt once. Spans are found in the original text only, so a
// token is never read again as a value.

import type { RedactionSwitch } from './redaction-switches.ts';
import type { RedactionBook, ValueKind } from './redaction-book.ts';
import { findAddresses, findIps } from './redaction-patterns.ts';
import { parseIp } from '../net/ip-address.ts';
import { encodeWords, findEncodedWordRuns, findPercentRuns, MAX_ENCODING_DEPTH, percentEncode } from './encoded-forms.ts';

export interface Redactor {
  switches: ReadonlySet<RedactionSwitch>;
  book: RedactionBook;
  /** Every Message-ID seen (folded), redacted or not: never read as an address. */
  messageIds: Set<string>;
  /** More spellings of a value, in byte view (a display name as written and decoded). */
  aliases: { kind: ValueKind; text: string; token: string }[];
  /**
   * Set once the message and the envelope are redacted. From then on only
   * values already in the book are replaced: a network in an SPF record or
   * a report address in a DMARC record belongs to the domain owner, not to
   * the people in the message, and stays.
   */
  closed: boolean;
}

interface Span {
  start: number;
  end: number;
  token: string;
}

type CharTest = (code: number | undefined) => boolean;

const inSet = (chars: string): CharTest => {
  const set = new Set([...chars].map((c) => c.charCodeAt(0)));
  return (code) => code !== undefined && set.has(code);
};
const isAlnum: CharTest = (c) => c !== undefined && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
const isHigh: CharTest = (c) => c !== undefined && c >= 0x80;
const either = (...tests: CharTest[]): CharTest => (c) => tests.some((test) => test(c));

/** What may not stand right before and right after a needle of each kind. */
interface Boundary {
  before: CharTest;
  after: (text: string, end: number) => boolean;
}

const dotThenAlnum = (text: string, end: number) => text.charCodeAt(end) === 46 && isAlnum(text.charCodeAt(end + 1));

const ID_CHARS = inSet("!#$%&'*+/=?^_`{|}~.@-");
const BOUNDARIES: Record<string, Boundary> = {
  'message-id': { before: either(isAlnum, ID_CHARS), after: (t, e) => either(isAlnum, ID_CHARS)(t.charCodeAt(e)) },
  // A host name may be the end of a longer name (a.host.example is renamed
  // a.host-1.redacted.invalid) but not the start of one.
  host: { before: either(isAlnum, inSet('-')), after: (t, e) => either(isAlnum, inSet('-'))(t.charCodeAt(e)) || dotThenAlnum(t, e) },
  guid: { before: either(isAlnum, inSet('-')), after: (t, e) => either(isAlnum, inSet('-'))(t.charCodeAt(e)) },
  // Base64 padding may follow an opaque id; it was not part of the value.
  'opaque-id': { before: either(isAlnum, inSet('+/_-')), after: (t, e) => either(isAlnum, inSet('+/_-'))(t.charCodeAt(e)) },
  'display-name': {
    before: either(isAlnum, isHigh, inSet('@._-')),
    after: (t, e) => either(isAlnum, isHigh, inSet('@_-'))(t.charCodeAt(e)) || dotThenAlnum(t, e),
  },
  // 192-0-2-1 inside a host name such as 192-0-2-1.dyn.example.
  'ip-dashed': { before: either(isAlnum), after: (t, e) => isAlnum(t.charCodeAt(e)) },
  // A Message-ID's unique part inside a MIME boundary ("b1=_<part>"): only letters and digits may not touch it.
  'id-part': { before: isAlnum, after: (t, e) => isAlnum(t.charCodeAt(e)) },
};

/**
 * The unique part of a Message-ID (before its last "@"), where it looks
 * made for this one message: 12 or more characters with letters and
 * digits. Mailers build MIME boundaries and other ids from it (PHPMailer:
 * boundary "b1=_<part>"), so a redacted Message-ID would leak through them.
 */
function uniquePartOf(messageId: string): string | null {
  const bare = messageId.replace(/^<|>$/g, '');
  const at = bare.lastIndexOf('@');
  const part = at > 0 ? bare.slice(0, at) : bare;
  return part.length >= 12 && /[0-9]/.test(part) && /[A-Za-z]/.test(part) ? part : null;
}

/** Lower-cases without changing any offset (a few characters lengthen when lower-cased). */
function foldCase(text: string): string {
  if (/^[\x00-\xff]*$/.test(text)) return text.toLowerCase();
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

interface Needle {
  text: string;
  token: string;
  boundary: Boundary;
  caseSensitive: boolean;
}

function needlesOf(redactor: Redactor): Needle[] {
  const { switches, book } = redactor;
  const needles: Needle[] = [];
  const add = (kind: string, text: string, token: string) => {
    if (text.length === 0) return;
    needles.push({ text, token, boundary: BOUNDARIES[kind]!, caseSensitive: kind === 'opaque-id' });
  };
  const entries = (kind: ValueKind) => book.entries(kind);
  if (switches.has('message-ids')) {
    for (const e of entries('message-id')) {
      add('message-id', e.original, e.token);
      const unique = uniquePartOf(e.original);
      if (unique !== null) add('id-part', unique, e.token.slice(0, e.token.indexOf('@')));
    }
  }
  if (switches.has('tenant-ids')) {
    entries('guid').forEach((e) => add('guid', e.original, e.token));
    entries('opaque-id').forEach((e) => add('opaque-id', e.original, e.token));
  }
  if (switches.has('internal-hosts')) entries('host').forEach((e) => add('host', e.original, e.token));
  if (switches.has('display-names')) entries('display-name').forEach((e) => add('display-name', e.original, e.token));
  if (switches.has('ip-addresses')) {
    for (const e of entries('ip')) {
      if (e.original.includes('.') && !e.original.includes(':')) add('ip-dashed', e.original.replaceAll('.', '-'), e.token.replaceAll('.', '-'));
    }
  }
  for (const alias of redactor.aliases) {
    const kindOn = alias.kind === 'display-name' ? switches.has('display-names') : true;
    if (kindOn) add(alias.kind, alias.text, alias.token);
  }
  return needles;
}

function findNeedles(text: string, needles: Needle[], spans: Span[]): void {
  const folded = foldCase(text);
  for (const needle of needles) {
    const haystack = needle.caseSensitive ? text : folded;
    const wanted = needle.caseSensitive ? needle.text : foldCase(needle.text);
    for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + 1)) {
      const end = at + wanted.length;
      if (needle.boundary.before(text.charCodeAt(at - 1)) || needle.boundary.after(text, end)) continue;
      spans.push({ start: at, end, token: needle.token });
    }
  }
}

function findAddressSpans(text: string, redactor: Redactor, spans: Span[]): void {
  const whole = redactor.switches.has('addresses');
  if (!whole && !redactor.switches.has('local-parts')) return;
  const tokenOf = (kind: 'address' | 'local-part', value: string) => (redactor.closed ? redactor.book.get(kind, value) : redactor.book.add(kind, value));
  for (const address of findAddresses(text)) {
    if (redactor.messageIds.has(address.text.toLowerCase())) continue;
    const token = whole ? tokenOf('address', address.text) : tokenOf('local-part', address.local);
    if (token !== undefined) spans.push({ start: address.start, end: whole ? address.end : address.at, token });
  }
}

function findIpSpans(text: string, redactor: Redactor, spans: Span[]): void {
  if (!redactor.switches.has('ip-addresses')) return;
  for (const found of findIps(text)) {
    const token = redactor.closed ? redactor.book.getIp(found.ip) : redactor.book.addIp(found.ip, found.text);
    if (token !== null && token !== undefined) spans.push({ start: found.start, end: found.end, token });
  }
}

/** Keeps the longest of overlapping spans; among equal ones, the first found. */
function settle(spans: Span[]): Span[] {
  const ordered = spans.map((span, order) => ({ span, order })).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.order - b.order);
  const kept: Span[] = [];
  for (const { span } of ordered) {
    const last = kept[kept.length - 1];
    // Sorted by start, longest first: an overlapping span is inside or
    // across one already kept, and the kept one covers more of the value.
    if (last && span.start < last.end) continue;
    kept.push(span);
  }
  return kept;
}

/**
 * Every span to replace in a text, with those inside its encoded forms
 * (./encoded-forms.ts): a value found in percent-decoded text is replaced
 * where its escapes stand, by the token percent-encoded as often; a run of
 * encoded words that holds a value is written again, redacted, as UTF-8
 * encoded words. Layers are opened up to MAX_ENCODING_DEPTH deep.
 */
function spansOf(text: string, redactor: Redactor, needles: Needle[], depth: number): Span[] {
  const spans: Span[] = [];
  // Earlier finders win ties: Message-IDs and ids before addresses, whole
  // values before the parts inside them.
  findNeedles(text, needles, spans);
  findAddressSpans(text, redactor, spans);
  findIpSpans(text, redactor, spans);
  if (depth >= MAX_ENCODING_DEPTH) return spans;
  for (const run of findEncodedWordRuns(text)) {
    const redacted = rebuild(run.decoded, spansOf(run.decoded, redactor, needles, depth + 1));
    if (redacted !== run.decoded) spans.push({ start: run.start, end: run.end, token: encodeWords(redacted) });
  }
  for (const run of findPercentRuns(text)) {
    for (const inner of spansOf(run.decoded, redactor, needles, depth + 1)) {
      spans.push({ start: run.from[inner.start]!, end: run.to[inner.end - 1]!, token: percentEncode(inner.token) });
    }
  }
  return spans;
}

function rebuild(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const span of settle(spans)) {
    parts.push(text.slice(at, span.start), span.token);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The text with every redacted value replaced by its token. */
export function redactView(text: string, redactor: Redactor): string {
  if (redactor.switches.size === 0 || text.length === 0) return text;
  return rebuild(text, spansOf(text, redactor, needlesOf(redactor), 0));
}

/** An IP address as written, redacted, or unchanged when it is not redacted. */
export function redactIpText(written: string, redactor: Redactor): string {
  if (!redactor.switches.has('ip-addresses')) return written;
  const ip = parseIp(written);
  if (!ip) return redactView(written, redactor);
  return (redactor.closed ? redactor.book.getIp(ip) : redactor.book.addIp(ip, written)) ?? written;
}
