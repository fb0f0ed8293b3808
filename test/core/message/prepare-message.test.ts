import { describe, expect, it } from 'vitest';
import { prepareMessage, MAX_INPUT_BYTES } from '../../../src/core/message/prepare-message.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const codes = (bytes: Uint8Array) => prepareMessage(bytes).problems.map((p) => p.code);
const text = (bytes: Uint8Array | null) => new TextDecoder('latin1').decode(bytes ?? new Uint8Array());

describe('prepareMessage: what is not a message', () => {
  it('refuses empty and blank input', () => {
    expect(codes(new Uint8Array())).toEqual(['empty-input']);
    expect(codes(encode(' \r\n\t\n'))).toEqual(['empty-input']);
    expect(prepareMessage(new Uint8Array()).authBytes).toBeNull();
  });

  it('refuses binary data: a PNG header, or no header and NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(codes(png)).toEqual(['binary-input']);
    expect(codes(encode('\0\x01\x02 hello\r\n'))).toEqual(['binary-input']);
    expect(codes(encode('hello\x01\x02\x03\x04 world\r\n'))).toEqual(['binary-input']);
    expect(prepareMessage(png).fields).toEqual([]);
  });

  it('reads a message with a NUL or another stray control byte, with a warning on the line of the first (issue 10)', () => {
    const nul = prepareMessage(encode('From: a@example.com\r\nSubject: a\0b\r\n\r\nbody'));
    expect(nul.problems).toEqual([expect.objectContaining({ code: 'stray-control-bytes', severity: 'warning', line: 2 })]);
    expect(nul.problems[0]!.text.en).toContain(': 1 in its header');
    expect(nul.problems[0]!.text.de).toContain(': 1 in ihrem Kopf');
    expect(nul.fields.map((f) => f.name)).toEqual(['From', 'Subject']);
    // Many of them, as a phishing message might carry to be refused as binary: still read.
    const many = prepareMessage(encode(`From: a@example.com\r\nX-Pad: ${'\0\x07'.repeat(500)}\r\nSubject: Pay now\r\n\r\n${'\0'.repeat(9000)}`));
    expect(many.problems.map((p) => p.code)).toEqual(['stray-control-bytes']);
    // Counted in the header and the first 8 KB: 1000 in the header, the rest of the 8 KB from the body.
    expect(Number(/: (\d+) in its header/.exec(many.problems[0]!.text.en)?.[1])).toBeGreaterThan(1000);
    expect(many.fields.map((f) => f.name)).toEqual(['From', 'X-Pad', 'Subject']);
    // The first field's name looks like a GIF signature: a header still makes it a message.
    expect(codes(encode('GIF89a-Note: x\r\nFrom: a@example.com\r\n\r\nbody'))).toEqual([]);
  });

  it('reads a 7-bit ISO-2022-JP message: its escape sequences and shifts are text, not controls', () => {
    // RFC 1468: ESC $ B switches to JIS X 0208, ESC ( B back to ASCII; the subject as an RFC 2047 word.
    const jis = (text: string) => `\x1b$B${text}\x1b(B`;
    const message = [
      'From: =?ISO-2022-JP?B?GyRCOzNFRBsoQg==?= <yamada@example.jp>',
      'Subject: =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=ISO-2022-JP',
      'Content-Transfer-Encoding: 7bit',
      '',
      ...Array.from({ length: 300 }, (_, i) => `${jis('$3$s$K$A$O')} ${i} ${jis('@$3&')}`),
      '',
    ].join('\r\n');
    expect(codes(encode(message))).toEqual([]);
    // ISO-2022-KR (RFC 1557): SO and SI shift once ESC $ ) C has designated KS C 5601.
    expect(codes(encode('From: a@example.kr\r\nContent-Type: text/plain; charset=ISO-2022-KR\r\n\r\n\x1b$)C\r\n\x0e!!\x0f ok\r\n'))).toEqual([]);
    // An ESC that starts no escape sequence is a stray control.
    expect(codes(encode('From: a@example.com\r\n\r\n\x1b\x01\r\n'))).toEqual(['stray-control-bytes']);
  });

  it('refuses input whose first line is not a header field', () => {
    expect(codes(encode('Hello Bob,\nhow are you?\n'))).toEqual(['no-header']);
  });

  it('refuses input over the size limit without reading it', () => {
    // A view over a buffer just past the limit: the length is what counts.
    const huge = new Uint8Array(MAX_INPUT_BYTES + 1);
    expect(codes(huge)).toEqual(['input-too-large']);
  });
});

