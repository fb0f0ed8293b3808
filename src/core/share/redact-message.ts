// Redaction of the message itself. The header, the MIME structure and
// every part written as plain text (7bit, 8bit, binary) are redacted where
// they stand. A text part in base64 or quoted-printable (RFC 2045 §6.7,
// §6.8) is decoded, redacted and encoded again the same way, so an address
// inside it is found too; a message/rfc822 part is redacted as a message of
// its own. Other encoded parts (images, PDFs, archives) cannot be searched,
// so they are left out (their headers stay) and the share says so.

import type { LocalizedText } from '../analysis.ts';
import { findHeaderEnd } from '../message/header-block.ts';
import { countLineEnds, toCrlf } from '../message/line-ends.ts';
import { messageStart } from '../message/prepare-message.ts';
import { decodedBody, listEntities, MAX_MIME_DEPTH, readMimeEntity, type MimeEntity } from '../message/mime-entity.ts';
import { bytesToView, viewToBytes } from './byte-view.ts';
import { encodeBase64 } from './rfc4648-base64.ts';
import { redactView, type Redactor } from './redact-text.ts';

// Encoded types whose decoded content is text to search. message/* parts
// are opened as messages.
const SEARCHABLE = /^(?:text\/|application\/(?:json|xml|ics|pgp-signature|x-www-form-urlencoded)$|message\/(?:delivery-status|disposition-notification|feedback-report|global-delivery-status|global-disposition-notification)$)/;
const EMBEDDED_MESSAGE = /^message\/(?:rfc822|global|global-headers|rfc822-headers)$|^text\/rfc822-headers$/;

/** Normalises the input and drops the body when asked; the analysis reads both forms alike. */
export function prepareForRedaction(original: Uint8Array, leaveOutBody: boolean): { bytes: Uint8Array; bodyLeftOut: boolean } {
  // The byte order mark and an mbox "From " line (which names the envelope
  // sender) go exactly as the analysis drops them.
  const start = messageStart(original).bytes;
  const bytes = toCrlf(start, countLineEnds(start));
  if (!leaveOutBody) return { bytes, bodyLeftOut: false };
  const end = findHeaderEnd(bytes);
  // headerEnd is just past the CRLF of the last field: no blank line, so the
  // analysis reads a header-only message (RFC 6376 body hash "not checkable").
  return end ? { bytes: bytes.subarray(0, end.headerEnd), bodyLeftOut: true } : { bytes, bodyLeftOut: false };
}

interface Region {
  start: number;
  end: number;
  entity: MimeEntity;
  action: 'text' | 'message' | 'leave-out';
}

function offsetIn(outer: Uint8Array, inner: Uint8Array): number {
  return inner.byteOffset - outer.byteOffset;
}

/** The leaf parts whose bodies are not plain text in place: encoded, or a message of their own. */
function encodedRegions(bytes: Uint8Array, depth: number): Region[] {
  if (depth >= MAX_MIME_DEPTH) return [];
  const regions: Region[] = [];
  for (const entity of listEntities(readMimeEntity(bytes))) {
    if (entity.parts.length > 0 || entity.body.length === 0) continue;
    const type = `${entity.contentType.type}/${entity.contentType.subtype}`.toLowerCase();
    const encoded = entity.transferEncoding === 'base64' || entity.transferEncoding === 'quoted-printable';
    // A message/rfc822 body, even the whole body of the message, is a message of its own.
    const action = EMBEDDED_MESSAGE.test(type) ? 'message' : !encoded ? null : SEARCHABLE.test(type) ? 'text' : 'leave-out';
    if (action === null) continue;
    const start = offsetIn(bytes, entity.body);
    regions.push({ start, end: start + entity.body.length, entity, action });
  }
  return regions;
}

/** The texts of a message to collect values from: plain regions, and each encoded part decoded. */
export function messageViews(bytes: Uint8Array, depth = 0): string[] {
  const views: string[] = [];
  let at = 0;
  for (const region of encodedRegions(bytes, depth)) {
    views.push(bytesToView(bytes.subarray(at, region.start)));
    if (region.action === 'text') views.push(bytesToView(decodedBody(region.entity)));
    if (region.action === 'message') views.push(...messageViews(decodedBody(region.entity), depth + 1));
    at = region.end;
  }
  views.push(bytesToView(bytes.subarray(at)));
  return views;
}

function base64Lines(bytes: Uint8Array): string {
  const text = encodeBase64(bytes, 'base64');
  const lines: string[] = [];
  // RFC 2045 §6.8: lines of at most 76 characters.
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join('\r\n');
}

/** RFC 2045 §6.7 quoted-printable of a byte view whose hard line breaks are CRLF. */
function quotedPrintable(view: string): string {
  const hex = (code: number) => `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
  return view
    .split('\r\n')
    .map((line) => {
      let out = '';
      let width = 0;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        const last = i === line.length - 1;
        // Rule 3: white space at the end of a line is encoded; rules 1 and 2 for the rest.
        const plain = (code >= 33 && code <= 126 && code !== 61) || ((code === 32 || code === 9) && !last);
        const piece = plain ? line[i]! : hex(code);
        // Rule 5: soft line breaks keep encoded lines at 76 characters.
        if (width + piece.length > 75) {
          out += '=\r\n';
          width = 0;
        }
        out += piece;
        width += piece.length;
      }
      return out;
    })
    .join('\r\n');
}

function encodeLike(entity: MimeEntity, content: Uint8Array): string {
  const trailing = entity.body.length >= 2 && entity.body[entity.body.length - 2] === 0x0d && entity.body[entity.body.length - 1] === 0x0a ? '\r\n' : '';
  if (entity.transferEncoding === 'base64') return base64Lines(content) + trailing;
  if (entity.transferEncoding === 'quoted-printable') {
    const encoded = quotedPrintable(bytesToView(content));
    return encoded.endsWith('\r\n') || trailing === '' ? encoded : encoded + trailing;
  }
  return bytesToView(content);
}

/** The redacted message as a byte view; `leftOut` counts the parts that could not be searched. */
export function redactMessageView(bytes: Uint8Array, redactor: Redactor, depth = 0): { view: string; leftOut: number } {
  const parts: string[] = [];
  let leftOut = 0;
  let at = 0;
  for (const region of encodedRegions(bytes, depth)) {
    parts.push(redactView(bytesToView(bytes.subarray(at, region.start)), redactor));
    if (region.action === 'leave-out') {
      leftOut++;
    } else if (region.action === 'text') {
      parts.push(encodeLike(region.entity, viewToBytes(redactView(bytesToView(decodedBody(region.entity)), redactor))));
    } else {
      const inner = redactMessageView(decodedBody(region.entity), redactor, depth + 1);
      leftOut += inner.leftOut;
      parts.push(encodeLike(region.entity, viewToBytes(inner.view)));
    }
    at = region.end;
  }
  parts.push(redactView(bytesToView(bytes.subarray(at)), redactor));
  return { view: parts.join(''), leftOut };
}

export function leftOutNote(count: number): LocalizedText {
  return {
    en: `${count} encoded part${count === 1 ? '' : 's'} (attachments such as images or documents) ${count === 1 ? 'was' : 'were'} left out: their content cannot be searched for the values that were redacted. Their headers are kept.`,
    de: `${count} kodierte${count === 1 ? 'r Teil' : ' Teile'} (Anhänge wie Bilder oder Dokumente) ${count === 1 ? 'wurde' : 'wurden'} weggelassen: Ihr Inhalt lässt sich nicht nach den geschwärzten Werten durchsuchen. Ihre Kopfzeilen bleiben erhalten.`,
  };
}
