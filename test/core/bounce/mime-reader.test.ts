// The small MIME reader bounces need (src/core/message/mime-*.ts,
// charset.ts, rfc2047-encoded-words.ts): Content-Type parameters, transfer encodings,
// charsets, multipart splitting, and the limits that keep hostile
// structures cheap.

import { describe, expect, it } from 'vitest';
import { decodeEncodedWords } from '../../../src/core/message/rfc2047-encoded-words.ts';
import { parseContentType, parseDisposition } from '../../../src/core/message/mime-content-type.ts';
import { decodeCharset } from '../../../src/core/message/charset.ts';
import { decodeBase64, decodeQuotedPrintable, decodeTransferEncoding } from '../../../src/core/message/mime-decode.ts';
import {
  bodyText,
  decodedBody,
  listEntities,
  MAX_MIME_DEPTH,
  MAX_MIME_PARTS,
  readEmbeddedMessage,
  readMimeEntity,
} from '../../../src/core/message/mime-entity.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);
const crlf = (lines: string[]) => bytes(lines.join('\r\n'));

describe('Content-Type and Content-Disposition', () => {
  it('reads type, subtype and parameters, quoted or not, names lower-cased', () => {
    const ct = parseContentType('Multipart/Report; Report-Type=delivery-status;\r\n\tboundary="abc; def"');
    expect(ct.mediaType).toBe('multipart/report');
    expect(ct.params).toEqual({ 'report-type': 'delivery-status', boundary: 'abc; def' });
  });

  it('joins RFC 2231 continuations and decodes the charset of an extended value', () => {
    const ct = parseContentType("text/plain; name*0*=utf-8''Gr%C3%BC; name*1=sse.txt; title*=iso-8859-1'de'%FCber");
    expect(ct.params['name']).toBe('Grüsse.txt');
    expect(ct.params['title']).toBe('über');
  });

  it('falls back to text/plain; charset=us-ascii for a missing or unreadable value (RFC 2045 §5.2)', () => {
    expect(parseContentType(undefined).mediaType).toBe('text/plain');
    expect(parseContentType('no slash here').params['charset']).toBe('us-ascii');
  });

  it('reads a disposition and its filename', () => {
    expect(parseDisposition('Attachment; filename="bounce report.txt"')).toEqual({ disposition: 'attachment', params: { filename: 'bounce report.txt' } });
    expect(parseDisposition(null)).toBeNull();
  });
});

describe('transfer encodings and charsets', () => {
  it('decodes base64, skipping line breaks and stray characters', () => {
    expect(text(decodeBase64(bytes('SGVsbG8s\r\nIFdlbHQh\r\n')))).toBe('Hello, Welt!');
    expect(text(decodeBase64(bytes('SGV*sbG8=')))).toBe('Hello');
  });

  it('decodes quoted-printable with soft line breaks and keeps a broken escape as written', () => {
    expect(text(decodeQuotedPrintable(bytes('Gr=C3=BC=\r\nsse =XY ok')))).toBe('Grüsse =XY ok');
  });

  it('passes 7bit, 8bit, binary and unknown encodings through', () => {
    const body = bytes('=41 as is');
    expect(decodeTransferEncoding(body, '8bit')).toBe(body);
    expect(decodeTransferEncoding(body, 'x-uuencode')).toBe(body);
    expect(text(decodeTransferEncoding(body, 'Quoted-Printable'))).toBe('A as is');
  });

  it('reads text by its charset, with aliases and fallbacks', () => {
    expect(decodeCharset(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), 'ISO-8859-1')).toBe('Grüße');
    expect(decodeCharset(bytes('Grüße'), 'us-ascii')).toBe('Grüße');
    expect(decodeCharset(new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x65]), 'x-no-such-charset')).toBe('Grüße');
  });

  it('recognises ISO-2022-JP by its escape sequences even when labelled US-ASCII', () => {
    // ESC $ B 0x25 0x28 0x25 0x69 ESC ( B: "エラ" in ISO-2022-JP.
    const jis = new Uint8Array([0x1b, 0x24, 0x42, 0x25, 0x28, 0x25, 0x69, 0x1b, 0x28, 0x42]);
    expect(decodeCharset(jis, 'us-ascii')).toBe('エラ');
  });

  it('decodes RFC 2047 encoded words and drops the space between adjacent ones', () => {
    expect(decodeEncodedWords('=?utf-8?Q?Unzustellbar:_Gr=C3=BC=C3=9Fe?= =?UTF-8?B?IGF1cyBCZXJsaW4=?=').text).toBe('Unzustellbar: Grüße aus Berlin');
    expect(decodeEncodedWords('plain subject').text).toBe('plain subject');
  });
});

