// The message a bounce returns: RFC 3462 §2 puts it in the third part of a
// multipart/report, whole (message/rfc822, message/global for RFC 6533) or
// as its header only (text/rfc822-headers, message/global-headers);
// non-standard bounces attach it or paste it after a marker line. Its bytes
// are handed to the analysis again, so the bounce of an unauthenticated
// message shows why it was unauthenticated.

import { bodyText, decodedBody, listEntities, type MimeEntity } from '../message/mime-entity.ts';
import { findHeaderEnd } from '../message/header-block.ts';
import { decodeLatin1 } from '../message/charset.ts';
import type { Notification } from './notification.ts';

export interface ReturnedMessage {
  /** The whole message, or its header only. */
  kind: 'message' | 'headers';
  /** Where it was found. */
  source: 'message/rfc822 part' | 'headers part' | 'attached header text' | 'after a marker line';
  /** The bytes to analyse (CRLF line ends, as the bounce had them). */
  bytes: Uint8Array;
}

const WHOLE = new Set(['message/rfc822', 'message/global', 'message/partial']);
const HEADERS = new Set(['text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers', 'text/rfc822-header']);

// A text attachment that begins with one of these fields is a pasted header
// block (some MTAs attach the original header as "mailheaders.txt").
const HEADER_START = /^(?:Received|Return-Path|From|To|Subject|Date|Message-ID|DKIM-Signature|MIME-Version|X-[A-Za-z0-9-]{1,60}):[ \t]/i;

function looksLikeHeader(start: string): boolean {
  return HEADER_START.test(start.replace(/^\s+/, ''));
}

/** Is the message just a header block (no blank line, or nothing after it)? */
function headerOnly(bytes: Uint8Array): boolean {
  const end = findHeaderEnd(bytes);
  return end === null || end.bodyStart >= bytes.length;
}

/** The returned message of a bounce, or null when it carries none. */
export function findReturnedMessage(root: MimeEntity, notification: Notification): ReturnedMessage | null {
  for (const entity of listEntities(root)) {
    if (entity === root || entity === notification.entity) continue;
    const type = entity.contentType.mediaType;
    if (WHOLE.has(type)) {
      const bytes = decodedBody(entity);
      if (bytes.length === 0) continue;
      return { kind: headerOnly(bytes) ? 'headers' : 'message', source: 'message/rfc822 part', bytes };
    }
    if (HEADERS.has(type)) {
      const bytes = decodedBody(entity);
      if (bytes.length === 0) continue;
      return { kind: 'headers', source: 'headers part', bytes };
    }
  }
  const attachedHeader = listEntities(root).find(
    (e) => e !== root && e !== notification.entity && e.parts.length === 0 && e.contentType.type === 'text' && looksLikeHeader(bodyText(e, 200)),
  );
  if (attachedHeader) {
    const bytes = decodedBody(attachedHeader);
    return { kind: headerOnly(bytes) ? 'headers' : 'message', source: 'attached header text', bytes };
  }
  const inline = notification.inlineOriginal;
  if (inline && looksLikeHeader(decodeLatin1(inline.subarray(0, 200)))) {
    return { kind: headerOnly(inline) ? 'headers' : 'message', source: 'after a marker line', bytes: inline };
  }
  return null;
}
