// Sample "a normal message": every role on the mail path. Anna writes in
// Thunderbird at home, submits to her company's Postfix on port 587
// (ESMTPSA), OpenDKIM signs as a milter, amavisd-new scans on localhost and
// re-injects, Postfix relays to the recipient's MX (Postfix with rspamd as a
// milter), which hands the message to Dovecot over LMTP.

import { buildMessage, prependHeaders } from './message.ts';
import { amavisReceived, bPrefix, CET, dovecotDelivery, keyEntry, mailDate, opendkimSign, postfixReceived, reverseName, type SampleCase } from './samples-parts.ts';

const RCPT = 'ben.wagner@example.net';
const SENDER = 'anna.becker@example.com';

/** Thunderbird 128's header order. */
function written(): string {
  return buildMessage({
    headers: [
      ['Message-ID', '<7c1e4b52-93d0-4f6a-b2a8-0d5e3c9a1f47@example.com>'],
      ['Date', mailDate('2026-11-24T08:14:01Z', CET)],
      ['MIME-Version', '1.0'],
      ['User-Agent', 'Mozilla Thunderbird'],
      ['Content-Language', 'en-US'],
      ['To', `Ben Wagner <${RCPT}>`],
      ['From', `Anna Becker <${SENDER}>`],
      ['Subject', "Slides for Thursday's workshop"],
      ['Content-Type', 'text/plain; charset=UTF-8; format=flowed'],
      ['Content-Transfer-Encoding', '7bit'],
    ],
    body: [
      'Hi Ben,',
      '',
      "the slides for Thursday's workshop are on the share:",
      'https://share.example.com/s/workshop-2026-11',
      '',
      'See you at 10:00 in room 2.14.',
      '',
      'Anna',
      '',
      '-- ',
      'Anna Becker',
      'Example GmbH, IT',
      '',
    ].join('\n'),
  });
}

