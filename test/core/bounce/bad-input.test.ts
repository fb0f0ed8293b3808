// Bounces as they really arrive: cut off in the middle of a part, a
// multipart/report without its delivery-status part, bounces of bounces
// inside each other, a mailbox separator line in front, a 50 MB returned
// message, and messages that are no report at all. Each has a defined
// outcome, through the whole pipeline.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis.ts';
import { analyze, MAX_RETURNED_NESTING } from '../../../src/core/analyze.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { OWN_CASES } from '../../support/fixture-cases.ts';

const NOW = '2026-11-27T12:00:00Z';
const caseMessage = (name: string) => readFileSync(join(OWN_CASES, name, 'message.eml'), 'latin1');
const toBytes = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const problemCodes = (analysis: Analysis) => analysis.problems.map((p) => p.code);

async function run(text: string | Uint8Array): Promise<Analysis> {
  const lookups = createLookupSession(createZoneSource({ records: {} }));
  return analyze(typeof text === 'string' ? toBytes(text) : text, { resolver: lookups.resolver, now: NOW, envelope: {} });
}

/** A bounce of `inner`: a DSN for bob@example.net whose returned message (message/rfc822) is `inner`. */
function bounceOf(inner: string, level: number): string {
  const boundary = `level-${level}`;
  return [
    'Return-Path: <>',
    `From: MAILER-DAEMON@relay${level}.example.com (Mail Delivery System)`,
    'To: alice@example.com',
    `Subject: Undelivered Mail Returned to Sender (${level})`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain',
    '',
    `<bob@example.net>: host mx.example.net[198.51.100.25] said: 550 5.1.1 User unknown (in reply to RCPT TO command)`,
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    `Reporting-MTA: dns; relay${level}.example.com`,
    '',
    'Final-Recipient: rfc822; bob@example.net',
    'Action: failed',
    'Status: 5.1.1',
    '',
    `--${boundary}`,
    'Content-Type: message/rfc822',
    '',
    inner,
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

describe('bounces with bad structure', () => {
  it('reads a bounce cut off inside its delivery-status part, and says it was cut off', async () => {
    const whole = caseMessage('bounce-userunknown');
    const cut = whole.slice(0, whole.indexOf('Remote-MTA:'));
    const analysis = await run(cut);
    expect(problemCodes(analysis)).toContain('bounce-truncated');
    expect(analysis.bounce).toMatchObject({ recipient: 'bob@example.net', status: '5.1.1', reason: 'userunknown' });
    // The returned header never arrived.
    expect(analysis.bounceReport!.returned).toBeNull();
    expect(analysis.bounceReport!.original).toBeNull();
  });

  it('reads a bounce cut off inside its notification text from that text', async () => {
    const whole = caseMessage('bounce-mailboxfull');
    const analysis = await run(whole.slice(0, whole.indexOf('The mail system\r\n')));
    expect(problemCodes(analysis)).toContain('bounce-truncated');
    expect(analysis.bounceReport!.kind).toBe('non-standard');
    expect(analysis.bounce).toMatchObject({ recipient: 'bob@example.net', status: '5.2.2', reason: 'mailboxfull', remoteMta: 'mx.example.net' });
  });

  it('reads a multipart/report without a delivery-status part from its text, and says the part is missing', async () => {
    const whole = caseMessage('bounce-userunknown');
    const start = whole.indexOf('Content-Description: Delivery report');
    const end = whole.indexOf('--', whole.indexOf('Diagnostic-Code:'));
    const withoutReport = whole.slice(0, start) + whole.slice(end + whole.slice(end).indexOf('\r\n') + 2);
    expect(withoutReport).not.toContain('message/delivery-status');
    const analysis = await run(withoutReport);
    expect(problemCodes(analysis)).toContain('bounce-no-delivery-status');
    expect(analysis.bounceReport!.kind).toBe('non-standard');
    expect(analysis.bounce).toMatchObject({ recipient: 'bob@example.net', status: '5.1.1', reason: 'userunknown', remoteMta: 'mx.example.net', command: 'RCPT' });
    expect(analysis.bounceReport!.original!.hops.length).toBe(1);
  });

  it(`follows bounces inside bounces ${MAX_RETURNED_NESTING} deep, then stops and says so`, async () => {
    let message = caseMessage('bounce-userunknown');
    for (let level = 1; level <= 5; level++) message = bounceOf(message, level);
    const analysis = await run(message);
    const chain: Analysis[] = [analysis];
    while (chain.at(-1)!.bounceReport?.original) chain.push(chain.at(-1)!.bounceReport!.original!);
    expect(chain.length).toBe(MAX_RETURNED_NESTING + 1);
    expect(chain.map((a) => a.bounceReport?.reportingMta)).toEqual(['relay5.example.com', 'relay4.example.com', 'relay3.example.com', 'relay2.example.com']);
    expect(chain.every((a) => a.bounce?.reason === 'userunknown')).toBe(true);
    const deepest = chain.at(-1)!;
    expect(problemCodes(deepest)).toContain('bounce-nesting-limit');
    expect(deepest.bounceReport!.returned).not.toBeNull();
    expect(chain.slice(0, -1).some((a) => problemCodes(a).includes('bounce-nesting-limit'))).toBe(false);
  });

  it('leaves out an mbox "From " line in front of a bounce, and says so', async () => {
    const analysis = await run(`From MAILER-DAEMON  Fri Nov 27 11:58:10 2026\n${caseMessage('bounce-hostunknown').replace(/\r\n/g, '\n')}`);
    expect(problemCodes(analysis)).toContain('mbox-from-line-removed');
    expect(analysis.bounce).toMatchObject({ recipient: 'carol@example.invalid', reason: 'hostunknown' });
  });
});

describe('reports of several recipients', () => {
  it('lists every recipient in the report, only the failed one in `bounces`, and puts it in `bounce`', async () => {
    const single = caseMessage('bounce-mailboxfull');
    const twoRecipients = single.replace(
      'Final-Recipient: rfc822; bob@example.net',
      'Final-Recipient: rfc822; dora@example.net\r\nAction: delivered\r\nStatus: 2.0.0\r\n\r\nFinal-Recipient: rfc822; bob@example.net',
    );
    const analysis = await run(twoRecipients);
    expect(analysis.bounceReport!.recipients.map((b) => [b.recipient, b.action, b.reason])).toEqual([
      ['dora@example.net', 'delivered', 'delivered'],
      ['bob@example.net', 'failed', 'mailboxfull'],
    ]);
    expect(analysis.bounces.map((b) => [b.recipient, b.action])).toEqual([['bob@example.net', 'failed']]);
    expect(analysis.bounce!.recipient).toBe('bob@example.net');
    expect(analysis.kind!.word).toBe('non-delivery');
  });
});

describe('large messages', () => {
  const line = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\r\n';
  const attachment = line.repeat(Math.ceil(50_000_000 / line.length));
  const withAttachment = (head: string[]) =>
    [...head, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="inner"', '', '--inner', 'Content-Type: text/plain', '', 'see the attachment',
      '--inner', 'Content-Type: application/octet-stream', 'Content-Transfer-Encoding: base64', '', `${attachment}--inner--`, ''].join('\r\n');

  it('diagnoses a bounce that returns a 50 MB message quickly, and analyses the original', { timeout: 60_000 }, async () => {
    const original = withAttachment(['From: Alice <alice@example.com>', 'To: <bob@example.net>', 'Subject: the big one', 'Date: Fri, 27 Nov 2026 11:40:02 +0000']);
    const message = bounceOf(original, 1);
    expect(message.length).toBeGreaterThan(50_000_000);
    const started = performance.now();
    const analysis = await run(message);
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(analysis.bounce).toMatchObject({ recipient: 'bob@example.net', reason: 'userunknown' });
    expect(analysis.bounceReport!.returned).toMatchObject({ kind: 'message', source: 'message/rfc822 part' });
    expect(analysis.bounceReport!.returned!.bytes).toBeGreaterThan(50_000_000);
    expect(analysis.bounceReport!.original!.message!.subject).toBe('the big one');
  });

  it('finds no bounce in a 50 MB newsletter, quickly', { timeout: 60_000 }, async () => {
    const started = performance.now();
    const analysis = await run(withAttachment(['From: News <news@example.com>', 'To: bob@example.net', 'Subject: Newsletter', 'Date: Fri, 27 Nov 2026 11:40:02 +0000']));
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(analysis.bounce).toBeNull();
    expect(analysis.bounces).toEqual([]);
    expect(analysis.bounceReport).toBeNull();
  });
});

describe('messages that are no report', () => {
  it('gives no bounce for an ordinary message, even one that quotes an SMTP error', async () => {
    const analysis = await run([
      'From: Alice <alice@example.com>',
      'To: bob@example.net',
      'Subject: Question about an error message',
      'Date: Fri, 27 Nov 2026 11:40:02 +0000',
      '',
      'Bob, my mail to carol@example.org bounced with "550 5.1.1 User unknown". Any idea?',
      '',
    ].join('\r\n'));
    expect(analysis.bounce).toBeNull();
    expect(analysis.bounces).toEqual([]);
    expect(analysis.bounceReport).toBeNull();
  });
});
