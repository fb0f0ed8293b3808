// Display names for the redaction (src/core/share/display-names.ts), read
// by the one address-list parser of src/core/message.

import { describe, expect, it } from 'vitest';
import { displayNamesOf, holdsMailboxes } from '../../../src/core/share/display-names.ts';

describe('display names of an address field', () => {
  it('gives names, group names and old-style comment names, as written and decoded, in order', () => {
    const value = 'Team =?utf-8?Q?K=C3=B6ln?=: "Doe, Jane" <jane@example.com>,\r\n bob@example.com ("Bob Smith");, undisclosed-recipients:;';
    expect(displayNamesOf(value)).toEqual([
      { raw: 'Team =?utf-8?Q?K=C3=B6ln?=', decoded: 'Team Köln' },
      { raw: '"Doe, Jane"', decoded: 'Doe, Jane' },
      { raw: '"Bob Smith"', decoded: 'Bob Smith' },
    ]);
  });

  it('skips names that are addresses or a single letter', () => {
    expect(displayNamesOf('"a@example.com" <a@example.com>, X <x@example.com>')).toEqual([]);
  });

  it('keeps the bytes of a byte view: 0xA0 (the second byte of UTF-8 "à") is no white space', () => {
    const view = 'Universit\u00c3\u00a0 <u@example.it>';
    expect(displayNamesOf(view)).toEqual([{ raw: view.slice(0, 11), decoded: view.slice(0, 11) }]);
  });

  it('knows which fields hold mailboxes', () => {
    expect(['From', 'reply-to', 'Resent-Cc'].map(holdsMailboxes)).toEqual([true, true, true]);
    expect(holdsMailboxes('Subject')).toBe(false);
  });
});