describe('prepareMessage: repairs and warnings', () => {
  it('reads LF input, converting line ends to CRLF for authentication', () => {
    const prepared = prepareMessage(encode('From: a@example.com\nSubject: hi\n\nbody\n'));
    expect(prepared.input.lineEnding).toBe('LF');
    expect(prepared.problems.map((p) => p.code)).toEqual(['line-ends-repaired']);
    expect(text(prepared.authBytes)).toBe('From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n');
    expect(prepared.input.repairs).toEqual([{ code: 'line-ends', count: 4, message: expect.any(String) }]);
  });

  it('reads lone CR line ends (an old Mac export)', () => {
    const prepared = prepareMessage(encode('From: a@example.com\rSubject: hi\r\rbody\r'));
    expect(prepared.input.lineEnding).toBe('CR');
    expect(prepared.fields.map((f) => f.name)).toEqual(['From', 'Subject']);
    expect(text(prepared.authBytes)).toBe('From: a@example.com\r\nSubject: hi\r\n\r\nbody\r\n');
  });

  it('removes the doubled CR of a CR CR LF paste and says so', () => {
    const prepared = prepareMessage(encode('From: a@example.com\r\r\nSubject: hi\r\r\n\r\r\nbody'));
    expect(prepared.problems.map((p) => p.code)).toContain('doubled-cr-repaired');
    expect(text(prepared.authBytes)).toBe('From: a@example.com\r\nSubject: hi\r\n\r\nbody');
  });

  it('keeps CRLF input as the very same bytes', () => {
    const bytes = encode('From: a@example.com\r\n\r\nbody\r\n');
    const prepared = prepareMessage(bytes);
    expect(prepared.authBytes).toBe(bytes);
    expect(prepared.problems).toEqual([]);
  });

  it('detects headers-only input and ends its last field with CRLF', () => {
    const prepared = prepareMessage(encode('From: a@example.com\r\nSubject: hi'));
    expect(prepared.input.headersOnly).toBe(true);
    expect(prepared.problems.map((p) => p.code)).toEqual(['headers-only']);
    expect(text(prepared.authBytes)).toBe('From: a@example.com\r\nSubject: hi\r\n');
  });

  it('flags a header cut off in the middle of a field', () => {
    const prepared = prepareMessage(encode('From: a@example.com\r\nTo: Bob <bob@exa'));
    expect(prepared.problems.map((p) => p.code)).toEqual(['headers-only', 'truncated-header']);
    expect(prepared.problems[1]!.line).toBe(2);
  });

  it('inserts the missing blank line where the header stops', () => {
    const prepared = prepareMessage(encode('From: a@example.com\r\nSubject: hi\r\nThis is the body.\r\nMore.\r\n'));
    expect(prepared.problems.map((p) => [p.code, p.line])).toEqual([['missing-blank-line', 3]]);
    expect(prepared.fields.map((f) => f.name)).toEqual(['From', 'Subject']);
    expect(text(prepared.authBytes)).toBe('From: a@example.com\r\nSubject: hi\r\n\r\nThis is the body.\r\nMore.\r\n');
    expect(prepared.input.repairs.map((r) => r.code)).toEqual(['blank-line-inserted']);
  });

  it('shows non-UTF-8 header bytes as Latin-1 and warns', () => {
    const bytes = new Uint8Array([...encode('Subject: Gr'), 0xfc, ...encode('n\r\n\r\nx')]);
    const prepared = prepareMessage(bytes);
    expect(prepared.problems.map((p) => p.code)).toEqual(['non-utf8-header']);
    expect(prepared.input.utf8).toBe(false);
    expect(prepared.fields[0]!.value).toBe('Grün');
  });

  it('reads UTF-8 header text (RFC 6532) as UTF-8', () => {
    const prepared = prepareMessage(encode('Subject: Grüße\r\n\r\nx'));
    expect(prepared.fields[0]!.value).toBe('Grüße');
    expect(prepared.input.utf8).toBe(true);
  });

  it('strips a UTF-8 byte order mark from the start', () => {
    const prepared = prepareMessage(new Uint8Array([0xef, 0xbb, 0xbf, ...encode('From: a@example.com\r\n\r\nx')]));
    expect(prepared.fields[0]!.name).toBe('From');
  });

  it('unfolds folded fields and keeps the folded text as raw', () => {
    const prepared = prepareMessage(encode('Subject: one\r\n two\r\n\tthree\r\nFrom: a@example.com\r\n\r\n'));
    expect(prepared.fields[0]).toMatchObject({ name: 'Subject', value: 'one two\tthree', raw: 'Subject: one\r\n two\r\n\tthree', line: 1 });
    expect(prepared.fields[1]!.line).toBe(4);
  });
});
