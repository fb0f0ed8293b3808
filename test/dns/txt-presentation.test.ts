import { describe, expect, it } from 'vitest';
import { parseQuotedStrings } from '../../src/dns/txt-presentation.ts';

describe('parseQuotedStrings', () => {
  it('reads one or several quoted character-strings (RFC 1035 §5.1)', () => {
    expect(parseQuotedStrings('"v=spf1 -all"')).toEqual(['v=spf1 -all']);
    expect(parseQuotedStrings('"v=DKIM1; p=MIIB" "IDAQAB"')).toEqual(['v=DKIM1; p=MIIB', 'IDAQAB']);
    expect(parseQuotedStrings('  "a"\t"b"  ')).toEqual(['a', 'b']);
    expect(parseQuotedStrings('""')).toEqual(['']);
    // No data at all: a record with no strings.
    expect(parseQuotedStrings('')).toEqual([]);
    expect(parseQuotedStrings('  ')).toEqual([]);
  });

  it('reads the escapes \\" \\\\ and decimal \\DDD', () => {
    expect(parseQuotedStrings('"say \\"hi\\""')).toEqual(['say "hi"']);
    expect(parseQuotedStrings('"back\\\\slash"')).toEqual(['back\\slash']);
    expect(parseQuotedStrings('"semi\\059colon"')).toEqual(['semi;colon']);
    expect(parseQuotedStrings('"\\000\\127"')).toEqual(['\u0000\u007f']);
    // \DDD is an octet: escaped UTF-8 octets make one character.
    expect(parseQuotedStrings('"m\\195\\188nchen"')).toEqual(['münchen']);
    // Any other escaped character stands for itself.
    expect(parseQuotedStrings('"\\a\\ b"')).toEqual(['a b']);
    expect(parseQuotedStrings('"ünï"')).toEqual(['ünï']);
  });

  it('answers null for data that is not wholly quoted', () => {
    for (const data of ['v=spf1 -all', '"open', '"a" b', '"a""b"', 'x "a"', '"\\256"', '"ends\\']) {
      expect(parseQuotedStrings(data), data).toBeNull();
    }
  });
});
