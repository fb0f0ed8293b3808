// The benchmark's message: about 10 MB, most of it a base64 attachment,
// signed with RSA-2048 and Ed25519 (RFC 8463) by the fixture signer, with
// the zone that publishes both keys.

import { randomBytes } from 'node:crypto';
import { keyRecord, loadKey } from '../cases/generate/keys.ts';
import { signDkim } from '../cases/generate/dkim-sign.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';

export interface BenchMessage {
  bytes: Uint8Array;
  zone: ZoneFile;
  now: string;
  envelope: { ip: string; helo: string; mailFrom: string };
}

const SIGNED_AT = '2026-11-27T10:00:00Z';

function base64Lines(bytes: Uint8Array): string {
  const text = Buffer.from(bytes).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 76) lines.push(text.slice(i, i + 76));
  return lines.join('\r\n');
}

export function buildLargeMessage(targetBytes = 10_000_000): BenchMessage {
  // Random bytes: a compressed attachment, so nothing in the hash path can shortcut it.
  const attachment = base64Lines(randomBytes(Math.floor((targetBytes * 3) / 4)));
  const message = [
    'From: Alice <alice@bench.example>',
    'To: Bob <bob@example.net>',
    'Subject: The quarterly figures',
    'Date: Fri, 27 Nov 2026 10:00:00 +0000',
    'Message-ID: <bench-10mb@bench.example>',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'The figures are attached.',
    '--b1',
    'Content-Type: application/octet-stream; name="figures.bin"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="figures.bin"',
    '',
    attachment,
    '--b1--',
    '',
  ].join('\r\n');
  const rsa = loadKey('rsa2048');
  const ed = loadKey('ed25519');
  const once = signDkim(message, { key: rsa, domain: 'bench.example', selector: 'rsa', time: SIGNED_AT });
  const twice = signDkim(once, { key: ed, domain: 'bench.example', selector: 'ed', time: SIGNED_AT });
  return {
    bytes: new TextEncoder().encode(twice),
    now: '2026-11-27T12:00:00Z',
    envelope: { ip: '192.0.2.25', helo: 'mail.bench.example', mailFrom: 'alice@bench.example' },
    zone: {
      records: {
        'rsa._domainkey.bench.example': { TXT: [keyRecord(rsa)] },
        'ed._domainkey.bench.example': { TXT: [keyRecord(ed)] },
        'bench.example': { TXT: ['v=spf1 ip4:192.0.2.0/24 -all'] },
        '_dmarc.bench.example': { TXT: ['v=DMARC1; p=reject'] },
      },
    },
  };
}
