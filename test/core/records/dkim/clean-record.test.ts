// cleanDkimRecord: the forms people paste (opendkim-genkey's zone line from
// the seed, dig output with \; escapes, a provider's value broken over lines
// with quotes left in) give the one TXT value; over all of Unicode it never
// throws and the clean value cleans to itself.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanDkimRecord } from '../../../../src/core/records/dkim/clean-record.ts';
import { hostileText } from '../../../support/hostile-text.ts';
import { SEED_KEY as KEY, SEED_ZONE_LINE } from './seed-record.ts';

const CLEAN = `v=DKIM1; h=sha256; k=rsa; s=email; p=${KEY}`;

describe('cleanDkimRecord', () => {
  it('reads opendkim-genkey\'s zone line: the strings joined, the owner name and the comment\'s domain', () => {
    const cleaned = cleanDkimRecord(SEED_ZONE_LINE);
    expect(cleaned).toMatchObject({ value: CLEAN, form: 'zone-file', name: '20201110._domainkey', commentDomain: 'stefanux.net', artefacts: [] });
    expect(cleaned.strings.map((s) => s.octets)).toEqual([35, 252, 142]);
  });

  it('reads the seed\'s dig output, where the copy split the key inside a string and left two spaces', () => {
    const dig = `"v=DKIM1; h=sha256; k=rsa; s=email;  p=${KEY.slice(0, 200)}" "${KEY.slice(200)}"`;
    expect(cleanDkimRecord(dig)).toMatchObject({ value: CLEAN, form: 'quoted', name: null });
  });

  it('reads a BIND line with TTL and class and \\; escapes outside quotes', () => {
    const cleaned = cleanDkimRecord(`s1._domainkey.example.com. 3600 IN TXT v=DKIM1\\; k=rsa\\; p=${KEY}`);
    expect(cleaned).toMatchObject({ value: `v=DKIM1; k=rsa; p=${KEY}`, form: 'zone-file', name: 's1._domainkey.example.com.' });
    expect(cleaned.artefacts).toContain('backslash-escapes');
  });

  it('takes a provider value broken over lines, with a stray quote and a zero-width space, and says what it removed', () => {
    const cleaned = cleanDkimRecord(`v=DKIM1; k=rsa;\r\n p=${KEY.slice(0, 64)}\n${KEY.slice(64, 100)}\u200b${KEY.slice(100)}"`);
    expect(cleaned.value).toBe(`v=DKIM1; k=rsa; p=${KEY}`);
    expect(cleaned.form).toBe('bare');
    expect(cleaned.artefacts.sort()).toEqual(['invisible-characters', 'line-breaks', 'spaces-in-values', 'stray-quotes']);
  });

  it('decodes \\DDD octets inside quoted strings as UTF-8 and keeps a part that is no tag', () => {
    expect(cleanDkimRecord('"v=DKIM1; n=gr\\195\\188n; junk"').value).toBe('v=DKIM1; n=grün; junk');
  });
});

describe('cleanDkimRecord over all of Unicode', () => {
  const WORDS = ['v=DKIM1', 'k=rsa', 'p=MIGf', 'IN', 'TXT', '( "', '" )', '\\;', '\\"', '\\065', '; -----', '_domainkey', '3600', '\r\n\t  "'];

  it('never throws, and the clean value is clean', () => {
    fc.assert(
      fc.property(fc.oneof(hostileText(WORDS, 60), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const once = cleanDkimRecord(text).value;
        expect(cleanDkimRecord(once).value).toBe(once);
        expect(once).not.toMatch(/["\\]|\s\s|[^\S ]|^\s|\s$/);
      }),
      { numRuns: 3000 },
    );
  });
});
