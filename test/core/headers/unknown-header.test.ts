import { describe, expect, it } from 'vitest';
import { KNOWN_NAMES } from '../../../src/core/headers/catalogue.ts';
import { describeUnknownName } from '../../../src/core/headers/unknown-header.ts';

describe('unknown header names', () => {
  it('parses the X- prefix and guesses the vendor from it, saying it is a guess', () => {
    const result = describeUnknownName('X-MS-Something-New', KNOWN_NAMES);
    expect(result.parts.map((p) => [p.key, p.knowledge])).toEqual([
      ['prefix', 'documented'],
      ['vendor', 'inferred'],
    ]);
    expect(result.parts[1]!.value).toBe('Microsoft');
    expect(result.explanation.en).toMatch(/not known/);
  });

  it('spots a name one letter away from a known one', () => {
    expect(describeUnknownName('eturn-path', KNOWN_NAMES).parts.find((p) => p.key === 'resembles')?.value).toBe('return-path');
    expect(describeUnknownName('Mime-Virsion', KNOWN_NAMES).parts.find((p) => p.key === 'resembles')?.value).toBe('mime-version');
  });

  it('says honestly that nothing is known about a plain unknown name', () => {
    const result = describeUnknownName('Frobnicate', KNOWN_NAMES);
    expect(result.parts).toEqual([]);
    expect(result.explanation.de).toMatch(/nicht/);
  });
});
