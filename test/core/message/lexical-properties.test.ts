// Properties of the RFC 5322 lexical helpers, address lists, RFC 2047 and
// RFC 2231 readers, Content-Type, dates and the header block, over text that
// mixes every white space and control character with the specials of mail
// fields (issue 10): each ends, does not throw, and keeps a real property.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listAddresses, parseAddressList, trimFoldingWhiteSpace } from '../../../src/core/message/address-list.ts';
import { readHeaderBlock } from '../../../src/core/message/header-block.ts';
import { parseContentType } from '../../../src/core/message/mime-content-type.ts';
import { decodeEncodedWords } from '../../../src/core/message/rfc2047-encoded-words.ts';
import { parseMimeValue } from '../../../src/core/message/rfc2231-parameters.ts';
import { parseMailDate } from '../../../src/core/message/rfc5322-date.ts';
import { commentEnd, isFoldingWhiteSpace, removeComments, splitOutside } from '../../../src/core/message/rfc5322-lexical.ts';
import { decodeLatin1 } from '../../../src/core/message/charset.ts';
import { hostileBytes, hostileText, isSubsequence } from '../../support/hostile-text.ts';

const ADDRESS_WORDS = ['a@example.com', 'Bob', '=?utf-8?B?w6Q=?=', '=?iso-8859-1?Q?=E4?=', 'undisclosed-recipients:;', '<', '>', 'x@y', '@relay:'];
const MIME_WORDS = ['text/plain', 'multipart/mixed', 'charset', 'boundary', 'name*0', 'name*1*', "utf-8''%C3%A4", 'filename*=', '"quoted"'];
const DATE_WORDS = ['Fri,', '27', 'Nov', '2026', '11:50:02', '+0000', '-0000', '(PDT)', 'GMT', 'UT', 'Z', '2026-11-27T11:50:02Z', 'PM'];
const RUNS = { numRuns: 2000 };

describe('RFC 5322 lexical helpers', () => {
  it('splitOutside: the pieces joined with the separator are the text', () => {
    fc.assert(
      fc.property(hostileText(), fc.constantFrom(';', ',', ':'), (text, separator) => {
        expect(splitOutside(text, separator).join(separator)).toBe(text);
      }),
      RUNS,
    );
  });

  it('splitOutside with a limit: at most that many pieces, the start of the text', () => {
    fc.assert(
      fc.property(hostileText(), fc.integer({ min: 1, max: 5 }), (text, limit) => {
        const pieces = splitOutside(text, ';', limit);
        expect(pieces.length).toBeLessThanOrEqual(limit);
        expect(text.startsWith(pieces.join(';'))).toBe(true);
      }),
      RUNS,
    );
  });

  it('commentEnd: -1, or a ")" after the "("', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
          const end = commentEnd(text, open);
          if (end !== -1) {
            expect(end).toBeGreaterThan(open);
            expect(text[end]).toBe(')');
          }
        }
      }),
      RUNS,
    );
  });

  it('removeComments: a subsequence of the text, and a second pass changes nothing more than the first', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const once = removeComments(text);
        expect(isSubsequence(once, text)).toBe(true);
        expect(once.length).toBeLessThanOrEqual(text.length);
        if (!once.includes('(') && !once.includes('"') && !once.includes('\\')) expect(removeComments(once)).toBe(once);
      }),
      RUNS,
    );
  });

  it('trimFoldingWhiteSpace: only SP, HT, CR and LF are trimmed, once and for all', () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const trimmed = trimFoldingWhiteSpace(text);
        expect(text).toContain(trimmed);
        expect(isFoldingWhiteSpace(trimmed[0])).toBe(false);
        expect(isFoldingWhiteSpace(trimmed[trimmed.length - 1])).toBe(false);
        expect(trimFoldingWhiteSpace(trimmed)).toBe(trimmed);
        const inner = text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
        expect(trimmed).toBe(inner);
      }),
      RUNS,
    );
  });
});

describe('address lists', () => {
  it('every address read is written in the field (its characters in order), and the list keeps its limit', () => {
    fc.assert(
      fc.property(hostileText(ADDRESS_WORDS, 60), (text) => {
        const list = parseAddressList(text);
        expect(list.addresses.length).toBeLessThanOrEqual(1000);
        for (const address of list.addresses) {
          if (address.address !== null) expect(isSubsequence(address.address, text)).toBe(true);
          // The domain is what follows the last "@", address-literal brackets taken off.
          if (address.domain !== null) expect(address.address!.slice(address.address!.lastIndexOf('@') + 1)).toContain(address.domain);
        }
        for (const found of listAddresses(text)) expect(isSubsequence(found, text)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('RFC 2047, RFC 2231, Content-Type', () => {
  it('decodeEncodedWords: text without "=?" comes back as it is', () => {
    fc.assert(
      fc.property(hostileText(ADDRESS_WORDS), (text) => {
        const decoded = decodeEncodedWords(text);
        if (!text.includes('=?')) expect(decoded).toMatchObject({ text, words: 0 });
        expect(decoded.words).toBeLessThanOrEqual(text.split('=?').length - 1);
      }),
      RUNS,
    );
  });

  it('parseMimeValue: the value is the text before the first ";" outside quotes, at most 200 parameters, each named', () => {
    fc.assert(
      fc.property(hostileText(MIME_WORDS, 60), (text) => {
        const mime = parseMimeValue(text);
        expect(mime.parameters.length).toBeLessThanOrEqual(200);
        for (const parameter of mime.parameters) expect(parameter.name.length).toBeGreaterThan(0);
        const contentType = parseContentType(text);
        expect(contentType.mediaType).toBe(`${contentType.type}/${contentType.subtype}`);
        expect(contentType.mediaType).toBe(contentType.mediaType.toLowerCase());
      }),
      RUNS,
    );
  });
});

describe('dates and the header block', () => {
  it('parseMailDate: null, or an ISO time that reads back as itself', () => {
    fc.assert(
      fc.property(hostileText(DATE_WORDS, 30), (text) => {
        const date = parseMailDate(text);
        if (date) expect(new Date(date.utc).toISOString()).toBe(date.utc);
      }),
      RUNS,
    );
  });

  it('readHeaderBlock: every field is read from the header as written, and the body starts inside the input', () => {
    fc.assert(
      fc.property(hostileBytes(['From: a@example.com', 'Subject: x', '\r\n', '\r\n\r\n', ':', ' ', 'X-A:'], 50), (bytes) => {
        const block = readHeaderBlock(bytes);
        expect(block.bodyStart).toBeLessThanOrEqual(bytes.length);
        const header = decodeLatin1(bytes.subarray(0, block.headerBytes));
        const utf8 = new TextDecoder().decode(bytes.subarray(0, block.headerBytes));
        for (const field of block.fields) expect(header.includes(field.raw) || utf8.includes(field.raw)).toBe(true);
      }),
      RUNS,
    );
  });
});
