// Sample "a bounce": Anna mistypes Ben's address. Her company's Postfix
// (the path of samples-normal.ts) tries mx.example.net, which refuses the
// recipient at RCPT TO with 550 5.1.1. Postfix's bounce daemon writes a
// delivery status notification (RFC 3464) to Anna with the whole message
// returned as message/rfc822; OpenDKIM signs the bounce on its way out
// (non_smtpd_milters), and Dovecot delivers it into Anna's mailbox.

import { buildMessage, prependHeaders } from './message.ts';
import { amavisReceived, CET, dovecotDelivery, keyEntry, mailDate, opendkimSign, postfixLocalReceived, postfixNoticeIntro, postfixReceived, reverseName, type SampleCase } from './samples-parts.ts';

const SENDER = 'anna.becker@example.com';
const TYPO = 'ben.wagenr@example.net';
const QUEUE_ID = '4Yh8Vq5JnRz9sVw';
const BOUNCE_ID = '4Yh8Vr0KpSz9sVx';
const BOUNDARY = `${BOUNCE_ID}.1795448539/mail.example.com`;

/** The message as Postfix had it in its queue after amavisd-new: what the bounce returns. */
function original(): string {
  let m = buildMessage({
    headers: [
      ['Message-ID', '<0e5d8a71-2f4c-4b9e-a6d3-91c7f2b8e460@example.com>'],
      ['Date', mailDate('2026-11-23T15:42:15Z', CET)],
      ['MIME-Version', '1.0'],
      ['User-Agent', 'Mozilla Thunderbird'],
      ['Content-Language', 'en-US'],
      ['To', `Ben Wagner <${TYPO}>`],
      ['From', `Anna Becker <${SENDER}>`],
      ['Subject', "Minutes of Monday's meeting"],
      ['Content-Type', 'text/plain; charset=UTF-8; format=flowed'],
      ['Content-Transfer-Encoding', '7bit'],
    ],
    body: ['Hi Ben,', '', 'the minutes of Monday\'s meeting are in the wiki:', 'https://wiki.example.com/meetings/2026-11-23', '', 'Anna', ''].join('\n'),
  });
  m = opendkimSign(m, {
    key: 'rsa2048',
    domain: 'example.com',
    selector: '2026',
    time: '2026-11-23T15:42:16Z',
    headers: ['Message-ID', 'Date', 'MIME-Version', 'To', 'From', 'Subject', 'Content-Type', 'Content-Transfer-Encoding', 'From'],
    host: 'mail.example.com',
    queueId: '4Yh8Vn2FkPz9sVt',
  });
  m = prependHeaders(m, [
    ['Received', postfixReceived({ helo: '[192.168.178.23]', rdns: 'dyn-203-0-113-45.dsl.isp.example', ip: '203.0.113.45', tls: true, authenticatedSender: SENDER, by: 'mail.example.com', protocol: 'ESMTPSA', id: '4Yh8Vn2FkPz9sVt', rcpt: TYPO, at: '2026-11-23T15:42:16Z' })],
  ]);
  return prependHeaders(m, amavisReceived({ host: 'mail.example.com', port: 10026, amavisId: 'tR5bW1nQx8Ka', postfixId: QUEUE_ID, rcpt: TYPO, scannedAt: '2026-11-23T15:42:17Z', reinjectedAt: '2026-11-23T15:42:18Z', domain: 'example.com' }));
}

/** Postfix's bounce(8) text and RFC 3464 report, as it writes them. */
function bounce(): string {
  const part = (headers: string[], body: string) => [`--${BOUNDARY}`, ...headers, '', body].join('\n');
  const body = [
    'This is a MIME-encapsulated message.',
    '',
    part(
      ['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'],
      [
        ...postfixNoticeIntro('mail.example.com'),
        `<${TYPO}>: host mx.example.net[198.51.100.25] said: 550 5.1.1`,
        `    <${TYPO}>: Recipient address rejected: User unknown in virtual`,
        '    mailbox table (in reply to RCPT TO command)',
        '',
      ].join('\n'),
    ),
    part(
      ['Content-Description: Delivery report', 'Content-Type: message/delivery-status'],
      [
        'Reporting-MTA: dns; mail.example.com',
        `X-Postfix-Queue-ID: ${QUEUE_ID}`,
        `X-Postfix-Sender: rfc822; ${SENDER}`,
        `Arrival-Date: ${mailDate('2026-11-23T15:42:18Z', CET, true)}`,
        '',
        `Final-Recipient: rfc822; ${TYPO}`,
        `Original-Recipient: rfc822;${TYPO}`,
        'Action: failed',
        'Status: 5.1.1',
        'Remote-MTA: dns; mx.example.net',
        `Diagnostic-Code: smtp; 550 5.1.1 <${TYPO}>: Recipient address rejected:`,
        '    User unknown in virtual mailbox table',
        '',
      ].join('\n'),
    ),
    part(['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'], original().replace(/\r\n/g, '\n')),
    `--${BOUNDARY}--`,
    '',
  ].join('\n');
  return buildMessage({
    headers: [
      ['Date', mailDate('2026-11-23T15:42:19Z', CET, true)],
      ['From', 'MAILER-DAEMON@mail.example.com (Mail Delivery System)'],
      ['Subject', 'Undelivered Mail Returned to Sender'],
      ['To', SENDER],
      ['Auto-Submitted', 'auto-replied'],
      ['MIME-Version', '1.0'],
      ['Content-Type', `multipart/report; report-type=delivery-status;\n\tboundary="${BOUNDARY}"`],
      ['Content-Transfer-Encoding', '8bit'],
      ['Message-Id', `<20261123154219.${BOUNCE_ID}@mail.example.com>`],
    ],
    body,
  });
}

