// The .maillab.json file: the same ShareState as a link, as plain JSON
// (not compressed), for analyses too large for a link. Its "maillab" key
// carries the format version, so it is read by the same checks.

import { problem } from '../problems.ts';
import { decodeUtf8 } from '../message/charset.ts';
import { readShareJson } from './share-link.ts';
import { orderedShareState, type ShareResult, type ShareState } from './share-state.ts';

export const SHARE_FILE_EXTENSION = '.maillab.json';

/**
 * A 64 MiB message (the input limit) is 86 MiB as base64 plus its zone;
 * anything larger is not a share file. The limit stops a crafted file from
 * being read into memory and parsed whole.
 */
export const MAX_SHARE_FILE_BYTES = 128 * 1024 * 1024;

export function encodeShareFile(state: ShareState): string {
  return `${JSON.stringify(orderedShareState(state), null, 1)}\n`;
}

/** Reads a file's bytes; a UTF-8 byte order mark in front is allowed. */
export function decodeShareFile(bytes: Uint8Array): ShareResult {
  if (bytes.length > MAX_SHARE_FILE_BYTES) {
    return {
      ok: false,
      problem: problem('share-too-large', {
        detail: {
          en: `The file is ${bytes.length} bytes, more than a Mail Lab file can be (${MAX_SHARE_FILE_BYTES}); it was not read.`,
          de: `Die Datei ist ${bytes.length} Bytes groß, mehr als eine Mail-Lab-Datei sein kann (${MAX_SHARE_FILE_BYTES}); sie wurde nicht gelesen.`,
        },
      }),
    };
  }
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  return readShareJson(withoutBom);
}

/** Whether bytes look like a share file rather than a mail message: JSON that names "maillab". */
export function looksLikeShareFile(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] !== 0x7b) return false;
  // A header field cannot start with "{" followed by a quoted key, so the
  // first few hundred bytes tell; the key may come after white space.
  const head = decodeUtf8(bytes.subarray(i, i + 256));
  return /^\{\s{0,64}"maillab"\s{0,16}:/.test(head);
}
