// Scenarios about SPF, DKIM and DMARC: forwarding, a spoofed From, `-all`
// at a forwarder, OpenDKIM's oversigned From, a revoked key, a web server
// with no SPF. Every name and address is a documentation one (RFC 2606,
// RFC 5737, RFC 3849).

import { prependHeaders, buildMessage } from '../../../cases/generate/message.ts';
import { CET, dovecotDelivery, keyEntry, mailDate, opendkimSign, postfixReceived, reverseName } from '../../../cases/generate/samples-parts.ts';
import { SIGNED_FIELDS, thunderbird, type ScenarioMessage } from './parts.ts';

const ANNA = 'anna.becker@example.com';

/** Anna's laptop submits to mail.example.com on port 587; OpenDKIM signs there. */
function annaSubmits(written: string, rcpt: string, at: string, id: string, sign = true): string {
  const signed = sign
    ? opendkimSign(written, { key: 'rsa2048', domain: 'example.com', selector: '2026', time: at, headers: SIGNED_FIELDS, host: 'mail.example.com', queueId: id })
    : written;
  return prependHeaders(signed, [
    ['Received', postfixReceived({ helo: '[192.168.178.23]', rdns: 'dyn-203-0-113-45.dsl.isp.example', ip: '203.0.113.45', tls: true, authenticatedSender: ANNA, by: 'mail.example.com', protocol: 'ESMTPSA', id, rcpt, at })],
  ]);
}

const EXAMPLE_COM = {
  'mail.example.com': { A: ['192.0.2.25'] },
  [reverseName('192.0.2.25')]: { PTR: ['mail.example.com'] },
  '2026._domainkey.example.com': keyEntry('rsa2048'),
};

export const FORWARDING: ScenarioMessage = {
  name: 'forwarding-breaks-spf',
  message() {
    const rcpt = 'ben@example.org';
    let m = annaSubmits(
      thunderbird({ messageId: '<5d2c81e0-7a3b-4c55-9f10-2b8e4d6a9c13@example.com>', date: '2026-11-30T09:10:04Z', to: `Ben Wagner <${rcpt}>`, from: `Anna Becker <${ANNA}>`, subject: 'Room booking for the exam', body: ['Hi Ben,', '', 'room 1.07 is booked for the exam on 14 December, 09:00 to 12:00.', '', 'Anna'] }),
      rcpt,
      '2026-11-30T09:10:05Z',
      '4YjQ1b2C3dz9sVa',
    );
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'mail.example.com', rdns: 'mail.example.com', ip: '192.0.2.25', tls: true, by: 'mx.example.org', protocol: 'ESMTPS', id: '4YjQ1c4F5gz2kLb', rcpt, at: '2026-11-30T09:10:06Z' })]]);
    // ~/.forward on mx.example.org: the envelope sender stays Anna's (RFC 5321 §3.9.1 forwarding).
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'mx.example.org', rdns: 'mx.example.org', ip: '198.51.100.7', tls: true, by: 'mx.example.net', protocol: 'ESMTPS', id: '4YjQ1d6H7jz3wMc', rcpt: 'ben.wagner@example.net', at: '2026-11-30T09:10:08Z' })]]);
    return prependHeaders(m, dovecotDelivery({ helo: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', id: 'cK5zN9SxQ2fZVgAA7Me3oS', envelopeFrom: ANNA, rcpt: 'ben.wagner@example.net', at: '2026-11-30T09:10:09Z' }));
  },
  zone: {
    ...EXAMPLE_COM,
    'example.com': { TXT: ['v=spf1 mx a ~all'], MX: [{ priority: 10, exchange: 'mail.example.com' }], A: ['192.0.2.80'] },
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com'] },
    'mx.example.org': { A: ['198.51.100.7'] },
    [reverseName('198.51.100.7')]: { PTR: ['mx.example.org'] },
  },
};

export const SPOOFED_FROM: ScenarioMessage = {
  name: 'spoofed-from-dmarc-reject',
  message() {
    const rcpt = 'ben.wagner@example.net';
    let m = buildMessage({
      headers: [
        ['From', '"Example Bank Security" <security@example.com>'],
        ['To', rcpt],
        ['Subject', 'Your account has been locked'],
        ['Date', mailDate('2026-12-01T06:41:10Z', CET)],
        ['Message-ID', '<20261201064110.7731@mail.example.com>'],
        ['MIME-Version', '1.0'],
        ['Content-Type', 'text/plain; charset=UTF-8'],
      ],
      body: ['Dear customer,', '', 'we noticed unusual activity and locked your account.', 'Confirm your identity within 24 hours: https://secure-login.example/verify', '', 'Example Bank', ''].join('\n'),
    });
    // The sender lies in HELO too: it names example.com's server, from an address that is not it.
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'mail.example.com', rdns: 'unknown', ip: '203.0.113.66', by: 'mx.example.net', protocol: 'ESMTP', id: '4YkR2e8K9mz3wNd', rcpt, at: '2026-12-01T06:41:12Z' })]]);
    return prependHeaders(m, [['Return-Path', '<security@example.com>']]);
  },
  zone: {
    ...EXAMPLE_COM,
    'example.com': { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: 'mail.example.com' }], A: ['192.0.2.80'] },
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.com'] },
  },
};

