// Recipients and their error texts in a bounce that has no machine-readable
// report, only prose. Every MTA lays it out a little differently, but they
// share one shape: a line that names the failed address (alone on its line,
// indented, in angle brackets, after "to" or a label), followed by the
// error for it, until the next such line.

export interface TextBlock {
  recipient: string;
  /** The lines that belong to this recipient, the address line included. */
  text: string;
}

export interface RecipientBlocks {
  blocks: TextBlock[];
  /** The text before the first recipient: many bounces state the error there, once for all. */
  preamble: string;
}

// An addr-spec as bounces print it (RFC 5322 §3.4.1 dot-atom; quoted local
// parts keep their quotes). Bounded, so a hostile line cannot backtrack.
const ADDRESS_SOURCE = `(?:"[^"\\r\\n]{1,64}"|[A-Za-z0-9!#$%&'*+/=?^_\`{|}~.-]{1,64})@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\\.){1,10}[A-Za-z]{2,63}`;
const ADDRESS = new RegExp(ADDRESS_SOURCE, 'g');

// The address opens the line, after indentation, a bullet, "<" or a quote;
// Sendmail writes "550 <addr>... User unknown", "554 5.0.0 <addr>... error".
const LEADING_ADDRESS = new RegExp(`^\\s{0,16}(?:[*>•-]{1,3}\\s{0,3}|[245]\\d\\d(?: [245]\\.\\d{1,3}\\.\\d{1,3})? (?=<))?[<"]{0,2}(${ADDRESS_SOURCE})`);
// The address alone on its line: a list of failed recipients, never a mention in passing.
const ADDRESS_ALONE = new RegExp(`^\\s{0,16}(?:[*•-]{1,3}\\s{0,3})?[<"]{0,2}(${ADDRESS_SOURCE})[>"]{0,2}:?\\s{0,4}$`);

const BRACKETED_AFTER = new RegExp(`^\\s{0,4}<(${ADDRESS_SOURCE})>:`);
const TRAILING_ADDRESS = new RegExp(`:\\s{0,4}<?(${ADDRESS_SOURCE})>?\\.?\\s{0,4}$`);
const SENDMAIL_RESULT = /^\s{0,8}[245]\d\d(?: [245]\.\d{1,3}\.\d{1,3})? <[^<>\s]{1,320}>\.\.\. /;

/** The line after the paragraph that line `index` is in (the next blank line), at most `limit` lines on. */
function paragraphEnd(lines: readonly string[], index: number, limit: number): number {
  let end = index + 1;
  while (end < lines.length && end < index + limit && lines[end]!.trim() !== '') end++;
  return end;
}

/** The last non-blank line before line `index`. */
function previousText(lines: readonly string[], index: number): string {
  for (let i = index - 1; i >= 0 && i >= index - 3; i--) if (lines[i]!.trim()) return lines[i]!;
  return '';
}

// Labels and phrases that put the failed recipient on their line.
const RECIPIENT_LABELS = new RegExp(
  [
    'could not be delivered to:?', 'delivering (?:your )?(?:mail|message) to', 'unable to deliver (?:the )?message to:?', 'unknown user:',
    'recipient address:', 'rcpt to:', 'following recipients? returned permanent errors:', 'your message to', 'the following message to',
    'delivery to the following recipients? (?:failed|has been delayed)', 'was not delivered to:?', 'user ', 'could not deliver to',
    'failed to deliver to', 'address(?:es)? failed:', 'message could not be delivered to', 'delivery has failed to',
    'undeliverable\\s{1,4}to', 'recipient:', 'destinataire\\s?:', 'empfänger:', 'mail to', 'member of this mailing list', 'address:',
    'addressed to', 'local mailbox', 'dda:smtp=',
  ].join('|'),
  'i',
);

// The address right after its label, past at most a few words: "mail to the
// following recipients … from x@y" names the sender, not a recipient.
// MailEnable and Exchange write "[SMTP:x@y]", X.400 gateways "SMTP=x@y".
const LABELLED_ADDRESS = new RegExp(`^[\\s:'"<([=]{0,4}(?:[^\\s@]{1,40}\\s{1,4}){0,3}[:'"<([=]{0,4}(?:[A-Za-z]{2,8}[:=])?(${ADDRESS_SOURCE})`);

// Lines that describe the returned message or the sender, never a failed recipient.
const NOT_A_RECIPIENT_LINE = /^\s{0,16}(?:from|to|cc|bcc|reply-to|sender|return-path|mail from|original sender|original-sender|x-postfix-sender|message-id|subject|date|sent|envelope-from|x-envelope-from|reporting-mta|received-from-mta|arrival-date)\s{0,4}:/i;
const DSN_FIELD_LINE = /^\s{0,16}(?:final-recipient|original-recipient|x-actual-recipient)\s{0,4}:/i;

// A block longer than this many lines is cut: the limit keeps a crafted
// "notification" of a hundred thousand lines from becoming one error text.
const MAX_BLOCK_LINES = 40;
// Addresses beyond this count are not read: a bounce lists a handful.
const MAX_BLOCKS = 500;

