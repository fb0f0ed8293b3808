// What a person pastes as a DKIM key record, made into the one TXT value to
// publish. It may be the zone-file fragment opendkim-genkey writes
// (`sel._domainkey IN TXT ( "v=DKIM1; k=rsa; " "p=…" ) ; ----- DKIM key sel
// for example.com`), `dig` output (`"…" "…"`), a BIND line with a TTL, or a
// bare value copied from a provider's form, with the line breaks, quotes and
// escapes the copy carried along. The clean value is the tag list (RFC 6376
// §3.2) with the white space that is not part of it removed.
//
// Cleaning never throws and is idempotent: the clean value cleans to itself
// (test/core/records/dkim/clean-record.test.ts checks both over all of
// Unicode). It holds no `"`, no `\` and no white space but the one space
// after each `;`, so a second pass takes the bare path and changes nothing.

import { decodeUtf8 } from '../../message/charset.ts';

/** How the text was written: a zone-file TXT line, quoted strings only, or a bare value. */
export type PastedForm = 'zone-file' | 'quoted' | 'bare';

/** What the copy carried that the clean value leaves out, each told to the reader. */
export type CopyArtefact = 'line-breaks' | 'spaces-in-values' | 'stray-quotes' | 'backslash-escapes' | 'invisible-characters';

export interface CleanedRecord {
  /** The TXT value to publish: `tag=value` parts joined by "; ". */
  value: string;
  form: PastedForm;
  /** The owner name of a zone-file line (`sel._domainkey`, or a full name), else null. */
  name: string | null;
  /** The domain opendkim-genkey names in its comment ("DKIM key sel for example.com"), else null. */
  commentDomain: string | null;
  /** The character-strings as written (quoted forms) or the one bare value, with their lengths in UTF-8 octets. */
  strings: { text: string; octets: number }[];
  artefacts: CopyArtefact[];
}

const encoder = new TextEncoder();

// A zone-file line before its data: owner, optional TTL and class, the type (RFC 1035 §5.1).
const ZONE_PREFIX = /^\s*(\S+)\s+(?:\d+\s+)?(?:IN\s+)?(?:\d+\s+)?TXT\s+/i;
// Characters that are never part of a key record but ride along in copies:
// zero-width spaces and joiners, the byte-order mark, soft hyphens, C0/C1 controls but white space.
const INVISIBLE_CLASS = '[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\u0000-\\u0008\\u000E-\\u001F\\u007F-\\u009F]';
const INVISIBLE = new RegExp(INVISIBLE_CLASS);
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'g');
const WHITE = /\s+/g;

export function cleanDkimRecord(text: string): CleanedRecord {
  const artefacts = new Set<CopyArtefact>();
  const quoted = text.includes('"') ? readQuoted(text) : null;
  let form: PastedForm = 'bare';
  let name: string | null = null;
  let commentDomain: string | null = null;
  let joined: string;
  let strings: string[];
  // Tag data outside the quotes means the quotes are strays in a bare value, not zone-file strings.
  if (quoted && quoted.strings.length > 0 && !quoted.dataOutside) {
    form = quoted.owner === null ? 'quoted' : 'zone-file';
    name = quoted.owner;
    commentDomain = domainInComment(quoted.comment);
    strings = quoted.strings;
    joined = strings.join('');
    if (quoted.escapes) artefacts.add('backslash-escapes');
  } else {
    let rest = text;
    const prefix = ZONE_PREFIX.exec(rest);
    if (prefix) {
      form = 'zone-file';
      name = prefix[1]!;
      rest = rest.slice(prefix[0].length);
    }
    if (rest.includes('\\')) {
      // dig and some panels print `\;` for every semicolon (RFC 1035 §5.1 escapes).
      artefacts.add('backslash-escapes');
      rest = decodeEscapes(rest).text;
    }
    if (rest.includes('"')) artefacts.add('stray-quotes');
    joined = rest;
    strings = [rest.trim()];
  }
  if (/[\r\n]/.test(joined)) artefacts.add('line-breaks');
  if (INVISIBLE.test(joined)) artefacts.add('invisible-characters');
  const value = normalizeTagList(joined, artefacts);
  return {
    value,
    form,
    name,
    commentDomain,
    strings: strings.map((s) => ({ text: s, octets: encoder.encode(s).length })),
    artefacts: [...artefacts],
  };
}