export const DASH_ALL_FORWARDER: ScenarioMessage = {
  name: 'spf-dash-all-forwarder',
  message() {
    const carla = 'carla.schmidt@example.org';
    const rcpt = 'dan@example.com';
    let m = thunderbird({ messageId: '<a41f7c2e-0d85-4b6e-8e3a-6f9b1d2c7e58@example.org>', date: '2026-12-02T14:20:31Z', to: `Dan Weber <${rcpt}>`, from: `Carla Schmidt <${carla}>`, subject: 'Choir rehearsal moved to Wednesday', body: ['Hi Dan,', '', 'this week the rehearsal is on Wednesday at 19:30, same room.', '', 'Carla'] });
    m = prependHeaders(m, [['Received', postfixReceived({ helo: '[10.0.0.5]', rdns: 'unknown', ip: '198.51.100.99', tls: true, authenticatedSender: carla, by: 'smtp.example.org', protocol: 'ESMTPSA', id: '4YkS3f0L1nz5xPe', rcpt, at: '2026-12-02T14:20:32Z' })]]);
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'smtp.example.org', rdns: 'smtp.example.org', ip: '198.51.100.20', tls: true, by: 'mail.example.com', protocol: 'ESMTPS', id: '4YkS3g2N3pz9sVf', rcpt, at: '2026-12-02T14:20:33Z' })]]);
    // Dan's alias forwards to his private address; Postfix keeps Carla's envelope sender.
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'mail.example.com', rdns: 'mail.example.com', ip: '192.0.2.25', tls: true, by: 'mx.example.net', protocol: 'ESMTPS', id: '4YkS3h4Q5rz3wRg', rcpt: 'dan.weber@example.net', at: '2026-12-02T14:20:35Z' })]]);
    return prependHeaders(m, dovecotDelivery({ helo: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', id: 'dL6aO0TyQ2fZVgAA8Nf4pT', envelopeFrom: carla, rcpt: 'dan.weber@example.net', at: '2026-12-02T14:20:36Z' }));
  },
  zone: {
    ...EXAMPLE_COM,
    'example.org': { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: 'smtp.example.org' }] },
    'smtp.example.org': { A: ['198.51.100.20'] },
    '_dmarc.example.org': { TXT: ['v=DMARC1; p=none; rua=mailto:dmarc@example.org'] },
    [reverseName('198.51.100.20')]: { PTR: ['smtp.example.org'] },
  },
};

