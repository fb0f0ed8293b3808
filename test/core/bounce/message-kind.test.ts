// The kind of a message (src/core/bounce/message-kind.ts) and what comes
// with it: evidence that must converge, no failed recipient in a read
// receipt or a delay warning, status codes only where RFC 3463 puts them,
// and words for people instead of raw reason codes. The fixture cases
// test/cases/kind-* are each one "Seen" bullet of issue 12; FORMAT.md's
// `expect.kind` and `expect.bounce` are checked by the shared runner, the
// rest here.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { decideKind, type KindEvidence } from '../../../src/core/bounce/message-kind.ts';
import { labelReason } from '../../../src/core/bounce/reason-labels.ts';
import { BOUNCE_REASONS } from '../../../src/core/bounce/reason-words.ts';
import { findStatusCode } from '../../../src/core/bounce/smtp-codes.ts';
import { saysDelayed } from '../../../src/core/bounce/delay-warning.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';

async function analyseCase(name: string) {
  const fixture = readCase(join(OWN_CASES, name));
  return analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now });
}

const sign = (strength: KindEvidence['strength']): KindEvidence => ({ strength, text: { en: strength, de: strength } });

describe('decideKind', () => {
  it('never makes a report of weak signs alone, however many', () => {
    const kind = decideKind({ evidence: [sign('weak'), sign('weak'), sign('weak')], fixed: null, actions: ['failed'], disposition: null });
    expect(kind.word).toBe('ordinary');
    expect(kind.evidence).toHaveLength(3);
  });

  it('needs a failure in the body together with a weak sign, or a report structure', () => {
    expect(decideKind({ evidence: [sign('body')], fixed: null, actions: ['failed'], disposition: null }).word).toBe('ordinary');
    expect(decideKind({ evidence: [sign('body'), sign('weak')], fixed: null, actions: ['failed'], disposition: null })).toMatchObject({ word: 'non-delivery', confidence: 'medium' });
    expect(decideKind({ evidence: [sign('structure'), sign('body')], fixed: null, actions: ['failed'], disposition: null })).toMatchObject({ word: 'non-delivery', confidence: 'high' });
  });

  it('names a report by the actions of its recipients: any failed, else any delayed, else delivered', () => {
    const kindOf = (actions: string[]) => decideKind({ evidence: [sign('structure')], fixed: null, actions, disposition: null }).word;
    expect(kindOf(['delivered', 'failed'])).toBe('non-delivery');
    expect(kindOf(['delayed', 'relayed'])).toBe('delay');
    expect(kindOf(['relayed', 'expanded'])).toBe('delivery-success');
  });

  it('says the disposition of a read receipt in both languages', () => {
    const kind = decideKind({ evidence: [sign('structure')], fixed: 'read-receipt', actions: [], disposition: 'deleted' });
    expect(kind.label.en).toBe('Read receipt (RFC 8098): the message was deleted unread');
    expect(kind.label.de).toBe('Lesebestätigung (RFC 8098): die Nachricht wurde ungelesen gelöscht');
  });
});

describe('status codes stand where RFC 3463 puts them', () => {
  it('takes no version number or date for a status', () => {
    expect(findStatusCode('RELEASED Mailman 2.0.12')).toBeNull();
    expect(findStatusCode('GroupWise version 5.5.2 internet agent')).toBeNull();
    expect(findStatusCode('sent on 5.3.04 by the gateway')).toBeNull();
  });

  it('still finds the codes after a reply code, a hash, in brackets or after an error word', () => {
    expect(findStatusCode('Mailman 2.0.12 ... 550 5.1.1 <bob@example.net>: User unknown')).toBe('5.1.1');
    expect(findStatusCode('#550 5.2.2 mailbox full ##')).toBe('5.2.2');
    expect(findStatusCode('user unknown (5.1.1)')).toBe('5.1.1');
    expect(findStatusCode('Error 5.7.1 relaying denied')).toBe('5.7.1');
  });
});

describe('delay warnings in prose', () => {
  it('is a delay while the text says delivery goes on, a failure once it says the MTA gave up', () => {
    expect(saysDelayed('Warning: message 1a-2b delayed 24 hours', '')).toBe(true);
    expect(saysDelayed('Delivery failure notification', 'could not be delivered to the following recipients:\n\nDelivery attempts will continue to be made for 5 day(s).')).toBe(true);
    expect(saysDelayed('Mail delivery failed', 'retry timeout exceeded; giving up')).toBe(false);
    expect(saysDelayed('Returned mail', 'Warning: message delayed. This is a permanent error; giving up.')).toBe(false);
  });
});

describe('the kind-* fixture cases', () => {
  it.each(['kind-subject-phrase-ordinary', 'kind-from-bounce-ordinary', 'kind-null-return-path-pgp'])('%s: an ordinary message with only weak signs', async (name) => {
    const analysis = await analyseCase(name);
    expect(analysis.kind).toMatchObject({ word: 'ordinary', confidence: 'medium' });
    expect(analysis.kind!.evidence.every((e) => e.strength === 'weak')).toBe(true);
    expect(analysis.kind!.evidence.length).toBeGreaterThan(0);
    expect([analysis.bounce, analysis.bounceReport, analysis.bounces]).toEqual([null, null, []]);
  });

  it('a read receipt has its disposition and no failed recipient', async () => {
    const analysis = await analyseCase('kind-read-receipt');
    expect(analysis.kind).toMatchObject({ word: 'read-receipt', confidence: 'high', disposition: 'displayed' });
    expect(analysis.bounceReport).toMatchObject({ kind: 'disposition-notification', disposition: 'displayed', recipients: [] });
    expect(analysis.bounces).toEqual([]);
  });

  it('a delay warning carries its recipient as delayed, with a transient status, never as failed', async () => {
    const analysis = await analyseCase('kind-delay-warning');
    expect(analysis.kind!.word).toBe('delay');
    expect(analysis.bounces.map((b) => [b.recipient, b.action, b.actionSource, b.statusClass, b.severity])).toEqual([['bob@example.net', 'delayed', 'inferred', 'transient', 'soft']]);
    expect(analysis.bounceReport!.warning).toBe(true);
  });

  it('a report without a Status field reads its fields, and a class-only status is labelled so', async () => {
    const missing = await analyseCase('kind-dsn-without-status');
    expect(missing.bounce).toMatchObject({ action: 'failed', actionSource: 'report', status: '5.1.1', statusSource: 'diagnostic', statusClass: 'permanent' });
    const version = await analyseCase('kind-version-number-not-status');
    expect(version.bounce).toMatchObject({ status: '5.0.0', statusSource: 'class-only', statusClass: 'permanent', severity: 'hard' });
    expect(version.bounce!.statusMeaning).toBeNull();
  });

  it('a message/delivery-status without multipart/report is a report', async () => {
    const analysis = await analyseCase('kind-top-level-delivery-status');
    expect(analysis.kind).toMatchObject({ word: 'non-delivery', confidence: 'high' });
    expect(analysis.kind!.evidence[0]!.text.en).toMatch(/^Content-Type: message\/delivery-status/);
  });
});

describe('words for people', () => {
  it('labels every reason in both languages, and never with the raw word', () => {
    for (const reason of BOUNCE_REASONS) {
      const label = labelReason(reason);
      expect(label.en).not.toBe(reason);
      expect(label.de).not.toBe(label.en);
      expect(`${label.en} ${label.de}`).not.toMatch(/\b(?:undefined|null)\b/);
    }
  });
});
