// Values in disguise: the forms in which an address, a name or a host name
// stands in mail without being written as itself, so that a search of the
// plain text misses it (issue 10, item 6):
//
//   percent-encoding   RFC 3986 §2.1 in URIs (List-Unsubscribe, RFC 2369;
//                      mailto:, RFC 6068 §2: "alice%40example.com"), twice
//                      or more when a URI is nested in another ("%2540"), and
//                      RFC 2231 §4 extended parameters (filename*=utf-8''…)
//   encoded words      RFC 2047 "=?charset?B|Q?…?=" anywhere in a header
//                      field: Subject, comments, display names of any field
//
// Each finder returns the run as it stands and its decoded byte view
// (./byte-view.ts), so the same finders that search plain text can search
// it; redact-text.ts maps what they find back onto the run.

import { decodeEncodedWords } from '../message/rfc2047-encoded-words.ts';
import { encodeBase64 } from './rfc4648-base64.ts';
import { textToView, viewToBytes } from './byte-view.ts';

/**
 * How many layers of encoding are opened: "%252540" is three. Real mail
 * nests two at most (a tracking redirect around an unsubscribe URI); the
 * bound stops a crafted run of "%2525…" from being decoded once per layer.
 */
export const MAX_ENCODING_DEPTH = 4;

export interface PercentRun {
  start: number;
  end: number;
  /** The run with one layer of %XX decoded, as a byte view. */
  decoded: string;
  /** For each decoded character, where it stands in the run's text (absolute offsets). */
  from: Int32Array;
  to: Int32Array;
}

// A run of URI and parameter characters, found only where a run starts
// (the look-behind), so a long run is scanned once and never backtracked.
// 16 KiB is the longest header field line redaction reads.
const URI_RUN = /(?<![^\s"<>()[\]{}\\^`|,;])[^\s"<>()[\]{}\\^`|,;]{3,16384}/g;
const PERCENT = /%[0-9A-Fa-f]{2}/;

const hexValue = (code: number): number => (code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 70 ? code - 55 : code >= 97 && code <= 102 ? code - 87 : -1);

/** Runs that hold at least one %XX, each with one layer decoded. */
export function findPercentRuns(text: string): PercentRun[] {
  const runs: PercentRun[] = [];
  for (const match of text.matchAll(URI_RUN)) {
    const run = match[0];
    if (!PERCENT.test(run)) continue;
    const from = new Int32Array(run.length);
    const to = new Int32Array(run.length);
    let decoded = '';
    let n = 0;
    for (let i = 0; i < run.length; i++) {
      const high = run.charCodeAt(i) === 37 ? hexValue(run.charCodeAt(i + 1)) : -1;
      const low = high >= 0 ? hexValue(run.charCodeAt(i + 2)) : -1;
      from[n] = match.index + i;
      if (low >= 0) {
        decoded += String.fromCharCode(high * 16 + low);
        i += 2;
      } else decoded += run[i];
      to[n++] = match.index + i + 1;
    }
    runs.push({ start: match.index, end: match.index + run.length, decoded, from: from.subarray(0, n), to: to.subarray(0, n) });
  }
  return runs;
}

/** RFC 3986 §2.1: every byte outside the unreserved set as %XX, so a token fits where the value stood. */
export function percentEncode(view: string): string {
  let out = '';
  for (let i = 0; i < view.length; i++) {
    const c = view[i]!;
    out += /[A-Za-z0-9._~-]/.test(c) ? c : `%${view.charCodeAt(i).toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

export interface EncodedWordRun {
  start: number;
  end: number;
  /** The words decoded and joined (RFC 2047 §6.2), as the byte view of their UTF-8. */
  decoded: string;
}

// One encoded word (RFC 2047 §2), and a run of them separated only by
// folding white space. The classes hold no "?" and no white space, so
// neither can backtrack into its neighbour.
const WORD = String.raw`=\?[^?\s]{1,64}\?[BbQq]\?[^?\s]{0,4000}\?=`;
const WORD_RUN = new RegExp(`${WORD}(?:[ \\t]{0,64}(?:\\r?\\n[ \\t]{1,64})?${WORD}){0,256}`, 'g');
/** Adjacent encoded words, decoded as one text (../message/rfc2047-encoded-words.ts joins their bytes before decoding). */
export function findEncodedWordRuns(text: string): EncodedWordRun[] {
  if (!text.includes('=?')) return [];
  return [...text.matchAll(WORD_RUN)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    decoded: textToView(decodeEncodedWords(match[0]).text),
  }));
}

/**
 * A redacted text as UTF-8 "B" encoded words of at most 75 characters
 * (RFC 2047 §2), split only between whole UTF-8 characters (§5), joined by
 * a space, which a reader drops between adjacent words (§6.2).
 */
export function encodeWords(view: string): string {
  const bytes = viewToBytes(view);
  const words: string[] = [];
  // 45 bytes are 60 base64 characters: with "=?utf-8?B?" and "?=", 72.
  for (let at = 0; at < bytes.length; ) {
    let end = Math.min(at + 45, bytes.length);
    while (end < bytes.length && end > at + 1 && (bytes[end]! & 0xc0) === 0x80) end--;
    words.push(`=?utf-8?B?${encodeBase64(bytes.subarray(at, end), 'base64')}?=`);
    at = end;
  }
  return words.join(' ');
}
