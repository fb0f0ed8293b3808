// Link format v3 (issue 18: a 100 KB message in at most 25,000
// characters): the share's JSON without its message, a 0 byte, then the
// message as mime-part-octets.ts writes it (quoted-printable and base64
// parts as their octets), all of it coded by context mixing
// (context-mixing-codec.ts). JSON never holds a raw 0 byte (RFC 8259 §7
// escapes every control character), so the first one ends it.
//
// The message travels outside the JSON so that it is coded as the bytes
// it is (no "\r\n" escapes between the words the model sees) and its
// parts can be decoded first.

import { compressContextMixing, decompressContextMixing, MAX_CODED_BYTES, withinExpansion } from './context-mixing-codec.ts';
import { decodeMessageParts, encodeMessageParts } from './mime-part-octets.ts';
import { messageBytes, orderedShareState, shareMessage, type SharedMessage, type ShareState } from './share-state.ts';

export type V3Contents =
  | { ok: true; json: Uint8Array; message: Uint8Array }
  | { ok: false; reason: 'damaged' }
  | { ok: false; reason: 'too-large'; limit: number };

/**
 * Whether the message, carried as its bytes, reads back as itself: the
 * reader makes it UTF-8 text when the bytes are UTF-8, else base64. A
 * state from a hand-made file may differ (base64 of UTF-8 bytes, a lone
 * surrogate in the text, which has no bytes); its link is written as v2.
 */
function travelsAsBytes(message: SharedMessage, bytes: Uint8Array): boolean {
  const again = shareMessage(bytes);
  return 'utf8' in message ? 'utf8' in again && again.utf8 === message.utf8 : 'base64' in again && again.base64 === message.base64;
}

/** The coded payload, or null when the share is too large for v3, would expand past its bound, or its message is not its bytes (the caller writes v2 then). */
export function encodeV3Payload(state: ShareState): Uint8Array | null {
  const { message, ...rest } = orderedShareState(state);
  const bytes = messageBytes(message);
  if (!travelsAsBytes(message, bytes)) return null;
  const json = new TextEncoder().encode(JSON.stringify(rest));
  const parts = encodeMessageParts(bytes);
  if (json.length + 1 + parts.length > MAX_CODED_BYTES) return null;
  const stream = new Uint8Array(json.length + 1 + parts.length);
  stream.set(json);
  stream.set(parts, json.length + 1);
  const coded = compressContextMixing(stream);
  return withinExpansion(stream.length, coded.length) ? coded : null;
}

/** The JSON and the message's bytes of a v3 payload; `limit` bounds the message written back from its parts. */
export function decodeV3Payload(payload: Uint8Array, limit: number): V3Contents {
  const decoded = decompressContextMixing(payload);
  if (!decoded.ok) return decoded;
  const end = decoded.bytes.indexOf(0);
  if (end < 0) return { ok: false, reason: 'damaged' };
  const message = decodeMessageParts(decoded.bytes.subarray(end + 1), limit);
  if (!message.ok) return message;
  return { ok: true, json: decoded.bytes.subarray(0, end), message: message.bytes };
}
