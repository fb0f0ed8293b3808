// Every note has English and German text.

import { describe, expect, it } from 'vitest';
import { describeNote } from '../../../src/core/hops/hop-notes.ts';
import type { ReceivedNote } from '../../../src/core/hops/received-field.ts';

const NOTES: ReceivedNote[] = [
  { code: 'reverse-unconfirmed', detail: 'may be forged' },
  { code: 'reverse-unknown' },
  { code: 'one-name', name: 'mail.example.net' },
  { code: 'mapped-ipv4', ip: '192.0.2.1' },
  { code: 'helo-bare-address', helo: '192.0.2.1', ip: '203.0.113.66' },
  { code: 'helo-bare-address', helo: '192.0.2.1', ip: '192.0.2.1' },
  { code: 'helo-other-address', helo: '[10.0.0.1]', ip: '192.0.2.1' },
  { code: 'no-address-recorded' },
  { code: 'no-semicolon' },
  { code: 'no-date' },
  { code: 'date-unread', text: '22 Apr 2018' },
  { code: 'date-assumed', assumption: 'zone-missing', zone: null },
  { code: 'date-assumed', assumption: 'zone-missing', zone: 'Z' },
  { code: 'date-assumed', assumption: 'zone-unknown', zone: 'CEST' },
  { code: 'date-assumed', assumption: 'day-month-order', zone: null },
  { code: 'go-monotonic' },
  { code: 'repeated-clause', clause: 'by' },
  { code: 'unclosed-comment' },
  { code: 'truncated', limit: 16384 },
  { code: 'local-user', user: 'shopuser', host: 'web4711.hosting.example' },
];

describe('describeNote', () => {
  it('gives each note its own English and German text', () => {
    const texts = NOTES.map(describeNote);
    for (const text of texts) {
      expect(text.en.length).toBeGreaterThan(20);
      expect(text.de.length).toBeGreaterThan(20);
      expect(text.de).not.toBe(text.en);
    }
    expect(new Set(texts.map((t) => t.en)).size).toBe(NOTES.length);
  });

  it('puts the facts into the text', () => {
    expect(describeNote({ code: 'helo-bare-address', helo: '192.0.2.1', ip: '203.0.113.66' }).de).toContain('203.0.113.66');
    expect(describeNote({ code: 'date-assumed', assumption: 'zone-unknown', zone: 'CEST' }).en).toContain('CEST');
  });
});
