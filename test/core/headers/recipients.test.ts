import { describe, expect, it } from 'vitest';
import { explainRecipients } from '../../../src/core/headers/recipients.ts';
import { codesAt, fieldsOf } from './header-fields.ts';

describe('recipients: To/Cc against the envelope', () => {
  it('says nothing when the delivered mailbox is named in To', () => {
    expect(explainRecipients(fieldsOf('Delivered-To: bob@example.com\nTo: Bob <bob@example.com>')).byField.size).toBe(0);
  });

  it('recognises a Bcc copy', () => {
    const result = explainRecipients(fieldsOf('Delivered-To: carol@example.com\nTo: bob@example.com'));
    expect(codesAt(result.byField, 0)).toEqual(['bcc-copy']);
  });

  it('recognises an alias expansion (same domain) and a forward (other domain)', () => {
    const alias = explainRecipients(fieldsOf('Delivered-To: alice@example.com\nX-Original-To: postmaster@example.com\nTo: postmaster@example.com'));
    expect(codesAt(alias.byField, 0)).toEqual(['alias-expanded']);
    const forward = explainRecipients(fieldsOf('Delivered-To: alice@mailbox.example.net\nX-Original-To: alice@example.com\nTo: alice@example.com'));
    expect(codesAt(forward.byField, 0)).toEqual(['forwarded']);
  });

  it('recognises delivery through a mailing list', () => {
    const result = explainRecipients(fieldsOf('Delivered-To: dave@example.com\nList-Id: <users.lists.example.org>\nTo: users@lists.example.org'));
    expect(codesAt(result.byField, 0)).toEqual(['list-delivery']);
  });

  it('shows a chain of Delivered-To fields oldest first', () => {
    const result = explainRecipients(fieldsOf('Delivered-To: final@example.net\nDelivered-To: first@example.com\nTo: first@example.com'));
    const finding = result.byField.get(0)!.find((f) => f.code === 'forwarded-between-mailboxes')!;
    expect(finding.text.en).toContain('first@example.com → final@example.net');
  });
});
