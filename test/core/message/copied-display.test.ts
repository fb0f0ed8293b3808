// Copies of what a mail program shows (From / Sent / To / Subject, in
// English and German) and HTML source are told apart from raw messages,
// and refused with their own problem code instead of a verdict on nothing.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepareMessage } from '../../../src/core/message/prepare-message.ts';
import { isHtmlSource } from '../../../src/core/message/copied-display.ts';
import { listCaseFolders, OWN_CASES, readCase } from '../../support/fixture-cases.ts';

const codes = (text: string) => prepareMessage(new TextEncoder().encode(text)).problems.map((problem) => problem.code);

describe('copied display headers', () => {
  it('refuses an Outlook copy in English', () => {
    const copy = 'From: Anna Becker <anna@example.com>\nSent: Monday, 23 November 2026 09:14\nTo: Ben Wagner <ben@example.net>\nSubject: Slides for Thursday\n\nHi Ben,\n';
    expect(codes(copy)).toEqual(['display-header-copy']);
    expect(prepareMessage(new TextEncoder().encode(copy)).authBytes).toBeNull();
  });

  it('refuses a German Outlook copy', () => {
    expect(codes('Von: Anna Becker <anna@example.com>\nGesendet: Montag, 23. November 2026 09:14\nAn: Ben Wagner <ben@example.net>\nBetreff: Folien\n\nHallo Ben,\n')).toEqual(['display-header-copy']);
  });

  it('refuses a copy whose Date is written for people', () => {
    expect(codes('From: Anna <anna@example.com>\nDate: Monday at ten in the morning\nTo: ben@example.net\nSubject: Hi\n\nHi\n')).toEqual(['display-header-copy']);
  });

  it('keeps a small raw message, and a copy that travelled (a Received field), as messages', () => {
    expect(codes('From: a@example.com\n\nhi\n')).not.toContain('display-header-copy');
    expect(codes('From: a@example.com\nTo: b@example.net\nSubject: x\nDate: Mon, 23 Nov 2026 09:14:00 +0100\n\nhi\n')).not.toContain('display-header-copy');
    expect(codes('Received: from a by b; Mon, 23 Nov 2026 09:14:00 +0100\nFrom: a@example.com\nSent: yesterday\n\nhi\n')).not.toContain('display-header-copy');
  });

  it('refuses no fixture case: every raw message of ours stays a message', () => {
    for (const folder of listCaseFolders(OWN_CASES)) {
      const problems = prepareMessage(readCase(folder).message).problems.map((problem) => problem.code);
      expect(problems, folder).not.toContain('display-header-copy');
      expect(problems, folder).not.toContain('html-source');
    }
  });
});

describe('HTML source', () => {
  it('is told apart from text that is only not a message', () => {
    expect(codes('<!DOCTYPE html>\n<html><body>Hi</body></html>\n')).toEqual(['html-source']);
    expect(codes('<div dir="ltr">Hello</div>\n')).toEqual(['html-source']);
    expect(codes('Hello,\nthis is only the body.\n')).toEqual(['no-header']);
  });

  it('never takes a header field for HTML, whatever its name and value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\x21-\x39\x3b-\x7e]{1,20}$/), fc.string({ unit: 'grapheme' }), (name, value) => {
        expect(isHtmlSource(`${name}: ${value}`)).toBe(false);
      }),
    );
  });
});