async function message(): Promise<string> {
  // OpenDKIM signs as a milter; Postfix hides its own Received field from
  // milters, so the milter's fields land just below it.
  let m = opendkimSign(written(), {
    key: 'rsa2048',
    domain: 'example.com',
    selector: '2026',
    time: '2026-11-24T08:14:02Z',
    headers: ['Message-ID', 'Date', 'MIME-Version', 'To', 'From', 'Subject', 'Content-Type', 'Content-Transfer-Encoding', 'From'],
    host: 'mail.example.com',
    queueId: '4YhK2x0Q3Dz9sVp',
  });
  m = prependHeaders(m, [
    [
      'Received',
      postfixReceived({
        helo: '[192.168.178.23]',
        rdns: 'dyn-203-0-113-45.dsl.isp.example',
        ip: '203.0.113.45',
        tls: true,
        authenticatedSender: SENDER,
        by: 'mail.example.com',
        protocol: 'ESMTPSA',
        id: '4YhK2x0Q3Dz9sVp',
        rcpt: RCPT,
        at: '2026-11-24T08:14:02Z',
      }),
    ],
  ]);
  m = prependHeaders(m, amavisReceived({ host: 'mail.example.com', port: 10026, amavisId: 'ZPq4nR7xT2mA', postfixId: '4YhK2z1LkVz9sVr', rcpt: RCPT, scannedAt: '2026-11-24T08:14:03Z', reinjectedAt: '2026-11-24T08:14:05Z', domain: 'example.com' }));
  // rspamd runs as a milter on the MX: its fields, then the MX's own Received on top.
  const b = bPrefix(m, 'example.com', '2026');
  m = prependHeaders(m, [
    [
      'Authentication-Results',
      `mx.example.net;\n\tdkim=pass header.d=example.com header.s=2026 header.b=${b};\n\tspf=pass (mx.example.net: domain of ${SENDER} designates 192.0.2.25 as permitted sender) smtp.mailfrom=${SENDER};\n\tdmarc=pass (policy=quarantine) header.from=example.com`,
    ],
    ['X-Rspamd-Server', 'mx'],
    [
      'X-Spamd-Result',
      'default: False [-3.50 / 15.00];\n\tBAYES_HAM(-2.50)[94.81%];\n\tDMARC_POLICY_ALLOW(-0.50)[example.com,quarantine];\n\tR_DKIM_ALLOW(-0.20)[example.com:s=2026];\n\tR_SPF_ALLOW(-0.20)[+mx];\n\tMIME_GOOD(-0.10)[text/plain];\n\tRCVD_TLS_LAST(0.00)[];\n\tRCVD_VIA_SMTP_AUTH(0.00)[];\n\tFROM_EQ_ENVFROM(0.00)[];\n\tARC_NA(0.00)[];\n\tTO_DN_ALL(0.00)[];\n\tRCPT_COUNT_ONE(0.00)[1];\n\tMID_RHS_MATCH_FROM(0.00)[];\n\tDKIM_TRACE(0.00)[example.com:+]',
    ],
    ['X-Rspamd-Queue-Id', '4YhK302bNfz3wQ8'],
    ['X-Rspamd-Action', 'no action'],
  ]);
  m = prependHeaders(m, [
    [
      'Received',
      postfixReceived({ helo: 'mail.example.com', rdns: 'mail.example.com', ip: '192.0.2.25', tls: true, by: 'mx.example.net', protocol: 'ESMTPS', id: '4YhK302bNfz3wQ8', rcpt: RCPT, at: '2026-11-24T08:14:06Z' }),
    ],
  ]);
  return prependHeaders(m, dovecotDelivery({ helo: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', id: 'CPj7HQ7JQ2fKWwAA0J78UA', envelopeFrom: SENDER, rcpt: RCPT, at: '2026-11-24T08:14:07Z' }));
}

const TITLE = { en: 'A normal message: laptop, company server, recipient’s mailbox', de: 'Eine ganz normale Nachricht: Laptop, Firmenserver, Postfach' };

export const SAMPLE_NORMAL: SampleCase = {
  name: 'sample-normal',
  ui: {
    id: 'normal',
    title: TITLE,
  },
  title: TITLE.en,
  now: '2026-11-24T08:30:00Z',
  message,
  zone: {
    'example.com': { TXT: ['v=spf1 mx a -all'], MX: [{ priority: 10, exchange: 'mail.example.com' }], A: ['192.0.2.80'] },
    'mail.example.com': { A: ['192.0.2.25'] },
    [reverseName('192.0.2.25')]: { PTR: ['mail.example.com'] },
    '2026._domainkey.example.com': keyEntry('rsa2048'),
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com'] },
  },
  expect: {
    spf: 'pass',
    dkim: [{ domain: 'example.com', selector: '2026', result: 'pass' }],
    dmarc: 'pass',
    arc: 'none',
    hops: [
      { from: '[192.168.178.23]', ip: '203.0.113.45', by: 'mail.example.com', with: 'ESMTPSA', tls: true, time: '2026-11-24T08:14:02Z', role: 'submission' },
      { ip: '127.0.0.1', by: 'localhost', with: 'ESMTP', time: '2026-11-24T08:14:03Z', role: 'internal' },
      { from: 'localhost', ip: '127.0.0.1', by: 'mail.example.com', with: 'ESMTP', time: '2026-11-24T08:14:05Z', role: 'internal' },
      { from: 'mail.example.com', ip: '192.0.2.25', by: 'mx.example.net', with: 'ESMTPS', tls: true, time: '2026-11-24T08:14:06Z', role: 'relay' },
      { from: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', with: 'LMTP', time: '2026-11-24T08:14:07Z', role: 'delivery' },
    ],
    bounce: null,
  },
  why:
    'Five hops, each a role of the mail path: Thunderbird submits with SMTP AUTH over TLS (ESMTPSA, RFC 6409, RFC 3848: submission), amavisd-new scans on localhost and Postfix takes the message back (two internal hops), Postfix relays to the MX of example.net with TLS (relay), and the MX hands it to Dovecot over LMTP (RFC 2033: delivery). The trust boundary is hop 4: the LMTP client is the receiving organisation\'s own MX, and everything below mx.example.net\'s field was written by others. SPF is therefore checked for 192.0.2.25, the client of the MX, not for the loopback address of the filter or the home address of the laptop (RFC 7208 §2.4): "mx" in v=spf1 mx a -all resolves to mail.example.com, 192.0.2.25: pass. OpenDKIM signed with c=relaxed/simple and oversigned From (an empty second From in h=, RFC 6376 §5.4.2); nothing signed changed: dkim pass (RFC 6376 §6.1.3). SPF and DKIM both align with From example.com (RFC 9989): dmarc pass. No ARC set: arc none (RFC 8617 §5.2). The delays are one or two seconds per hop. rspamd on the MX wrote its Authentication-Results just below the MX\'s own Received field, as every Postfix milter does: above the older Received field of mail.example.com and in the MX\'s own name, so it is the receiver\'s verdict and trusted (RFC 8601 §5); it agrees with every re-check.',
  extra: {
    titleDe: TITLE.de,
    inferredEnvelope: { ip: '192.0.2.25', helo: 'mail.example.com', mailFrom: SENDER },
    expectPath: { boundary: 4, envelopeHop: 4 },
    headersExpect: {
      comparison: [
        { field: 'Authentication-Results', method: 'dkim', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'spf', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'dmarc', trusted: true, trust: 'receiving-side', agrees: true },
      ],
    },
  },
};
