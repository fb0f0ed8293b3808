// Properties of the bounce-text readers over text that mixes every white
// space and control character with addresses, status codes and the words
// MTAs write (issue 10).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockError, cleanAddress, findAddresses, findRecipientBlocks } from '../../../src/core/bounce/text-recipients.ts';
import { hostileText } from '../../support/hostile-text.ts';

const WORDS = [
  'bob@example.net', '<carol@example.org>', 'postmaster@example.com', '550 5.1.1', '554 <dave@example.net>... User unknown', '\n', '\n\n', '    ',
  'Unknown user:', 'Recipient address rejected', 'The following address(es) failed:', 'host mx.example.net said:', 'To:', 'From:',
];
const text = hostileText(WORDS, 60);

describe('bounce text properties', () => {
  it('every recipient found is an address written in the text, once per address whatever its case', () => {
    fc.assert(
      fc.property(text, fc.boolean(), (body, ignorePostmaster) => {
        const ignore = new Set(ignorePostmaster ? ['postmaster@example.com'] : []);
        const { blocks } = findRecipientBlocks(body, ignore);
        const written = findAddresses(body).map(cleanAddress);
        const seen = new Set<string>();
        for (const block of blocks) {
          expect(body).toContain(block.recipient);
          expect(written.some((address) => address.includes(block.recipient) || block.recipient.includes(address))).toBe(true);
            expect(seen.has(block.recipient.toLowerCase())).toBe(false);
          seen.add(block.recipient.toLowerCase());
          expect(blockError(block).length).toBeLessThanOrEqual(block.text.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
