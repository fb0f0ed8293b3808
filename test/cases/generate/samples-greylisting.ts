// Sample "greylisted and slow": a plumbing firm sends an invoice from its
// Exim server (Debian, DKIM-signed with RSA and Ed25519, RFC 8463) to the
// accounts department of Example GmbH. The company's inbound gateway
// mx.example.com runs postgrey: the first attempt got "450 4.2.0
// Greylisted", Exim retried at its next queue run 21 minutes later. The
// gateway's clock is 5 minutes fast (no NTP), so the internal server after
// it seems to receive the message "before" the gateway sent it.

import { buildMessage, prependHeaders } from './message.ts';
import { bPrefix, CET, dkimSign, dovecotDelivery, keyEntry, mailDate, postfixReceived, postgreyDate, reverseName, type SampleCase } from './samples-parts.ts';

const DOMAIN = 'mueller-haustechnik.example';
const SENDER = `rechnung@${DOMAIN}`;
const RCPT = 'buchhaltung@example.com';
const BOUNDARY = '------------0kXw3Yq2Lr9TnB5vF1sD8hJa';
/** mx.example.com's clock is this far ahead of the others. */
const GATEWAY_AHEAD_MS = 302_000;
const ahead = (iso: string) => new Date(Date.parse(iso) + GATEWAY_AHEAD_MS).toISOString();

/** A one-page PDF with a correct cross-reference table, so the attachment opens. */
function invoicePdf(): string {
  const text = 'BT /F1 14 Tf 72 770 Td (Rechnung Nr. 2026-1142) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1').toString('base64').replace(/.{1,72}/g, '$&\n');
}

/** Thunderbird (German) with an attachment. */
function written(): string {
  return buildMessage({
    headers: [
      ['Message-ID', '<a81f4c0d-7e23-4b96-8d5a-2c6e9f1b3d70@mueller-haustechnik.example>'],
      ['Date', mailDate('2026-11-25T09:21:38Z', CET)],
      ['MIME-Version', '1.0'],
      ['User-Agent', 'Mozilla Thunderbird'],
      ['Content-Language', 'de-DE'],
      ['To', RCPT],
      ['From', `=?UTF-8?Q?M=C3=BCller_Haustechnik_GmbH?= <${SENDER}>`],
      ['Subject', '=?UTF-8?Q?Rechnung_Nr=2E_2026-1142_=E2=80=93_Wartung_Heizungsanlage?='],
      ['Content-Type', `multipart/mixed; boundary="${BOUNDARY}"`],
    ],
    body: [
      'This is a multi-part message in MIME format.',
      `--${BOUNDARY}`,
      'Content-Type: text/plain; charset=UTF-8; format=flowed',
      'Content-Transfer-Encoding: 8bit',
      '',
      'Sehr geehrte Damen und Herren,',
      '',
      'anbei erhalten Sie unsere Rechnung Nr. 2026-1142 für die Wartung Ihrer ',
      'Heizungsanlage am 19.11.2026. Bitte überweisen Sie den Betrag innerhalb ',
      'von 14 Tagen.',
      '',
      'Mit freundlichen Grüßen',
      'Petra Müller',
      '',
      '-- ',
      'Müller Haustechnik GmbH, Hauptstraße 12, 12345 Musterstadt',
      '',
      `--${BOUNDARY}`,
      'Content-Type: application/pdf; name="Rechnung_2026-1142.pdf"',
      'Content-Disposition: attachment; filename="Rechnung_2026-1142.pdf"',
      'Content-Transfer-Encoding: base64',
      '',
      invoicePdf(),
      `--${BOUNDARY}--`,
      '',
    ].join('\n'),
  });
}

