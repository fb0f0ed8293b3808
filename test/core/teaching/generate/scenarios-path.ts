// Scenarios about the path a message takes: the normal path, retrieval by
// POP3, aliases, a Mailman pipe alias and a Bcc copy. Three reuse the
// page's samples as they are (normal, mailing list, greylisting).

import { appendToBody, prependHeaders, replaceHeader } from '../../../cases/generate/message.ts';
import { SAMPLE_GREYLISTING } from '../../../cases/generate/samples-greylisting.ts';
import { SAMPLE_MAILING_LIST } from '../../../cases/generate/samples-mailing-list.ts';
import { SAMPLE_NORMAL } from '../../../cases/generate/samples-normal.ts';
import { CET, dovecotDelivery, keyEntry, mailDate, opendkimSign, postfixReceived, reverseName } from '../../../cases/generate/samples-parts.ts';
import { SIGNED_FIELDS, thunderbird, type ScenarioMessage } from './parts.ts';

const ANNA = 'anna.becker@example.com';

const EXAMPLE_COM = {
  'example.com': { TXT: ['v=spf1 mx a -all'], MX: [{ priority: 10, exchange: 'mail.example.com' }], A: ['192.0.2.80'] },
  'mail.example.com': { A: ['192.0.2.25'] },
  [reverseName('192.0.2.25')]: { PTR: ['mail.example.com'] },
  '2026._domainkey.example.com': keyEntry('rsa2048'),
  '_dmarc.example.com': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com'] },
};

/** Anna writes, her server signs and relays it to `mx`. */
function annaToMx(o: { messageId: string; at: string; to: string; cc?: string; rcpt: string; subject: string; body: string[]; ids: [string, string]; mx: string }): string {
  const written = thunderbird({ messageId: o.messageId, date: o.at, to: o.to, ...(o.cc ? { cc: o.cc } : {}), from: `Anna Becker <${ANNA}>`, subject: o.subject, body: o.body });
  const second = (n: number) => new Date(Date.parse(o.at) + n * 1000).toISOString();
  let m = opendkimSign(written, { key: 'rsa2048', domain: 'example.com', selector: '2026', time: second(1), headers: SIGNED_FIELDS, host: 'mail.example.com', queueId: o.ids[0] });
  m = prependHeaders(m, [['Received', postfixReceived({ helo: '[192.168.178.23]', rdns: 'dyn-203-0-113-45.dsl.isp.example', ip: '203.0.113.45', tls: true, authenticatedSender: ANNA, by: 'mail.example.com', protocol: 'ESMTPSA', id: o.ids[0], rcpt: o.rcpt, at: second(1) })]]);
  return prependHeaders(m, [['Received', postfixReceived({ helo: 'mail.example.com', rdns: 'mail.example.com', ip: '192.0.2.25', tls: true, by: o.mx, protocol: 'ESMTPS', id: o.ids[1], rcpt: o.rcpt, at: second(2) })]]);
}

export const NORMAL: ScenarioMessage = { name: 'normal-path', message: SAMPLE_NORMAL.message, zone: SAMPLE_NORMAL.zone };
export const MAILING_LIST: ScenarioMessage = { name: 'mailing-list-arc', message: SAMPLE_MAILING_LIST.message, zone: SAMPLE_MAILING_LIST.zone };
export const GREYLISTING: ScenarioMessage = { name: 'greylisting-postgrey', message: SAMPLE_GREYLISTING.message, zone: SAMPLE_GREYLISTING.zone };

export const POP3: ScenarioMessage = {
  name: 'pop3-pull-imap-push',
  message() {
    const rcpt = 'ben@example.org';
    const m = annaToMx({ messageId: '<1f8e3a6c-5b20-4d97-8c41-e2a9b7d0c365@example.com>', at: '2026-12-07T07:30:12Z', to: `Ben Wagner <${rcpt}>`, rcpt, subject: 'Train tickets', body: ['Hi Ben,', '', 'the tickets for Friday are booked, coach 7.', '', 'Anna'], ids: ['4YmA1a2B3cz9sVm', '4YmA1b4D5ez2kLn'], mx: 'pop.example.org' });
    // fetchmail polls every 10 minutes (set daemon 600): the message waits on the server until then.
    return prependHeaders(m, [
      ['Return-Path', `<${ANNA}>`],
      ['Received', `from pop.example.org [198.51.100.110]\n\tby laptop.example.net with POP3 (fetchmail-6.4.38)\n\tfor <ben@localhost> (single-drop); ${mailDate('2026-12-07T07:39:58Z', CET, true)}`],
    ]);
  },
  zone: { ...EXAMPLE_COM, 'pop.example.org': { A: ['198.51.100.110'] }, [reverseName('198.51.100.110')]: { PTR: ['pop.example.org'] } },
};

