import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayNameFindings, domainFindings } from '../../../src/core/headers/lookalike.ts';
import { inspectDomain } from '../../../src/core/headers/confusable-domain.ts';
import { WELL_KNOWN_DOMAINS } from '../../../src/core/headers/well-known-domains.ts';
import { loadConfusables } from '../../../src/core/headers/uts39-skeleton.ts';

// These checks call the look-alike code directly, as explainHeaders() does after loading the table.
await loadConfusables();

const severe = (found: { severity: string }[]) => found.filter((f) => f.severity !== 'info');
const codes = (found: { code: string; severity: string }[]) => found.map((f) => `${f.code}/${f.severity}`);

// The invisible characters of the issue, and every other default-ignorable code point.
const invisible = fc.oneof(
  fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u202A', '\u202E', '\u2066', '\u2069'),
  fc
    .integer({ min: 0, max: 0x10ffff })
    .map((cp) => String.fromCodePoint(cp))
    .filter((c) => /^\p{Default_Ignorable_Code_Point}$/u.test(c)),
);

describe('look-alike domains', () => {
  it('makes each hostile form of a brand domain an error, naming the brand', () => {
    const forms: [string, string][] = [
      ['pay\u200Bpal.com', 'invisible-character'],
      ['pay\u00ADpal.com', 'invisible-character'],
      ['p\u0251ypal.com', 'confusable-domain'],
      ['\uFF50\uFF41\uFF59\uFF50\uFF41\uFF4C.com', 'fullwidth-domain'],
      ['paypal\uFF0Ecom', 'fullwidth-domain'],
      ['paypal\u3002com', 'fullwidth-domain'],
      ['pay\u0323pal.com', 'combining-mark'],
      ['xn--pypal-4ve.com', 'lookalike-domain'],
      ['paypa1.com', 'confusable-domain'],
    ];
    for (const [domain, code] of forms) {
      const found = domainFindings(domain);
      expect(codes(found), domain).toContain(`${code}/error`);
      expect(found.find((f) => f.code === code)!.text.en, domain).toContain('paypal');
    }
  });

  it('names invisible characters by code point and name, and gives the real form', () => {
    const found = domainFindings('pay\u200Bpal.example')[0]!;
    expect(found.text.en).toContain('U+200B ZERO WIDTH SPACE');
    expect(found.text.de).toContain('U+200B ZERO WIDTH SPACE');
    expect(found.text.en).toContain('xn--');
  });

  it('leaves the real domains and ordinary internationalised ones alone', () => {
    // Among them names under top-level domains of their own script, whose skeletons are ASCII (рус → pyc).
    const local = ['крым.рус', 'shop.бг', 'пр.срб', 'мир.рус', 'ελ'];
    for (const domain of [...WELL_KNOWN_DOMAINS, ...local, 'mail.paypal.co.uk', 'example.com', 'xn--bcher-kva.example', 'xn--wgv71a119e.jp', 'xn--mller-kva.example']) {
      expect(severe(domainFindings(domain)), domain).toEqual([]);
    }
    expect(codes(domainFindings('xn--bcher-kva.example'))).toEqual(['idn-domain/info']);
  });

  it('warns about look-alike letters even where no well-known domain is imitated', () => {
    expect(codes(domainFindings('\u0251cme-widgets.example'))).toEqual(['confusable-domain/warning']);
    expect(inspectDomain('xn--80ak6aa92e.com')).toMatchObject({ latinLookalike: true, mixedScript: false });
  });

  it('detects any invisible character inserted anywhere into any well-known domain', () => {
    fc.assert(
      fc.property(fc.constantFrom(...WELL_KNOWN_DOMAINS), invisible, fc.nat(), (domain, char, at) => {
        const where = at % (domain.length + 1);
        const found = domainFindings(domain.slice(0, where) + char + domain.slice(where));
        expect(codes(found)).toContain('invisible-character/error');
        expect(found[0]!.text.en).toContain(`imitates ${domain}`);
      }),
      { numRuns: 500 },
    );
  });

  it('answers for any domain of Unicode characters, never throwing', () => {
    const anyChar = fc.integer({ min: 0, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCodePoint(cp));
    fc.assert(
      fc.property(fc.array(anyChar, { maxLength: 30 }), (chars) => {
        for (const item of domainFindings(chars.join(''))) expect(['info', 'warning', 'error']).toContain(item.severity);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('look-alike display names', () => {
  it('flags a brand spelled with look-alike or invisible characters when the address is not the brand', () => {
    expect(codes(displayNameFindings('P\u0251yP\u0251l', 'attacker.example'))).toEqual(['confusable-name/error']);
    expect(codes(displayNameFindings('Pay\u200BPal Service', 'attacker.example'))).toEqual(['invisible-character/error', 'confusable-name/error']);
    expect(displayNameFindings('PayPal', 'paypal.com')).toEqual([]);
  });

  it('flags a name that claims another domain: an error when written with full-width dots', () => {
    expect(codes(displayNameFindings('paypal\uFF0Ecom', 'attacker.example'))).toEqual(['display-name-domain/error']);
    expect(codes(displayNameFindings('Shop.example Support', 'mailer.example'))).toEqual(['display-name-domain/warning']);
    expect(displayNameFindings('Booking.com', 'mail.booking.com')).toEqual([]);
    expect(displayNameFindings('Mr.Smith', 'example.com')).toEqual([]);
  });

  it('leaves joiners in emoji and in Persian names alone', () => {
    expect(displayNameFindings('Family \u{1F468}\u200D\u{1F469}\u200D\u{1F467}', 'example.com')).toEqual([]);
    expect(displayNameFindings('\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645', 'example.com')).toEqual([]);
    expect(displayNameFindings('Shop \u2764\uFE0F', 'example.com')).toEqual([]);
  });
});
