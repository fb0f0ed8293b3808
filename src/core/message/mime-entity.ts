// The MIME structure of a message (RFC 2045, RFC 2046): each entity's
// header fields, its Content-Type and transfer encoding, and its body as a
// view into the input (never a copy). Multiparts are split at their
// boundaries; a message/rfc822 part is opened only when asked for, so a
// 50 MB returned message with attachments costs one scan for boundaries
// and no decoding.

import { findHeaderEnd, readHeaderBlock, type RawField } from './header-block.ts';
import { parseContentType, type ContentType } from './mime-content-type.ts';
import { decodeTransferEncoding } from './mime-decode.ts';
import { decodeCharset, decodeLatin1, encodeLatin1 } from './charset.ts';

export interface MimeEntity {
  fields: RawField[];
  contentType: ContentType;
  /** Content-Transfer-Encoding, lower-cased; "7bit" when absent (RFC 2045 §6.1). */
  transferEncoding: string;
  /** The body as sent (still transfer-encoded). */
  body: Uint8Array;
  /** The parts of a multipart, in order; empty otherwise. */
  parts: MimeEntity[];
  /** A multipart whose closing delimiter never came: the input was cut off. */
  truncated: boolean;
  /** 0 for the message itself, 1 for its parts, and so on. */
  depth: number;
}

// Nesting beyond this depth is not followed. A crafted message of
// thousands of multiparts inside each other (or message/rfc822 inside
// message/rfc822) would otherwise recurse until the stack gives out.
export const MAX_MIME_DEPTH = 8;
// Parts beyond this count are not split out: a message of a million empty
// parts would otherwise cost a million objects for nothing a reader needs.
export const MAX_MIME_PARTS = 500;
// A part's header longer than this is taken as body. Real part headers are
// a few hundred bytes; the limit stops a header-less 50 MB part from being
// decoded as header text while looking for its end.
const MAX_PART_HEADER_BYTES = 64 * 1024;

const CR = 0x0d;
const LF = 0x0a;
const DASH = 0x2d;

interface PartBudget {
  remaining: number;
}

function fieldValue(fields: RawField[], name: string): string | null {
  const field = fields.find((f) => f.name.toLowerCase() === name);
  return field ? field.value : null;
}

// A parameter line whose fold lost its leading white space, right after a
// field that ends in ";" ("Content-Type: multipart/alternative;" CRLF
// "boundary=..."): Exchange writes these, and without the repair the part's
// boundary would be lost.
const UNFOLDED_PARAMETER = /;\r\n(?=[A-Za-z][A-Za-z0-9*-]{0,60}=)/g;

function refoldParameters(header: Uint8Array): Uint8Array {
  // Exact Latin-1 so every byte comes back unchanged after the repair.
  const text = decodeLatin1(header);
  if (!UNFOLDED_PARAMETER.test(text)) return header;
  UNFOLDED_PARAMETER.lastIndex = 0;
  return encodeLatin1(text.replace(UNFOLDED_PARAMETER, ';\r\n\t'));
}

/** Splits an entity into its header fields and the offset where its body starts. */
function splitEntity(bytes: Uint8Array): { fields: RawField[]; bodyStart: number } {
  if (bytes[0] === CR && bytes[1] === LF) return { fields: [], bodyStart: 2 };
  const headerRegion = bytes.length > MAX_PART_HEADER_BYTES ? bytes.subarray(0, MAX_PART_HEADER_BYTES) : bytes;
  const end = findHeaderEnd(headerRegion);
  if (!end && headerRegion.length < bytes.length) {
    // No blank line within the limit: read what fields there are at the
    // start; the body starts at the first line that is not a field.
    const block = readHeaderBlock(headerRegion);
    return block.missingBlankLineAt !== null ? { fields: block.fields, bodyStart: block.bodyStart } : { fields: [], bodyStart: 0 };
  }
  const header = end ? headerRegion.subarray(0, end.bodyStart) : headerRegion;
  const block = readHeaderBlock(header);
  if (block.missingBlankLineAt !== null) {
    // Read again with lost folds restored; the body still starts after the blank line.
    const repaired = readHeaderBlock(refoldParameters(header));
    if (end && repaired.missingBlankLineAt === null) return { fields: repaired.fields, bodyStart: end.bodyStart };
    return { fields: block.fields, bodyStart: block.bodyStart };
  }
  return { fields: block.fields, bodyStart: end ? end.bodyStart : headerRegion.length };
}

/** Does a delimiter line for `boundary` start at `at`? Returns "open", "close" or null. */
function delimiterAt(bytes: Uint8Array, at: number, boundary: Uint8Array): 'open' | 'close' | null {
  if (bytes[at] !== DASH || bytes[at + 1] !== DASH) return null;
  const start = at + 2;
  if (start + boundary.length > bytes.length) return null;
  for (let i = 0; i < boundary.length; i++) if (bytes[start + i] !== boundary[i]) return null;
  const after = start + boundary.length;
  if (bytes[after] === DASH && bytes[after + 1] === DASH) return 'close';
  // Only transport padding may follow the boundary (RFC 2046 §5.1.1); this
  // keeps "--abc" from matching the delimiter of a nested "abc-1".
  for (let i = after; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === LF || b === CR) return 'open';
    if (b !== 0x20 && b !== 0x09) return null;
  }
  return 'open';
}

