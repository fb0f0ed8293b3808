// Properties that must hold for any input, hostile or broken: the parser
// never throws, and the chain stays consistent. The inputs mix random text
// with the words, brackets and dates Received fields are made of, so the
// generator reaches the parser's branches rather than only its junk path.
// How long a 1 MB hostile header takes is measured in test/bench/received-parse.ts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../../src/core/hops/received-field.ts';
import { readReceivedChain } from '../../../src/core/hops/received-chain.ts';
import { tokenizeReceived } from '../../../src/core/hops/received-tokens.ts';
import { parseIp } from '../../../src/core/net/ip-address.ts';
import { receivedFields } from './chain-fields.ts';
import { hostileText } from '../../support/hostile-text.ts';

const PIECES = [
  'from', 'by', 'with', 'id', 'for', 'via', 'tls', 'envelope-from', 'helo=', 'HELO', 'EHLO', '(', ')', '[', ']', '<', '>', ';', ',', ' ', '\t', '"',
  'mail.example.net', 'unknown', 'localhost', '192.0.2.1', '[192.0.2.1]', '::ffff:192.0.2.1', 'IPv6:2001:db8::1', '[IPv6:2001:db8::1]', '192.0.2.1:25', '?IPv6:::ffff:10.1.2.3?',
  'ESMTPS', 'ESMTPSA', 'LMTP', 'POP3', 'HTTP', 'Microsoft SMTP Server', 'using TLSv1.3 with cipher X', 'version=TLS1_2, cipher=Y', 'TLSv1:RC4-SHA:128', '(Exim 4.96)', '(Postfix, from userid 1000)',
  'amavisd-new, port 10024', 'fetchmail-6.4.38', 'qmail 1 invoked by uid 2', 'Authenticated sender: a@b', 'may be forged',
  'Fri, 27 Nov 2026 11:50:02 +0000', '2026-11-27 11:51:11.028704749 +0000 UTC m=+349867.4', '27 Nov 2026', 'Sun Nov 13 14:50:12 2005', '4/20/2018 11:01:16 PM', '-0000', '(PDT)',
];
const fieldText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(' ')),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join('')),
  // Every white space and control character, lone surrogates and the specials, between the words (issue 10).
  hostileText(PIECES, 60),
);

describe('Received parser properties', () => {
  it('never throws, whatever the field', () => {
    fc.assert(
      fc.property(fieldText, (text) => {
        const parsed = parseReceived(text);
        if (parsed.ip !== null) expect(parseIp(parsed.ip)).not.toBeNull();
        if (parsed.date) expect(Number.isNaN(Date.parse(parsed.date.utc))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('tokens stay inside the text and do not overlap', () => {
    fc.assert(
      fc.property(fieldText, (text) => {
        let end = 0;
        for (const token of tokenizeReceived(text).tokens) {
          expect(token.start).toBeGreaterThanOrEqual(end);
          expect(token.end).toBeLessThanOrEqual(text.length);
          end = token.end;
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a chain consistent: numbers, delays, trust on one side of one boundary', () => {
    fc.assert(
      fc.property(fc.array(fieldText, { maxLength: 12 }), fc.option(fc.integer({ min: -2, max: 14 }), { nil: undefined }), (values, pick) => {
        const { hops, path } = readReceivedChain(receivedFields(values), { now: new Date('2026-11-27T12:00:00Z'), envelopeHop: pick });
        expect(hops.map((h) => h.number)).toEqual(values.map((_, i) => i + 1));
        hops.forEach((hop) => {
          if (hop.delaySeconds !== null) {
            const from = hops[hop.delayFrom! - 1]!;
            expect(hop.delaySeconds).toBeCloseTo((Date.parse(hop.time!) - Date.parse(from.time!)) / 1000, 3);
          }
          expect(hop.trusted).toBe(path.boundary.hop === null || hop.number >= path.boundary.hop);
        });
        if (path.envelopeHop.hop !== null) expect(path.envelopeHop.hop).toBeLessThanOrEqual(hops.length);
      }),
      { numRuns: 500 },
    );
  });
});
