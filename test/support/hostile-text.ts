// Generators for property tests of parsers: text that mixes every Unicode
// white space and control character (not only SP/HT/CR/LF) and lone
// surrogates with the characters that structure mail fields and with the
// words a parser looks for. Issue 10's hang needed "\v" next to "=": ASCII
// strings never make that, so every parser of core/ and dns/ is tested with
// these.

import fc from 'fast-check';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

/**
 * C0 controls, DEL and C1 controls (U+0085 NEL among them), NBSP, the Ogham
 * space, U+2000-U+200B, the line and paragraph separators, the narrow and
 * medium mathematical spaces, the ideographic space, the byte order mark,
 * and lone high and low surrogates.
 */
export const WHITE_SPACE_AND_CONTROLS: readonly string[] = [
  ...range(0x00, 0x1f), ...range(0x7f, 0x9f), '\u00a0', '\u1680', ...range(0x2000, 0x200b),
  '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\ud800', '\udbff', '\udc00', '\udfff',
];

/** The characters structured fields are made of (RFC 5322 specials, "=" of tag and key=value lists). */
export const STRUCTURAL: readonly string[] = ['=', ';', '(', ')', '"', '\\', '<', '>', '@', ',', ':', '[', ']', '.'];

/** Text of up to `maxParts` pieces: odd white space, controls, structure, any code point, folds, and the given words. */
export function hostileText(words: readonly string[] = [], maxParts = 40): fc.Arbitrary<string> {
  const pieces: fc.WeightedArbitrary<string>[] = [
    { weight: 3, arbitrary: fc.constantFrom(...WHITE_SPACE_AND_CONTROLS) },
    { weight: 3, arbitrary: fc.constantFrom(...STRUCTURAL) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '\r\n', '\r\n ', '\n\t') },
  ];
  if (words.length > 0) pieces.push({ weight: 3, arbitrary: fc.constantFrom(...words) });
  return fc.array(fc.oneof(...pieces), { maxLength: maxParts }).map((parts) => parts.join(''));
}

/** The same as bytes, in both ways text reaches a parser: UTF-8, and Latin-1 (where 0xA0 is a byte of its own). */
export function hostileBytes(words: readonly string[] = [], maxParts = 40): fc.Arbitrary<Uint8Array> {
  return fc.tuple(hostileText(words, maxParts), fc.boolean()).map(([text, latin1]) =>
    latin1 ? Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff) : new TextEncoder().encode(text),
  );
}

/** Is `part` a subsequence of `whole` (its characters in order, others between them)? */
export function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const c of part) {
    at = whole.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
