// Where the redaction starts (src/core/share/redact-message.ts): the same
// message bytes the analysis reads (message/prepare-message.ts messageStart).

import { describe, expect, it } from 'vitest';
import { prepareForRedaction } from '../../../src/core/share/redact-message.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

describe('prepareForRedaction', () => {
  it('drops a byte order mark and an mbox "From " line, whatever the line ends', () => {
    expect(text(prepareForRedaction(bytes('\uFEFFFrom a@example.com Mon Jan  1 00:00:00 2024\nFrom: a@example.com\n\nHi\n'), false).bytes)).toBe('From: a@example.com\r\n\r\nHi\r\n');
    // An old Mac export ends lines with CR alone: the message after the separator stays.
    expect(text(prepareForRedaction(bytes('From a@example.com Mon Jan  1 00:00:00 2024\rFrom: a@example.com\r\rHi\r'), false).bytes)).toBe('From: a@example.com\r\n\r\nHi\r\n');
  });

  it('keeps an obsolete "From :" field, which is no separator (RFC 5322 §4.5.3)', () => {
    expect(text(prepareForRedaction(bytes('From  : a@example.com\r\n\r\nHi\r\n'), false).bytes)).toBe('From  : a@example.com\r\n\r\nHi\r\n');
  });

  it('leaves the body out when asked, so the analysis reads a header-only message', () => {
    const prepared = prepareForRedaction(bytes('From: a@example.com\r\nSubject: x\r\n\r\nHi\r\n'), true);
    expect([text(prepared.bytes), prepared.bodyLeftOut]).toEqual(['From: a@example.com\r\nSubject: x\r\n', true]);
  });
});
