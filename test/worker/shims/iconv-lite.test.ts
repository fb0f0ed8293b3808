// decode() of the iconv-lite stand-in against the real iconv-lite (what the
// Node CLI uses), and for ISO-2022-JP against encoding-japanese (what
// libmime uses for it in Node).
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as iconvShim from '../../../src/worker/shims/iconv-lite.ts';

const require = createRequire(import.meta.url);
const iconv = require('iconv-lite') as { decode(buffer: Buffer, charset: string): string; encode(text: string, charset: string): Buffer; encodingExists(charset: string): boolean };
const Encoding = require('encoding-japanese') as {
  convert(data: number[] | Uint8Array, options: { to: string; from: string; type?: string }): number[] | string;
  stringToCode(text: string): number[];
};

const SEED = Number(process.env.SHIM_TEST_SEED ?? 8017);
const EVERY_BYTE = Buffer.from(Array.from({ length: 256 }, (_, byte) => byte));

function differingBytes(charset: string): string[] {
  const expected = iconv.decode(EVERY_BYTE, charset);
  const actual = iconvShim.decode(EVERY_BYTE, charset);
  expect(actual.length, charset).toBe(expected.length);
  return [...expected].flatMap((char, byte) => (actual[byte] === char ? [] : [`0x${byte.toString(16)}`]));
}

