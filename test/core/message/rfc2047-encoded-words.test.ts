import { describe, expect, it } from 'vitest';
import { decodeEncodedWords, decodeQuotedWord } from '../../../src/core/message/rfc2047-encoded-words.ts';

describe('RFC 2047 encoded words', () => {
  it('decodes B and Q words in several charsets', () => {
    expect(decodeEncodedWords('=?UTF-8?B?R3LDvMOfZQ==?=').text).toBe('Grüße');
    expect(decodeEncodedWords('=?iso-8859-1?q?Caf=E9_au_lait?=').text).toBe('Café au lait');
    expect(decodeEncodedWords('=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=').text).toBe('テスト');
    expect(decodeEncodedWords('=?windows-1252?Q?=80_5?=').text).toBe('€ 5');
  });

  it('drops white space between adjacent words and joins a character split across them (RFC 2047 §6.2)', () => {
    // "ä" is C3 A4 in UTF-8; the two bytes sit in two words.
    expect(decodeEncodedWords('=?utf-8?Q?=C3?= =?utf-8?Q?=A4?=').text).toBe('ä');
    expect(decodeEncodedWords('=?utf-8?Q?a?=\r\n =?utf-8?Q?b?= c').text).toBe('ab c');
  });

  it('keeps white space between a word and plain text', () => {
    expect(decodeEncodedWords('Re: =?utf-8?Q?M=C3=BCller?= und Co').text).toBe('Re: Müller und Co');
  });

  it('reads an RFC 2231 §5 language and leaves unknown charsets as written', () => {
    const result = decodeEncodedWords('=?utf-8*de?Q?Hallo?= =?x-unknown?Q?abc?=');
    expect(result.languages).toEqual(['de']);
    expect(result.unknownCharsets).toEqual(['x-unknown']);
    expect(result.text).toBe('Hallo=?x-unknown?Q?abc?=');
  });

  it('decodes B words without padding and skips stray characters', () => {
    expect(decodeEncodedWords('=?utf-8?B?aGVsbG8?=').text).toBe('hello');
    expect(decodeEncodedWords('=?utf-8?B?aGVs*bG8=?=').text).toBe('hello');
  });

  it('reads a Q word\'s "_" as a space and keeps a broken escape as written (RFC 2047 §4.2)', () => {
    expect([...decodeQuotedWord('a_=41=4')]).toEqual([0x61, 0x20, 0x41, 0x3d, 0x34]);
  });

  it('decodes US-ASCII and Latin-1 labelled words as windows-1252, as browsers do', () => {
    expect(decodeEncodedWords('=?iso-8859-1?Q?=80=96?=').text).toBe('€–');
    expect(decodeEncodedWords('=?us-ascii?Q?=84x=93?=').text).toBe('„x“');
  });

  it('stays linear on a hostile value', () => {
    const hostile = '=?utf-8?q?' + 'a'.repeat(200_000);
    const started = performance.now();
    expect(decodeEncodedWords(hostile).words).toBe(0);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
