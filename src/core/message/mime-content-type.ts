// Content-Type and Content-Disposition values (RFC 2045 §5.1, RFC 2183):
// a type/subtype (or a disposition word) followed by `; name=value`
// parameters, values plain tokens or quoted strings. RFC 2231 parameters
// split into numbered sections (`name*0=`, `name*1=`) or carrying a charset
// (`name*=utf-8''%E2%9C%93`) are joined and decoded by rfc2231-parameters.ts.

import { parseMimeValue } from './rfc2231-parameters.ts';

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

const MEDIA_TYPE = /^\s*([A-Za-z0-9!#$&^_.+-]{1,127})\s*\/\s*([A-Za-z0-9!#$&^_.+-]{1,127})/;

/**
 * The parameters by lower-cased name. RFC 2047 words in quoted values stay
 * as written: a boundary must match its delimiter lines byte for byte.
 */
function parametersOf(value: string): { head: string; params: Record<string, string> } {
  const mime = parseMimeValue(value.length > MAX_VALUE_CHARS ? value.slice(0, MAX_VALUE_CHARS) : value, { decodeWords: false });
  const params: Record<string, string> = {};
  for (const parameter of mime.parameters) params[parameter.name.toLowerCase()] = parameter.value;
  return { head: mime.value, params };
}

export function parseContentType(value: string | null | undefined): ContentType {
  if (!value) return DEFAULT_CONTENT_TYPE;
  const { head, params } = parametersOf(value);
  const match = MEDIA_TYPE.exec(head);
  if (!match) return DEFAULT_CONTENT_TYPE;
  const type = match[1]!.toLowerCase();
  const subtype = match[2]!.toLowerCase();
  return { type, subtype, mediaType: `${type}/${subtype}`, params };
}

/** Content-Disposition (RFC 2183): the disposition word and its parameters. */
export function parseDisposition(value: string | null | undefined): { disposition: string; params: Record<string, string> } | null {
  if (!value) return null;
  const { head, params } = parametersOf(value);
  return { disposition: head.toLowerCase(), params };
}
