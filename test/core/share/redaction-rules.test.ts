// Each redaction rule on a message built to hold its cases: vendor ids and
// what must stay beside them, encoded display names, internal hops, encoded
// body parts and attachments.

import { describe, expect, it } from 'vitest';
import { createShare } from '../../../src/core/share/create-share.ts';
import { messageBytes } from '../../../src/core/share/share-state.ts';
import type { RedactionSwitch } from '../../../src/core/share/redaction-switches.ts';
import { parseRedactionList } from '../../../src/core/share/redaction-switches.ts';
import { analyseWithZone } from './share-support.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';

const BLOB = 'uQ3m9Zb8K1xR7pWc2Lk5Nv0TgH4yJd6Fe8AqS1oXr3Bz';

const MESSAGE = [
  'Received: from exch01.corp.example.net (10.1.2.3) by EXCH02.corp.example.net',
  ' (10.1.2.4) with Microsoft SMTP Server id 15.2.1544.4; Fri, 27 Nov 2026 10:00:02 +0000',
  'Received: from laptop.fritz.box (p5dc1a2b3.dip0.t-ipconnect.de [198.51.100.23]) by smtp.example.net',
  ' with ESMTPSA id 4Xq1; Fri, 27 Nov 2026 10:00:01 +0000',
  'Received: from mail.example.org (mail.example.org [203.0.113.9])',
  ' by mx.example.net (Postfix) with ESMTPS id 4Xq2; Fri, 27 Nov 2026 10:00:00 +0000',
  'X-MS-Exchange-CrossTenant-Id: 72f988bf-86f1-41af-91ab-2d7cd011db47',
  'X-MS-Exchange-CrossTenant-OriginalAttributedTenantConnectingIp: TenantId=72f988bf-86f1-41af-91ab-2d7cd011db47;Ip=[203.0.113.9]',
  'X-Microsoft-Antispam: BCL:0;ARA:13230040|1800799024|366016;',
  `X-Microsoft-Antispam-Message-Info: ${BLOB}==`,
  'X-Forefront-Antispam-Report: CIP:203.0.113.9;CTRY:DE;LANG:de;SCL:1;SRV:;IPV:NLI;SFV:NSPM;H:mail.example.org;PTR:;CAT:NONE;SFS:(13230040)(1800799024);DIR:INB;',
  'Feedback-ID: 31415:campaign7:newsletter:acct92653',
  'X-Provags-ID: V03:K1:Gb4FaQ7r2Xp9LmZ8c3Vt6Ny1Hs5Kd0Bw',
  'X-Google-DKIM-Signature: v=1; a=rsa-sha256; d=1e100.net; s=20230601; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=abc',
  'From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@example.org>',
  'To: "Meyer, Alice" <alice@example.net>, bob@example.net (Bob Stone)',
  'Subject: Angebot',
  'Date: Fri, 27 Nov 2026 09:59:00 +0000',
  'Message-ID: <a1b2c3@mail.example.org>',
  'In-Reply-To: <z9y8x7@mail.example.net>',
  'References: <z9y8x7@mail.example.net>',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="b1"',
  '',
  '--b1',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Hallo Alice, hallo Meyer, Alice,',
  'J=C3=BCrgen M=C3=BCller schreibt von j.mueller@exam=',
  'ple.org (Rechner 10.1.2.3) zu <z9y8x7@mail.example.net>.',
  '--b1',
  'Content-Type: text/plain; charset=iso-8859-1',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('Gruß von Jürgen Müller, alice@example.net\r\n', 'latin1').toString('base64'),
  '--b1',
  'Content-Type: application/pdf; name="angebot.pdf"',
  'Content-Transfer-Encoding: base64',
  '',
  Buffer.from('%PDF-1.4 alice@example.net 10.1.2.3').toString('base64'),
  '--b1--',
  '',
].join('\r\n');

async function redacted(switches: RedactionSwitch[]) {
  const bytes = new TextEncoder().encode(MESSAGE);
  const { analysis, snapshot } = await analyseWithZone(bytes, { records: {} }, '2026-11-27T12:00:00Z');
  const share = createShare({ message: bytes, now: analysis.now, snapshot, analysis, redact: switches });
  return { ...share, text: Buffer.from(messageBytes(share.state.message)).toString('utf8') };
}

function field(text: string, name: string): string {
  const match = new RegExp(`^${name}:(.*(?:\\r\\n[ \\t].*)*)`, 'mi').exec(text);
  return match ? match[1]!.trim() : '';
}

/** A part's body as sent: quoted-printable left as it is, base64 decoded. */
function partBody(text: string, index: number): Buffer {
  const part = text.split('--b1')[index + 1]!;
  const split = part.indexOf('\r\n\r\n');
  const body = part.slice(split + 4).replace(/\r\n$/, '');
  return part.slice(0, split).includes('quoted-printable') ? Buffer.from(body, 'latin1') : Buffer.from(body, 'base64');
}