/** Where the line after `at` starts: always past `at`, so the loops over lines move on. */
function lineEndAfter(bytes: Uint8Array, at: number): number {
  const lf = bytes.indexOf(LF, at);
  return lf < 0 ? bytes.length : lf + 1;
}

/** The part bodies between the delimiters of `boundary`, and whether the close delimiter was seen. */
function splitMultipart(body: Uint8Array, boundary: string, budget: PartBudget): { ranges: [number, number][]; closed: boolean } {
  const needle = new TextEncoder().encode(boundary);
  const ranges: [number, number][] = [];
  let partStart = -1;
  let at = 0;
  while (at < body.length) {
    // A delimiter starts a line with "--": the next dash is looked for
    // natively, and a line starting otherwise is passed over whole. A 10 MB
    // base64 part has no dash at all.
    const dash = body.indexOf(DASH, at);
    if (dash < 0) break;
    if (dash > 0 && body[dash - 1] !== LF) {
      at = lineEndAfter(body, dash);
      continue;
    }
    at = dash;
    const kind = delimiterAt(body, at, needle);
    if (kind) {
      if (partStart >= 0) {
        // The line end before a delimiter belongs to the delimiter (RFC 2046 §5.1.1).
        let end = at;
        if (end > partStart && body[end - 1] === LF) end--;
        if (end > partStart && body[end - 1] === CR) end--;
        ranges.push([partStart, end]);
        if (--budget.remaining <= 0) return { ranges, closed: false };
      }
      if (kind === 'close') return { ranges, closed: true };
      partStart = lineEndAfter(body, at);
      at = partStart;
      continue;
    }
    at = lineEndAfter(body, at);
  }
  if (partStart >= 0 && partStart < body.length) ranges.push([partStart, body.length]);
  return { ranges, closed: false };
}

/** Reads `bytes` (CRLF line ends) as a MIME entity and splits its multiparts, down to MAX_MIME_DEPTH. */
export function readMimeEntity(bytes: Uint8Array, depth = 0, budget: PartBudget = { remaining: MAX_MIME_PARTS }): MimeEntity {
  const { fields, bodyStart } = splitEntity(bytes);
  const contentType = parseContentType(fieldValue(fields, 'content-type'));
  const entity: MimeEntity = {
    fields,
    contentType,
    transferEncoding: (fieldValue(fields, 'content-transfer-encoding') ?? '7bit').trim().toLowerCase(),
    body: bytes.subarray(bodyStart),
    parts: [],
    truncated: false,
    depth,
  };
  const boundary = contentType.params['boundary'];
  if (contentType.type === 'multipart' && boundary && depth < MAX_MIME_DEPTH && budget.remaining > 0) {
    const { ranges, closed } = splitMultipart(entity.body, boundary, budget);
    entity.truncated = !closed;
    entity.parts = ranges.map(([start, end]) => readMimeEntity(entity.body.subarray(start, end), depth + 1, budget));
  }
  return entity;
}

/** Every entity of the tree, depth first, in document order (message/rfc822 parts are not opened). */
export function listEntities(root: MimeEntity): MimeEntity[] {
  const out: MimeEntity[] = [];
  const visit = (entity: MimeEntity) => {
    out.push(entity);
    for (const part of entity.parts) visit(part);
  };
  visit(root);
  return out;
}

/** The body with its transfer encoding undone. */
export function decodedBody(entity: MimeEntity): Uint8Array {
  return decodeTransferEncoding(entity.body, entity.transferEncoding);
}

/** The body as text in its charset, at most `maxBytes` of it (decoded). */
export function bodyText(entity: MimeEntity, maxBytes: number): string {
  const raw = entity.transferEncoding === 'base64' || entity.transferEncoding === 'quoted-printable'
    ? entity.body.subarray(0, Math.ceil(maxBytes * 1.4) + 4)
    : entity.body.subarray(0, maxBytes);
  const bytes = decodeTransferEncoding(raw, entity.transferEncoding);
  return decodeCharset(bytes.length > maxBytes ? bytes.subarray(0, maxBytes) : bytes, entity.contentType.params['charset']);
}

/**
 * Opens a message/rfc822 (or message/global) part as an entity of its own,
 * one level deeper. Returns null past MAX_MIME_DEPTH.
 */
export function readEmbeddedMessage(entity: MimeEntity): MimeEntity | null {
  if (entity.depth + 1 > MAX_MIME_DEPTH) return null;
  return readMimeEntity(decodedBody(entity), entity.depth + 1);
}