export const ALIASES: ScenarioMessage = {
  name: 'aliases-expansion',
  message() {
    const m = annaToMx({ messageId: '<9b0d4e7a-2c58-4f13-b6e9-7a1c3d5f8e20@example.com>', at: '2026-12-07T08:05:40Z', to: 'postmaster@example.org', rcpt: 'postmaster@example.org', subject: 'Your server is listed as an open relay?', body: ['Hello postmaster,', '', 'our logs show mail from your network with a HELO of "localhost".', 'Could you have a look?', '', 'Anna Becker, postmaster of example.com'], ids: ['4YmB2c6F7gz9sVo', '4YmB2d8H9jz2kLp'], mx: 'mx.example.org' });
    // /etc/aliases on mx.example.org: postmaster: root; root: carla. Postfix's local(8) records the
    // address it delivered to (Delivered-To) and the one the sender used (X-Original-To).
    return prependHeaders(m, [
      ['Return-Path', `<${ANNA}>`],
      ['X-Original-To', 'postmaster@example.org'],
      ['Delivered-To', 'carla@mx.example.org'],
    ]);
  },
  zone: { ...EXAMPLE_COM, 'example.org': { MX: [{ priority: 10, exchange: 'mx.example.org' }] }, 'mx.example.org': { A: ['198.51.100.7'] } },
};

export const MAILMAN_PIPE: ScenarioMessage = {
  name: 'mailman-pipe-alias',
  message() {
    const list = 'team@lists.example.org';
    let m = annaToMx({ messageId: '<6a3c9f12-8e47-4b0d-9d25-c1f7e3a8b604@example.com>', at: '2026-12-07T09:12:03Z', to: `Team <${list}>`, rcpt: list, subject: 'Agenda for Monday', body: ['Hi all,', '', 'agenda items for Monday by Friday noon, please.', '', 'Anna'], ids: ['4YmC3e0K1mz9sVq', '4YmC3f2M3pz2kLr'], mx: 'lists.example.org' });
    // /etc/aliases: team: "|/var/lib/mailman/mail/mailman post team". local(8) pipes the message to
    // Mailman 2.1 and adds Delivered-To; Mailman prefixes the subject, adds its fields and footer.
    m = prependHeaders(m, [['Delivered-To', list]]);
    m = replaceHeader(m, 'Subject', '[Team] Agenda for Monday');
    m = m.replace('\r\n\r\n', '\r\nPrecedence: list\r\nList-Id: Team <team.lists.example.org>\r\nList-Post: <mailto:team@lists.example.org>\r\nList-Unsubscribe: <https://lists.example.org/mailman/options/team>,\r\n <mailto:team-request@lists.example.org?subject=unsubscribe>\r\nX-Mailman-Version: 2.1.39\r\nErrors-To: team-bounces@lists.example.org\r\nSender: "Team" <team-bounces@lists.example.org>\r\n\r\n');
    m = appendToBody(m, '_______________________________________________\nTeam mailing list\nteam@lists.example.org\nhttps://lists.example.org/mailman/listinfo/team\n');
    const rcpt = 'ben.wagner@example.net';
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'lists.example.org', rdns: 'localhost', ip: '127.0.0.1', by: 'lists.example.org', protocol: 'ESMTP', id: '4YmC3g4P5rz2kLs', rcpt, at: '2026-12-07T09:12:07Z' })]]);
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'lists.example.org', rdns: 'lists.example.org', ip: '203.0.113.40', tls: true, by: 'mx.example.net', protocol: 'ESMTPS', id: '4YmC3h6R7tz3wMt', rcpt, at: '2026-12-07T09:12:08Z' })]]);
    return prependHeaders(m, dovecotDelivery({ helo: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', id: 'hP0eS4XcQ2fZVgAA2Rj8tX', envelopeFrom: 'team-bounces@lists.example.org', rcpt, at: '2026-12-07T09:12:09Z' }));
  },
  zone: {
    ...EXAMPLE_COM,
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc-reports@example.com'] },
    'lists.example.org': { TXT: ['v=spf1 ip4:203.0.113.40 -all'], A: ['203.0.113.40'], MX: [{ priority: 10, exchange: 'lists.example.org' }] },
    [reverseName('203.0.113.40')]: { PTR: ['lists.example.org'] },
  },
};

export const BCC: ScenarioMessage = {
  name: 'bcc-envelope-only',
  message() {
    // Anna wrote To: Ben, Cc: Dan, Bcc: Carla. Thunderbird leaves Bcc out of the header it sends
    // (RFC 5322 §3.6.3 allows either); Carla is only in the envelope: RCPT TO.
    const carla = 'carla.schmidt@example.org';
    const m = annaToMx({ messageId: '<e5b1c8a2-47d3-4f9e-b0a6-3d2f9c7e1b84@example.com>', at: '2026-12-07T10:44:20Z', to: 'Ben Wagner <ben.wagner@example.net>', cc: 'Dan Weber <dan@example.com>', rcpt: carla, subject: 'Budget 2027, first draft', body: ['Hi Ben, hi Dan,', '', 'the first draft of the 2027 budget is in the shared folder.', 'Comments by Wednesday, please.', '', 'Anna'], ids: ['4YmD4j8T9vz9sVu', '4YmD4k0V1xz2kLv'], mx: 'mx.example.org' });
    // Postfix writes "for <...>" only when a transaction has one recipient: the submission had three.
    const submission = m.replace(`id 4YmD4j8T9vz9sVu\r\n\tfor <${carla}>;`, 'id 4YmD4j8T9vz9sVu;');
    return prependHeaders(submission, [['Return-Path', `<${ANNA}>`], ['Delivered-To', carla]]);
  },
  zone: { ...EXAMPLE_COM, 'example.org': { MX: [{ priority: 10, exchange: 'mx.example.org' }] }, 'mx.example.org': { A: ['198.51.100.7'] } },
};

export const PATH_SCENARIOS = [NORMAL, MAILING_LIST, GREYLISTING, POP3, ALIASES, MAILMAN_PIPE, BCC];
