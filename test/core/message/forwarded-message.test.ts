import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze.ts';
import { findForwardedMessage, MAX_FORWARDED_CHARS } from '../../../src/core/message/forwarded-message.ts';
import { toCrlf, countLineEnds } from '../../../src/core/message/line-ends.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createOfflineSource } from '../../../src/dns/offline.ts';
import { corpusRoot } from '../../corpus/support/corpus-root.ts';

const NOW = '2026-11-27T12:00:00Z';
const crlf = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  return toCrlf(bytes, countLineEnds(bytes));
};
const corpus = (path: string) => {
  const bytes = readFileSync(`${corpusRoot()}${path}`);
  return toCrlf(bytes, countLineEnds(bytes));
};
const offline = () => createLookupSession(createOfflineSource()).resolver;

const GMAIL_FORWARD = [
  'From: Ben <ben@example.net>',
  'To: help@example.org',
  'Subject: Fwd: Invoice 4711',
  'Date: Mon, 23 Nov 2026 10:00:00 +0000',
  'Message-ID: <fwd@example.net>',
  '',
  'Is this real?',
  '',
  '---------- Forwarded message ---------',
  'From: Billing <billing@examp1e.com>',
  'Date: Mon, 23 Nov 2026 at 09:14',
  'Subject: Invoice 4711',
  'To: <ben@example.net>',
  '',
  'Please pay.',
  '',
].join('\n');

describe('findForwardedMessage', () => {
  it('finds the original attached whole in a real forward (sisimai’s "original as attachment"), with its raw header', () => {
    const found = findForwardedMessage(corpus('sisimai-set-of-emails/maildir/not/is-not-bounce-02.eml'), 'original as attachment');
    expect(found).toMatchObject({ form: 'attached', marker: 'message/rfc822', rawHeader: true, from: 'dummy@example.com', subject: 'original' });
    expect(found!.message).toMatch(/^Delivered-To: dummy2@example\.com\r\nReceived: by 2002:a17:906:4cca/);
    expect(found!.message).toMatch(/X-Mailer: Apple Mail \(2\.3445\.9\.1\)\r\n\r\n/);
  });

  it('finds the outer of two nested originals in AOL’s forward of a forward (SpamAssassin’s mime9, read from its mbox file)', async () => {
    const found = (await analyze(corpus('received-chains/spamassassin/nice/mime9'), { resolver: offline(), now: NOW })).forwarded;
    expect(found).toMatchObject({ form: 'attached', rawHeader: true, from: 'user@example.com', subject: 'Fwd: Fw: New University....' });
    expect(found!.message).toMatch(/^Return-Path: <user@example\.com>\r\nReceived: from {2}rly-ya01\.mx\.aol\.com/);
  });

  it('finds Gmail’s inline forward and says its header is only the display block, offering nothing to analyse', () => {
    const found = findForwardedMessage(crlf(GMAIL_FORWARD), 'Fwd: Invoice 4711');
    expect(found).toEqual({ form: 'inline', marker: '---------- Forwarded message ---------', rawHeader: false, from: 'billing@examp1e.com', subject: 'Invoice 4711', message: null });
  });

  it('offers an inline original whose raw header was pasted under Outlook’s separator, quoted or not', () => {
    const raw = ['Received: from mx.example.com by mx.example.net; Mon, 23 Nov 2026 09:14:00 +0000', 'From: a@example.com', 'Subject: Hi', 'Message-ID: <1@example.com>', '', 'Body'];
    for (const quote of ['', '> ']) {
      const text = ['From: b@example.net', 'Subject: WG: Hi', '', 'See below.', '', '-----Ursprüngliche Nachricht-----', ...raw.map((line) => quote + line)].join('\n');
      const found = findForwardedMessage(crlf(text), 'WG: Hi');
      expect(found, JSON.stringify(quote)).toMatchObject({ form: 'inline', marker: '-----Ursprüngliche Nachricht-----', rawHeader: true, subject: 'Hi' });
      expect(found!.message).toBe(raw.join('\r\n'));
    }
  });

  it('takes "Original Message" in a reply for the quoted message it is, not a forward', () => {
    expect(findForwardedMessage(corpus('received-chains/spamassassin/nice/005'), '*****SPAM***** Running a script')).toBeNull();
    const reply = GMAIL_FORWARD.replace('Subject: Fwd: Invoice 4711', 'Subject: Re: Invoice 4711').replace('---------- Forwarded message ---------', '-----Original Message-----');
    expect(findForwardedMessage(crlf(reply), 'Re: Invoice 4711')).toBeNull();
  });

  it('finds nothing in an ordinary message or a separator with no header under it', () => {
    expect(findForwardedMessage(crlf('From: a@example.com\nSubject: Hi\n\nHello\n'), 'Hi')).toBeNull();
    expect(findForwardedMessage(crlf('From: a@example.com\nSubject: Fwd: x\n\n---------- Forwarded message ---------\nno header here\n'), 'Fwd: x')).toBeNull();
  });

  it('does not offer an attached original past MAX_FORWARDED_CHARS, and says why', async () => {
    const big = ['From: a@example.com', 'Subject: Fwd: big', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: message/rfc822', '', 'From: c@example.com', 'Subject: big', '', 'x'.repeat(MAX_FORWARDED_CHARS), '--b--', ''].join('\n');
    const analysis = await analyze(crlf(big), { resolver: offline(), now: NOW });
    expect(analysis.forwarded).toMatchObject({ form: 'attached', rawHeader: true, message: null });
    expect(analysis.problems.find((entry) => entry.code === 'forwarded-message')!.text.de).toMatch(/zu groß/);
  });

  it('never throws on any text below a separator, over all of Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (tail) => {
        const found = findForwardedMessage(crlf(`From: a@example.com\nSubject: Fwd: x\n\n---------- Forwarded message ---------\n${tail}`), 'Fwd: x');
        if (found) expect(found.form).toBe('inline');
      }),
    );
  });
});

describe('analyze with a forward', () => {
  it('says so in both languages, and searches no report: a bounce’s returned message is no forward', async () => {
    const analysis = await analyze(corpus('sisimai-set-of-emails/maildir/not/is-not-bounce-02.eml'), { resolver: offline(), now: NOW });
    const found = analysis.problems.find((entry) => entry.code === 'forwarded-message')!;
    expect(found.severity).toBe('warning');
    expect(found.text.en).toMatch(/attached whole \(message\/rfc822\): “original” from dummy@example\.com\. The verdicts and hops above are those of the forward/);
    expect(found.text.de).toMatch(/vollständig angehängt/);
    const bounce = await analyze(corpus('sisimai-set-of-emails/maildir/bsd/lhost-postfix-01.eml'), { resolver: offline(), now: NOW });
    expect(bounce.bounceReport).not.toBeNull();
    expect(bounce.forwarded).toBeNull();
  });
});