/** The tag list with its parts trimmed, values and names without white space, and no quotes, backslashes or invisible characters. */
function normalizeTagList(text: string, artefacts: Set<CopyArtefact>): string {
  const visible = text.replace(INVISIBLE_ALL, '').replace(/["\\]/g, '');
  const parts: string[] = [];
  for (const raw of visible.split(';')) {
    const part = raw.trim();
    if (part === '') continue;
    const equals = part.indexOf('=');
    if (equals <= 0) {
      parts.push(part.replace(WHITE, ''));
      continue;
    }
    const value = part.slice(equals + 1);
    // RFC 6376 §3.2 allows FWS inside values; a key split by a copy is the common case.
    if (/\S\s+\S/.test(value.trim()) || /[^\S ]/.test(value)) artefacts.add('spaces-in-values');
    parts.push(`${part.slice(0, equals).replace(WHITE, '')}=${value.replace(WHITE, '')}`);
  }
  return parts.join('; ');
}

interface QuotedText {
  owner: string | null;
  /** Text outside the quotes and comments holds a "=": tag data, not a zone-file line. */
  dataOutside: boolean;
  strings: string[];
  comment: string;
  escapes: boolean;
}

/**
 * The quoted character-strings of zone-file text (RFC 1035 §5.1), the owner
 * name before them, and the comment after a `;` outside quotes (one whose
 * line holds no "=": a `;` before more tags separates them). Parentheses
 * only group lines there; text outside quotes that is none of these is dropped.
 */
function readQuoted(text: string): QuotedText {
  const strings: string[] = [];
  const comments: string[] = [];
  let outside = '';
  let dataOutside = false;
  let escapes = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ';') {
      const end = text.indexOf('\n', i);
      const rest = text.slice(i + 1, end === -1 ? text.length : end);
      if (!rest.includes('=')) {
        comments.push(rest);
        i = end === -1 ? text.length : end;
        continue;
      }
    }
    if (char !== '"') {
      if (strings.length === 0) outside += char;
      dataOutside ||= char === '=';
      i += 1;
      continue;
    }
    // An unterminated string runs to the end of the text.
    const close = closingQuote(text, i + 1);
    const decoded = decodeEscapes(text.slice(i + 1, close));
    escapes ||= decoded.escaped;
    strings.push(decoded.text);
    i = close + 1;
  }
  const owner = ZONE_PREFIX.exec(`${outside.replace(/[()]/g, ' ')} `)?.[1] ?? null;
  return { owner, dataOutside, strings, comment: comments.join(' '), escapes };
}

function closingQuote(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i, text.length);
}

/** `\DDD` is one octet and `\X` is X (RFC 1035 §5.1); octets are collected and decoded as UTF-8. */
function decodeEscapes(text: string): { text: string; escaped: boolean } {
  if (!text.includes('\\')) return { text, escaped: false };
  const octets: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') {
      const digits = /^\d{3}/.exec(text.slice(i + 1, i + 4));
      if (digits && Number(digits[0]) < 256) {
        octets.push(Number(digits[0]));
        i += 4;
        continue;
      }
      i += 1;
      if (i >= text.length) break;
    }
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    octets.push(...encoder.encode(char));
    i += char.length;
  }
  return { text: decodeUtf8(Uint8Array.from(octets), { keepByteOrderMark: true }), escaped: true };
}

/** opendkim-genkey ends its line with "; ----- DKIM key SELECTOR for DOMAIN". */
function domainInComment(comment: string): string | null {
  const match = /DKIM key \S+ for ([A-Za-z0-9.-]+\.[A-Za-z]{2,})/.exec(comment);
  return match ? match[1]!.replace(/\.$/, '').toLowerCase() : null;
}
