// Sample "through a mailing list": Anna posts to team@lists.example.org, a
// Mailman 3 list. Mailman adds its List-* fields and its footer, seals the
// message with ARC (RFC 8617) after checking it, and hands it back to the
// list host's Postfix on localhost, where OpenDKIM signs it for
// lists.example.org. The envelope sender becomes the list's bounce address
// (RFC 5321 §3.9.1). At Ben's provider nothing of the author's domain
// aligns any more, and only the ARC chain tells what the list saw.

import { appendToBody, buildMessage, prependHeaders } from './message.ts';
import { amavisReceived, arcSeal, bPrefix, CET, dovecotDelivery, keyEntry, mailDate, opendkimSign, postfixReceived, reverseName, type SampleCase } from './samples-parts.ts';

const AUTHOR = 'anna.becker@example.com';
const LIST = 'team@lists.example.org';
const BOUNCES = 'team-bounces@lists.example.org';
const RCPT = 'ben.wagner@example.net';
// Mailman 3: base32 of the SHA-1 of the Message-ID without its angle brackets
const HASH = 'APK2BKX2ZCJHG7UDXNGCCDR5AC3KOZTB';

function written(): string {
  return buildMessage({
    headers: [
      ['Message-ID', '<3b9f0d2e-6c41-4a87-9e15-b7a2c8d4f031@example.com>'],
      ['Date', mailDate('2026-11-23T13:02:08Z', CET)],
      ['MIME-Version', '1.0'],
      ['User-Agent', 'Mozilla Thunderbird'],
      ['Content-Language', 'en-US'],
      ['To', `Project team <${LIST}>`],
      ['From', `Anna Becker <${AUTHOR}>`],
      ['Subject', 'Server move on Saturday'],
      ['Content-Type', 'text/plain; charset=UTF-8; format=flowed'],
      ['Content-Transfer-Encoding', '7bit'],
    ],
    body: ['Hi all,', '', 'the file server moves to the new rack on Saturday, 09:00 to 12:00.', 'Please log off by Friday evening.', '', 'Anna', ''].join('\n'),
  });
}

/** Mailman 3.3 appends its fields below the author's and its footer to a text/plain body. */
function mailmanPost(message: string): string {
  const [head, body] = [message.slice(0, message.indexOf('\r\n\r\n') + 2), message.slice(message.indexOf('\r\n\r\n') + 4)];
  const fields: [string, string][] = [
    ['Message-ID-Hash', HASH],
    ['X-Message-ID-Hash', HASH],
    ['X-MailFrom', AUTHOR],
    [
      'X-Mailman-Rule-Misses',
      'dmarc-mitigation; no-senders; approved; emergency; loop; banned-address;\n member-moderation; nonmember-moderation; administrivia; implicit-dest;\n max-recipients; max-size; news-moderation; no-subject; digests;\n suspicious-header',
    ],
    ['X-Mailman-Version', '3.3.9'],
    ['Precedence', 'list'],
    ['List-Id', 'Project team <team.lists.example.org>'],
    ['Archived-At', `<https://lists.example.org/archives/list/${LIST}/message/${HASH}/>`],
    ['List-Archive', `<https://lists.example.org/archives/list/${LIST}/>`],
    ['List-Help', '<mailto:team-request@lists.example.org?subject=help>'],
    ['List-Owner', '<mailto:team-owner@lists.example.org>'],
    ['List-Post', `<mailto:${LIST}>`],
    ['List-Subscribe', '<mailto:team-join@lists.example.org>'],
    ['List-Unsubscribe', '<mailto:team-leave@lists.example.org>'],
  ];
  const added = fields.map(([name, value]) => `${name}: ${value.replace(/\n/g, '\r\n')}\r\n`).join('');
  // Mailman 3's default footer (list:member:regular:footer)
  const footer = '_______________________________________________\nProject team mailing list -- team@lists.example.org\nTo unsubscribe send an email to team-leave@lists.example.org\n';
  return appendToBody(`${head}${added}\r\n${body}`, footer);
}

