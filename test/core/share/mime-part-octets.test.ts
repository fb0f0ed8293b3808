// Quoted-printable and base64 parts carried as their octets: taken only
// when they encode back exactly, and the message comes back byte for byte
// whatever it holds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMessageParts, encodeMessageParts } from '../../../src/core/share/mime-part-octets.ts';
import { buildMessageWithAttachment, buildRealisticMessage } from './realistic-message.ts';
import { hostileBytes } from '../../support/hostile-text.ts';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const LIMIT = 32 * 1024 * 1024;

function multipart(encoding: string, body: string, end = '\r\n'): Uint8Array {
  const lines = ['Content-Type: multipart/mixed; boundary="b"', '', '--b', `Content-Transfer-Encoding: ${encoding}`, '', body, '--b--', ''];
  return latin1(lines.join(end));
}

function roundTrip(message: Uint8Array): Uint8Array {
  const stream = encodeMessageParts(message);
  const back = decodeMessageParts(stream, LIMIT);
  expect(back).toEqual({ ok: true, bytes: message });
  return stream;
}

describe('MIME part octets', () => {
  it('carries the bench message\'s quoted-printable HTML part as octets, 4 % smaller, and writes it back exactly', () => {
    const message = buildRealisticMessage(100_000);
    const stream = roundTrip(message);
    expect(stream.length).toBeLessThan(message.length * 0.97);
    // The HTML's "=" is back as itself: the part was decoded.
    expect(new TextDecoder().decode(stream)).toContain('<p class="MsoNormal">');
  });

  it('a base64 attachment becomes its octets, in CRLF or LF lines of any width', () => {
    const message = buildMessageWithAttachment(20_000);
    // Three octets for four characters: the 12 KB attachment shrinks by a quarter.
    expect(roundTrip(message).length).toBeLessThan(message.length * 0.85);
    const octets = Uint8Array.from({ length: 500 }, (_, i) => (i * 37) & 0xff);
    const base64 = Buffer.from(octets).toString('base64');
    for (const [width, end] of [[76, '\r\n'], [64, '\n'], [72, '\r\n']] as const) {
      const lines = base64.match(new RegExp(`.{1,${width}}`, 'g'))!.join(end);
      const part = multipart('base64', lines, end);
      expect(roundTrip(part).length).toBeLessThan(part.length - 100);
    }
  });

  it('keeps a part as it was when encoding it again would differ', () => {
    const cases = [
      multipart('quoted-printable', 'lower-case hex =c3=a4 is not what the encoder writes'),
      multipart('quoted-printable', 'a stray = sign'),
      multipart('base64', 'QUJD\r\nREVGR0hJ\r\nSks='), // ragged lines
      multipart('base64', 'not base64 at all!'),
      multipart('quoted-printable', 'x'.repeat(90)), // one line of 90, no soft break: read as a width of 91
    ];
    for (const message of cases) roundTrip(message);
  });

  it('any message, and any part body, comes back byte for byte', () => {
    const bodies = fc.oneof(
      hostileBytes(['=', '=\r\n', '=3D', '=C3=A4', 'QUJD', '\r\n', '\n', '--b', ' \r\n', '\t'], 60).map((bytes) => String.fromCharCode(...bytes)),
      fc.uint8Array({ maxLength: 400 }).map((bytes) => Buffer.from(bytes).toString('base64').replace(/.{1,76}/g, '$&\r\n').trimEnd()),
    );
    fc.assert(
      fc.property(fc.constantFrom('quoted-printable', 'base64', 'Base64', '7bit'), bodies, fc.constantFrom('\r\n', '\n'), (encoding, body, end) => {
        roundTrip(multipart(encoding, body, end));
      }),
      { numRuns: 500 },
    );
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => void roundTrip(bytes)), { numRuns: 200 });
  });

  it('any stream gives a message or a problem, and stops at the limit', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (stream) => {
        const result = decodeMessageParts(stream, 1000);
        if (result.ok) expect(result.bytes.length).toBeLessThanOrEqual(1000);
        else expect(['damaged', 'too-large']).toContain(result.reason);
      }),
      { numRuns: 2000 },
    );
    // One quoted-printable segment of 100 octets that become 300 characters, under a limit of 200.
    const segment = new Uint8Array([1, 76, 0, 100, ...new Uint8Array(100).fill(0xff)]);
    expect(decodeMessageParts(segment, 200)).toEqual({ ok: false, reason: 'too-large', limit: 200 });
    expect(decodeMessageParts(new Uint8Array([0, 50, 1, 2]), LIMIT)).toEqual({ ok: false, reason: 'damaged' });
  });
});