describe('tenant and account ids', () => {
  it('replaces GUIDs and opaque ids in vendor fields, the same GUID by the same token, and keeps rule numbers', async () => {
    const { text } = await redacted(['tenant-ids']);
    expect(field(text, 'X-MS-Exchange-CrossTenant-Id')).toBe('00000000-0000-4000-8000-000000000001');
    expect(field(text, 'X-MS-Exchange-CrossTenant-OriginalAttributedTenantConnectingIp')).toBe('TenantId=00000000-0000-4000-8000-000000000001;Ip=[203.0.113.9]');
    expect(field(text, 'X-Microsoft-Antispam')).toBe('BCL:0;ARA:13230040|1800799024|366016;');
    expect(field(text, 'X-Microsoft-Antispam-Message-Info')).toBe('redacted-id-1==');
    expect(field(text, 'X-Forefront-Antispam-Report')).toContain('SFS:(13230040)(1800799024)');
    expect(field(text, 'Feedback-ID')).toBe('redacted-id-2:redacted-id-3:newsletter:redacted-id-4');
    expect(field(text, 'X-Provags-ID')).toBe('V03:K1:redacted-id-5');
    // A signature's body hash is no id.
    expect(field(text, 'X-Google-DKIM-Signature')).toContain('bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(text).not.toContain(BLOB);
  });
});

describe('display names', () => {
  it('replaces names as written (encoded words, quoted) and decoded, in the header and in decoded body parts of any charset', async () => {
    const { text } = await redacted(['display-names']);
    expect(field(text, 'From')).toBe('Person 1 <j.mueller@example.org>');
    expect(field(text, 'To')).toBe('Person 2 <alice@example.net>, bob@example.net (Person 3)');
    const qp = partBody(text, 0).toString('latin1');
    expect(qp).toContain('Hallo Alice, hallo Person 2,');
    expect(qp.replace(/=\r\n/g, '')).toContain('Person 1 schreibt');
    expect(partBody(text, 1).toString('latin1')).toBe('Gruß von Person 1, alice@example.net\r\n');
  });
});

describe('internal hops', () => {
  it('renames hosts of hops between private addresses and private-suffix names, not public relays', async () => {
    const { text, replacements } = await redacted(['internal-hosts']);
    expect(replacements.filter((e) => e.kind === 'host').map((e) => e.original)).toEqual(['exch01.corp.example.net', 'EXCH02.corp.example.net', 'laptop.fritz.box']);
    expect(text).toContain('Received: from host-1.redacted.invalid (10.1.2.3) by host-2.redacted.invalid\r\n (10.1.2.4)');
    expect(text).toContain('Received: from host-3.redacted.invalid (p5dc1a2b3.dip0.t-ipconnect.de [198.51.100.23]) by smtp.example.net');
    expect(text).toContain('from mail.example.org (mail.example.org [203.0.113.9])');
  });
});

describe('addresses, IPs and Message-IDs inside encoded parts', () => {
  it('decodes quoted-printable and base64 text, redacts it, and encodes it the same way; attachments are left out and noted', async () => {
    const { text, state } = await redacted(['local-parts', 'ip-addresses', 'message-ids']);
    const qp = partBody(text, 0).toString('latin1').replace(/=\r\n/g, '');
    expect(qp).toContain('schreibt von user1@example.org (Rechner 10.0.0.1) zu <id-2@redacted.invalid>.');
    expect(text).toMatch(/Content-Transfer-Encoding: quoted-printable\r\n\r\nHallo/);
    expect(partBody(text, 1).toString('latin1')).toBe('Gruß von Jürgen Müller, user2@example.net\r\n');
    expect(partBody(text, 2).length).toBe(0);
    expect(text).toContain('Content-Type: application/pdf; name="angebot.pdf"');
    expect(state.redaction?.notes.map((note) => note.en).join(' ')).toContain('1 encoded part');
    expect(field(text, 'Message-ID')).toBe('<id-1@redacted.invalid>');
    expect(field(text, 'References')).toBe('<id-2@redacted.invalid>');
    expect(field(text, 'X-MS-Exchange-CrossTenant-OriginalAttributedTenantConnectingIp')).toContain('Ip=[192.0.2.2]');
  });
});

describe('the switch list', () => {
  it('reads comma-separated names in any order, "all", and says which it does not know', () => {
    expect(parseRedactionList('ip-addresses, body ,BODY')).toEqual({ switches: ['body', 'ip-addresses'], unknown: [] });
    expect(parseRedactionList('all').switches).toHaveLength(8);
    expect(parseRedactionList('ips,body').unknown).toEqual(['ips']);
  });
});

describe('a Message-ID built into other ids', () => {
  it('redacts the unique part of the phishing sample\'s Message-ID in its MIME boundary too, and the parts still split', async () => {
    const fixture = readCase(`${OWN_CASES}sample-phishing`);
    const { analysis, snapshot } = await analyseWithZone(fixture.message, fixture.zone, fixture.now);
    const unique = 'Xk3mP9qR2sT5vW8yZ1bC4dF7gH0jL6nQ';
    expect(Buffer.from(fixture.message).toString('latin1')).toContain(`boundary="b1=_${unique}"`);
    const share = createShare({ message: fixture.message, now: analysis.now, snapshot, analysis, redact: ['message-ids'] });
    const text = Buffer.from(messageBytes(share.state.message)).toString('latin1');
    expect(text.toLowerCase()).not.toContain(unique.toLowerCase());
    const boundary = /boundary="([^"]+)"/.exec(text)![1]!;
    expect(boundary).toMatch(/^b1=_id-\d+$/);
    // The boundary changed the same way wherever it stands: the redacted copy still has its parts.
    expect(text.split(`--${boundary}`).length).toBe(Buffer.from(fixture.message).toString('latin1').split(`--b1=_${unique}`).length);
  });

  it('leaves a short or all-letter Message-ID part alone where it stands elsewhere', async () => {
    const message = new TextEncoder().encode('From: a@example.com\r\nMessage-ID: <meeting@example.com>\r\nSubject: the meeting\r\n\r\nSee you at the meeting.\r\n');
    const { analysis, snapshot } = await analyseWithZone(message, { records: {} }, '2026-11-27T12:00:00Z');
    const share = createShare({ message, now: analysis.now, snapshot, analysis, redact: ['message-ids'] });
    const text = Buffer.from(messageBytes(share.state.message)).toString('utf8');
    expect(text).toContain('See you at the meeting.');
    expect(text).not.toContain('meeting@example.com');
  });
});
