// Line ends as pasted are rarely what was sent. RFC 5322 §2.1 lines end in
// CRLF; a paste or a file saved on Unix gives LF, an old Mac export gives a
// lone CR, and some copy paths double the CR (CR CR LF). DKIM canonicalises
// on CRLF lines (RFC 6376 §3.4), so every form is brought to CRLF before
// authentication, and the analysis says what was changed.

import type { LineEnding } from '../analysis.ts';
import { ByteScanner } from './byte-scanner.ts';

const CR = 0x0d;
const LF = 0x0a;

export interface LineEndCount {
  crlf: number;
  lf: number;
  cr: number;
  /** CR CR LF sequences (counted apart from their final CRLF). */
  doubledCr: number;
}

export function countLineEnds(bytes: Uint8Array): LineEndCount {
  const count: LineEndCount = { crlf: 0, lf: 0, cr: 0, doubledCr: 0 };
  const length = bytes.length;
  // Only CR and LF matter: the scanner skips to the next octet up to CR.
  const scanner = new ByteScanner(bytes);
  for (let i = scanner.next(0, length, CR + 1); i < length; i = scanner.next(i, length, CR + 1)) {
    const byte = bytes[i];
    if (byte === LF) {
      count.lf++;
    } else if (byte === CR) {
      if (bytes[i + 1] === LF) {
        count.crlf++;
        i++;
      } else if (bytes[i + 1] === CR && bytes[i + 2] === LF) {
        count.doubledCr++;
        count.crlf++;
        i += 2;
      } else {
        count.cr++;
      }
    }
    i++;
  }
  return count;
}

export function describeLineEnding(count: LineEndCount): LineEnding {
  const kinds = [count.crlf, count.lf, count.cr].filter((n) => n > 0).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  if (count.crlf > 0) return 'CRLF';
  return count.lf > 0 ? 'LF' : 'CR';
}

/**
 * Rewrites every line end to CRLF: LF, lone CR and CR CR LF each become one
 * CRLF. Returns the input itself when nothing needs to change, so a 50 MB
 * message that is already CRLF is not copied.
 */
export function toCrlf(bytes: Uint8Array, count: LineEndCount): Uint8Array {
  if (count.lf === 0 && count.cr === 0 && count.doubledCr === 0) return bytes;
  const out = new Uint8Array(bytes.length + count.lf + count.cr);
  let o = 0;
  const length = bytes.length;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i]!;
    if (byte === CR) {
      if (bytes[i + 1] === LF) {
        i++;
      } else if (bytes[i + 1] === CR && bytes[i + 2] === LF) {
        i += 2;
      }
      out[o++] = CR;
      out[o++] = LF;
    } else if (byte === LF) {
      out[o++] = CR;
      out[o++] = LF;
    } else {
      out[o++] = byte;
    }
  }
  return out.subarray(0, o);
}
