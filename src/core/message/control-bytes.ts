// Telling a text message with stray control bytes from input that is not
// text. A mail message is text (RFC 5322 §2.1; RFC 2045 §2.7/§2.8 allow
// neither NUL nor bare control characters in 7bit or 8bit data), but one NUL
// in a header must not hide that header: refusing the input as binary would
// let a phishing message escape its analysis (issue 10, item 7). So the
// input is refused only when it starts like a file of another kind, or holds
// no header and is dense with controls; a message with a header is read and
// its stray controls reported as a warning.

// Signatures of files pasted or dropped by mistake (each from its format's
// specification): ZIP, gzip, PNG, JPEG, GIF, PDF, OLE2 (old Office), ELF,
// 7z, RAR, bzip2, xz, zstd. None can start a header field name, which has
// no ":" before byte 4 here and is printable ASCII.
const FILE_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], [0x50, 0x4b, 0x05, 0x06], [0x1f, 0x8b], [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38], [0x25, 0x50, 0x44, 0x46, 0x2d], [0xd0, 0xcf, 0x11, 0xe0], [0x7f, 0x45, 0x4c, 0x46],
  [0x37, 0x7a, 0xbc, 0xaf], [0x52, 0x61, 0x72, 0x21], [0x42, 0x5a, 0x68], [0xfd, 0x37, 0x7a, 0x58], [0x28, 0xb5, 0x2f, 0xfd],
];

const ESC = 0x1b;
const SO = 0x0e;
const SI = 0x0f;

export function startsLikeAFile(bytes: Uint8Array): boolean {
  return FILE_SIGNATURES.some((signature) => signature.every((b, i) => bytes[i] === b));
}

/**
 * Length of the ISO 2022 escape sequence at `at` (ECMA-35 §13: ESC, up to
 * three intermediate bytes 0x20-0x2F, one final byte 0x30-0x7E), or 0.
 * ISO-2022-JP (RFC 1468) switches its character sets this way, so a valid
 * Japanese message is full of ESC bytes that are text, not controls.
 */
function escapeSequenceLength(bytes: Uint8Array, at: number): number {
  let i = at + 1;
  while (i < bytes.length && i - at <= 3 && bytes[i]! >= 0x20 && bytes[i]! <= 0x2f) i++;
  const final = bytes[i];
  return final !== undefined && final >= 0x30 && final <= 0x7e ? i + 1 - at : 0;
}

export interface StrayControls {
  /** NUL bytes and C0 controls other than HT, LF, FF, CR, and DEL, outside ISO 2022 escape sequences. */
  count: number;
  nul: number;
  /** Offset of the first one, or -1. */
  first: number;
}

/**
 * Counts the stray control bytes in bytes[0, end). SO and SI (ISO-2022-KR,
 * RFC 1557) count as text once an escape sequence has designated a set.
 */
export function countStrayControls(bytes: Uint8Array, end: number): StrayControls {
  const found: StrayControls = { count: 0, nul: 0, first: -1 };
  const limit = Math.min(end, bytes.length);
  let designated = false;
  // Each step moves on by one byte, or past a whole escape sequence.
  for (let i = 0; i < limit; i++) {
    const b = bytes[i]!;
    if (b >= 0x20 && b !== 0x7f) continue;
    if (b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d) continue;
    if (b === ESC) {
      const length = escapeSequenceLength(bytes, i);
      if (length > 0) {
        designated = true;
        i += length - 1;
        continue;
      }
    }
    if ((b === SO || b === SI) && designated) continue;
    if (b === 0) found.nul++;
    if (found.first === -1) found.first = i;
    found.count++;
  }
  return found;
}

/** Not text: more than 1 % stray controls in the part looked at, or any NUL. One stray byte in text is a damaged paste. */
export function denseWithControls(found: StrayControls, looked: number): boolean {
  return found.nul > 0 || (found.count > 1 && found.count * 100 > looked);
}
