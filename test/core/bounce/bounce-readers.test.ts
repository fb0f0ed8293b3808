// The readers behind the diagnosis: the RFC 3464 delivery-status fields,
// the failed recipients of a prose bounce, the header fields that tell a
// bounce from an auto-reply or a feedback report, and the classifier that
// turns codes and words into a reason.

import { describe, expect, it } from 'vitest';
import { classifyReason, type ReasonInput } from '../../../src/core/bounce/classify-reason.ts';
import { addressValue, hostValue, MAX_DSN_RECIPIENTS, parseDeliveryStatus } from '../../../src/core/bounce/delivery-status.ts';
import { readReportSignals } from '../../../src/core/bounce/report-signals.ts';
import { blockError, findRecipientBlocks } from '../../../src/core/bounce/text-recipients.ts';
import { readHeaderBlock } from '../../../src/core/message/header-block.ts';

const fieldsOf = (header: string) => readHeaderBlock(new TextEncoder().encode(`${header.trim().replace(/\n/g, '\r\n')}\r\n\r\n`)).fields;

describe('RFC 3464 delivery-status fields', () => {
  it('reads the per-message group and one group per recipient, folded values joined', () => {
    const report = parseDeliveryStatus([
      'Reporting-MTA: dns; mail.example.com',
      'Arrival-Date: Fri, 27 Nov 2026 11:40:02 +0000',
      'X-Postfix-Sender: rfc822; alice@example.com',
      '',
      'Final-Recipient: rfc822; bob@example.net',
      'Original-Recipient: rfc822;Bob@Example.NET',
      'Action: failed',
      'Status: 5.1.1',
      'Remote-MTA: dns; mx.example.net',
      'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>:',
      '    Recipient address rejected: User unknown',
      '',
      'Final-Recipient: rfc822; <carol@example.org>',
      'Action: delayed',
      'Status: 4.4.1',
      'Will-Retry-Until: Tue, 1 Dec 2026 11:40:02 +0000',
    ].join('\n'));
    expect(report.reportingMta).toBe('mail.example.com');
    expect(report.extensions['x-postfix-sender']).toBe('rfc822; alice@example.com');
    expect(report.recipients).toHaveLength(2);
    expect(report.recipients[0]).toMatchObject({
      finalRecipient: 'bob@example.net', originalRecipient: 'Bob@Example.NET', action: 'failed', status: '5.1.1', remoteMta: 'mx.example.net',
      diagnosticType: 'smtp', diagnosticCode: '550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown',
    });
    expect(report.recipients[1]).toMatchObject({ finalRecipient: 'carol@example.org', action: 'delayed', willRetryUntil: 'Tue, 1 Dec 2026 11:40:02 +0000' });
  });

  it('starts a new group where the blank line is missing but a field repeats', () => {
    const report = parseDeliveryStatus('Final-Recipient: rfc822; a@example.net\nStatus: 5.1.1\nFinal-Recipient: rfc822; b@example.net\nStatus: 5.2.2\n');
    expect(report.recipients.map((r) => [r.finalRecipient, r.status])).toEqual([['a@example.net', '5.1.1'], ['b@example.net', '5.2.2']]);
  });

  it(`reads at most ${MAX_DSN_RECIPIENTS} recipient groups`, () => {
    const groups = Array.from({ length: MAX_DSN_RECIPIENTS + 50 }, (_, i) => `Final-Recipient: rfc822; r${i}@example.net\nAction: failed\n`).join('\n');
    expect(parseDeliveryStatus(groups).recipients).toHaveLength(MAX_DSN_RECIPIENTS);
  });

  it('strips the type word, brackets and quotes from addresses and hosts', () => {
    expect(addressValue('rfc822; <bob@example.net>')).toBe('bob@example.net');
    expect(addressValue('rfc822;"john doe"@example.net')).toBe('"john doe"@example.net');
    expect(hostValue('dns; mx.example.net. (198.51.100.25)')).toBe('mx.example.net');
    expect(hostValue('dns; [198.51.100.25]')).toBe('198.51.100.25');
  });
});