export function findAddresses(text: string): string[] {
  return [...text.matchAll(ADDRESS)].map((m) => m[0]);
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/**
 * The line goes on with a sentence the line above left open: same
 * paragraph, same indentation, and the line above, no recipient line
 * itself, ends in a lower-case word or a comma. A bare address that opens
 * such a line was wrapped there ("… e.g., if / mike.fox@example.edu
 * fails, try …"), it heads no error.
 */
function wrapsProse(line: string, above: string | undefined): boolean {
  // A reply code, a bracket or a bullet before the address marks a result line.
  if (!/^[\p{L}\p{N}._%+-]{1,64}@/u.test(line.trimStart())) return false;
  if (above === undefined || above.trim() === '' || indentOf(above) !== indentOf(line)) return false;
  // A list of recipient lines ("a@x: 550 … unknown" / "b@x: …") is no prose.
  return /[\p{Ll},]$/u.test(above.trimEnd()) && !LEADING_ADDRESS.test(above);
}

/** The address a line announces as a failed recipient, or null. */
function anchorAddress(line: string, above: string | undefined, previous: string, ignore: ReadonlySet<string>): string | null {
  if (NOT_A_RECIPIENT_LINE.test(line) || DSN_FIELD_LINE.test(line)) return null;
  const leading = wrapsProse(line, above) ? null : LEADING_ADDRESS.exec(line);
  const candidates: string[] = [];
  // Exim: "  alias@example.com <target@example.net>: error" names the failed address in brackets.
  const bracketed = leading ? BRACKETED_AFTER.exec(line.slice(leading[0].length)) : null;
  if (bracketed) candidates.push(bracketed[1]!);
  if (leading) candidates.push(leading[1]!);
  // "Some label: addr" ending the line (IMail "Unknown user: x", "Delivery failed 20 attempts: x").
  const trailing = TRAILING_ADDRESS.exec(line);
  if (trailing) candidates.push(trailing[1]!);
  const label = RECIPIENT_LABELS.exec(line);
  if (label) {
    const after = line.slice(label.index + label[0].length);
    const found = LABELLED_ADDRESS.exec(after);
    if (found) candidates.push(found[1]!);
  }
  // An address alone on its line is a listed recipient even when it is also
  // the sender's (a message to oneself); elsewhere the sender's own address
  // is a mention, not a failed recipient.
  const alone = ADDRESS_ALONE.exec(line);
  if (alone && !/\bsent by\s*$/i.test(previous)) return cleanAddress(alone[1]!);
  return candidates.map(cleanAddress).find((a) => !ignore.has(a.toLowerCase())) ?? null;
}

/** A block's text without the address that opens it: what is left is the error. */
export function blockError(block: TextBlock): string {
  const lines = block.text.split('\n');
  const first = lines[0]!;
  const at = first.indexOf(block.recipient);
  // Drop the address (with its brackets and a ":" or "..." after it) only where it opens the line.
  if (at >= 0 && /^[\s*>•<"-]{0,20}$/.test(first.slice(0, at).replace(/[245]\d\d(?: [245]\.\d{1,3}\.\d{1,3})? $/, ''))) {
    lines[0] = first.slice(0, at).replace(/[\s*>•<"-]{0,20}$/, '') + first.slice(at + block.recipient.length).replace(/^[>"\]]{0,2}\s{0,4}(?::|\.\.\.)?/, '');
  }
  return lines.join('\n').trim();
}

export function cleanAddress(address: string): string {
  // A leading "'" is legal atext (RFC 5322 §3.2.3) but in a bounce it is
  // prose quoting: "addressed to 'user@example.com', failed".
  return address.replace(/^<|>$/g, '').replace(/\.$/, '').replace(/^'/, '');
}

/**
 * Splits the notification text into one block per failed recipient. The
 * addresses in `ignore` (the bounce's own sender and recipient, the
 * postmaster) are never taken for failed recipients.
 */
export function findRecipientBlocks(text: string, ignore: ReadonlySet<string>): RecipientBlocks {
  const lines = text.split('\n');
  const anchors: { line: number; recipient: string; indent: number; single: boolean }[] = [];
  // The last blank line seen, kept as the loop goes: asking "is there a
  // blank line since the anchor?" of the lines again at every line would be
  // quadratic, 30 s for 256 KB of indented lines under one address.
  let lastBlank = -1;
  for (let i = 0; i < lines.length && anchors.length < MAX_BLOCKS; i++) {
    const line = lines[i]!;
    const blankBefore = lastBlank;
    if (line.trim() === '') lastBlank = i;
    const indent = indentOf(line);
    const current = anchors[anchors.length - 1];
    // A line indented deeper than the address line above it, with no blank
    // line between, continues that recipient's error (Postfix folds its
    // errors this way) even when it repeats the address.
    if (current && indent > current.indent && blankBefore <= current.line) continue;
    const recipient = anchorAddress(line, lines[i - 1], previousText(lines, i), ignore);
    if (recipient) anchors.push({ line: i, recipient, indent, single: SENDMAIL_RESULT.test(line) });
  }
  const blocks = new Map<string, TextBlock>();
  anchors.forEach((anchor, index) => {
    const next = anchors[index + 1]?.line ?? lines.length;
    let start = anchor.line;
    let end = Math.min(next, anchor.line + MAX_BLOCK_LINES);
    if (anchor.single) {
      // A Sendmail result line ("554 <addr>... error") ends what the
      // transcript says about that address: the dialogue lines since the
      // previous result (in the same paragraph) lead up to it, the lines
      // after it belong to the next address, unless it is the last one.
      const previous = index > 0 ? anchors[index - 1]!.line + 1 : 0;
      start = anchor.line;
      while (start > previous && start > anchor.line - MAX_BLOCK_LINES && lines[start - 1]!.trim() !== '') start--;
      end = index + 1 < anchors.length ? anchor.line + 1 : paragraphEnd(lines, anchor.line, MAX_BLOCK_LINES);
    }
    const text = lines.slice(start, end).join('\n').trim();
    const key = anchor.recipient.toLowerCase();
    const existing = blocks.get(key);
    if (existing) existing.text += `\n${text}`;
    else blocks.set(key, { recipient: anchor.recipient, text });
  });
  const first = anchors[0]?.line ?? lines.length;
  const preamble = lines.slice(Math.max(0, first - MAX_BLOCK_LINES), first).join('\n').trim();
  return { blocks: [...blocks.values()], preamble };
}
