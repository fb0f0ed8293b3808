// A message as the structure-aware mutations see it: header fields (each
// with its continuation lines) and the body, as exact Latin-1 text so that
// every byte comes back unchanged (src/core/message/charset.ts).

import { decodeLatin1, encodeLatin1 } from '../../src/core/message/charset.ts';

export interface MessageText {
  /** Each field as written, continuation lines included, without its line end. */
  fields: string[];
  /** The line end the message uses ("\r\n", or "\n" for a paste). */
  eol: string;
  /** Everything after the blank line; null when there is none (headers only). */
  body: string | null;
}

export function splitMessage(bytes: Uint8Array): MessageText {
  const text = decodeLatin1(bytes);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const end = text.indexOf(eol + eol);
  const header = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? null : text.slice(end + eol.length * 2);
  const fields: string[] = [];
  for (const line of header.split(eol)) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length > 0) fields[fields.length - 1] += eol + line;
    else fields.push(line);
  }
  return { fields, eol, body };
}

export function joinMessage(message: MessageText): Uint8Array {
  const header = message.fields.join(message.eol) + message.eol;
  return encodeLatin1(message.body === null ? header : header + message.eol + message.body);
}

/** UTF-8 bytes of `text` as Latin-1 characters, to put Unicode into the byte-exact text. */
export function asBytesText(text: string): string {
  return decodeLatin1(new TextEncoder().encode(text));
}

export function fieldName(field: string): string {
  const colon = field.indexOf(':');
  return colon < 0 ? '' : field.slice(0, colon).trim().toLowerCase();
}

export function fieldValue(field: string): string {
  const colon = field.indexOf(':');
  return colon < 0 ? field : field.slice(colon + 1);
}