async function message(): Promise<string> {
  let m = opendkimSign(written(), {
    key: 'rsa2048',
    domain: 'example.com',
    selector: '2026',
    time: '2026-11-23T13:02:09Z',
    headers: ['Message-ID', 'Date', 'MIME-Version', 'To', 'From', 'Subject', 'Content-Type', 'Content-Transfer-Encoding', 'From'],
    host: 'mail.example.com',
    queueId: '4Yh6Lm1RzTz9sVk',
  });
  m = prependHeaders(m, [
    ['Received', postfixReceived({ helo: '[192.168.178.23]', rdns: 'dyn-203-0-113-45.dsl.isp.example', ip: '203.0.113.45', tls: true, authenticatedSender: AUTHOR, by: 'mail.example.com', protocol: 'ESMTPSA', id: '4Yh6Lm1RzTz9sVk', rcpt: LIST, at: '2026-11-23T13:02:09Z' })],
  ]);
  m = prependHeaders(m, amavisReceived({ host: 'mail.example.com', port: 10026, amavisId: 'Hw2Kd9sLqE4x', postfixId: '4Yh6Ln3XwBz9sVm', rcpt: LIST, scannedAt: '2026-11-23T13:02:10Z', reinjectedAt: '2026-11-23T13:02:11Z', domain: 'example.com' }));
  m = prependHeaders(m, [
    ['Received', postfixReceived({ helo: 'mail.example.com', rdns: 'mail.example.com', ip: '192.0.2.25', tls: true, by: 'lists.example.org', protocol: 'ESMTPS', id: '4Yh6Lp0GcHz2kQw', rcpt: LIST, at: '2026-11-23T13:02:12Z' })],
  ]);
  const authorB = bPrefix(m, 'example.com', '2026');
  // Mailman checks what arrived, records it in its ARC set (i=1, cv=none), then posts.
  m = await arcSeal(mailmanPost(m), {
    domain: 'lists.example.org',
    selector: 'arc2026',
    key: 'arc-list',
    time: '2026-11-23T13:02:14Z',
    cv: 'none',
    authResults: `lists.example.org; dkim=pass header.d=example.com header.s=2026 header.b=${authorB}; spf=pass smtp.mailfrom=${AUTHOR} smtp.remote-ip=192.0.2.25; dmarc=pass header.from=example.com`,
  });
  m = opendkimSign(m, {
    key: 'arc-list',
    domain: 'lists.example.org',
    selector: '2026',
    time: '2026-11-23T13:02:15Z',
    headers: ['From', 'To', 'Subject', 'Date', 'Message-ID', 'List-Id', 'List-Archive', 'List-Help', 'List-Owner', 'List-Post', 'List-Subscribe', 'List-Unsubscribe', 'From'],
    host: 'lists.example.org',
    queueId: '4Yh6Lr2TnVz2kQy',
  });
  m = prependHeaders(m, [
    ['Received', postfixReceived({ helo: 'lists.example.org', rdns: 'localhost', ip: '127.0.0.1', by: 'lists.example.org', protocol: 'ESMTP', id: '4Yh6Lr2TnVz2kQy', rcpt: RCPT, at: '2026-11-23T13:02:15Z' })],
  ]);
  // rspamd on Ben's MX: a milter, so its fields sit below the MX's own Received.
  const listB = bPrefix(m, 'lists.example.org', '2026');
  m = prependHeaders(m, [
    [
      'Authentication-Results',
      `mx.example.net;\n\tdkim=pass header.d=lists.example.org header.s=2026 header.b=${listB};\n\tdkim=fail (body hash did not verify) header.d=example.com header.s=2026 header.b=${authorB};\n\tarc=pass ("lists.example.org:s=arc2026:i=1");\n\tspf=pass (mx.example.net: domain of ${BOUNCES} designates 203.0.113.40 as permitted sender) smtp.mailfrom=${BOUNCES};\n\tdmarc=fail reason="SPF not aligned (relaxed), DKIM not aligned (relaxed)" header.from=example.com (policy=quarantine)`,
    ],
    ['X-Rspamd-Server', 'mx'],
    [
      'X-Spamd-Result',
      'default: False [-1.31 / 15.00];\n\tBAYES_HAM(-1.90)[87.02%];\n\tDMARC_POLICY_QUARANTINE(1.50)[example.com : SPF not aligned (relaxed), DKIM not aligned (relaxed),quarantine];\n\tR_DKIM_REJECT(1.00)[example.com:s=2026];\n\tARC_ALLOW(-1.00)[lists.example.org:s=arc2026:i=1];\n\tMAILLIST(-0.20)[mailman];\n\tR_DKIM_ALLOW(-0.20)[lists.example.org:s=2026];\n\tR_SPF_ALLOW(-0.20)[+ip4:203.0.113.40];\n\tMIME_GOOD(-0.10)[text/plain];\n\tHAS_LIST_UNSUB(-0.01)[];\n\tFORGED_RECIPIENTS_MAILLIST(0.00)[];\n\tFROM_NEQ_ENVFROM(0.00)[anna.becker@example.com,team-bounces@lists.example.org];\n\tDKIM_TRACE(0.00)[lists.example.org:+,example.com:-]',
    ],
    ['X-Rspamd-Queue-Id', '4Yh6Ls4JqMz3wQ2'],
    ['X-Rspamd-Action', 'no action'],
  ]);
  m = prependHeaders(m, [
    ['Received', postfixReceived({ helo: 'lists.example.org', rdns: 'lists.example.org', ip: '203.0.113.40', tls: true, by: 'mx.example.net', protocol: 'ESMTPS', id: '4Yh6Ls4JqMz3wQ2', rcpt: RCPT, at: '2026-11-23T13:02:16Z' })],
  ]);
  return prependHeaders(m, dovecotDelivery({ helo: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', id: 'kA9fN0S7Q2fYUwAA0J78UA', envelopeFrom: BOUNCES, rcpt: RCPT, at: '2026-11-23T13:02:17Z' }));
}

const TITLE = { en: 'Through a mailing list: the footer breaks DKIM, ARC records what the list checked', de: 'Über eine Mailingliste: Die Fußzeile macht DKIM ungültig, ARC hält fest, was die Liste geprüft hat' };

export const SAMPLE_MAILING_LIST: SampleCase = {
  name: 'sample-mailing-list',
  ui: {
    id: 'mailing-list',
    title: TITLE,
  },
  title: TITLE.en,
  now: '2026-11-23T13:30:00Z',
  message,
  zone: {
    'example.com': { TXT: ['v=spf1 mx a -all'], MX: [{ priority: 10, exchange: 'mail.example.com' }], A: ['192.0.2.80'] },
    'mail.example.com': { A: ['192.0.2.25'] },
    '2026._domainkey.example.com': keyEntry('rsa2048'),
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@example.com'] },
    'lists.example.org': { TXT: ['v=spf1 ip4:203.0.113.40 -all'], A: ['203.0.113.40'], MX: [{ priority: 10, exchange: 'lists.example.org' }] },
    [reverseName('203.0.113.40')]: { PTR: ['lists.example.org'] },
    '2026._domainkey.lists.example.org': keyEntry('arc-list'),
    'arc2026._domainkey.lists.example.org': keyEntry('arc-list'),
  },
  expect: {
    spf: 'pass',
    dkim: [
      { domain: 'lists.example.org', selector: '2026', result: 'pass' },
      { domain: 'example.com', selector: '2026', result: 'fail' },
    ],
    dmarc: 'fail',
    arc: 'pass',
    hops: [
      { from: '[192.168.178.23]', ip: '203.0.113.45', by: 'mail.example.com', with: 'ESMTPSA', tls: true, time: '2026-11-23T13:02:09Z', role: 'submission' },
      { ip: '127.0.0.1', by: 'localhost', time: '2026-11-23T13:02:10Z', role: 'internal' },
      { from: 'localhost', ip: '127.0.0.1', by: 'mail.example.com', time: '2026-11-23T13:02:11Z', role: 'internal' },
      { from: 'mail.example.com', ip: '192.0.2.25', by: 'lists.example.org', with: 'ESMTPS', tls: true, time: '2026-11-23T13:02:12Z', role: 'relay' },
      { from: 'lists.example.org', ip: '127.0.0.1', by: 'lists.example.org', with: 'ESMTP', time: '2026-11-23T13:02:15Z', role: 'internal' },
      { from: 'lists.example.org', ip: '203.0.113.40', by: 'mx.example.net', with: 'ESMTPS', tls: true, time: '2026-11-23T13:02:16Z', role: 'relay' },
      { from: 'mx.example.net', ip: '198.51.100.25', by: 'imap.example.net', with: 'LMTP', time: '2026-11-23T13:02:17Z', role: 'delivery' },
    ],
    bounce: null,
  },
  why:
    'Mailman 3 appended its footer to the body after example.com had signed it. The author signature has no l= tag, so its body hash no longer matches: dkim fail for example.com (RFC 6376 §6.1.3). Its header hash still verifies, because Mailman left every signed field alone (no subject prefix, no From rewriting): the body was changed, not the header. The list host signed the result as lists.example.org: dkim pass. The list sent with its own bounce address as MAIL FROM (RFC 5321 §3.9.1), so SPF is checked for team-bounces@lists.example.org at the client of mx.example.net, 203.0.113.40: pass. Neither the passing SPF domain nor the passing DKIM domain is in the organisational domain of From, example.com: dmarc fail, policy quarantine (RFC 9989). Before posting, Mailman recorded what it had verified on arrival (dkim, spf and dmarc pass for example.com) in ARC-Authentication-Results and sealed it (i=1, cv=none); the set is complete, its ARC-Message-Signature covers the footer and its seal verifies: arc pass (RFC 8617 §5.2). A receiver that trusts lists.example.org as a sealer may use that record to deliver the message despite the DMARC failure (RFC 8617 §7.2; RFC 7489 §6.7 local policy). Ben\'s provider did: rspamd scored ARC_ALLOW against DMARC_POLICY_QUARANTINE and took no action. Its Authentication-Results (arc=pass among them) sits just below the MX\'s Received field, above the list\'s own: the receiver\'s verdict, trusted. The list\'s ARC-Authentication-Results is shown as what lists.example.org recorded at i=1 under a valid chain, not compared with today\'s re-check: its dkim=pass for example.com describes the message before the footer (RFC 8617 §7.2).',
  extra: {
    titleDe: TITLE.de,
    inferredEnvelope: { ip: '203.0.113.40', helo: 'lists.example.org', mailFrom: BOUNCES },
    expectPath: { boundary: 6, envelopeHop: 6 },
    headersExpect: {
      comparison: [
        { field: 'Authentication-Results', method: 'dkim', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'dkim', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'arc', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'spf', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'dmarc', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'ARC-Authentication-Results', method: 'dkim', trusted: false, trust: 'arc-sealed', agrees: null, differences: [] },
        { field: 'ARC-Authentication-Results', method: 'spf', trusted: false, trust: 'arc-sealed', agrees: null, differences: [] },
        { field: 'ARC-Authentication-Results', method: 'dmarc', trusted: false, trust: 'arc-sealed', agrees: null, differences: [] },
      ],
    },
  },
};
