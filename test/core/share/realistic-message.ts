// A realistic message of a chosen size for measuring share links: a header
// as a large provider writes it (Received chain, DKIM and ARC signatures,
// Microsoft anti-spam blobs — random base64, which does not compress), a
// text/plain part and an Outlook-style text/html part of the same prose. The prose is made
// of common English and German words drawn with a Zipf-like skew by a
// seeded generator, so it compresses about as well as real writing and
// every run gives the same bytes.

const WORDS = (
  'the of and to in a is that for it as was with be by on not he I this are or his from at which but have an they you were ' +
  'her she there been one all we their has would when if so no what up out more about who can some time other than them into ' +
  'der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach ' +
  'meeting invoice report server mailbox delivery account password update figures quarter budget project team customer order ' +
  'Rechnung Bericht Postfach Zustellung Konto Kennwort Termin Projekt Kunde Bestellung Anhang Weiterleitung Absender Empfänger ' +
  'please thanks regards attached below tomorrow week month review agreed schedule office support request ticket issue'
).split(' ');

/** Mulberry32: a small seeded generator, enough for test data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function base64Noise(random: () => number, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * 64)];
  return out;
}

function folded(text: string, indent = '\t'): string {
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 70) lines.push(text.slice(i, i + 70));
  return lines.join(`\r\n${indent}`);
}

function sentence(random: () => number): string {
  const length = 6 + Math.floor(random() * 14);
  const words: string[] = [];
  // Squaring the uniform draw favours the first words, as real text favours common ones.
  for (let i = 0; i < length; i++) words.push(WORDS[Math.floor(random() * random() * WORDS.length)]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(random: () => number): string {
  const count = 2 + Math.floor(random() * 5);
  return Array.from({ length: count }, () => sentence(random)).join(' ');
}

function wrap(text: string, width = 76): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length + 1 > width && line !== '') {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\r\n');
}

function header(random: () => number): string[] {
  return [
    'Received: from AM6PR04MB5678.eurprd04.prod.outlook.com (2603:10a6:20b:f0::17)',
    ' by DB9PR04MB1234.eurprd04.prod.outlook.com with HTTPS; Fri, 27 Nov 2026 10:00:04 +0000',
    'Received: from mail-ej1-f41.google.example (mail-ej1-f41.google.example [198.51.100.41])',
    '\tby mx1.example.com (Postfix) with ESMTPS id 4Xq1R03Wtfz7Lm',
    '\tfor <alice.meyer@example.com>; Fri, 27 Nov 2026 10:00:03 +0000 (UTC)',
    'Received: from exch01.corp.example.net (10.20.30.40) by smtp.example.net',
    '\t(10.20.30.41) with Microsoft SMTP Server id 15.2.1544.4; Fri, 27 Nov 2026 10:00:01 +0000',
    `ARC-Seal: i=1; a=rsa-sha256; t=1795773603; cv=none; d=example.net; s=arc;\r\n\tb=${folded(base64Noise(random, 344))}`,
    `ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=arc;\r\n\th=from:to:subject:date:message-id; bh=${base64Noise(random, 43)}=;\r\n\tb=${folded(base64Noise(random, 344))}`,
    'ARC-Authentication-Results: i=1; mx1.example.com; spf=pass smtp.mailfrom=example.net; dkim=pass header.d=example.net; dmarc=pass header.from=example.net',
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.net; s=s2026;\r\n\th=from:to:subject:date:message-id:mime-version:content-type;\r\n\tbh=${base64Noise(random, 43)}=;\r\n\tb=${folded(base64Noise(random, 344))}`,
    'Authentication-Results: mx1.example.com; spf=pass (sender IP is 198.51.100.41) smtp.mailfrom=example.net; dkim=pass header.d=example.net; dmarc=pass action=none header.from=example.net',
    'X-MS-Exchange-CrossTenant-Id: 72f9a8bf-86f1-41af-91ab-2d7cd011db47',
    'X-MS-Exchange-CrossTenant-Network-Message-Id: 0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    `X-Microsoft-Antispam-Message-Info:\r\n\t${folded(base64Noise(random, 1200))}`,
    'X-Forefront-Antispam-Report: CIP:198.51.100.41;CTRY:DE;LANG:de;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail-ej1-f41.google.example;PTR:;CAT:NONE;SFS:(13230040)(1800799024)(366016);DIR:INB;',
    'From: Bernd Schulz <bernd.schulz@example.net>',
    'To: Alice Meyer <alice.meyer@example.com>',
    'Cc: Team Buchhaltung <buchhaltung@example.com>',
    'Subject: Quartalszahlen und Termin',
    'Date: Fri, 27 Nov 2026 10:00:00 +0000',
    'Message-ID: <CAF7x2b9Q8yZq1wEoN3@mail.example.net>',
    'MIME-Version: 1.0',
  ];
}

// Outlook writes HTML mail like this: a style block of Word's defaults,
// every paragraph a MsoNormal <p> with a styled <span>, sent as
// quoted-printable (RFC 2045 §6.7). That is what German offices send.
const OUTLOOK_HEAD = [
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">',
  '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
  '<style><!--',
  '/* Font Definitions */',
  '@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}',
  '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}',
  '/* Style Definitions */',
  'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}',
  'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}',
  'span.E-MailFormatvorlage17 {mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}',
  '.MsoChpDefault {mso-style-type:export-only; font-family:"Calibri",sans-serif; mso-fareast-language:EN-US;}',
  '@page WordSection1 {size:612.0pt 792.0pt; margin:70.85pt 70.85pt 2.0cm 70.85pt;}',
  'div.WordSection1 {page:WordSection1;}',
  '--></style></head>',
  '<body lang="DE" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">',
];

