// Bytes to text the same in Node and in browsers (src/core/message/charset.ts).
// Node 20 decodes "latin1", "iso-8859-1", "ascii" and "windows-1252" as
// ISO-8859-1; the Encoding Standard, and so every browser, as windows-1252.
// These tests fix the windows-1252 reading in Node, so a difference between
// the two cannot come back unnoticed.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCharset, decodeLatin1, decoderFor, decodeUtf8, decodeWindows1252, encodeLatin1 } from '../../../src/core/message/charset.ts';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

// Bytes 0x80-0x9F as the windows-1252 code chart prints them; the five
// bytes the chart leaves empty (81, 8D, 8F, 90, 9D) stay C1 controls.
const CHART_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function expectWindows1252(text: string): void {
  expect(text).toHaveLength(256);
  for (let byte = 0; byte < 256; byte++) {
    const expected = byte >= 0x80 && byte <= 0x9f ? CHART_80_9F[byte - 0x80]! : String.fromCharCode(byte);
    expect(text[byte], `byte 0x${byte.toString(16)}`).toBe(expected);
  }
}

// Every label the Encoding Standard maps to windows-1252.
const WINDOWS_1252_LABELS = [
  'latin1', 'iso-8859-1', 'ISO-8859-1', 'ascii', 'us-ascii', 'windows-1252', ' Windows-1252 ', 'cp1252', 'cp819', 'csisolatin1',
  'ibm819', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'x-cp1252', 'ansi_x3.4-1968',
];

describe('windows-1252 and its labels', () => {
  it('decodes all 256 bytes under every label as windows-1252, not as ISO-8859-1', () => {
    for (const label of WINDOWS_1252_LABELS) {
      const decoder = decoderFor(label);
      expect(decoder, label).not.toBeNull();
      expectWindows1252(decoder!.decode(ALL_BYTES));
      expectWindows1252(decoderFor(label, { fatal: true })!.decode(ALL_BYTES));
    }
    expectWindows1252(decodeWindows1252(ALL_BYTES));
  });

  it('reads MIME parts labelled ISO-8859-1 or windows-1252 the same way', () => {
    expectWindows1252(decodeCharset(ALL_BYTES, 'ISO-8859-1'));
    expectWindows1252(decodeCharset(ALL_BYTES, 'windows-1252'));
    expectWindows1252(decodeCharset(ALL_BYTES, 'unknown-8bit'));
  });

  it('falls back to windows-1252 for bytes that are valid in neither the label nor UTF-8', () => {
    expectWindows1252(decodeCharset(ALL_BYTES, 'us-ascii'));
    expectWindows1252(decodeCharset(ALL_BYTES, 'x-no-such-charset'));
  });
});

describe('exact ISO-8859-1', () => {
  it('maps byte n to U+00nn and back', () => {
    const text = decodeLatin1(ALL_BYTES);
    expect([...text].map((c) => c.codePointAt(0))).toEqual([...ALL_BYTES]);
    expect(encodeLatin1(text)).toEqual(ALL_BYTES);
  });

  it('decodes a large input without overflowing the stack', () => {
    const big = new Uint8Array(3_000_000).fill(0x9c);
    const text = decodeLatin1(big);
    expect(text).toHaveLength(big.length);
    expect(text.charCodeAt(2_999_999)).toBe(0x9c);
    expect(decodeWindows1252(big).charCodeAt(2_999_999)).toBe(0x0153);
  });
});

describe('other charsets', () => {
  it('leaves every other Encoding Standard label to TextDecoder', () => {
    expect(decoderFor('iso-8859-15')!.decode(new Uint8Array([0xa4]))).toBe('€');
    expect(decoderFor('windows-1250')!.decode(new Uint8Array([0x8a]))).toBe('Š');
    expect(decoderFor('koi8-r')!.decode(new Uint8Array([0xc1]))).toBe('а');
  });

  it('decodes x-user-defined as browsers do, though Node does not know it', () => {
    expect(decoderFor('x-user-defined')!.decode(new Uint8Array([0x41, 0x80, 0xff]))).toBe('A\uF780\uF7FF');
  });

  it('gives no decoder for a label the Encoding Standard does not know or maps to "replacement"', () => {
    expect(decoderFor('x-no-such-charset')).toBeNull();
    expect(decoderFor('unknown-8bit')).toBeNull();
    expect(decoderFor('iso-2022-kr')).toBeNull();
  });

  it('decodes UTF-8 leniently or strictly, with or without the byte order mark', () => {
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]);
    expect(decodeUtf8(marked)).toBe('A');
    expect(decodeUtf8(marked, { keepByteOrderMark: true })).toBe('\uFEFFA');
    expect(decodeUtf8(new Uint8Array([0x41, 0xff]))).toBe('A\uFFFD');
    expect(() => decodeUtf8(new Uint8Array([0x41, 0xff]), { fatal: true })).toThrow(TypeError);
  });
});

describe('one place decodes bytes', () => {
  it('has no TextDecoder in src/core outside charset.ts', () => {
    const core = new URL('../../../src/core/', import.meta.url).pathname;
    const list = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => {
        const path = join(folder, name);
        return statSync(path).isDirectory() ? list(path) : name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
      });
    // Comments may name TextDecoder to say why it is not used.
    const code = (file: string) => readFileSync(file, 'utf8').replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
    const users = list(core).filter((file) => /\bTextDecoder\b/.test(code(file)));
    expect(users.map((file) => relative(core, file))).toEqual(['message/charset.ts']);
  });
});
