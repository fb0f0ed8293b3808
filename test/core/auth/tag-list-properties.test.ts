// Properties of the tag=value reader of DKIM-Signature, ARC-Seal,
// ARC-Message-Signature and key records (RFC 6376 §3.2), and of the
// explanation built on it, over text that mixes every white space and
// control character with "=" and ";" (issue 10).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactValue, parseTagList } from '../../../src/core/auth/tag-list.ts';
import { explainSignatureTags } from '../../../src/core/headers/dkim-tags.ts';
import { hostileText } from '../../support/hostile-text.ts';

const WORDS = ['v=1', 'a=rsa-sha256', 'd=example.com', 's=s1', 'h=from:to', 'bh=', 'b=', 'l=10', 't=1795000000', 'x=1', 'i=@example.com', 'cv=pass', 'i=1', 'c=relaxed/simple', 'p=', 'k=rsa'];
const tagText = hostileText(WORDS, 50);

describe('tag=value list properties', () => {
  it('each tag is a part between ";" read as name=value, each part is a tag or an error', () => {
    fc.assert(
      fc.property(tagText, (text) => {
        const { tags, errors } = parseTagList(text);
        const parts = text.split(';').filter((part) => part.trim() !== '');
        expect(tags.size + errors.length).toBe(parts.length);
        for (const [name, value] of tags) {
          expect(name.length).toBeGreaterThan(0);
          expect(name).toBe(name.trim());
          expect(value).toBe(value.trim());
          expect(parts.some((part) => part.includes(name) && part.includes(value))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('compactValue takes out folding white space only, and is idempotent', () => {
    fc.assert(
      fc.property(tagText, (text) => {
        const compact = compactValue(text)!;
        expect(compact).toBe(text.replace(/[ \t\r\n]/g, ''));
        expect(compactValue(compact)).toBe(compact);
      }),
      { numRuns: 1000 },
    );
  });

  it('the explanation of a signature field of any kind is built without a throw, one part per tag at most', () => {
    fc.assert(
      fc.property(tagText, fc.constantFrom('dkim', 'arc-seal', 'arc-message-signature') as fc.Arbitrary<'dkim' | 'arc-seal' | 'arc-message-signature'>, (text, kind) => {
        const explained = explainSignatureTags(text, kind, '2026-11-27T12:00:00Z');
        expect(JSON.parse(JSON.stringify(explained))).toEqual(explained);
      }),
      { numRuns: 1000 },
    );
  });
});
