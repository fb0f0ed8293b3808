import { describe, expect, it } from 'vitest';
import { findDeception } from '../../../src/core/headers/deception.ts';
import { inspectDomain } from '../../../src/core/headers/confusable-domain.ts';
import { codesAt, fieldsOf } from './header-fields.ts';
import { loadConfusables } from '../../../src/core/headers/uts39-skeleton.ts';

// These checks call the look-alike code directly, as explainHeaders() does after loading the table.
await loadConfusables();

describe('deception flags', () => {
  it('flags a display name that carries another address, not one that repeats the real one', () => {
    const forged = findDeception(fieldsOf('From: "service@bank.example" <x7@attacker.example>'));
    expect(codesAt(forged.byField, 0)).toContain('display-name-address');
    const honest = findDeception(fieldsOf('From: "alice@example.com" <alice@example.com>'));
    expect(codesAt(honest.byField, 0)).not.toContain('display-name-address');
  });

  it('flags Reply-To in another organisation, but not in a subdomain of the same one', () => {
    const other = findDeception(fieldsOf('From: a@bank.example\nReply-To: b@freemail.example'));
    expect(codesAt(other.byField, 1)).toEqual(['reply-to-other-domain']);
    const same = findDeception(fieldsOf('From: a@bank.example\nReply-To: b@support.bank.example'));
    expect(codesAt(same.byField, 1)).toEqual([]);
  });

  it('notes a Return-Path of a sending service as information', () => {
    const result = findDeception(fieldsOf('Return-Path: <bounces+123@sendgrid.example>\nFrom: news@shop.example'));
    expect(result.byField.get(0)?.[0]).toMatchObject({ code: 'return-path-other-domain', severity: 'info' });
  });

  it('flags mixed-script and all-look-alike IDN domains with their punycode', () => {
    const mixed = findDeception(fieldsOf('From: a@xn--pypal-4ve.example'));
    const finding = mixed.byField.get(0)!.find((f) => f.code === 'lookalike-domain')!;
    expect(finding.text.en).toContain('xn--pypal-4ve.example');
    expect(finding.text.en).toMatch(/Latin, Cyrillic/);
    expect(inspectDomain('xn--80ak6aa92e.com')).toMatchObject({ mixedScript: false, latinLookalike: true, unicode: 'аррӏе.com' });
    expect(codesAt(findDeception(fieldsOf('From: a@xn--bcher-kva.example')).byField, 0)).toEqual(['idn-domain']);
  });

  it('flags bidirectional control characters in shown fields', () => {
    const result = findDeception(fieldsOf('From: a@example.com\nSubject: invoice\u202Efdp.exe'));
    expect(codesAt(result.byField, 1)).toEqual(['bidi-control']);
  });

  it('says when DMARC cannot evaluate the From: none, or several', () => {
    expect(findDeception(fieldsOf('To: a@example.com')).message.map((f) => f.code)).toEqual(['dmarc-no-from']);
    const two = findDeception(fieldsOf('From: a@example.com\nFrom: b@example.net'));
    expect(codesAt(two.byField, 0)).toContain('dmarc-multiple-from');
    expect(codesAt(two.byField, 1)).toContain('dmarc-multiple-from');
    expect(codesAt(findDeception(fieldsOf('From: a@example.com, b@example.com')).byField, 0)).toContain('dmarc-multiple-from');
  });

  it('stays fast on a hostile display name full of "@"', () => {
    const name = 'a@b.'.repeat(4000);
    const started = performance.now();
    findDeception(fieldsOf(`From: "${name}" <x@example.com>`));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
