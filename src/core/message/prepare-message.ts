// Turns pasted or dropped bytes into a message ready for analysis: refuses
// what is not mail with a defined problem code, repairs line ends, splits
// the header block, and keeps the bytes that authentication will hash.

import type { InputSummary, Problem, Repair } from '../analysis.ts';
import { PROBLEMS, problem } from '../problems.ts';
import { countLineEnds, describeLineEnding, toCrlf } from './line-ends.ts';
import { decodeHeaderText, readHeaderBlock, type RawField } from './header-block.ts';
import { isCopiedDisplayHeader, isHtmlSource } from './copied-display.ts';
import { countStrayControls, denseWithControls, startsLikeAFile } from './control-bytes.ts';

// A 50 MB message (a large attachment) must be analysed. Past 64 MiB the
// worker would hold the input, its CRLF copy and the hash buffers at once,
// several hundred MB: the limit stops a paste from exhausting the tab's memory.
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

// Control bytes are looked for in the header and the first 8 KB: a PNG or a
// ZIP shows itself in its first bytes, and scanning 50 MB of body (where a
// binary transfer encoding may hold any byte, RFC 3030) would cost time
// for nothing.
const SNIFF_BYTES = 8192;

export interface PreparedMessage {
  input: InputSummary;
  problems: Problem[];
  fields: RawField[];
  /** CRLF bytes with a header/body boundary mailauth will find where we found it; null when fatal. */
  authBytes: Uint8Array | null;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function prepareMessage(original: Uint8Array): PreparedMessage {
  const input: InputSummary = {
    bytes: original.length,
    lineEnding: 'none',
    headersOnly: false,
    headerBytes: 0,
    bodyBytes: 0,
    utf8: true,
    repairs: [],
  };
  const fatal = (code: 'empty-input' | 'input-too-large' | 'binary-input' | 'no-header' | 'html-source' | 'display-header-copy'): PreparedMessage => ({
    input,
    problems: [problem(code)],
    fields: [],
    authBytes: null,
  });

  if (original.length === 0 || isBlank(original)) return fatal('empty-input');
  if (original.length > MAX_INPUT_BYTES) return fatal('input-too-large');

  const start = messageStart(original);
  let bytes = start.bytes;
  const count = countLineEnds(bytes);
  input.lineEnding = describeLineEnding(count);
  const problems: Problem[] = [];
  const repairs: Repair[] = [];
  if (count.lf > 0 || count.cr > 0) {
    repairs.push({ code: 'line-ends', count: count.lf + count.cr, message: 'LF or CR line ends converted to CRLF' });
    problems.push(problem('line-ends-repaired'));
  }
  if (count.doubledCr > 0) {
    repairs.push({ code: 'doubled-cr', count: count.doubledCr, message: 'CR CR LF line ends reduced to CRLF' });
    problems.push(problem('doubled-cr-repaired'));
  }
  bytes = toCrlf(bytes, count);

  const block = readHeaderBlock(bytes);
  // Input with no header is refused; as binary when it is a file of another
  // kind or dense with controls, as HTML source when it reads like a page.
  // A header makes it a message, whatever control bytes it holds
  // (control-bytes.ts says why).
  if (block.missingBlankLineAt === 1 || block.fields.length === 0) {
    if (notText(original)) return fatal('binary-input');
    return fatal(isHtmlSource(decodeHeaderText(bytes.subarray(0, 256)).text) ? 'html-source' : 'no-header');
  }
  if (isCopiedDisplayHeader(block.fields)) return fatal('display-header-copy');
  const stray = countStrayControls(bytes, Math.max(block.headerBytes, SNIFF_BYTES));
  if (stray.count > 0) problems.push(strayControlsProblem(bytes, stray.first, stray.count, start.mboxLine));
  if (start.mboxLine) {
    repairs.push({ code: 'mbox-from-line', count: 1, message: 'mbox "From " separator line removed (RFC 4155)' });
    problems.push(problem('mbox-from-line-removed', { line: 1 }));
    // Line numbers stay those of the input, which has the separator line.
    for (const field of block.fields) field.line += 1;
    for (const found of block.problems) if (found.line !== undefined) found.line += 1;
  }
  problems.push(...block.problems);

  let authBytes = bytes;
  if (block.missingBlankLineAt !== null) {
    // Insert the blank line where our reading ended the header, so the DKIM
    // verifier splits header and body at the same place we do.
    authBytes = concat(bytes.subarray(0, block.bodyStart), new Uint8Array([0x0d, 0x0a]), bytes.subarray(block.bodyStart));
    repairs.push({ code: 'blank-line-inserted', count: 1, message: `blank line inserted before line ${block.missingBlankLineAt}` });
  }

  if (block.headersOnly && !endsWithCrlf(authBytes)) {
    // The last field must end in CRLF for header canonicalisation (RFC 6376 §3.4.1).
    authBytes = concat(authBytes, new Uint8Array([0x0d, 0x0a]));
  }

  input.headersOnly = block.headersOnly;
  input.headerBytes = block.headerBytes;
  input.bodyBytes = bytes.length - block.bodyStart;
  input.utf8 = block.utf8;
  input.repairs = repairs;
  return { input, problems, fields: block.fields, authBytes };
}

/**
 * The message without what comes before it in a file: a UTF-8 byte order
 * mark, and the "From " separator line an mbox file (RFC 4155) starts each
 * message with, which is no header field; messages saved from a mail client
 * keep it. The redaction (share/redact-message.ts) starts from here too.
 */
export function messageStart(original: Uint8Array): { bytes: Uint8Array; mboxLine: boolean } {
  const bytes = startsWith(original, UTF8_BOM) ? original.subarray(UTF8_BOM.length) : original;
  const mboxLine = mboxSeparatorLength(bytes);
  return mboxLine > 0 ? { bytes: bytes.subarray(mboxLine), mboxLine: true } : { bytes, mboxLine: false };
}

function isBlank(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0a) return false;
  }
  return bytes.length <= SNIFF_BYTES;
}

