// Reads the header block of a CRLF message into fields (RFC 5322 §2.2):
// a field is "name: value", a line starting with white space continues the
// field above it, and unfolding removes each CRLF that precedes white space
// (§2.2.3). Only the header is decoded to text; the body stays bytes.

import type { HeaderField, Problem } from '../analysis.ts';
import { problem } from '../problems.ts';
import { decodeLatin1, decodeUtf8 } from './charset.ts';

/** A header field with its folded text as written (DKIM signs that, and the page shows it). */
export interface RawField extends HeaderField {
  raw: string;
}

export interface HeaderBlock {
  fields: RawField[];
  /** Byte length of the header block including its terminating blank line, if any. */
  headerBytes: number;
  /** Byte offset where the body starts, or the input length when there is no body. */
  bodyStart: number;
  /** The header ended at the end of the input, without a blank line. */
  headersOnly: boolean;
  /** The header ended at a line that is not a field; a blank line must be inserted there. */
  missingBlankLineAt: number | null;
  utf8: boolean;
  problems: Problem[];
}

const CR = 0x0d;
const LF = 0x0a;

// RFC 5322 §3.6.8 field-name: printable US-ASCII except ":" (33-126, not 58).
// §4.5.4 (obsolete) allows white space between the name and the colon.
const FIELD_START = /^([\x21-\x39\x3b-\x7e]+)([ \t]*):/;

/** Finds the end of the header: the offset just after the first empty line (CRLF CRLF). */
export function findHeaderEnd(bytes: Uint8Array): { headerEnd: number; bodyStart: number } | null {
  if (bytes[0] === CR && bytes[1] === LF) return { headerEnd: 0, bodyStart: 2 };
  const length = bytes.length - 3;
  for (let i = 0; i < length; i++) {
    if (bytes[i] === CR && bytes[i + 1] === LF && bytes[i + 2] === CR && bytes[i + 3] === LF) {
      return { headerEnd: i + 2, bodyStart: i + 4 };
    }
  }
  return null;
}

export function decodeHeaderText(bytes: Uint8Array): { text: string; utf8: boolean } {
  try {
    return { text: decodeUtf8(bytes, { fatal: true }), utf8: true };
  } catch {
    // Not UTF-8 (RFC 6532 allows only UTF-8 raw): exact ISO-8859-1 maps every
    // byte to one character, so nothing is lost and the raw bytes stay
    // recoverable. Not TextDecoder('latin1'): browsers read that label as
    // windows-1252, Node as ISO-8859-1 (charset.ts).
    return { text: decodeLatin1(bytes), utf8: false };
  }
}

/**
 * Splits the header lines into fields. Stops at the first line that is
 * neither a field nor a continuation: that is where the sender forgot the
 * blank line, and everything from there is body.
 */
export function readHeaderBlock(bytes: Uint8Array): HeaderBlock {
  const end = findHeaderEnd(bytes);
  const headerEnd = end ? end.headerEnd : bytes.length;
  const { text, utf8 } = decodeHeaderText(bytes.subarray(0, headerEnd));
  const problems: Problem[] = [];
  if (!utf8) problems.push(problem('non-utf8-header'));

  const lines = text.split('\r\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  const fields: RawField[] = [];
  let current: { name: string; rawLines: string[]; line: number } | null = null;
  let consumedChars = 0;
  let missingBlankLineAt: number | null = null;
  let warnedObsolete = false;

  const flush = () => {
    if (!current) return;
    const raw = current.rawLines.join('\r\n');
    const value = raw.slice(raw.indexOf(':') + 1).replace(/\r\n(?=[ \t])/g, '').replace(/^[ \t]+/, '');
    fields.push({ name: current.name, value, raw, line: current.line });
    current = null;
  };

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const lineNumber = index + 1;
    if ((line.startsWith(' ') || line.startsWith('\t')) && current) {
      current.rawLines.push(line);
    } else {
      const match = FIELD_START.exec(line);
      if (!match) {
        missingBlankLineAt = lineNumber;
        break;
      }
      flush();
      if (match[2] && !warnedObsolete) {
        problems.push(problem('obsolete-field-name-space', { line: lineNumber }));
        warnedObsolete = true;
      }
      current = { name: match[1]!, rawLines: [line], line: lineNumber };
    }
    consumedChars += line.length + 2;
  }
  flush();

  if (missingBlankLineAt !== null) {
    // Byte offset of the offending line: re-encode the consumed text, as
    // Latin-1 or UTF-8 characters need not be one byte each.
    const bodyStart = utf8 ? new TextEncoder().encode(text.slice(0, consumedChars)).length : consumedChars;
    if (fields.length > 0) problems.push(problem('missing-blank-line', { line: missingBlankLineAt }));
    return { fields, headerBytes: bodyStart, bodyStart, headersOnly: false, missingBlankLineAt, utf8, problems };
  }

  if (!end) {
    problems.push(problem('headers-only'));
    const last = fields[fields.length - 1];
    if (last && !endsWithLineEnd(bytes) && looksCutOff(last.value)) {
      problems.push(problem('truncated-header', { line: last.line }));
    }
  }
  return {
    fields,
    headerBytes: end ? end.bodyStart : bytes.length,
    bodyStart: end ? end.bodyStart : bytes.length,
    headersOnly: !end,
    missingBlankLineAt: null,
    utf8,
    problems,
  };
}

function endsWithLineEnd(bytes: Uint8Array): boolean {
  return bytes.length > 0 && bytes[bytes.length - 1] === LF;
}

/** An open angle bracket, parenthesis or quote at the very end means the field was cut. */
function looksCutOff(value: string): boolean {
  let angle = 0;
  let paren = 0;
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\') {
      i++;
    } else if (quoted) {
      if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === '(') {
      paren++;
    } else if (c === ')') {
      paren = Math.max(0, paren - 1);
    } else if (c === '<') {
      angle++;
    } else if (c === '>') {
      angle = Math.max(0, angle - 1);
    }
  }
  return quoted || paren > 0 || angle > 0 || value.trim() === '' || /[;=:,]\s*$/.test(value);
}