describe('failed recipients in prose bounces', () => {
  const none = new Set<string>();

  it('reads Exim\'s indented address and the error below it', () => {
    const found = findRecipientBlocks('A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.net\n    host mx.example.net [198.51.100.25]\n    SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n    550 5.1.1 User unknown\n', none);
    expect(found.blocks.map((b) => b.recipient)).toEqual(['bob@example.net']);
    expect(blockError(found.blocks[0]!)).toContain('550 5.1.1 User unknown');
    expect(found.preamble).toContain('The following address(es) failed:');
  });

  it('reads qmail\'s "<address>:" blocks, one per recipient', () => {
    const found = findRecipientBlocks('<bob@example.net>:\n198.51.100.25 does not like recipient.\nRemote host said: 550 5.1.1 unknown\n\n<carol@example.org>:\nSorry, I couldn\'t find any host named example.org. (#5.1.2)\n', none);
    expect(found.blocks.map((b) => [b.recipient, blockError(b).split('\n')[0]])).toEqual([
      ['bob@example.net', '198.51.100.25 does not like recipient.'],
      ['carol@example.org', "Sorry, I couldn't find any host named example.org. (#5.1.2)"],
    ]);
  });

  it('never takes the bounce\'s own parties, or header lines of the returned message, for failed recipients', () => {
    const found = findRecipientBlocks('From: alice@example.com\nTo: bob@example.net\n\nThe message of alice@example.com could not be delivered.\n', new Set(['alice@example.com']));
    expect(found.blocks).toEqual([]);
  });

  it('takes the address right after its label, in the forms of MailEnable, X.400 gateways and Demon, never one further on', () => {
    const recipients = (text: string) => findRecipientBlocks(text, none).blocks.map((b) => b.recipient);
    expect(recipients('\tRecipient: [SMTP:bob@example.net]\n\tReason: 550 mailbox unavailable\n')).toEqual(['bob@example.net']);
    expect(recipients('c=US;a= ;p=ACME;o=Hub;dda:SMTP=bob@example.COM; on Fri, 4 Oct 2002\n')).toEqual(['bob@example.COM']);
    expect(recipients("The following message, addressed to 'bob@example.net',\nfailed because it has not been collected after 30 days\n")).toEqual(['bob@example.net']);
    expect(recipients('Your mail to the following recipients could not be delivered because they are not accepting mail from list@example.org:\n\tscreenname\n')).toEqual([]);
    expect(recipients('undeliverable  to bob@example.net\n')).toEqual(['bob@example.net']);
  });

  it('does not take an address that a wrapped sentence of prose carries to the start of a line', () => {
    const help = ' you, try the most explicit form of the name, e.g., if\n mike.fox@example.edu fails, try michael.j.fox@example.edu.\n';
    expect(findRecipientBlocks(help, none).blocks).toEqual([]);
    // A list of recipient lines stays a list, though each line ends in a lower-case word.
    const list = 'carol@example.org: 550 5.1.1 <carol@example.org>... user unknown\ndave@example.org: 550 5.2.2 <dave@example.org>... mailbox full\n';
    expect(findRecipientBlocks(list, none).blocks.map((b) => b.recipient)).toEqual(['carol@example.org', 'dave@example.org']);
  });
});

