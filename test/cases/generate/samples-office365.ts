// Sample "Microsoft 365 to Gmail": Carla writes in Outlook (MAPI to her
// Exchange Online mailbox server), Exchange passes the message to another
// of its servers, signs it with DKIM for contoso.example (the key behind a
// CNAME into the tenant, as Microsoft 365 publishes it), seals it with ARC
// as microsoft.com, and Exchange Online Protection hands it to Google: the
// recipient's domain example.org is on Google Workspace. Gmail checks,
// seals an ARC set of its own and files the message into the mailbox.
// Vendor host names stay where the formats depend on them; every address
// is a documentation one.

import { buildMessage, prependHeaders } from './message.ts';
import { arcSeal, bPrefix, dkimSign, keyEntry, mailDate, PST, UTC, type SampleCase } from './samples-parts.ts';

const SENDER = 'carla.schulz@contoso.example';
const RCPT = 'felix.braun@example.org';
const MAILBOX = 'DB9PR07MB7139.eurprd07.prod.outlook.com';
const HUB = 'AS8PR07MB9450.eurprd07.prod.outlook.com';
const EOP_IP = '2001:db8:f403:2608::70b';
const NETWORK_MESSAGE_ID = '5c1e9a7b-3f2d-4e8a-9b6c-0d4f2e7a1c93';

/** The message as Exchange Online stamped it, in its order and letter case. */
function written(): string {
  return buildMessage({
    headers: [
      ['From', `Carla Schulz <${SENDER}>`],
      ['To', `Felix Braun <${RCPT}>`],
      ['Subject', 'Contract draft for review'],
      ['Thread-Topic', 'Contract draft for review'],
      ['Thread-Index', 'AdtAb2Lq9vN3k4XGR0mJx6h1YQm8Sw=='],
      ['Date', mailDate('2026-11-26T13:05:11Z', UTC)],
      ['Message-ID', `<${MAILBOX.split('.')[0]}4A2C6E1F0B9D7A3E5C2BF1A42@${MAILBOX}>`],
      ['Accept-Language', 'de-DE, en-US'],
      ['Content-Language', 'en-US'],
      ['X-MS-Has-Attach', ''],
      ['X-MS-TNEF-Correlator', ''],
      // Exchange's note from the sending side, written before it signed
      ['authentication-results', 'dkim=none (message not signed)\n header.d=none;dmarc=none action=none header.from=contoso.example;'],
      ['x-ms-publictraffictype', 'Email'],
      ['x-ms-traffictypediagnostic', `${MAILBOX.split('.')[0]}:EE_|${HUB.split('.')[0]}:EE_`],
      ['x-ms-office365-filtering-correlation-id', NETWORK_MESSAGE_ID],
      ['x-ms-exchange-senderadcheck', '1'],
      ['x-ms-exchange-antispam-relay', '0'],
      ['x-microsoft-antispam', 'BCL:0;ARA:13230040|1800799024|366016|376014|38070700018;'],
      [
        'x-forefront-antispam-report',
        `CIP:255.255.255.255;CTRY:;LANG:en;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:${MAILBOX};PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016)(376014)(38070700018);DIR:OUT;SFP:1102;`,
      ],
      ['x-ms-exchange-antispam-messagedata-chunkcount', '1'],
      ['Content-Type', 'text/plain; charset="us-ascii"'],
      ['Content-Transfer-Encoding', 'quoted-printable'],
      ['MIME-Version', '1.0'],
      ['X-OriginatorOrg', 'contoso.example'],
      ['X-MS-Exchange-CrossTenant-AuthAs', 'Internal'],
      ['X-MS-Exchange-CrossTenant-AuthSource', MAILBOX],
      ['X-MS-Exchange-CrossTenant-Network-Message-Id', NETWORK_MESSAGE_ID],
      ['X-MS-Exchange-CrossTenant-originalarrivaltime', '26 Nov 2026 13:05:11.6208\n (UTC)'],
      ['X-MS-Exchange-CrossTenant-fromentityheader', 'Hosted'],
      ['X-MS-Exchange-CrossTenant-id', '7f3e1d2c-9a8b-4c5d-8e6f-1a2b3c4d5e6f'],
      ['X-MS-Exchange-CrossTenant-mailboxtype', 'HOSTED'],
      ['X-MS-Exchange-Transport-CrossTenantHeadersStamped', HUB.split('.')[0]!],
    ],
    body: [
      'Hi Felix,',
      '',
      'as discussed, the contract draft is in the shared folder for your review.',
      'Could you send me your comments by Friday?',
      '',
      'Best regards',
      'Carla',
      '',
      'Carla Schulz',
      'Contoso Ltd.',
      '',
    ].join('\n'),
  });
}

/** Gmail indents continuation lines with eight spaces (seven in Authentication-Results). */
const gmail = (lines: string[], indent = '        ') => lines.join(`\n${indent}`);