async function message(): Promise<string> {
  let m = prependHeaders(written(), [
    [
      'Received',
      `from dyn-198-51-100-77.kabel.isp.example ([198.51.100.77] helo=[192.168.10.23])\n\tby mail.${DOMAIN} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.96)\n\t(envelope-from <${SENDER}>)\n\tid 1tFbGq-000kXy-1D\n\tfor ${RCPT}; ${mailDate('2026-11-25T09:21:40Z', CET)}`,
    ],
  ]);
  // Exim signs in its smtp transport, at each delivery attempt: t= is the retry that got through.
  const signHeaders = ['From', 'Subject', 'Date', 'Message-ID', 'To', 'MIME-Version', 'Content-Type'];
  m = dkimSign(m, { key: 'ed25519', domain: DOMAIN, selector: '2026e', time: '2026-11-25T09:43:09Z', headers: signHeaders });
  m = dkimSign(m, { key: 'rsa2048-other', domain: DOMAIN, selector: '2026r', time: '2026-11-25T09:43:09Z', headers: signHeaders });
  const rsaB = bPrefix(m, DOMAIN, '2026r');
  const edB = bPrefix(m, DOMAIN, '2026e');
  const queueId = '4YhQ1n2K8Rz4wGx';
  // Milters on the gateway (OpenDKIM, OpenDMARC, spamass-milter) write below its Received field ...
  m = prependHeaders(m, [
    ['X-Spam-Checker-Version', 'SpamAssassin 4.0.0 (2022-12-13) on mx.example.com'],
    ['X-Spam-Level', ''],
    ['X-Spam-Status', 'No, score=-2.1 required=5.0 tests=BAYES_00,DKIM_SIGNED,\n\tDKIM_VALID,DKIM_VALID_AU,DKIM_VALID_EF,SPF_HELO_NONE,SPF_PASS\n\tautolearn=ham autolearn_force=no version=4.0.0'],
    ['DMARC-Filter', `OpenDMARC Filter v1.4.2 mx.example.com ${queueId}`],
    ['Authentication-Results', `mx.example.com; dmarc=pass (p=none dis=none) header.from=${DOMAIN}`],
    ['DKIM-Filter', `OpenDKIM Filter v2.11.0 mx.example.com ${queueId}`],
    [
      'Authentication-Results',
      `mx.example.com;\n\tdkim=pass (2048-bit key; unprotected) header.d=${DOMAIN} header.i=@${DOMAIN} header.a=rsa-sha256 header.s=2026r header.b="${rsaB}";\n\tdkim=pass (256-bit key; unprotected) header.d=${DOMAIN} header.i=@${DOMAIN} header.a=ed25519-sha256 header.s=2026e header.b="${edB}"`,
    ],
  ]);
  m = prependHeaders(m, [
    // ... and the policy services' PREPEND answers (policyd-spf, postgrey) above it.
    ['Received-SPF', `Pass (mailfrom) identity=mailfrom; client-ip=203.0.113.80; helo=mail.${DOMAIN}; envelope-from=${SENDER}; receiver=<UNKNOWN> `],
    ['X-Greylist', `delayed 1289 seconds by postgrey-1.37 at mx.example.com; ${postgreyDate(ahead('2026-11-25T09:43:10Z'), CET)}`],
    ['Received', postfixReceived({ helo: `mail.${DOMAIN}`, rdns: `mail.${DOMAIN}`, ip: '203.0.113.80', tls: true, by: 'mx.example.com', protocol: 'ESMTPS', id: queueId, rcpt: RCPT, at: ahead('2026-11-25T09:43:10Z') })],
  ]);
  m = prependHeaders(m, [
    ['Received', postfixReceived({ helo: 'mx.example.com', rdns: 'mx.example.com', ip: '192.0.2.20', tls: true, by: 'mail.example.com', protocol: 'ESMTPS', id: '4YhQ1p0NcTz9sVy', rcpt: RCPT, at: '2026-11-25T09:43:11Z' })],
  ]);
  return prependHeaders(m, dovecotDelivery({ helo: 'mail.example.com', ip: '192.0.2.25', by: 'imap.example.com', id: 'QnV0dGVyQ2fYWgAA5Kc1mQ', envelopeFrom: SENDER, rcpt: RCPT, at: '2026-11-25T09:43:12Z' }));
}

const TITLE = { en: 'Greylisted and slow: a retry after 21 minutes, and a server clock that runs fast', de: 'Greylisting und Verspätung: zweiter Versuch nach 21 Minuten, und eine Serveruhr geht vor' };

