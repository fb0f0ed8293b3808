// Stand-in for `node:buffer`: the `buffer` npm package. Imported by its file
// path so that the build alias for `buffer` / `node:buffer` (which points
// here) does not resolve this import back to this module.
import * as bufferPackage from 'buffer/index.js';

export const Buffer = bufferPackage.Buffer;
export type Buffer = bufferPackage.Buffer;

const extra = bufferPackage as unknown as {
  SlowBuffer: unknown;
  INSPECT_MAX_BYTES: number;
  kMaxLength: number;
};

export const SlowBuffer = extra.SlowBuffer;
export const INSPECT_MAX_BYTES = extra.INSPECT_MAX_BYTES;
export const kMaxLength = extra.kMaxLength;
// V8's string length limit in characters (2^29 - 24 on 64-bit builds); only
// reported, nothing here enforces it.
export const kStringMaxLength = 0x1fffffe8;
export const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength };

export const atob = (data: string): string => globalThis.atob(data);
export const btoa = (data: string): string => globalThis.btoa(data);
export const Blob = globalThis.Blob;

export default { Buffer, SlowBuffer, INSPECT_MAX_BYTES, kMaxLength, kStringMaxLength, constants, atob, btoa, Blob };