function nestedMultiparts(levels: number): Uint8Array {
  const lines: string[] = ['Content-Type: multipart/mixed; boundary="b0"', ''];
  for (let i = 1; i < levels; i++) lines.push(`--b${i - 1}`, `Content-Type: multipart/mixed; boundary="b${i}"`, '');
  lines.push(`--b${levels - 1}`, 'Content-Type: text/plain', '', 'innermost', `--b${levels - 1}--`);
  for (let i = levels - 2; i >= 0; i--) lines.push(`--b${i}--`);
  return crlf(lines);
}

describe('MIME entities', () => {
  const report = crlf([
    'Content-Type: multipart/report; report-type=delivery-status; boundary="abc"',
    '',
    'preamble',
    '--abc',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Gr=C3=BC=C3=9Fe',
    '--abc-1',
    'not a delimiter of "abc": only white space may follow a boundary',
    '--abc',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    '',
    '--abc',
    'Content-Type: message/rfc822',
    '',
    'Subject: the original',
    '',
    'body',
    '--abc--',
    'epilogue',
  ]);

  it('splits a multipart at its boundaries, leaving the line end before a delimiter out (RFC 2046 §5.1.1)', () => {
    const root = readMimeEntity(report);
    expect(root.truncated).toBe(false);
    expect(root.parts.map((p) => p.contentType.mediaType)).toEqual(['text/plain', 'message/delivery-status', 'message/rfc822']);
    expect(text(decodedBody(root.parts[0]!))).toBe('Grüße\r\n--abc-1\r\nnot a delimiter of "abc": only white space may follow a boundary');
    expect(bodyText(root.parts[0]!, 1000).startsWith('Grüße')).toBe(true);
    expect(listEntities(root).map((e) => e.depth)).toEqual([0, 1, 1, 1]);
  });

  it('opens a message/rfc822 part only when asked, one level deeper', () => {
    const root = readMimeEntity(report);
    const embedded = readEmbeddedMessage(root.parts[2]!)!;
    expect(embedded.depth).toBe(2);
    expect(embedded.fields.map((f) => f.value)).toEqual(['the original']);
    expect(text(embedded.body)).toBe('body');
  });

  it('marks a multipart whose closing delimiter never came as truncated and keeps the part it has', () => {
    const cut = report.subarray(0, text(report).indexOf('Reporting-MTA') + 20);
    const root = readMimeEntity(cut);
    expect(root.truncated).toBe(true);
    expect(root.parts.map((p) => p.contentType.mediaType)).toEqual(['text/plain', 'message/delivery-status']);
    expect(text(root.parts[1]!.body)).toBe('Reporting-MTA: dns; ');
  });

  it(`stops splitting below depth ${MAX_MIME_DEPTH}`, () => {
    const entities = listEntities(readMimeEntity(nestedMultiparts(MAX_MIME_DEPTH + 5)));
    expect(Math.max(...entities.map((e) => e.depth))).toBe(MAX_MIME_DEPTH);
    expect(entities.some((e) => e.contentType.mediaType === 'text/plain')).toBe(false);
    const shallow = listEntities(readMimeEntity(nestedMultiparts(3)));
    expect(shallow.at(-1)!.contentType.mediaType).toBe('text/plain');
  });

  it(`splits out at most ${MAX_MIME_PARTS} parts`, () => {
    const lines = ['Content-Type: multipart/mixed; boundary=x', ''];
    for (let i = 0; i < MAX_MIME_PARTS + 100; i++) lines.push('--x', '', `part ${i}`);
    lines.push('--x--');
    const root = readMimeEntity(crlf(lines));
    expect(root.parts.length).toBe(MAX_MIME_PARTS);
    expect(text(root.parts.at(-1)!.body)).toBe(`part ${MAX_MIME_PARTS - 1}`);
  });

  it('repairs a parameter line whose fold lost its white space', () => {
    const root = readMimeEntity(crlf(['Content-Type: multipart/alternative;', 'boundary="lost-fold"', '', '--lost-fold', '', 'one', '--lost-fold--']));
    expect(root.contentType.params['boundary']).toBe('lost-fold');
    expect(root.parts.length).toBe(1);
  });

  it('reads at most the asked number of bytes of a part as text', () => {
    const big = crlf(['Content-Type: text/plain', 'Content-Transfer-Encoding: base64', '', btoa('x'.repeat(30_000))]);
    expect(bodyText(readMimeEntity(big), 1000).length).toBe(1000);
  });
});
