// The `libmime` stand-in against libmime itself (mailauth's own copy): the
// two functions mailauth calls, over arbitrary strings of all of Unicode,
// generated Content-Type lines (quotes, escapes, RFC 2231 continuations and
// charsets, encoded words, duplicates, empty keys, white space), and folding
// at any line length. Whole results are compared, not only what mailauth reads.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as standIn from '../../../src/worker/shims/libmime.ts';

// libmime is mailauth's dependency, not ours: load the copy mailauth loads.
const requireFromMailauth = createRequire(createRequire(import.meta.url).resolve('mailauth'));
const libmime = requireFromMailauth('libmime') as typeof standIn;

function expectSameParse(line: string): void {
  const expected = libmime.parseHeaderValue(line);
  const actual = standIn.parseHeaderValue(line);
  // Key order too: mailauth does not read it, but it shows the same steps.
  expect(Object.keys(actual.params), JSON.stringify(line)).toEqual(Object.keys(expected.params));
  expect(actual, JSON.stringify(line)).toStrictEqual(expected);
}

function expectSameFold(text: string, lineLength?: number, afterSpace?: boolean): void {
  expect(standIn.foldLines(text, lineLength, afterSpace), JSON.stringify([text, lineLength, afterSpace])).toBe(libmime.foldLines(text, lineLength, afterSpace));
}

const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom(...' \t\r\n;="\\\'*%_?=abB0'), maxLength: 40 }));

// Charsets on which TextDecoder and iconv-lite agree for every byte (the
// single-byte ones checked below), plus names neither knows (UTF-8 in both).
const AGREEING_CHARSETS = ['', 'utf-8', 'UTF8', 'us-ascii', 'iso-8859-1', 'latin1', 'windows-1252', 'windows-1250', 'iso-8859-2', 'koi8-r', 'x-unknown', 'utf-8*en', ' utf-8 ', '7bit', 'ascii-x', 'iso-2022-kr'];

