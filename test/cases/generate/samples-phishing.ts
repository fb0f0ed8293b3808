// Sample "phishing": a PHP script on a hijacked shared-hosting account
// (cPanel's Exim) sends in the name of "examplebank.example" from a
// look-alike domain with a Cyrillic "а" (xn--exmplebank-0qi.example). The
// display name shows the real bank's address, Reply-To points elsewhere,
// the link text names the bank while the link goes to the look-alike, and
// the script wrote an Authentication-Results field in the receiver's name
// that says "pass" — below the receiver's own Received field, so forged.

import { buildMessage, prependHeaders } from './message.ts';
import { CET, dovecotDelivery, mailDate, postfixReceived, reverseName, type SampleCase } from './samples-parts.ts';

const LOOKALIKE = 'xn--exmplebank-0qi.example';
const SENDER = `service@${LOOKALIKE}`;
const RCPT = 'ben.wagner@example.net';
const ID = 'Xk3mP9qR2sT5vW8yZ1bC4dF7gH0jL6nQ';
const BOUNDARY = `b1=_${ID}`;
const LINK = `https://login.${LOOKALIKE}/secure/`;

/** What PHP's mail() hands to Exim: To and Subject first, then PHP's note, then PHPMailer's fields. */
function written(): string {
  return buildMessage({
    headers: [
      ['To', RCPT],
      ['Subject', '=?UTF-8?Q?Your_account_has_been_limited_=E2=80=93_action_required?='],
      ['X-PHP-Originating-Script', '1004:class.phpmailer.php'],
      ['Date', mailDate('2026-11-26T02:12:39Z', CET)],
      ['From', `"service@examplebank.example" <${SENDER}>`],
      ['Reply-To', 'Examplebank Security <examplebank.security@mailbox.example>'],
      ['Message-ID', `<${ID}@web4711.hosting.example>`],
      ['X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)'],
      // Written by the script, in the name of the recipient's own server (RFC 8601 §5 forbids trusting it).
      ['Authentication-Results', 'mx.example.net; spf=pass smtp.mailfrom=service@examplebank.example;\n\tdkim=pass header.d=examplebank.example header.s=s1;\n\tdmarc=pass (policy=reject) header.from=examplebank.example'],
      ['MIME-Version', '1.0'],
      ['Content-Type', `multipart/alternative;\n boundary="${BOUNDARY}"`],
      ['Content-Transfer-Encoding', '8bit'],
      // cPanel's Exim appends these to every message it sends
      ['X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'],
      ['X-AntiAbuse', 'Primary Hostname - web4711.hosting.example'],
      ['X-AntiAbuse', 'Original Domain - example.net'],
      ['X-AntiAbuse', 'Originator/Caller UID/GID - [1004 990] / [47 12]'],
      ['X-AntiAbuse', `Sender Address Domain - ${LOOKALIKE}`],
      ['X-Get-Message-Sender-Via', 'web4711.hosting.example: authenticated_id: shopuser/from_h'],
      ['X-Authenticated-Sender', `web4711.hosting.example: ${SENDER}`],
    ],
    body: [
      'This is a multi-part message in MIME format.',
      '',
      `--${BOUNDARY}`,
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Dear customer,',
      '',
      'we noticed unusual sign-in activity on your account. For your',
      'protection we have limited some features.',
      '',
      'Please confirm your identity within 24 hours, otherwise your account',
      'will be suspended:',
      LINK,
      '',
      'Examplebank Customer Security',
      '',
      `--${BOUNDARY}`,
      'Content-Type: text/html; charset=us-ascii',
      '',
      '<p>Dear customer,</p>',
      '<p>we noticed unusual sign-in activity on your account. For your protection we have limited some features.</p>',
      `<p>Please confirm your identity within 24 hours, otherwise your account will be suspended:<br><a href="${LINK}">https://examplebank.example/secure</a></p>`,
      '<p>Examplebank Customer Security</p>',
      '',
      `--${BOUNDARY}--`,
      '',
    ].join('\n'),
  });
}

