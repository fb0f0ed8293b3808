// RFC 2047 encoded words, "=?charset?B|Q?text?=", the way non-ASCII text
// travels in Subject, display names and comments. Adjacent words separated
// only by white space are joined without it (§6.2), and their bytes are
// joined before decoding, because senders split a multi-byte character
// across two words more often than the RFC allows (§5). The charset may
// carry an RFC 2231 §5 language ("utf-8*de"). Charsets are decoded by
// TextDecoder, which knows every WHATWG label in Node and in a worker.

export interface DecodedWords {
  text: string;
  /** How many encoded words were found. */
  words: number;
  /** Charsets TextDecoder did not know; those words are left as written. */
  unknownCharsets: string[];
  /** Languages given with RFC 2231 §5 ("*de"). */
  languages: string[];
}

// The RFC limits a word to 75 characters; real senders write longer ones,
// so the text is bounded at 4,000 characters instead. The classes cannot
// hold "?" or white space, so the match cannot backtrack across words.
const ENCODED_WORD = /=\?([^?\s*]{1,64})(?:\*([A-Za-z0-9-]{1,35}))?\?([BbQq])\?([^?\s]{0,4000})\?=/g;

const BASE64_VALUES = (() => {
  const table = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  // RFC 4648 §5 (base64url) letters, which some senders use by mistake.
  table['-'.charCodeAt(0)] = 62;
  table['_'.charCodeAt(0)] = 63;
  return table;
})();

/** Base64 to bytes, skipping characters outside the alphabet and ignoring missing padding. */
export function decodeBase64(textValue: string): Uint8Array {
  const out = new Uint8Array(Math.floor((textValue.length * 3) / 4) + 3);
  let length = 0;
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < textValue.length; i++) {
    const code = textValue.charCodeAt(i);
    if (code === 0x3d) break; // "=" padding ends the data
    const value = code < 128 ? BASE64_VALUES[code]! : -1;
    if (value < 0) continue;
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[length++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, length);
}

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

export interface ByteDecoder {
  decode(bytes: Uint8Array): string;
}

// WHATWG Encoding maps all these labels to windows-1252, and browsers
// decode them so. Node's TextDecoder decodes "latin1" and friends as
// ISO-8859-1 instead (0x80-0x9F become C1 controls), so the same message
// would give two different Analyses in Node and in the worker. This small
// table decodes them the WHATWG way everywhere.
const WINDOWS_1252_LABELS = new Set([
  'ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591',
  'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252',
]);
// 0x80-0x9F of windows-1252; 0 marks the five undefined bytes, kept as their C1 code point.
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const WINDOWS_1252: ByteDecoder = {
  decode(bytes: Uint8Array): string {
    let out = '';
    for (const byte of bytes) {
      const mapped = byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : 0;
      out += String.fromCharCode(mapped || byte);
    }
    return out;
  },
};

const decoders = new Map<string, ByteDecoder | null>();

/** A decoder for a MIME charset label, or null when the label is unknown. */
export function decoderFor(charset: string): ByteDecoder | null {
  const label = charset.toLowerCase().trim();
  if (WINDOWS_1252_LABELS.has(label)) return WINDOWS_1252;
  if (!decoders.has(label)) {
    try {
      decoders.set(label, new TextDecoder(label === 'utf8' ? 'utf-8' : label));
    } catch {
      // RangeError: not a WHATWG label (e.g. "unknown-8bit"); the caller keeps the raw word.
      decoders.set(label, null);
    }
  }
  return decoders.get(label)!;
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

export function decodeEncodedWords(value: string): DecodedWords {
  const result: DecodedWords = { text: '', words: 0, unknownCharsets: [], languages: [] };
  let out = '';
  let last = 0;
  // A run of adjacent words in one charset, kept as bytes until it ends.
  let run: { charset: string; bytes: Uint8Array[]; raw: string } | null = null;
  const flushRun = () => {
    if (!run) return;
    const decoder = decoderFor(run.charset);
    if (decoder) out += decoder.decode(concatBytes(run.bytes));
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
    const bytes = encoding.toUpperCase() === 'B' ? decodeBase64(payload) : decodeQuotedWord(payload);
    const label = charset.toLowerCase();
    if (run !== null && (run as { charset: string }).charset !== label) flushRun();
    if (run === null) run = { charset: label, bytes: [], raw: '' };
    run.bytes.push(bytes);
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