function message(): string {
  let m = opendkimSign(bounce(), {
    key: 'rsa2048',
    domain: 'example.com',
    selector: '2026',
    time: '2026-11-23T15:42:19Z',
    headers: ['Date', 'From', 'Subject', 'To', 'Auto-Submitted', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'Message-Id', 'From'],
    host: 'mail.example.com',
    queueId: BOUNCE_ID,
  });
  m = prependHeaders(m, [['Received', postfixLocalReceived('mail.example.com', BOUNCE_ID, '2026-11-23T15:42:19Z')]]);
  return prependHeaders(m, dovecotDelivery({ helo: 'mail.example.com', ip: '192.0.2.25', by: 'imap.example.com', id: 'aB3xL7QvQ2fZVgAA5Kc1mQ', envelopeFrom: '', rcpt: SENDER, at: '2026-11-23T15:42:20Z' }));
}

const TITLE = { en: 'A bounce: the recipient’s address does not exist (5.1.1)', de: 'Unzustellbar: Die Empfängeradresse gibt es nicht (5.1.1)' };

export const SAMPLE_BOUNCE: SampleCase = {
  name: 'sample-bounce',
  ui: {
    id: 'bounce',
    title: TITLE,
  },
  title: TITLE.en,
  now: '2026-11-23T16:00:00Z',
  message,
  zone: {
    'example.com': { TXT: ['v=spf1 mx a -all'], MX: [{ priority: 10, exchange: 'mail.example.com' }], A: ['192.0.2.80'] },
    'mail.example.com': { A: ['192.0.2.25'], TXT: ['v=spf1 a -all'] },
    [reverseName('192.0.2.25')]: { PTR: ['mail.example.com'] },
    '2026._domainkey.example.com': keyEntry('rsa2048'),
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com'] },
  },
  expect: {
    dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }],
    dmarc: 'pass',
    arc: 'none',
    hops: [
      { by: 'mail.example.com', time: '2026-11-23T15:42:19Z', role: 'submission' },
      { from: 'mail.example.com', ip: '192.0.2.25', by: 'imap.example.com', with: 'LMTP', time: '2026-11-23T15:42:20Z', role: 'delivery' },
    ],
    bounce: { status: '5.1.1', reason: 'userunknown', recipient: TYPO, remoteMta: 'mx.example.net' },
  },
  why:
    'A delivery status notification (RFC 3464): multipart/report with a message/delivery-status part that says Action failed, Status 5.1.1 (RFC 3463 §3.2: bad destination mailbox address), Remote-MTA mx.example.net and the SMTP reply 550 to RCPT TO: the address ben.wagenr@example.net does not exist, a typo for ben.wagner, a hard bounce. The third part returns the whole message as message/rfc822 (Postfix returns it whole below bounce_size_limit). The bounce itself was made on mail.example.com ("by mail.example.com (Postfix) id ...", no FROM clause: a local origin, where the message starts, not a trust boundary) and handed to Dovecot over LMTP; it never crossed an MTA-to-MTA hop, so there is no boundary and no client to check SPF for (RFC 7208 §2.4): SPF is not applicable, said as an info, not as a missing envelope, and this case asserts no SPF result. OpenDKIM signed the bounce on its way through cleanup (non_smtpd_milters) as example.com, which is the organisational domain of the From domain mail.example.com: dkim pass, dmarc pass through relaxed alignment (RFC 9989). The returned message keeps the signature Anna\'s message got at submission, and nothing in it changed: its own analysis gives dkim pass for example.com and dmarc pass. Its only network hop is Thunderbird\'s authenticated submission (ESMTPSA): SPF does not judge a mail program submitting to its own server (RFC 6409), so SPF is not applicable there either, not checked for the laptop\'s HELO literal. No ARC set: arc none.',
  extra: {
    titleDe: TITLE.de,
    inferredEnvelope: { ip: null, helo: null, mailFrom: '' },
    expectPath: { boundary: null, envelopeHop: null },
    headersExpect: { comparison: [] },
  },
};