describe('iconv-lite decode()', () => {
  it('decodes ISO-8859-1 (by any of its names), windows-1252 and US-ASCII byte for byte as iconv-lite', () => {
    const names = ['latin1', 'ISO-8859-1', 'iso88591', 'binary', 'l1', 'ISO_8859-1:1987', 'cp819', 'IBM819', 'csISOLatin1', 'iso-ir-100', 'WINDOWS-1252', 'cp1252', 'windows1252', 'win1252', 'ascii', 'US-ASCII'];
    for (const name of names) {
      expect(iconvShim.encodingExists(name), name).toBe(iconv.encodingExists(name));
      expect(differingBytes(name), name).toEqual([]);
    }
  });

  /** Bytes where iconv-lite's table and a runtime's WHATWG table may disagree: any other difference fails. */
  function expectOnlyKnownDifferences(name: string, allowed: string[]): void {
    const unexpected = differingBytes(name).filter((byte) => !allowed.includes(byte));
    expect(unexpected, name).toEqual([]);
  }

  it('decodes the other windows-125x code pages as iconv-lite, apart from two table entries', () => {
    // windows-1255 0xCA: U+05BA in iconv-lite, no character for WHATWG.
    // windows-1253 0xAA: no character in iconv-lite, U+00AA in the ICU
    // table of Node 22; Node 24 agrees with iconv-lite.
    const known: Record<string, string[]> = { 'WINDOWS-1255': ['0xca'], 'WINDOWS-1253': ['0xaa'] };
    for (const name of ['WINDOWS-1250', 'WINDOWS-1251', 'WINDOWS-1253', 'WINDOWS-1254', 'WINDOWS-1255', 'WINDOWS-1256', 'WINDOWS-1257', 'WINDOWS-1258']) {
      expectOnlyKnownDifferences(name, known[name] ?? []);
    }
  });

  it('decodes the ISO-8859 parts and KOI8 as iconv-lite', () => {
    // KOI8-U 0xAE and 0xBE: box drawing in iconv-lite (RFC 2319), ў and Ў
    // in the WHATWG table (KOI8-RU), which Node 24 and browsers follow.
    const known: Record<string, string[]> = { 'KOI8-U': ['0xae', '0xbe'] };
    for (const name of ['ISO-8859-2', 'ISO-8859-3', 'ISO-8859-4', 'ISO-8859-5', 'ISO-8859-6', 'ISO-8859-7', 'ISO-8859-8', 'ISO-8859-10', 'ISO-8859-13', 'ISO-8859-14', 'ISO-8859-15', 'KOI8-R', 'KOI8-U']) {
      expectOnlyKnownDifferences(name, known[name] ?? []);
    }
  });

  it('decodes text in the multi-byte charsets as iconv-lite', () => {
    const samples: Record<string, string> = {
      SHIFT_JIS: 'メールの認証、日本語テキスト ABC ｱｲｳ',
      'EUC-JP': '送信ドメイン認証の結果です。',
      GB2312: '电子邮件身份验证',
      GBK: '電子郵件身份驗證 简体',
      GB18030: '邮件 😀 认证',
      BIG5: '電子郵件驗證結果',
      'EUC-KR': '이메일 인증 결과',
      'KS_C_5601-1987': '메일 헤더',
      'UTF-16LE': 'Ünïcödé 😀',
      'UTF-16BE': 'Ünïcödé 😀',
    };
    for (const [charset, text] of Object.entries(samples)) {
      const bytes = iconv.encode(text, charset);
      expect(iconvShim.decode(bytes, charset), charset).toBe(iconv.decode(bytes, charset));
      expect(iconvShim.decode(bytes, charset), charset).toBe(text);
    }
    // Each charset with its own script: Node's ICU tables (which these tests
    // run on) drop some extension characters the WHATWG tables have, e.g.
    // the Big5 kana at 0xC6E8.
    const repertoires: Record<string, string> = {
      SHIFT_JIS: 'あいうアイウ漢字認証結果送信 abc123、。',
      'EUC-JP': 'あいうアイウ漢字認証結果送信 abc123、。',
      GBK: '汉字认证结果邮件電子 abc123、。',
      BIG5: '漢字認證結果郵件驗證 abc123、。',
      'EUC-KR': '이메일인증결과 abc123',
      'UTF-16LE': 'あ漢이é😀 abc',
    };
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(repertoires)).chain((charset) => fc.tuple(fc.constant(charset), fc.array(fc.constantFrom(...repertoires[charset]!), { maxLength: 40 }))), ([charset, chars]) => {
        const bytes = iconv.encode(chars.join(''), charset);
        expect(iconvShim.decode(bytes, charset), charset).toBe(iconv.decode(bytes, charset));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('decodes ISO-2022-JP as encoding-japanese does (iconv-lite cannot)', () => {
    expect(iconv.encodingExists('ISO-2022-JP')).toBe(false);
    const repertoire = [...'あいうえおかきくけこアイウエオカキクケコ日本語漢字認証送信者結果です。、「」ー ABCabc123'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...repertoire), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const jis = Uint8Array.from(Encoding.convert(Encoding.stringToCode(text), { to: 'JIS', from: 'UNICODE' }) as number[]);
        const expected = Encoding.convert(jis, { to: 'UNICODE', from: 'JIS', type: 'string' });
        expect(iconvShim.decode(jis, 'ISO-2022-JP')).toBe(expected);
        expect(expected).toBe(text);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('decodes UTF-7 (RFC 2152) as iconv-lite', () => {
    for (const text of ['+ZeVnLIqe-', 'Hi Mom -+Jjo--!', 'A+ImIDkQ.', '+-', '1 +- 1', '+AGEAYgBj', '+AGE-x', '+AG-', '+/v8-abc', '+2D3eAA-', 'a + b', '+']) {
      expect(iconvShim.decode(Buffer.from(text), 'UTF-7'), text).toBe(iconv.decode(Buffer.from(text), 'utf7'));
    }
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const bytes = iconv.encode(text, 'utf7');
        expect(iconvShim.decode(bytes, 'utf-7')).toBe(iconv.decode(bytes, 'utf7'));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('throws for charsets iconv-lite does not know, so libmime falls back to UTF-8 as in Node', () => {
    for (const name of ['no-such-charset', 'ISO-2022-KR', 'HZ-GB-2312', 'x-user-defined']) {
      expect(iconv.encodingExists(name), name).toBe(false);
      expect(iconvShim.encodingExists(name), name).toBe(false);
      expect(() => iconvShim.decode(Buffer.from('abc'), name), name).toThrow(/Encoding not recognized/);
    }
  });

  it('encodes to the encodings Buffer has, and says so for the others', () => {
    expect(Buffer.from(iconvShim.encode('Grüße', 'utf-8')).equals(iconv.encode('Grüße', 'utf-8'))).toBe(true);
    expect(Buffer.from(iconvShim.encode('Grüße', 'latin1')).equals(iconv.encode('Grüße', 'latin1'))).toBe(true);
    expect(() => iconvShim.encode('メール', 'SHIFT_JIS')).toThrow(/not available in the browser/);
  });
});
