// MIME parameters (RFC 2045 §5.1) with the RFC 2231 extensions: a value
// split into numbered sections (name*0, name*1, §3), and a charset and
// language for percent-encoded values (name*=utf-8'de'%C3%BC, §4). Many
// mailers put RFC 2047 words inside a quoted filename instead, which RFC
// 2047 §5 forbids but every reader decodes; we decode it too and say so.
// Content-Type and Content-Disposition (mime-content-type.ts) and the
// header explanations read their parameters here.

import { decoderFor, decodeWindows1252 } from './charset.ts';
import { decodeEncodedWords } from './rfc2047-encoded-words.ts';
import { removeComments, splitOutside } from './rfc5322-lexical.ts';

export interface MimeParameter {
  name: string;
  value: string;
  /** RFC 2231 §4 charset and language, where given. */
  charset: string | null;
  language: string | null;
  /** How the value was written: plain, RFC 2231 sections or percent-encoding, or RFC 2047 words in quotes. */
  form: 'plain' | 'rfc2231' | 'rfc2047-in-quotes';
}

export interface MimeValue {
  /** The part before the first ";": "text/plain", "attachment". */
  value: string;
  parameters: MimeParameter[];
}

// A parameter list is short; a hostile field could repeat "a=b;" a million
// times. 200 parameters is far beyond any real Content-Type.
const MAX_PARAMETERS = 200;
// RFC 2231 sections beyond this number are dropped: a value split into
// hundreds of sections would otherwise be sorted and joined for nothing.
const MAX_SECTIONS = 64;

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  // A lone opening quote is a value cut short (a truncated header): keep what follows it.
  return trimmed.startsWith('"') ? trimmed.slice(1).replace(/\\(.)/g, '$1') : trimmed;
}

function percentDecode(value: string, charset: string | null): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(value.charCodeAt(i) & 0xff);
  }
  // An unknown charset label: windows-1252 shows every byte as a character.
  const decoder = decoderFor(charset ?? 'us-ascii') ?? { decode: decodeWindows1252 };
  return decoder.decode(new Uint8Array(bytes));
}

interface Section {
  index: number;
  encoded: boolean;
  text: string;
}

/**
 * A MIME header value: the word before the first ";" and its parameters.
 * `decodeWords: false` leaves RFC 2047 words in quoted values as written,
 * for values that are matched byte for byte (a multipart boundary).
 */
export function parseMimeValue(field: string, options: { decodeWords?: boolean } = {}): MimeValue {
  const decodeWords = options.decodeWords ?? true;
  const [head = '', ...rest] = splitOutside(field, ';', MAX_PARAMETERS + 1).map(removeComments);
  const plain = new Map<string, MimeParameter>();
  const sectioned = new Map<string, { name: string; sections: Section[] }>();
  for (const piece of rest) {
    const equals = piece.indexOf('=');
    if (equals <= 0) continue;
    const rawName = piece.slice(0, equals).trim();
    // "; =value": white space alone is no attribute name (RFC 2045 §5.1 token).
    if (rawName === '') continue;
    const rawValue = piece.slice(equals + 1);
    const extended = /^([^*\s]{1,100})\*(?:(\d{1,3})(\*)?)?$/.exec(rawName);
    if (!extended) {
      const key = rawName.toLowerCase();
      if (plain.has(key)) continue;
      const unquoted = unquote(rawValue);
      const words = decodeWords ? decodeEncodedWords(unquoted) : null;
      const inQuotes = words !== null && words.words > 0;
      plain.set(key, { name: rawName, value: inQuotes ? words.text : unquoted, charset: null, language: null, form: inQuotes ? 'rfc2047-in-quotes' : 'plain' });
      continue;
    }
    const [, name, index, star] = extended;
    if (index !== undefined && Number(index) >= MAX_SECTIONS) continue;
    const key = name!.toLowerCase();
    const entry = sectioned.get(key) ?? { name: name!, sections: [] };
    // "name*=" is one encoded section; "name*N=" plain; "name*N*=" encoded.
    entry.sections.push({ index: index === undefined ? 0 : Number(index), encoded: index === undefined || star === '*', text: unquote(rawValue) });
    sectioned.set(key, entry);
  }
  for (const [key, { name, sections }] of sectioned) {
    sections.sort((a, b) => a.index - b.index);
    let charset: string | null = null;
    let language: string | null = null;
    let joined = '';
    sections.forEach((section, position) => {
      let textValue = section.text;
      if (position === 0 && section.encoded) {
        // §4: charset'language'value, either part may be empty; only the first section carries them (§4.1).
        const quote = /^([^']{0,64})'([^']{0,64})'/.exec(textValue);
        if (quote) {
          charset = quote[1] || null;
          language = quote[2] || null;
          textValue = textValue.slice(quote[0].length);
        }
      }
      joined += section.encoded ? percentDecode(textValue, charset) : textValue;
    });
    // §3: an RFC 2231 parameter wins over a plain one of the same name.
    plain.set(key, { name, value: joined, charset, language, form: 'rfc2231' });
  }
  return { value: head.trim(), parameters: [...plain.values()] };
}

export function parameterOf(value: MimeValue, name: string): string | null {
  return value.parameters.find((p) => p.name.toLowerCase() === name)?.value ?? null;
}
