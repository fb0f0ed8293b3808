// Splits an mbox file (RFC 4155) into its messages while it is read, so a
// mailbox of any size is held one message at a time.
//
// Every line that starts with "From " begins a message (the envelope line,
// RFC 4155 §2), as mutt and Python's mailbox module read it: writers quote
// a body line that starts so. The quoting is undone the mboxrd way — one
// ">" taken off a line that is ">From ", ">>From ", … — which also reads
// mboxo files right except for a body line that really was ">From ".
// The empty line a writer puts before the next envelope line belongs to
// the mailbox, not to the message (RFC 4155 §2), so it is dropped.

import { MAX_INPUT_BYTES } from '../core/message/prepare-message.ts';

// A message or a line is kept up to one octet past what the core takes,
// enough for it to say "too large": an mbox with one endless message (or
// one endless line) must not be read into memory whole.
const KEEP_OCTETS = MAX_INPUT_BYTES + 1;

const LF = 0x0a;
const CR = 0x0d;
const GT = 0x3e;
const FROM_SPACE = [0x46, 0x72, 0x6f, 0x6d, 0x20];

/** An mbox starts with an envelope line: "From " (not the "From:" header field). */
export function startsLikeMbox(head: Uint8Array): boolean {
  return FROM_SPACE.every((byte, index) => head[index] === byte);
}

function startsWithFromSpace(line: Uint8Array, offset: number): boolean {
  return FROM_SPACE.every((byte, index) => line[offset + index] === byte);
}

function isEmptyLine(line: Uint8Array): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === LF) || (line.length === 2 && line[0] === CR && line[1] === LF);
}

/** ">From " → "From ", ">>From " → ">From "; any other line as it is. */
function unquoteLine(line: Uint8Array): Uint8Array {
  let quotes = 0;
  while (line[quotes] === GT) quotes++;
  return quotes > 0 && startsWithFromSpace(line, quotes) ? line.subarray(1) : line;
}

function joinLines(lines: Uint8Array[]): Uint8Array {
  // The writer's empty line before the next envelope line, or at the end of the file.
  const last = lines.at(-1);
  return concat(last !== undefined && isEmptyLine(last) ? lines.slice(0, -1) : lines);
}

/** Lines with their line ends, from chunks of any size. */
async function* linesOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  // The start of a line that spans chunks, kept as parts: joining at every
  // chunk would copy a long line over and over.
  let pending: Uint8Array[] = [];
  let pendingOctets = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(LF, start); end !== -1; end = chunk.indexOf(LF, start)) {
      // A copy: the chunk's buffer is not kept alive by one line of it.
      yield concat([...pending, chunk.subarray(start, end + 1)]);
      pending = [];
      pendingOctets = 0;
      start = end + 1;
    }
    if (start < chunk.length && pendingOctets < KEEP_OCTETS) {
      pending.push(chunk.slice(start, start + KEEP_OCTETS - pendingOctets));
      pendingOctets += pending.at(-1)!.length;
    }
  }
  if (pending.length > 0) yield concat(pending);
}

function concat(parts: Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

/** The messages of an mbox, in order, without their envelope lines. */
export async function* splitMbox(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let lines: Uint8Array[] | null = null;
  let octets = 0;
  for await (const line of linesOf(chunks)) {
    if (startsWithFromSpace(line, 0)) {
      if (lines !== null) yield joinLines(lines);
      lines = [];
      octets = 0;
    } else if (lines !== null && octets < KEEP_OCTETS) {
      const unquoted = unquoteLine(line);
      lines.push(unquoted.subarray(0, KEEP_OCTETS - octets));
      octets += lines.at(-1)!.length;
    }
    // Text before the first envelope line is not a message: startsLikeMbox chose this reader.
  }
  if (lines !== null) yield joinLines(lines);
}
