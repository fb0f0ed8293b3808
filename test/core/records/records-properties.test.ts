// Properties of the workbench's readers over hostile text (every white
// space and control character, lone surrogates, all of Unicode): the SPF
// parser and the DMARC tag reader never throw and say what they found,
// and any value written as a zone-file line by the generator reads back
// as itself, in strings of at most 255 octets.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../support/hostile-text.ts';
import { parseSpfRecord } from '../../../src/core/records/spf/spf-record.ts';
import { readDmarcTags } from '../../../src/core/records/dmarc/check-dmarc.ts';
import { octetLength, readTxtInput } from '../../../src/core/records/txt-input.ts';
import { splitTxtStrings, zoneLineOf } from '../../../src/core/records/spf/spf-generator.ts';

const SPF_WORDS = ['v=spf1', ' ', 'ip4:192.0.2.1', '/24', 'include:', 'a:', 'mx', '-all', '~', '%{', '}', 'redirect=', 'exp=', 'ptr', 'exists:'];
const DMARC_WORDS = ['v=DMARC1', 'p=', 'reject', 'rua=', 'mailto:', 'pct=', 'sp=', 'np=', 't=y'];

describe('record reader properties', () => {
  it('the SPF parser reads any text into terms, valid only when no term and no part of it is wrong', () => {
    fc.assert(
      fc.property(hostileText(SPF_WORDS, 60), (text) => {
        const record = parseSpfRecord(text);
        expect(record.valid).toBe(record.errors.length === 0 && record.terms.every((term) => term.error === null));
        if (record.valid) expect(record.terms.map((t) => t.text).join(' ')).toBe(text.replace(/^v=spf1/i, '').split(' ').filter(Boolean).join(' '));
      }),
    );
  });

  it('the DMARC reader gives every known tag a row, whatever the text', () => {
    fc.assert(
      fc.property(hostileText(DMARC_WORDS, 60), (text) => {
        const { rows } = readDmarcTags(text);
        expect(rows.map((row) => row.name)).toContain('p');
        for (const row of rows) if (row.value === null) expect(row.problem).toBeNull();
      }),
    );
  });

  it('a value split into strings and written as a zone-file line reads back as itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 700 }), (value) => {
        const strings = splitTxtStrings(value);
        for (const piece of strings) expect(octetLength(piece)).toBeLessThanOrEqual(255);
        expect(strings.join('')).toBe(value);
        const read = readTxtInput(zoneLineOf('example.com', strings));
        expect(read.name).toBe('example.com');
        expect(read.value).toBe(value);
      }),
    );
  });
});