describe('what marks a report', () => {
  it('marks a bounce by its null reverse-path, daemon sender, subject or report type', () => {
    const signals = readReportSignals(fieldsOf(`
Return-Path: <>
From: MAILER-DAEMON@mail.example.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary=x`));
    expect(signals).toMatchObject({ bounce: true, autoReply: false, feedback: false });
    expect(signals.because).toEqual([
      'Content-Type multipart/report; report-type=delivery-status',
      'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
      'Return-Path: <> (null reverse-path, RFC 5321 §4.5.5)',
      'Subject: Undelivered Mail Returned to Sender',
    ]);
  });

  it('tells an auto-reply (RFC 3834) from a bounce, though both say Auto-Submitted: auto-replied', () => {
    const signals = readReportSignals(fieldsOf('Return-Path: <>\nFrom: Bob <bob@example.net>\nSubject: Auto: Minutes\nAuto-Submitted: auto-replied'));
    expect(signals).toMatchObject({ bounce: false, autoReply: true });
    expect(signals.because).toContain('Auto-Submitted: auto-replied');
  });

  it('marks an ARF report as feedback', () => {
    expect(readReportSignals(fieldsOf('From: fbl@example.org\nContent-Type: multipart/report; report-type=feedback-report; boundary=x'))).toMatchObject({ feedback: true, bounce: true });
  });

  it('does not mark ordinary mail', () => {
    expect(readReportSignals(fieldsOf('From: Alice <alice@example.com>\nSubject: Minutes\nAuto-Submitted: no'))).toMatchObject({ bounce: false, autoReply: false, feedback: false, because: [] });
  });
});

describe('classifying the reason', () => {
  const input = (over: Partial<ReasonInput>): ReasonInput => ({
    status: null, replyCode: null, diagnostic: '', diagnosticType: 'smtp', command: null, action: 'failed', hint: null,
    remoteHost: null, recipientDomain: null, reportingHost: null, ...over,
  });

  it('takes a specific status code for its reason and says so', () => {
    expect(classifyReason(input({ status: '5.2.2', diagnostic: '552 5.2.2 over quota' }))).toEqual({ reason: 'mailboxfull', evidence: 'status 5.2.2' });
  });

  it('reads the same words differently before and after DATA', () => {
    // Refused at RCPT TO, "no such user" is about the address; after DATA
    // the server had accepted the address, so a filter refused the message.
    const text = '550 5.7.1 No such user here';
    expect(classifyReason(input({ status: '5.7.1', diagnostic: text, command: 'RCPT' })).reason).toBe('userunknown');
    expect(classifyReason(input({ status: '5.7.1', diagnostic: text, command: 'DATA' })).reason).toBe('filtered');
  });

  it('lets a named virus beat the spam wording of the same content filter', () => {
    expect(classifyReason(input({ status: '5.7.0', diagnostic: '554 5.7.0 Reject, id=123-01 - VIRUS: Eicar-Signature', command: 'DATA' })).reason).toBe('virusdetected');
    expect(classifyReason(input({ status: '5.7.0', diagnostic: '554 5.7.0 Reject, id=123-01 - SPAM', command: 'DATA' })).reason).toBe('spamdetected');
  });

  it('calls a refusal at the greeting blocked, and a local program\'s failure mailererror', () => {
    expect(classifyReason(input({ status: '5.0.0', replyCode: '554', diagnostic: '554 go away', command: 'CONN' })).reason).toBe('blocked');
    expect(classifyReason(input({ status: '5.0.0', diagnostic: '255', diagnosticType: 'x-unix' })).reason).toBe('mailererror');
  });

  it('falls back to the class of the status: X.7 security, X.6 content', () => {
    expect(classifyReason(input({ status: '5.7.99', diagnostic: '550 5.7.99 nope' })).reason).toBe('securityerror');
    expect(classifyReason(input({ status: '5.6.99', diagnostic: '554 5.6.99 nope' })).reason).toBe('contenterror');
  });

  it('says onhold for an error text that names no reason, undefined for no text at all', () => {
    expect(classifyReason(input({ status: '5.0.0', diagnostic: '550 see https://mx.example.net/why' }))).toEqual({ reason: 'onhold', evidence: 'the text names no known reason' });
    expect(classifyReason(input({ status: '5.0.0' }))).toEqual({ reason: 'undefined', evidence: 'the bounce gives no reason' });
  });

  it('follows a provider\'s documented codes only for that provider', () => {
    const gmail = input({ status: '5.7.1', diagnostic: '550-5.7.1 This message is not RFC 5322 compliant. There are multiple From headers.', command: 'DATA', remoteHost: 'gmail-smtp-in.l.google.com' });
    expect(classifyReason(gmail).reason).toBe('notcompliantrfc');
  });
});