function message(): string {
  let m = prependHeaders(written(), [
    ['Received', `from shopuser by web4711.hosting.example with local (Exim 4.96.2)\n\t(envelope-from <${SENDER}>)\n\tid 1tFwQx-00B7mK-2Q\n\tfor ${RCPT}; ${mailDate('2026-11-26T02:12:40Z', CET)}`],
  ]);
  // rspamd as a milter on the MX: below the MX's own Received field.
  m = prependHeaders(m, [
    [
      'Authentication-Results',
      `mx.example.net;\n\tdkim=none;\n\tspf=softfail (mx.example.net: 203.0.113.66 is neither permitted nor denied by domain of ${SENDER}) smtp.mailfrom=${SENDER};\n\tdmarc=fail reason="No valid SPF, No valid DKIM" header.from=${LOOKALIKE} (policy=none)`,
    ],
    ['X-Rspamd-Server', 'mx'],
    [
      'X-Spamd-Result',
      `default: False [6.97 / 15.00];\n\tPHISHING(3.37)[examplebank.example->login.${LOOKALIKE}];\n\tBAYES_SPAM(3.00)[97.42%];\n\tR_SPF_SOFTFAIL(0.60)[~all];\n\tDMARC_POLICY_SOFTFAIL(0.10)[${LOOKALIKE} : No valid SPF, No valid DKIM,none];\n\tMIME_GOOD(-0.10)[multipart/alternative,text/plain];\n\tHAS_REPLYTO(0.00)[examplebank.security@mailbox.example];\n\tFROM_EQ_ENVFROM(0.00)[];\n\tR_DKIM_NA(0.00)[];\n\tARC_NA(0.00)[];\n\tRCPT_COUNT_ONE(0.00)[1];\n\tTO_DN_NONE(0.00)[]`,
    ],
    ['X-Rspamd-Queue-Id', '4YhS0k6DxPz3wR1'],
    ['X-Rspamd-Action', 'add header'],
    ['X-Spamd-Bar', '++++++'],
    ['X-Spam', 'Yes'],
  ]);
  m = prependHeaders(m, [
    ['Received', postfixReceived({ helo: 'web4711.hosting.example', rdns: 'web4711.hosting.example', ip: '203.0.113.66', tls: true, by: 'mx.example.net', protocol: 'ESMTPS', id: '4YhS0k6DxPz3wR1', rcpt: RCPT, at: '2026-11-26T02:12:41Z' })],
  ]);
  return prependHeaders(m, dovecotDelivery({ helo: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', id: 'yF2cM8QxQ2ffWgAA0J78UA', envelopeFrom: SENDER, rcpt: RCPT, at: '2026-11-26T02:12:42Z' }));
}

const TITLE = { en: 'Phishing: a look-alike domain and a forged verdict', de: 'Phishing: eine Doppelgänger-Domain und ein gefälschtes Prüfergebnis' };

export const SAMPLE_PHISHING: SampleCase = {
  name: 'sample-phishing',
  ui: {
    id: 'phishing',
    title: TITLE,
  },
  title: TITLE.en,
  now: '2026-11-26T07:00:00Z',
  message,
  zone: {
    [LOOKALIKE]: { TXT: ['v=spf1 ip4:198.51.100.200 ~all'], A: ['198.51.100.200'], MX: [{ priority: 10, exchange: `mail.${LOOKALIKE}` }] },
    [`mail.${LOOKALIKE}`]: { A: ['198.51.100.200'] },
    [`_dmarc.${LOOKALIKE}`]: { TXT: ['v=DMARC1; p=none'] },
    [reverseName('203.0.113.66')]: { PTR: ['web4711.hosting.example'] },
    'web4711.hosting.example': { A: ['203.0.113.66'] },
  },
  expect: {
    spf: 'softfail',
    dkim: [],
    dmarc: 'fail',
    arc: 'none',
    hops: [
      { from: null, by: 'web4711.hosting.example', with: 'local', time: '2026-11-26T02:12:40Z', role: 'submission' },
      { from: 'web4711.hosting.example', ip: '203.0.113.66', by: 'mx.example.net', with: 'ESMTPS', tls: true, time: '2026-11-26T02:12:41Z', role: 'relay' },
      { from: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', with: 'LMTP', time: '2026-11-26T02:12:42Z', role: 'delivery' },
    ],
    bounce: null,
  },
  why:
    'The message was handed to Exim by a local user of a shared web host ("with local": submission by a program, here PHP\'s mail()) and sent straight to mx.example.net, the trust boundary. In "from shopuser by web4711.hosting.example with local" Exim writes the login name of the local user where a host would stand: shopuser is the ident, not a client host, so the hop\'s from is null. MAIL FROM is service@xn--exmplebank-0qi.example; its record v=spf1 ip4:198.51.100.200 ~all does not list 203.0.113.66 and ends in ~all: softfail (RFC 7208 §8.5). There is no DKIM-Signature: dkim none, so the list of signatures is empty. The look-alike domain publishes v=DMARC1; p=none; with SPF softfail and no signature nothing aligns: dmarc fail, and the policy the phisher chose for it is none (RFC 9989) - DMARC says nothing about whether a domain is the bank\'s. arc none (RFC 8617 §5.2). The From display name shows service@examplebank.example while the address is at xn--exmplebank-0qi.example, shown as ex\u0430mplebank.example with a Cyrillic \u0430 (U+0430); Reply-To leads to a third domain, mailbox.example. The Authentication-Results field that says spf, dkim and dmarc pass for examplebank.example carries the receiver\'s authserv-id mx.example.net but lies below the Exim field of web4711.hosting.example, two fields below the receiver\'s own Received field: the sender wrote it, and RFC 8601 §5 says to ignore it. The real verdict of mx.example.net (rspamd, as a milter just below the MX\'s Received field and above the older Exim field, where only the receiver\'s filters write) says softfail, none and fail, and is trusted.',
  extra: {
    titleDe: TITLE.de,
    inferredEnvelope: { ip: '203.0.113.66', helo: 'web4711.hosting.example', mailFrom: SENDER },
    expectPath: { boundary: 2, envelopeHop: 2 },
    headersExpect: {
      comparison: [
        { field: 'Authentication-Results', method: 'dkim', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'spf', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'dmarc', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'spf', trusted: false, trust: 'below-boundary', differences: [] },
        { field: 'Authentication-Results', method: 'dkim', trusted: false, trust: 'below-boundary', differences: [] },
        { field: 'Authentication-Results', method: 'dmarc', trusted: false, trust: 'below-boundary', differences: [] },
      ],
    },
  },
};
