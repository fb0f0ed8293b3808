// Properties of the Authentication-Results, ARC-Authentication-Results and
// Received-SPF readers over text that mixes every white space and control
// character with the words and separators of those fields (issue 10).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeResultWord, parseAuthenticationResults, parseReceivedSpf } from '../../../src/core/headers/authentication-results.ts';
import { splitOutside } from '../../../src/core/message/rfc5322-lexical.ts';
import { hostileText } from '../../support/hostile-text.ts';

const WORDS = [
  'spf', 'dkim', 'dmarc', 'arc', 'pass', 'fail', 'none', 'Pass', 'SoftFail', 'hardfail', 'bestguesspass', 'i=1', 'i=2', 'reason', 'header.d', 'smtp.mailfrom',
  'mx.example.net', 'example.com', 'a@example.com', 'client-ip', 'receiver', 'identity', 'envelope-from', '192.0.2.1', '1', '=', ' ', '"a;b"', '(c)',
];
const value = hostileText(WORDS, 50);

describe('Authentication-Results reader properties', () => {
  it('ends, and every result it reads is written in the field, with the RFC 8601 word its written word stands for', () => {
    fc.assert(
      fc.property(value, fc.boolean(), (text, arc) => {
        const parsed = parseAuthenticationResults(text, arc);
        expect(parsed.results.length).toBeLessThanOrEqual(splitOutside(text, ';').length);
        for (const result of parsed.results) {
          expect(text.toLowerCase()).toContain(result.method);
          expect(result.method).not.toMatch(/[ \t\r\n]/);
          // A quoted value is read with its quoted-pairs undone (RFC 5322
          // §3.2.4): "p\ass" is written pass.
          expect([text, text.replace(/\\([^])/gu, '$1')].some((form) => form.includes(result.written))).toBe(true);
          expect(result.result).toBe(normalizeResultWord(result.written).result);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a quoted result word with its quoted-pairs undone (seen once with a random seed)', () => {
    const [spf] = parseAuthenticationResults('mx.example.net; spf="p\\ass" smtp.mailfrom=example.com').results;
    expect([spf!.written, spf!.result]).toEqual(['pass', 'pass']);
  });

  it('reads the same results whatever white space of RFC 5322 separates the tokens', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('spf=pass', 'dkim=fail', 'header.d=example.com', '(a comment)', 'reason="x y"'), { minLength: 1, maxLength: 8 }), fc.array(fc.constantFrom(' ', '\t', '\r\n ', '  ')), (tokens, spaces) => {
        const single = parseAuthenticationResults(`mx.example.net; ${tokens.join(' ')}`);
        const mixed = parseAuthenticationResults(`mx.example.net; ${tokens.map((t, i) => t + (spaces[i % Math.max(spaces.length, 1)] ?? ' ')).join('')}`);
        expect(mixed.results).toEqual(single.results);
      }),
      { numRuns: 500 },
    );
  });
});

describe('Received-SPF reader properties', () => {
  it('ends, reads the result word at the start, and only keys written in the field', () => {
    fc.assert(
      fc.property(value, (text) => {
        const spf = parseReceivedSpf(text);
        expect(spf.written).toMatch(/^[A-Za-z]{0,20}$/);
        expect(text.replace(/^\s*/, '').startsWith(spf.written)).toBe(true);
        expect(spf.result).toBe(normalizeResultWord(spf.written).result);
        for (const key of Object.keys(spf.properties)) expect(text.toLowerCase()).toContain(key);
        if (spf.receiver !== null) expect(spf.receiver).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
      }),
      { numRuns: 3000 },
    );
  });
});