export const SAMPLE_GREYLISTING: SampleCase = {
  name: 'sample-greylisting',
  ui: {
    id: 'greylisting',
    title: TITLE,
  },
  title: TITLE.en,
  now: '2026-11-25T10:00:00Z',
  message,
  zone: {
    [DOMAIN]: { TXT: ['v=spf1 mx -all'], MX: [{ priority: 10, exchange: `mail.${DOMAIN}` }] },
    [`mail.${DOMAIN}`]: { A: ['203.0.113.80'] },
    [reverseName('203.0.113.80')]: { PTR: [`mail.${DOMAIN}`] },
    [`2026r._domainkey.${DOMAIN}`]: keyEntry('rsa2048-other'),
    [`2026e._domainkey.${DOMAIN}`]: keyEntry('ed25519'),
    [`_dmarc.${DOMAIN}`]: { TXT: [`v=DMARC1; p=none; rua=mailto:dmarc@${DOMAIN}`] },
  },
  expect: {
    spf: 'pass',
    dkim: [
      { domain: DOMAIN, selector: '2026r', result: 'pass' },
      { domain: DOMAIN, selector: '2026e', result: 'pass' },
    ],
    dmarc: 'pass',
    arc: 'none',
    hops: [
      { from: '[192.168.10.23]', ip: '198.51.100.77', by: `mail.${DOMAIN}`, with: 'esmtpsa', tls: true, time: '2026-11-25T09:21:40Z', role: 'submission' },
      { from: `mail.${DOMAIN}`, ip: '203.0.113.80', by: 'mx.example.com', with: 'ESMTPS', tls: true, time: '2026-11-25T09:48:12Z', role: 'relay' },
      { from: 'mx.example.com', ip: '192.0.2.20', by: 'mail.example.com', with: 'ESMTPS', tls: true, time: '2026-11-25T09:43:11Z', role: 'relay' },
      { from: 'mail.example.com', ip: '192.0.2.25', by: 'imap.example.com', with: 'LMTP', time: '2026-11-25T09:43:12Z', role: 'delivery' },
    ],
    bounce: null,
  },
  why:
    'Exim submitted with AUTH over TLS 1.3 ("with esmtpsa", RFC 3848: submission). At the gateway mx.example.com, postgrey refused the first attempt with a temporary error and Exim delivered at its next queue run: X-Greylist says "delayed 1289 seconds" (21 min), a retry interval, not a fault. The hop stamps say more: the gateway stamped 10:48:12 and the server after it 10:43:11, five minutes "earlier" - a delay cannot be negative. The hops before and after agree with each other, so the gateway\'s clock is the one that is fast (hop 2), by about 302 s; that is also why the hop delay (1592 s) exceeds postgrey\'s own count. The trust boundary is hop 2: hop 4 is LMTP inside the organisation, hop 3\'s client is mx.example.com, the receiving side\'s own gateway. SPF for rechnung@mueller-haustechnik.example at 203.0.113.80: v=spf1 mx -all, the MX is mail.mueller-haustechnik.example, 203.0.113.80: pass. Exim signed twice, with RSA (2026r) and Ed25519 (2026e, RFC 8463), at the delivery attempt that got through: both dkim pass. Both align with From: dmarc pass, policy none (the firm only monitors). No ARC: arc none. The Date field is 2 s before the first hop: consistent. The Received-SPF of policyd-spf on mx.example.com says receiver=<UNKNOWN>, its default that hides the host name: no writer is named, so it is trusted by its place above the boundary field (prepended by the gateway). The two Authentication-Results of OpenDMARC and OpenDKIM sit just below the gateway\'s Received field, above Exim\'s, in the name of mx.example.com: the receiver\'s own, trusted.',
  extra: {
    titleDe: TITLE.de,
    inferredEnvelope: { ip: '203.0.113.80', helo: `mail.${DOMAIN}`, mailFrom: SENDER },
    expectPath: { boundary: 2, envelopeHop: 2, greylisting: [{ source: 'x-greylist', software: 'postgrey-1.37', delaySeconds: 1289, hop: 2 }], skews: [{ hop: 3, culprit: 2 }] },
    headersExpect: {
      comparison: [
        { field: 'Received-SPF', method: 'spf', trusted: true, trust: 'receiving-side-by-position', agrees: true },
        { field: 'Authentication-Results', method: 'dmarc', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'dkim', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'dkim', trusted: true, trust: 'receiving-side', agrees: true },
      ],
    },
  },
};

