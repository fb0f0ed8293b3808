// Content-Type and Content-Disposition values (RFC 2045 §5.1, RFC 2183):
// a type/subtype (or a disposition word) followed by `; name=value`
// parameters, values plain tokens or quoted strings. RFC 2231 parameters
// split into numbered sections (`name*0=`, `name*1=`) or carrying a charset
// (`name*=utf-8''%E2%9C%93`) are joined and decoded.

export interface ContentType {
  /** Lower-cased, e.g. "multipart". */
  type: string;
  /** Lower-cased, e.g. "report". */
  subtype: string;
  /** `type/subtype`, lower-cased. */
  mediaType: string;
  /** Parameter names lower-cased; values as written (quotes removed). */
  params: Record<string, string>;
}

// RFC 2045 §5.2: a missing or unreadable Content-Type means plain US-ASCII text.
export const DEFAULT_CONTENT_TYPE: ContentType = Object.freeze({
  type: 'text',
  subtype: 'plain',
  mediaType: 'text/plain',
  params: Object.freeze({ charset: 'us-ascii' }) as Record<string, string>,
});

// A header value longer than this is not a real Content-Type; cutting it
// stops a crafted megabyte-long parameter list from costing time per part.
const MAX_VALUE_CHARS = 8192;
// RFC 2231 continuations beyond this many sections are dropped: a value split
// into thousands of sections would otherwise be joined for nothing.
const MAX_CONTINUATIONS = 64;

const MEDIA_TYPE = /^\s*([A-Za-z0-9!#$&^_.+-]{1,127})\s*\/\s*([A-Za-z0-9!#$&^_.+-]{1,127})/;

/** Splits `value` at semicolons that are not inside a quoted string. */
function splitParameters(value: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quoted && c === '\\' && i + 1 < value.length) {
      current += value[++i];
      continue;
    }
    if (c === '"') quoted = !quoted;
    else if (c === ';' && !quoted) {
      pieces.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  pieces.push(current);
  return pieces;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) return trimmed.slice(1, -1);
  // A lone opening quote (a truncated value): keep what follows it.
  return trimmed.startsWith('"') ? trimmed.slice(1) : trimmed;
}

/** RFC 2231 §4: `charset'language'percent-encoded-octets`. */
function decodeExtendedValue(value: string, withCharset: boolean): string {
  let charset = 'us-ascii';
  let encoded = value;
  if (withCharset) {
    const first = value.indexOf("'");
    const second = first >= 0 ? value.indexOf("'", first + 1) : -1;
    if (second < 0) return value;
    charset = value.slice(0, first) || 'us-ascii';
    encoded = value.slice(second + 1);
  }
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i++) {
    const c = encoded.charCodeAt(i);
    if (c === 0x25 && /^[0-9A-Fa-f]{2}$/.test(encoded.slice(i + 1, i + 3))) {
      bytes.push(parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(c & 0xff);
    }
  }
  try {
    return new TextDecoder(charset).decode(new Uint8Array(bytes));
  } catch {
    // An unknown charset label: Latin-1 keeps every byte visible.
    return new TextDecoder('latin1').decode(new Uint8Array(bytes));
  }
}

/** The `; name=value` parameters after the first token of a MIME header value. */
export function parseParameters(pieces: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  const sections: Record<string, { index: number; value: string; extended: boolean }[]> = {};
  for (const piece of pieces) {
    const equals = piece.indexOf('=');
    if (equals <= 0) continue;
    const rawName = piece.slice(0, equals).trim().toLowerCase();
    const value = unquote(piece.slice(equals + 1));
    const section = /^([^*]{1,100})\*(\d{1,3})(\*?)$/.exec(rawName);
    if (section) {
      const index = Number(section[2]);
      if (index >= MAX_CONTINUATIONS) continue;
      (sections[section[1]!] ??= []).push({ index, value, extended: section[3] === '*' });
    } else if (rawName.endsWith('*')) {
      params[rawName.slice(0, -1)] = decodeExtendedValue(value, true);
    } else if (!(rawName in params)) {
      params[rawName] = value;
    }
  }
  for (const [name, parts] of Object.entries(sections)) {
    parts.sort((a, b) => a.index - b.index);
    // Only the first section carries the charset (RFC 2231 §4.1).
    const joined = parts.map((p, i) => (p.extended ? decodeExtendedValue(p.value, i === 0 && p.index === 0) : p.value)).join('');
    params[name] = joined;
  }
  return params;
}

export function parseContentType(value: string | null | undefined): ContentType {
  if (!value) return DEFAULT_CONTENT_TYPE;
  const text = value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value;
  const match = MEDIA_TYPE.exec(text);
  if (!match) return DEFAULT_CONTENT_TYPE;
  const type = match[1]!.toLowerCase();
  const subtype = match[2]!.toLowerCase();
  const pieces = splitParameters(text.slice(match[0].length));
  return { type, subtype, mediaType: `${type}/${subtype}`, params: parseParameters(pieces.slice(1)) };
}

/** Content-Disposition (RFC 2183): the disposition word and its parameters. */
export function parseDisposition(value: string | null | undefined): { disposition: string; params: Record<string, string> } | null {
  if (!value) return null;
  const pieces = splitParameters(value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value);
  return { disposition: pieces[0]!.trim().toLowerCase(), params: parseParameters(pieces.slice(1)) };
}