function notText(bytes: Uint8Array): boolean {
  const looked = Math.min(bytes.length, SNIFF_BYTES);
  return startsLikeAFile(bytes) || denseWithControls(countStrayControls(bytes, looked), looked);
}

/** The warning, with the line of the first stray byte (counted in the input, mbox line included) and how many there are. */
function strayControlsProblem(bytes: Uint8Array, first: number, count: number, mboxLine: boolean): Problem {
  let line = mboxLine ? 2 : 1;
  for (let i = 0; i < first; i++) if (bytes[i] === 0x0a) line++;
  const known = PROBLEMS['stray-control-bytes'];
  return problem('stray-control-bytes', {
    line,
    detail: { en: known.en.replace('{count}', String(count)), de: known.de.replace('{count}', String(count)) },
  });
}

function endsWithCrlf(bytes: Uint8Array): boolean {
  return bytes[bytes.length - 2] === 0x0d && bytes[bytes.length - 1] === 0x0a;
}

/** Length of a leading mbox "From sender date" line (RFC 4155 §2), line end included; 0 when there is none. */
function mboxSeparatorLength(bytes: Uint8Array): number {
  // "From " followed by something other than a colon: "From : x" would be an
  // obsolete-syntax From field (RFC 5322 §4.5.3), not a separator.
  if (!startsWith(bytes, [0x46, 0x72, 0x6f, 0x6d, 0x20])) return 0;
  let i = 5;
  while (bytes[i] === 0x20 || bytes[i] === 0x09) i++;
  if (bytes[i] === 0x3a) return 0;
  // The line may end in LF, CRLF or a lone CR (an old Mac export).
  for (let end = i; end < bytes.length; end++) {
    if (bytes[end] === 0x0a) return end + 1;
    if (bytes[end] === 0x0d) return bytes[end + 1] === 0x0a ? end + 2 : end + 1;
  }
  return 0;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
