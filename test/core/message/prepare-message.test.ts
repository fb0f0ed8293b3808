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

  it('refuses binary data: a PNG header, or NUL bytes', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(codes(png)).toEqual(['binary-input']);
    expect(codes(encode('Subject: a\0b\r\n\r\nbody'))).toEqual(['binary-input']);
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