const percentByte = fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, '0')}`);
const sectionText = fc.oneof(
  fc.string({ unit: fc.oneof(fc.constantFrom(...'abZ09-_.=+/ \'"%;\\'), percentByte), maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const encodedWord = fc
  .tuple(fc.constantFrom('utf-8', 'UTF-8', 'utf8', 'latin1', 'iso-8859-1', 'windows-1252', 'x-foo', 'utf-8*en'), fc.constantFrom('B', 'b', 'Q', 'q'), fc.uint8Array({ maxLength: 6 }), fc.boolean())
  .map(([charset, encoding, bytes, lenient]) => {
    const text = encoding.toUpperCase() === 'B' ? Buffer.from(bytes).toString('base64') : [...bytes].map((byte) => (lenient && byte > 32 && byte < 127 && byte !== 63 && byte !== 61 ? String.fromCharCode(byte) : `=${byte.toString(16).padStart(2, '0')}`)).join('');
    return `=?${charset}?${encoding}?${text}?=`;
  });
const encodedWords = fc.array(fc.tuple(encodedWord, fc.constantFrom('', ' ', '  ', 'x', ' x ')), { maxLength: 3 }).map((words) => words.map(([word, gap]) => word + gap).join(''));
const parameterName = fc.constantFrom('boundary', 'BOUNDARY', 'charset', 'name', '', '__proto__', 'constructor', 'a b', 'İ');
const sectionSuffix = fc.constantFrom('', '*', '*0', '*0*', '*1', '*1*', '*2*', '*00', '*10', '*x', '**');
const parameterValue = fc.oneof(
  sectionText,
  sectionText.map((text) => `"${text}"`),
  fc.tuple(fc.constantFrom(...AGREEING_CHARSETS), fc.constantFrom('', 'en', 'de-CH'), sectionText).map(([charset, language, text]) => `${charset}'${language}'${text}`),
  encodedWords,
  encodedWords.map((words) => `"${words}"`),
);
const space = fc.constantFrom('', '', ' ', '\t', '\r\n ', '  ');
const parameter = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(space, parameterName, sectionSuffix, space, space, parameterValue, space).map(([a, name, suffix, b, c, value, d]) => `${a}${name}${suffix}${b}=${c}${value}${d}`) },
  { weight: 1, arbitrary: fc.tuple(space, parameterName, space).map(([a, name, b]) => `${a}${name}${b}`) },
  { weight: 1, arbitrary: anyText },
);
const contentType = fc
  .tuple(space, fc.constantFrom('multipart/mixed', 'Multipart/Alternative', 'text/plain', '"multipart/x"', 'multipart\\/x', ''), space, fc.array(parameter, { maxLength: 6 }), fc.constantFrom('', ';', ' ;'))
  .map(([a, type, b, parameters, end]) => [`${a}${type}${b}`, ...parameters].join(';') + end);

describe('libmime stand-in: parseHeaderValue()', () => {
  it('agrees with libmime on hand-picked Content-Type lines', () => {
    const lines = [
      '', ';', 'multipart/mixed', 'multipart/mixed; boundary="abc"', 'multipart/mixed; boundary=abc; boundary=def', ' Multipart/Mixed ;  BOUNDARY = " a b " ; x',
      'multipart/mixed; boundary="a\\"b\\\\c"', 'multipart/mixed; boundary=a\\;b', 'multipart/mixed; =x; ;; y=', 'multipart/mixed; boundary*0=ab; boundary*1=cd',
      "multipart/mixed; boundary*=utf-8''%E2%82%AC%20x", "multipart/mixed; boundary*0*=utf-8''%C3; boundary*1*=%A9", "multipart/mixed; boundary*=iso-8859-1'en'%E9",
      "multipart/mixed; boundary*=windows-1252''%81%80", 'multipart/mixed; boundary*0="=?utf-8?B?w6k=?="; boundary*1="=?utf-8?Q?=C3=A9?="',
      'multipart/mixed; boundary*0="=?utf-8?B?w6?= =?UTF8?B?k=?="', 'multipart/mixed; boundary=plain; boundary*=x', "multipart/mixed; __proto__=x; __proto__*=utf-8''y",
      "a; b*=''%zz", "a; b*=utf-8'x'a\nb", 'a; b*0=x; b*00=y; b*1*=z', 'a; "b"=c', 'a "b;c" d', 'a; b="c', 'a; b=c\\',
      // A UTF-8 byte order mark is kept; charsets WHATWG has and iconv-lite lacks are UTF-8.
      "a; b*=utf-8''%EF%BB%BFx", "a; b*=utf8''%EF%BB%BF", 'a; b*0="=?utf-8?B?77u/eA==?="', "a; b*=x-user-defined''%E9a; c*=iso-2022-kr''%E9; d*=x-mac-cyrillic''%E9",
    ];
    for (const line of lines) expectSameParse(line);
  });

  it('agrees with libmime on generated Content-Type lines', () => {
    fc.assert(fc.property(contentType, expectSameParse), { numRuns: 20_000 });
  });

  it('agrees with libmime on arbitrary strings over all of Unicode', () => {
    fc.assert(fc.property(anyText, expectSameParse), { numRuns: 10_000 });
  });

  it('decodes the single-byte charsets as iconv-lite, every byte but the documented ones', () => {
    // Where TextDecoder (WHATWG Encoding, as in Chromium, which runs the worker, and in Node 24)
    // and iconv-lite disagree.
    const documented: Record<string, number[]> = { 'koi8-u': [0xae, 0xbe], macintosh: [0xbd, 0xdb, 0xf0] };
    // Node 22's TextDecoder reads its ICU tables, which differ from WHATWG's at these bytes
    // (and agree with iconv-lite at KOI8-U 0xAE and 0xBE): only the Node tests meet them.
    const icuTables: Record<string, number[]> = {
      'koi8-u': [], macintosh: [0xbd, 0xdb, 0xf0], ibm866: [0x1a, 0x1c, 0x7f], 'windows-874': [0xdb, 0xdc, 0xdd, 0xde, 0xfc, 0xfd, 0xfe, 0xff], 'windows-1253': [0xaa], 'windows-1255': [0xca],
    };
    const expected = Number(process.versions.node.split('.')[0]) >= 24 ? documented : icuTables;
    const charsets = ['iso-8859-1', 'us-ascii', 'iso-8859-2', 'iso-8859-5', 'iso-8859-7', 'iso-8859-15', 'koi8-r', 'koi8-u', 'macintosh', 'ibm866', 'windows-874'];
    for (let n = 1250; n <= 1258; n += 1) charsets.push(`windows-${n}`);
    for (const charset of charsets) {
      for (let byte = 0; byte < 256; byte += 1) {
        const line = `a; b*=${charset}''%${byte.toString(16).padStart(2, '0')}`;
        const same = standIn.parseHeaderValue(line).params['b'] === libmime.parseHeaderValue(line).params['b'];
        expect(same, `${charset} 0x${byte.toString(16)}`).toBe(!(expected[charset] ?? []).includes(byte));
      }
    }
  });
});

describe('libmime stand-in: foldLines()', () => {
  it('agrees with libmime on what mailauth folds', () => {
    const header = `Authentication-Results: mail-lab; dkim=pass header.i=@example.com header.s=sel header.a=rsa-sha256 header.b=${'A'.repeat(90)}; spf=pass smtp.mailfrom=a@example.com`;
    for (const length of [undefined, 0, 1, 76, 160]) for (const afterSpace of [undefined, false, true]) expectSameFold(header, length, afterSpace);
    for (const text of ['', 'a', ' '.repeat(100), `${'x'.repeat(200)} y`, `a\r\n${'b '.repeat(80)}`, `${'a '.repeat(40)}\r${'c'.repeat(100)}\n`]) expectSameFold(text, 20, true);
  });

  it('agrees with libmime on arbitrary strings, lengths and afterSpace', () => {
    const foldable = fc.oneof(anyText, fc.string({ unit: fc.constantFrom('a', 'bb', ' ', '\t', '\r\n', '\n', '\r', '\u00a0', '\u2028', '😀'), maxLength: 120 }));
    fc.assert(
      fc.property(foldable, fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined }), (text, length, afterSpace) => expectSameFold(text, length, afterSpace)),
      { numRuns: 20_000 },
    );
  });
});
