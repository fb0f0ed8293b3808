// RFC 2047 encoded words, "=?charset?B|Q?text?=", the way non-ASCII text
// travels in Subject, display names and comments. Adjacent words separated
// only by white space are joined without it (§6.2), and their bytes are
// joined before decoding, because senders split a multi-byte character
// across two words more often than the RFC allows (§5). The charset may
// carry an RFC 2231 §5 language ("utf-8*de"). Charsets are decoded by
// charset.ts, which decodes every Encoding Standard label alike in Node and
// in a worker.

import { decodeLatin1, decoderFor, encodeLatin1 } from './charset.ts';
import { decodeBase64 } from './mime-decode.ts';

export interface DecodedWords {
  text: string;
  /** How many encoded words were found. */
  words: number;
  /** Charsets the Encoding Standard does not know; those words are left as written. */
  unknownCharsets: string[];
  /** Languages given with RFC 2231 §5 ("*de"). */
  languages: string[];
}

// The RFC limits a word to 75 characters; real senders write longer ones,
// so the text is bounded at 4,000 characters instead. The classes cannot
// hold "?" or white space, so the match cannot backtrack across words.
const ENCODED_WORD = /=\?([^?\s*]{1,64})(?:\*([A-Za-z0-9-]{1,35}))?\?([BbQq])\?([^?\s]{0,4000})\?=/g;

/** RFC 2047 §4.2: "_" is a space, "=XX" a byte, everything else itself. */
export function decodeQuotedWord(textValue: string): Uint8Array {
  const out = new Uint8Array(textValue.length);
  let length = 0;
  for (let i = 0; i < textValue.length; i++) {
    const c = textValue[i]!;
    if (c === '_') out[length++] = 0x20;
    else if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(textValue.slice(i + 1, i + 3))) {
      out[length++] = parseInt(textValue.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[length++] = textValue.charCodeAt(i) & 0xff;
  }
  return out.subarray(0, length);
}

const ascii = new TextEncoder();

export function decodeEncodedWords(value: string): DecodedWords {
  const result: DecodedWords = { text: '', words: 0, unknownCharsets: [], languages: [] };
  let out = '';
  let last = 0;
  // A run of adjacent words in one charset, its bytes kept as a Latin-1
  // string (one character per byte) until it ends and is decoded whole.
  let run: { charset: string; bytes: string; raw: string } | null = null;
  const flushRun = () => {
    if (!run) return;
    const decoder = decoderFor(run.charset);
    if (decoder) out += decoder.decode(encodeLatin1(run.bytes));
    else {
      out += run.raw;
      if (!result.unknownCharsets.includes(run.charset)) result.unknownCharsets.push(run.charset);
    }
    run = null;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const [whole, charset, language, encoding, payload] = match as unknown as [string, string, string | undefined, string, string];
    const between = value.slice(last, match.index);
    const adjacent = run !== null && /^[ \t\r\n]*$/.test(between);
    if (!adjacent) {
      flushRun();
      out += between;
    }
    const bytes = encoding.toUpperCase() === 'B' ? decodeBase64(ascii.encode(payload)) : decodeQuotedWord(payload);
    const label = charset.toLowerCase();
    if (run !== null && (run as { charset: string }).charset !== label) flushRun();
    if (run === null) run = { charset: label, bytes: '', raw: '' };
    run.bytes += decodeLatin1(bytes);
    run.raw += whole;
    if (language && !result.languages.includes(language)) result.languages.push(language);
    result.words++;
    last = match.index + whole.length;
  }
  flushRun();
  out += value.slice(last);
  result.text = out;
  return result;
}