async function message(): Promise<string> {
  let m = prependHeaders(written(), [
    [
      'Received',
      `from ${MAILBOX} (2001:db8:10a6:10:3a2::8)\n by ${HUB} (2001:db8:10a6:20b:5d2::14) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.18; Thu, 26 Nov\n 2026 13:05:12 +0000`,
    ],
    [
      'Received',
      `from ${MAILBOX}\n ([fe80::5d1a:2b3c:4d5e:6f70]) by ${MAILBOX}\n ([fe80::5d1a:2b3c:4d5e:6f70%6]) with mapi id 15.20.8207.017; Thu, 26 Nov 2026\n 13:05:11 +0000`,
    ],
  ]);
  m = dkimSign(m, {
    key: 'rsa2048-other',
    domain: 'contoso.example',
    selector: 'selector1',
    time: '2026-11-26T13:05:12Z',
    headers: ['From', 'Date', 'Subject', 'Message-ID', 'Content-Type', 'MIME-Version', 'X-MS-Exchange-SenderADCheck'],
  });
  m = await arcSeal(m, {
    domain: 'microsoft.com',
    selector: 'arcselector10001',
    key: 'arc-fwd',
    time: '2026-11-26T13:05:12Z',
    cv: 'none',
    authResults: 'mx.microsoft.com 1; spf=none; dmarc=none; dkim=none; arc=none',
  });
  const b = bPrefix(m, 'contoso.example', 'selector1');
  const spf = `spf=pass (google.com: domain of ${SENDER} designates ${EOP_IP} as permitted sender) smtp.mailfrom=${SENDER}`;
  const results = [`dkim=pass header.i=@contoso.example header.s=selector1 header.b=${b};`, 'arc=pass (i=1);', `${spf};`, 'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=contoso.example'];
  // Gmail's verdicts sit below its own Received field.
  m = prependHeaders(m, [
    ['Return-Path', `<${SENDER}>`],
    [
      'Received',
      gmail([
        `from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2070b.outbound.protection.outlook.com. [${EOP_IP}])`,
        'by mx.google.com with ESMTPS id 4fb4d7f45d1cf-5e1a2b3c4d5si8765432a12.412.2026.11.26.05.05.13',
        `for <${RCPT}>`,
        '(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);',
        mailDate('2026-11-26T13:05:13Z', PST, true),
      ]),
    ],
    ['Received-SPF', `pass (google.com: domain of ${SENDER} designates ${EOP_IP} as permitted sender) client-ip=${EOP_IP};`],
    ['Authentication-Results', gmail(['mx.google.com;', ...results], '       ')],
  ]);
  m = await arcSeal(m, {
    domain: 'google.com',
    selector: 'arc-20240605',
    key: 'arc-list',
    time: '2026-11-26T13:05:13Z',
    cv: 'pass',
    authResults: ['mx.google.com;', ...results].join(' '),
  });
  const stamped = `${Date.parse('2026-11-26T13:05:14Z') + 123}`;
  m = prependHeaders(m, [
    ['Received', gmail(['by 2001:db8:7208:1a4c:b0:9c:6f4e:2d1b with SMTP id jk12csp2398817rbb;', mailDate('2026-11-26T13:05:14Z', PST, true)])],
    ['X-Google-Smtp-Source', 'AGHT+IHq7x2Yc0Vd8Lm3Nf5Rk1Ws9Ta4Ub6Xe2Zg8Hj0Pi3Qo7Ry5Ss1Tu9Vw4Xx6Yz2Aa8Bb0Cc3Dd5Ee7Ff9'],
    ['X-Received', gmail([`by 2001:db8:6402:d43:b0:5e1:7c2a:9f04 with SMTP id 4fb4d7f45d1cf-5e1a2b3c4d5mr8765432a12.412.${stamped};`, mailDate('2026-11-26T13:05:14Z', PST, true)])],
  ]);
  return prependHeaders(m, [['Delivered-To', RCPT]]);
}

const TITLE = { en: 'From Microsoft 365 to Gmail: Exchange inside, Google outside', de: 'Von Microsoft 365 zu Gmail: Exchange innen, Google außen' };