export const OPENDKIM: ScenarioMessage = {
  name: 'opendkim-oversigned-from',
  message() {
    const rcpt = 'ben.wagner@example.net';
    let m = annaSubmits(
      thunderbird({ messageId: '<c7e2a9d4-1b36-4f08-a5c1-8d3f6e0b2a97@example.com>', date: '2026-12-03T10:02:44Z', to: `Ben Wagner <${rcpt}>`, from: `Anna Becker <${ANNA}>`, subject: 'New DKIM key is live', body: ['Hi Ben,', '', 'OpenDKIM now signs with the selector 2026; opendkim-testkey says "key OK".', 'Could you tell me what your server reports?', '', 'Anna'] }),
      rcpt,
      '2026-12-03T10:02:45Z',
      '4YkT4j6S7tz9sVh',
    );
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'mail.example.com', rdns: 'mail.example.com', ip: '192.0.2.25', tls: true, by: 'mx.example.net', protocol: 'ESMTPS', id: '4YkT4k8U9vz3wSi', rcpt, at: '2026-12-03T10:02:46Z' })]]);
    return prependHeaders(m, dovecotDelivery({ helo: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', id: 'eM7bP1UzQ2fZVgAA9Og5qU', envelopeFrom: ANNA, rcpt, at: '2026-12-03T10:02:47Z' }));
  },
  zone: {
    ...EXAMPLE_COM,
    'example.com': { TXT: ['v=spf1 mx a ~all'], MX: [{ priority: 10, exchange: 'mail.example.com' }], A: ['192.0.2.80'] },
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=none; rua=mailto:postmaster@example.com; ruf=mailto:postmaster@example.com; fo=1'] },
  },
};

export const REVOKED_KEY: ScenarioMessage = {
  name: 'dkim-revoked-key',
  message() {
    const from = 'newsletter@example.org';
    const rcpt = 'ben.wagner@example.net';
    let m = buildMessage({
      headers: [
        ['From', `Example Club <${from}>`],
        ['To', rcpt],
        ['Subject', 'Club newsletter, December'],
        ['Date', mailDate('2026-12-04T07:00:00Z', CET)],
        ['Message-ID', '<newsletter-2026-12@example.org>'],
        ['MIME-Version', '1.0'],
        ['Content-Type', 'text/plain; charset=UTF-8'],
      ],
      body: ['Dear members,', '', 'the winter party is on 19 December at 18:00.', '', 'Your club board', ''].join('\n'),
    });
    // Still signed with the 2025 selector, whose key the club withdrew in November.
    m = opendkimSign(m, { key: 'rsa2048-other', domain: 'example.org', selector: '2025', time: '2026-12-04T07:00:01Z', headers: ['From', 'To', 'Subject', 'Date', 'Message-ID', 'From'], host: 'smtp.example.org', queueId: '4YkU5m0W1xz5xTj' });
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'smtp.example.org', rdns: 'smtp.example.org', ip: '198.51.100.20', tls: true, by: 'mx.example.net', protocol: 'ESMTPS', id: '4YkU5n2Y3zz3wUk', rcpt, at: '2026-12-04T07:00:02Z' })]]);
    return prependHeaders(m, dovecotDelivery({ helo: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', id: 'fN8cQ2VaQ2fZVgAA0Ph6rV', envelopeFrom: from, rcpt, at: '2026-12-04T07:00:03Z' }));
  },
  zone: {
    'example.org': { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: 'smtp.example.org' }] },
    'smtp.example.org': { A: ['198.51.100.20'] },
    [reverseName('198.51.100.20')]: { PTR: ['smtp.example.org'] },
    // RFC 6376 §3.6.1: an empty p= means the key has been revoked.
    '2025._domainkey.example.org': { TXT: ['v=DKIM1; k=rsa; p='] },
    '_dmarc.example.org': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@example.org'] },
  },
};

export const WEB_SERVER: ScenarioMessage = {
  name: 'web-server-www-data',
  message() {
    const rcpt = 'orders@example.com';
    let m = buildMessage({
      headers: [
        ['To', rcpt],
        ['Subject', 'New order #10482'],
        ['X-PHP-Originating-Script', '33:checkout.php'],
        ['From', 'www-data@web1.example.net'],
        ['Message-Id', '<20261205081533.4F2A1C0012@web1.example.net>'],
        ['Date', mailDate('2026-12-05T08:15:33Z', CET)],
        ['MIME-Version', '1.0'],
        ['Content-Type', 'text/plain; charset=UTF-8'],
      ],
      body: ['Order 10482', 'Customer: L. Meyer', 'Items: 2 x notebook A5', 'Total: 7.80 EUR', ''].join('\n'),
    });
    // PHP's mail() calls sendmail -t -i as www-data: Postfix's pickup writes no client, only the user id.
    m = prependHeaders(m, [['Received', `by web1.example.net (Postfix, from userid 33)\n\tid 4F2A1C0012; ${mailDate('2026-12-05T08:15:33Z', CET, true)}`]]);
    m = prependHeaders(m, [['Received', postfixReceived({ helo: 'localhost.localdomain', rdns: 'unknown', ip: '198.51.100.80', by: 'mail.example.com', protocol: 'ESMTP', id: '4YkV6p4A5bz9sVl', rcpt, at: '2026-12-05T08:15:34Z' })]]);
    return prependHeaders(m, dovecotDelivery({ helo: 'mail.example.com', ip: '192.0.2.25', by: 'imap.example.com', id: 'gO9dR3WbQ2fZVgAA1Qi7sW', envelopeFrom: 'www-data@web1.example.net', rcpt, at: '2026-12-05T08:15:35Z' }));
  },
  zone: {
    'web1.example.net': { A: ['198.51.100.80'] },
    'example.net': { MX: [{ priority: 10, exchange: 'mx.example.net' }] },
  },
};

export const AUTH_SCENARIOS = [FORWARDING, SPOOFED_FROM, DASH_ALL_FORWARDER, OPENDKIM, REVOKED_KEY, WEB_SERVER];
