// authenticate(): which SPF identity was checked, and what of it DMARC may
// use. "" is the null reverse-path, whose HELO identity DMARC uses (RFC 7489
// §3.1.2); null is a MAIL FROM nobody recorded, where a HELO pass says
// nothing about the domain DMARC aligns.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { authenticate } from '../../../src/core/auth/authenticate.ts';
import { inferEnvelope } from '../../../src/core/hops/infer-envelope.ts';
import { prepareMessage } from '../../../src/core/message/prepare-message.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';

const NOW = new Date('2026-11-27T12:00:00Z');
const ZONE = {
  records: {
    'mail.example.com': { TXT: ['v=spf1 ip4:192.0.2.7 -all'], A: ['192.0.2.7'] },
    'example.com': { TXT: ['v=spf1 -all'] },
    '_dmarc.example.com': { TXT: ['v=DMARC1; p=reject'] },
  },
};
const RECEIVED = 'Received: from mail.example.com (mail.example.com [192.0.2.7]) by mx.example.net (Postfix) with ESMTPS id 4X; Fri, 27 Nov 2026 11:55:00 +0000';
const BODY = 'From: Alice <alice@example.com>\r\nTo: bob@example.net\r\nSubject: Figures\r\nDate: Fri, 27 Nov 2026 11:54:30 +0000\r\n\r\nHi Bob\r\n';

async function run(returnPath: string | null) {
  const prepared = prepareMessage(new TextEncoder().encode(`${returnPath === null ? '' : `Return-Path: ${returnPath}\r\n`}${RECEIVED}\r\n${BODY}`));
  return authenticate(prepared.authBytes!, {
    fields: prepared.fields,
    envelope: inferEnvelope(prepared.fields),
    resolver: createLookupSession(createZoneSource(ZONE)).resolver,
    now: NOW,
    headersOnly: false,
  });
}

describe('authenticate: the SPF identity and DMARC', () => {
  it('checks only the HELO identity when the MAIL FROM is unknown, says so, and keeps that pass out of DMARC', async () => {
    const auth = await run(null);
    expect(auth.spf).toMatchObject({ result: 'pass', identity: 'helo', domain: 'mail.example.com', mailFrom: null });
    expect(auth.spf!.reason.en).toMatch(/Only the HELO identity was checked \(RFC 7208 §2\.3\): the MAIL FROM is unknown/);
    expect(auth.spf!.reason.de).toMatch(/nur die HELO-Identität/);
    expect(auth.dmarc).toMatchObject({ result: 'fail', alignment: { spf: { aligned: false, domain: null } } });
    expect(auth.dmarc!.rules.at(-1)!.en).toMatch(/not used for DMARC \(RFC 7489 §3\.1\.2/);
  });

  it('uses the HELO identity for DMARC with the null reverse-path', async () => {
    const auth = await run('<>');
    expect(auth.spf).toMatchObject({ result: 'pass', identity: 'helo', mailFrom: '' });
    expect(auth.spf!.reason.en).not.toMatch(/MAIL FROM is unknown/);
    expect(auth.dmarc).toMatchObject({ result: 'pass', alignment: { spf: { aligned: true } } });
  });

  it('checks the MAIL FROM identity when it is known', async () => {
    const auth = await run('<alice@example.com>');
    expect(auth.spf).toMatchObject({ result: 'fail', identity: 'mailfrom', domain: 'example.com' });
    expect(auth.dmarc?.result).toBe('fail');
  });
});

describe('authenticate: ARC when its keys cannot be fetched', () => {
  it('still says fail (RFC 8617 knows no temporary result) but gives the unreachable key as the reason, not an invalid chain', async () => {
    const folder = new URL('../../cases/arc-one-instance-pass/', import.meta.url);
    const message = new Uint8Array(readFileSync(new URL('message.eml', folder)));
    const zone = JSON.parse(readFileSync(new URL('zone.json', folder), 'utf8')) as { records: Record<string, unknown> };
    zone.records['arc2026._domainkey.lists.example.org'] = { error: 'TIMEOUT' };
    const prepared = prepareMessage(message);
    const auth = await authenticate(prepared.authBytes!, {
      fields: prepared.fields,
      envelope: inferEnvelope(prepared.fields),
      resolver: createLookupSession(createZoneSource(zone as Parameters<typeof createZoneSource>[0])).resolver,
      now: NOW,
      headersOnly: false,
    });
    expect(auth.arc!.result).toBe('fail');
    expect(auth.arc!.reason.en).toMatch(/^the ARC chain could not be validated: the key arc2026\._domainkey\.lists\.example\.org could not be fetched/);
    expect(auth.arc!.reason.de).toMatch(/^die ARC-Kette konnte nicht geprüft werden/);
  });
});