function quotedPrintable(text: string): string {
  const bytes = new TextEncoder().encode(text);
  const lines: string[] = [];
  let line = '';
  for (const byte of bytes) {
    const piece = (byte >= 33 && byte <= 126 && byte !== 61) || byte === 32 ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += piece;
  }
  lines.push(line);
  return lines.join('\r\n');
}

/** About `targetBytes` of message; the body parts share the rest after the header. */
export function buildRealisticMessage(targetBytes: number, seed = 7): Uint8Array {
  const random = generator(seed);
  const head = header(random);
  const htmlOf = (p: string) => `<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">${p}<o:p></o:p></span></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`;
  // Paragraphs are added until the message reaches the size: each goes out
  // twice, as text and as quoted-printable HTML.
  let size = head.join('\r\n').length + quotedPrintable(OUTLOOK_HEAD.join('\n')).length + 400;
  const text: string[] = [];
  while (size < targetBytes) {
    const next = paragraph(random);
    text.push(next);
    size += new TextEncoder().encode(wrap(next)).length + 4 + quotedPrintable(htmlOf(next)).length + 3;
  }
  const plain = text.map((p) => wrap(p)).join('\r\n\r\n');
  const html = [...OUTLOOK_HEAD, ...text.map(htmlOf), '</div></body></html>'].join('\n');
  const message = [
    ...head,
    'Content-Type: multipart/alternative; boundary="b1_alt"',
    '',
    '--b1_alt',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    plain,
    '--b1_alt',
    'Content-Type: text/html; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    quotedPrintable(html),
    '--b1_alt--',
    '',
  ].join('\r\n');
  return new TextEncoder().encode(message);
}

/** The same header with a text part and a base64 attachment of random bytes making up most of the size. */
export function buildMessageWithAttachment(targetBytes: number, seed = 11): Uint8Array {
  const random = generator(seed);
  const head = header(random);
  const text = wrap(Array.from({ length: 8 }, () => paragraph(random)).join(' '));
  const attachment = folded(base64Noise(random, Math.max(0, targetBytes - 8000)), '').replaceAll('\r\n', '\r\n');
  const message = [
    ...head,
    'Content-Type: multipart/mixed; boundary="b1_mix"',
    '',
    '--b1_mix',
    'Content-Type: text/plain; charset=utf-8',
    '',
    text,
    '--b1_mix',
    'Content-Type: application/pdf; name="Quartalszahlen.pdf"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="Quartalszahlen.pdf"',
    '',
    attachment,
    '--b1_mix--',
    '',
  ].join('\r\n');
  return new TextEncoder().encode(message);
}
