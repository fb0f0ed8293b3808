// Building blocks shared by the scenario messages: the definition every
// scenario file is made from, a message as Thunderbird writes it, and a
// Postfix bounce (RFC 3464) around a returned message. Trace fields, signers
// and ARC come from the fixture generator (test/cases/generate/), so a
// scenario looks exactly like the samples the page already ships.

import type { Zone } from '../../../cases/generate/case-types.ts';
import { buildMessage, prependHeaders } from '../../../cases/generate/message.ts';
import { CET, mailDate, opendkimSign, postfixLocalReceived, postfixNoticeIntro, dovecotDelivery } from '../../../cases/generate/samples-parts.ts';

/** What the generator writes for one scenario: `<name>.eml` and `<name>.zone.json`. */
export interface ScenarioMessage {
  name: string;
  message: () => string | Promise<string>;
  zone: Zone;
}

export interface Written {
  messageId: string;
  date: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  body: string[];
  /** Fields a web application or a list adds below Subject. */
  extra?: [string, string][];
}

/** A message as Thunderbird 128 writes it (its header order). */
export function thunderbird(w: Written): string {
  return buildMessage({
    headers: [
      ['Message-ID', w.messageId],
      ['Date', mailDate(w.date, CET)],
      ['MIME-Version', '1.0'],
      ['User-Agent', 'Mozilla Thunderbird'],
      ['Content-Language', 'en-US'],
      ['To', w.to],
      ...(w.cc ? ([['Cc', w.cc]] as [string, string][]) : []),
      ['From', w.from],
      ['Subject', w.subject],
      ...(w.extra ?? []),
      ['Content-Type', 'text/plain; charset=UTF-8; format=flowed'],
      ['Content-Transfer-Encoding', '7bit'],
    ],
    body: [...w.body, ''].join('\n'),
  });
}

export const SIGNED_FIELDS = ['Message-ID', 'Date', 'MIME-Version', 'To', 'From', 'Subject', 'Content-Type', 'Content-Transfer-Encoding', 'From'];

export interface PostfixBounce {
  /** The host whose bounce(8) writes the report. */
  host: string;
  sender: string;
  recipient: string;
  queueId: string;
  bounceId: string;
  status: string;
  remoteMta: string;
  /** The "said:" paragraph of the human-readable part, as Postfix wraps it. */
  said: string[];
  /** Diagnostic-Code, folded as Postfix folds it. */
  diagnostic: string[];
  arrivedAt: string;
  at: string;
  original: string;
}

/** Postfix's bounce(8) notice: text, RFC 3464 report, the message returned; OpenDKIM signs it, Dovecot delivers it. */
export function postfixBounce(b: PostfixBounce): string {
  const boundary = `${b.bounceId}.${Math.floor(Date.parse(b.at) / 1000)}/${b.host}`;
  const part = (headers: string[], body: string) => [`--${boundary}`, ...headers, '', body].join('\n');
  const body = [
    'This is a MIME-encapsulated message.',
    '',
    part(
      ['Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii'],
      [
        ...postfixNoticeIntro(b.host),
        ...b.said,
        '',
      ].join('\n'),
    ),
    part(
      ['Content-Description: Delivery report', 'Content-Type: message/delivery-status'],
      [
        `Reporting-MTA: dns; ${b.host}`,
        `X-Postfix-Queue-ID: ${b.queueId}`,
        `X-Postfix-Sender: rfc822; ${b.sender}`,
        `Arrival-Date: ${mailDate(b.arrivedAt, CET, true)}`,
        '',
        `Final-Recipient: rfc822; ${b.recipient}`,
        `Original-Recipient: rfc822;${b.recipient}`,
        'Action: failed',
        `Status: ${b.status}`,
        `Remote-MTA: dns; ${b.remoteMta}`,
        ...b.diagnostic,
        '',
      ].join('\n'),
    ),
    part(['Content-Description: Undelivered Message', 'Content-Type: message/rfc822'], b.original.replace(/\r\n/g, '\n')),
    `--${boundary}--`,
    '',
  ].join('\n');
  let m = buildMessage({
    headers: [
      ['Date', mailDate(b.at, CET, true)],
      ['From', `MAILER-DAEMON@${b.host} (Mail Delivery System)`],
      ['Subject', 'Undelivered Mail Returned to Sender'],
      ['To', b.sender],
      ['Auto-Submitted', 'auto-replied'],
      ['MIME-Version', '1.0'],
      ['Content-Type', `multipart/report; report-type=delivery-status;\n\tboundary="${boundary}"`],
      ['Content-Transfer-Encoding', '8bit'],
      ['Message-Id', `<${b.at.replace(/\D/g, '').slice(0, 14)}.${b.bounceId}@${b.host}>`],
    ],
    body,
  });
  const domain = b.sender.split('@')[1]!;
  m = opendkimSign(m, {
    key: 'rsa2048',
    domain,
    selector: '2026',
    time: b.at,
    headers: ['Date', 'From', 'Subject', 'To', 'Auto-Submitted', 'MIME-Version', 'Content-Type', 'Content-Transfer-Encoding', 'Message-Id', 'From'],
    host: b.host,
    queueId: b.bounceId,
  });
  m = prependHeaders(m, [['Received', postfixLocalReceived(b.host, b.bounceId, b.at)]]);
  const delivered = new Date(Date.parse(b.at) + 1000).toISOString();
  return prependHeaders(m, dovecotDelivery({ helo: b.host, ip: '192.0.2.25', by: `imap.${domain}`, id: 'bX4yM8RwQ2fZVgAA6Ld2nR', envelopeFrom: '', rcpt: b.sender, at: delivered }));
}
