// The human-readable part of a bounce (RFC 3462 §1: the first part of a
// multipart/report; in a non-standard bounce, the text before the returned
// message) and, for single-part bounces, where the returned message starts
// inside it. Only the start of the part is decoded: the notification is a
// few kilobytes, whatever follows may be megabytes.

import { bodyText, decodedBody, listEntities, type MimeEntity } from '../message/mime-entity.ts';
import { parseDisposition } from '../message/mime-content-type.ts';
import { decodeCharset, decodeLatin1 } from '../message/charset.ts';

export interface Notification {
  /** The text, cut where the returned message begins. */
  text: string;
  /** The entity it was read from. */
  entity: MimeEntity;
  /** A returned message following the text inside the same part, as bytes. */
  inlineOriginal: Uint8Array | null;
}

// Notification texts are a few kilobytes. Reading at most this much keeps
// the phrase search fast on a crafted bounce whose "notification" is 50 MB.
export const MAX_NOTIFICATION_BYTES = 256 * 1024;

// Lines that introduce the returned message in non-standard bounces, as the
// MTAs write them (Exim deliver.c, qmail-send, Sendmail V5, Gmail, Lotus
// Notes, DragonFly, OpenSMTPD, IMail, 1&1/GMX, MXLogic, m-FILTER, Verizon,
// Yahoo, Demon Internet). Each is anchored at a line start and bounded.
const ORIGINAL_MARKERS: readonly RegExp[] = [
  /^ {0,8}-{2,20} ?This is a copy of the message.{0,80}$/im,
  /^ {0,8}-{2,20} ?Below this line is a copy of the message.{0,10}$/im,
  /^ {0,8}-{2,20} ?Original message follows.{0,10}$/im,
  /^ {0,8}-{2,20} ?Original message -{2,20}$/im,
  /^ {0,8}-{2,20} ?Unsent message follows -{2,20}$/im,
  /^ {0,8}-{2,20} ?Returned Message -{2,20}$/im,
  /^ {0,8}-{2,20} ?START OF RETURNED MESSAGE -{2,20}$/im,
  /^ {0,8}-{2,20} ?The header of the original message is following\. -{2,20}$/im,
  /^ {0,8}-{2,20} ?(?:The )?original message (?:headers? )?(?:is )?(?:attached|below|follows).{0,40}$/im,
  /^ {0,8}-{2,20}original message$/im,
  /^Message headers follow\.$/im,
  /^ {0,8}Below is a copy of the original message:$/im,
  /^Original message follows\.$/im,
  /^Included is a copy of the message header:\r?\n-{5,80}$/im,
  /^Original Message:$/im,
  /^ {0,8}-{2,20} ?Original message text -{2,20}$/im,
  /^ {0,8}-{2,20} ?(?:Message text|Message header) follows:? ?-{0,20}$/im,
];

/** Decodes `&amp;`, `&#233;` and the few other entities bounce HTML uses. */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/** Text from an HTML notification: tags become line breaks or nothing, entities are decoded. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[^>]{0,200}>[\s\S]{0,100000}?<\/\1\s*>/gi, '')
      .replace(/<(?:br|p|div|tr|li|h\d)\b[^>]{0,2000}>/gi, '\n')
      .replace(/<[^>]{0,2000}>/g, ''),
  ).replace(/[ \t]{2,}/g, ' ');
}

function isAttachment(entity: MimeEntity): boolean {
  const disposition = parseDisposition(entity.fields.find((f) => f.name.toLowerCase() === 'content-disposition')?.value);
  return disposition?.disposition === 'attachment';
}

/** The entity holding the notification text: the first text part outside any returned message. */
function notificationEntity(root: MimeEntity): MimeEntity {
  if (root.parts.length === 0) return root;
  const leaves = listEntities(root).filter((e) => e.parts.length === 0);
  return (
    leaves.find((e) => e.contentType.mediaType === 'text/plain' && !isAttachment(e)) ??
    leaves.find((e) => e.contentType.mediaType === 'text/html') ??
    leaves.find((e) => e.contentType.type === 'text') ??
    // No part says what it is (parts without a Content-Type are text/plain by
    // RFC 2045 §5.2, so this is a multipart with nothing readable at all).
    root
  );
}

/** Where the returned message begins in `latin1` (a byte-for-byte view of the part), or null. */
function findOriginalStart(latin1: string): { markerAt: number; originalAt: number } | null {
  let best: { markerAt: number; originalAt: number } | null = null;
  for (const marker of ORIGINAL_MARKERS) {
    const match = marker.exec(latin1);
    if (!match || (best && match.index >= best.markerAt)) continue;
    let at = match.index + match[0].length;
    // Skip the line end after the marker and any blank lines before the header.
    while (at < latin1.length && (latin1[at] === '\r' || latin1[at] === '\n')) at++;
    best = { markerAt: match.index, originalAt: at };
  }
  return best;
}

/**
 * A bounce forwarded by a person arrives quoted ("> " before every line).
 * When most lines are quoted, one level of quoting is removed so the
 * report reads as the MTA wrote it.
 */
export function unquoteForwarded(text: string): string {
  const lines = text.split('\n');
  const filled = lines.filter((line) => line.trim() !== '');
  const quoted = filled.filter((line) => line.startsWith('>'));
  if (filled.length < 4 || quoted.length * 10 < filled.length * 6) return text;
  return lines.map((line) => line.replace(/^> ?/, '')).join('\n');
}

export function readNotification(root: MimeEntity): Notification {
  const entity = notificationEntity(root);
  const encoded = entity.transferEncoding === 'base64' || entity.transferEncoding === 'quoted-printable';
  const bytes = encoded ? decodedBody(entity) : entity.body;
  const head = bytes.subarray(0, MAX_NOTIFICATION_BYTES);
  const latin1 = decodeLatin1(head);
  const start = findOriginalStart(latin1);
  const charset = entity.contentType.params['charset'];
  let text = start ? decodeCharset(head.subarray(0, start.markerAt), charset) : bodyText(entity, MAX_NOTIFICATION_BYTES);
  if (entity.contentType.mediaType === 'text/html') text = htmlToText(text);
  const inlineOriginal = start && start.originalAt < bytes.length ? bytes.subarray(start.originalAt) : null;
  return { text: unquoteForwarded(text.replace(/\r\n?/g, '\n')), entity, inlineOriginal };
}
