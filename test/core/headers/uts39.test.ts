import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeCodePoint, loadConfusables, prototypeOf, skeleton } from '../../../src/core/headers/uts39-skeleton.ts';
import { restrictionLevel } from '../../../src/core/headers/uts39-restriction-level.ts';

// These checks call the look-alike code directly, as explainHeaders() does after loading the table.
await loadConfusables();

// Any code point of Unicode except lone surrogates, which are not characters.
const anyChar = fc.integer({ min: 0, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).map((cp) => String.fromCodePoint(cp));
const anyText = fc.array(anyChar, { maxLength: 40 }).map((chars) => chars.join(''));

describe('UTS #39 skeleton', () => {
  it('maps the Latin look-alikes of a brand to its skeleton', () => {
    const brand = skeleton('paypal');
    expect(skeleton('pɑypal')).toBe(brand); // U+0251 LATIN SMALL LETTER ALPHA
    expect(skeleton('ｐａｙｐａｌ')).toBe(brand); // full-width letters
    expect(skeleton('pay\u00ADpal')).toBe(brand); // soft hyphen: default-ignorable, removed
    expect(skeleton('pay\u200Bpal')).toBe(brand);
    expect(skeleton('p\u{1D41A}ypal')).toBe(brand); // MATHEMATICAL BOLD SMALL A
    expect(skeleton('paypal')).not.toBe(skeleton('paypa1x'));
  });

  it('keeps letters of other scripts whose prototype is not ASCII', () => {
    expect(skeleton('日本')).toBe('日本');
    expect(prototypeOf('ı')).toEqual({ text: 'i', allowed: true }); // Turkish dotless i: a living letter
    expect(prototypeOf('ɑ')).toEqual({ text: 'a', allowed: false }); // Latin alpha: phonetic, not for identifiers
    expect(prototypeOf('a')).toBeNull();
  });

  it('names the invisible characters it removes', () => {
    expect(describeCodePoint(0x200b)).toBe('U+200B ZERO WIDTH SPACE');
    expect(describeCodePoint(0xad)).toBe('U+00AD SOFT HYPHEN');
    expect(describeCodePoint(0xe0070)).toBe('U+E0070 TAG LATIN SMALL LETTER P');
    expect(describeCodePoint(0x251)).toBe('U+0251');
  });

  it('is idempotent and total over all of Unicode', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const once = skeleton(input);
        expect(typeof once).toBe('string');
        expect(skeleton(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('does not see any invisible character inserted into a word', () => {
    const invisible = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)).filter((c) => /^\p{Default_Ignorable_Code_Point}$/u.test(c));
    fc.assert(
      fc.property(invisible, fc.nat(6), (char, at) => {
        const word = 'paypal';
        expect(skeleton(word.slice(0, at) + char + word.slice(at))).toBe(skeleton(word));
      }),
    );
  });
});

describe('UTS #39 restriction level', () => {
  it('grades the levels of §5.2', () => {
    expect(restrictionLevel('paypal')).toBe('ascii-only');
    expect(restrictionLevel('bücher')).toBe('single-script');
    expect(restrictionLevel('аррӏе')).toBe('single-script');
    expect(restrictionLevel('日本語ab')).toBe('highly-restrictive');
    expect(restrictionLevel('abc\u0915')).toBe('moderately-restrictive'); // Latin with Devanagari
    expect(restrictionLevel('pаypal')).toBe('minimally-restrictive'); // Latin with Cyrillic
    expect(restrictionLevel('pa\u{10300}')).toBe('unrestricted'); // Old Italic: not recommended
  });

  it('answers for any string of Unicode', () => {
    fc.assert(fc.property(anyText, (input) => {
        expect(typeof restrictionLevel(input)).toBe('string');
      }), { numRuns: 2000 });
  });
});