export const SAMPLE_OFFICE365: SampleCase = {
  name: 'sample-office365',
  ui: {
    id: 'office365',
    title: TITLE,
  },
  title: TITLE.en,
  now: '2026-11-26T13:30:00Z',
  message,
  zone: {
    'contoso.example': { TXT: ['v=spf1 include:spf.protection.outlook.com -all'], MX: [{ priority: 0, exchange: 'contoso-example.mail.protection.outlook.com' }] },
    'spf.protection.outlook.com': { TXT: ['v=spf1 ip4:198.51.100.0/24 ip6:2001:db8:f400::/48 ip6:2001:db8:f403::/49 include:spfd.protection.outlook.com -all'] },
    'spfd.protection.outlook.com': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
    'selector1._domainkey.contoso.example': { CNAME: 'selector1-contoso-example._domainkey.contoso.onmicrosoft.com' },
    'selector1-contoso-example._domainkey.contoso.onmicrosoft.com': keyEntry('rsa2048-other'),
    '_dmarc.contoso.example': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:dmarc@contoso.example'] },
    'arcselector10001._domainkey.microsoft.com': keyEntry('arc-fwd'),
    'arc-20240605._domainkey.google.com': keyEntry('arc-list'),
  },
  expect: {
    spf: 'pass',
    dkim: [{ domain: 'contoso.example', selector: 'selector1', result: 'pass' }],
    dmarc: 'pass',
    arc: 'pass',
    hops: [
      { from: MAILBOX, by: MAILBOX, with: 'mapi', time: '2026-11-26T13:05:11Z', role: 'submission' },
      { from: MAILBOX, ip: '2001:db8:10a6:10:3a2::8', by: HUB, tls: true, time: '2026-11-26T13:05:12Z', role: 'relay' },
      { from: 'EUR05-DB8-obe.outbound.protection.outlook.com', ip: EOP_IP, by: 'mx.google.com', with: 'ESMTPS', tls: true, time: '2026-11-26T13:05:13Z', role: 'relay' },
      { by: '2001:db8:7208:1a4c:b0:9c:6f4e:2d1b', with: 'SMTP', time: '2026-11-26T13:05:14Z', role: 'delivery' },
    ],
    bounce: null,
  },
  why:
    'Outlook handed the message to its Exchange Online mailbox server over MAPI ("with mapi": submission), Exchange passed it to another of its servers ("Microsoft SMTP Server", "15.20.8207.18" is the Exchange build, not an address), and Exchange Online Protection delivered it to mx.google.com: the trust boundary, hop 3. EOP adds no Received field of its own; its name is only in the HELO of Google\'s field. The topmost field, "by <address> with SMTP id", is Gmail filing the message into the mailbox (inferred: Google does not document it). SPF for carla.schulz@contoso.example at 2001:db8:f403:2608::70b: include:spf.protection.outlook.com matches ip6:2001:db8:f403::/49: pass (RFC 7208 §5.2). The DKIM key for selector1 is published behind a CNAME into the tenant, as Microsoft 365 does it, and verifies: dkim pass. Both align with contoso.example: dmarc pass, policy quarantine (RFC 9989). Microsoft sealed ARC i=1 (cv=none, recording spf, dkim and dmarc none: it signs its own outbound mail before any check), Gmail sealed i=2 with cv=pass after validating it: two complete sets, every seal verifies, the newest message signature verifies: arc pass (RFC 8617 §5.2). The lower-case "authentication-results" among Microsoft\'s fields is Exchange\'s note from the sending side and is to be ignored; Gmail\'s own verdict is the Authentication-Results just below its Received field: above the next older Received field (Exchange\'s) and in the name of mx.google.com, so it is trusted, as is the Received-SPF beside it, which names no receiver and is trusted by that position. Both ARC-Authentication-Results are records of a valid chain (Microsoft at i=1, Google at i=2): shown with their sealer, not compared with the re-check (RFC 8617 §7.2).',
  extra: {
    titleDe: TITLE.de,
    inferredEnvelope: { ip: EOP_IP, helo: 'EUR05-DB8-obe.outbound.protection.outlook.com', mailFrom: SENDER },
    expectPath: { boundary: 3, envelopeHop: 3 },
    headersExpect: {
      comparison: [
        { field: 'ARC-Authentication-Results', method: 'dkim', trusted: false, trust: 'arc-sealed', agrees: null },
        { field: 'ARC-Authentication-Results', method: 'arc', trusted: false, trust: 'arc-sealed', agrees: null },
        { field: 'ARC-Authentication-Results', method: 'spf', trusted: false, trust: 'arc-sealed', agrees: null },
        { field: 'ARC-Authentication-Results', method: 'dmarc', trusted: false, trust: 'arc-sealed', agrees: null },
        { field: 'Received-SPF', method: 'spf', trusted: true, trust: 'receiving-side-by-position', agrees: true },
        { field: 'Authentication-Results', method: 'dkim', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'arc', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'spf', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'Authentication-Results', method: 'dmarc', trusted: true, trust: 'receiving-side', agrees: true },
        { field: 'ARC-Authentication-Results', method: 'spf', trusted: false, trust: 'arc-sealed', agrees: null },
        { field: 'ARC-Authentication-Results', method: 'dmarc', trusted: false, trust: 'arc-sealed', agrees: null },
        { field: 'ARC-Authentication-Results', method: 'dkim', trusted: false, trust: 'arc-sealed', agrees: null },
        { field: 'ARC-Authentication-Results', method: 'arc', trusted: false, trust: 'arc-sealed', agrees: null },
        { field: 'authentication-results', method: 'dkim', trusted: false, trust: 'below-boundary' },
        { field: 'authentication-results', method: 'dmarc', trusted: false, trust: 'below-boundary' },
      ],
    },
  },
};
