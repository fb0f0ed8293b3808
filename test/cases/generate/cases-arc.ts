// ARC cases (RFC 8617). The author's message is DKIM-signed by example.com,
// then passes a mailing list (lists.example.org, ARC instance 1) and a
// forwarder (fwd.example.net, instance 2). The sealing itself is done with
// mailauth's sealMessage; oracle-check.py verifies the chains with dkimpy.

import type { CaseDef } from './case-types.ts';
import { dkimKey, note, sign } from './fixtures.ts';
import { arcSeal, type ArcStep } from './samples-parts.ts';
import { appendToBody, prependHeaders } from './message.ts';

const LIST_RECEIVED =
  'from mail.example.com (mail.example.com [192.0.2.25])\n\tby lists.example.org (Postfix) with ESMTPS id 4Xq1Rz2Lm0z1xy4\n\tfor <team@lists.example.org>; Fri, 27 Nov 2026 11:55:40 +0000 (UTC)';
const FWD_RECEIVED =
  'from lists.example.org (lists.example.org [198.51.100.40])\n\tby fwd.example.net (Postfix) with ESMTPS id 4Xq1S03kV7z9ab2\n\tfor <bob@fwd.example.net>; Fri, 27 Nov 2026 11:56:10 +0000 (UTC)';

const LIST_RESULTS =
  'lists.example.org; dkim=pass header.d=example.com header.s=s2048; spf=pass smtp.mailfrom=alice@example.com; dmarc=pass header.from=example.com';

interface SealStep extends ArcStep {
  /** The Received field the sealing hop adds first. */
  received: string;
}

const LIST_SEAL: SealStep = {
  domain: 'lists.example.org',
  selector: 'arc2026',
  key: 'arc-list',
  time: '2026-11-27T11:55:42Z',
  cv: 'none',
  authResults: LIST_RESULTS,
  received: LIST_RECEIVED,
};

function fwdSeal(cv: 'pass' | 'fail', arcWord: string, dkimWord: string): SealStep {
  return {
    domain: 'fwd.example.net',
    selector: 'arc2026',
    key: 'arc-fwd',
    time: '2026-11-27T11:56:12Z',
    cv,
    authResults: `fwd.example.net; arc=${arcWord} smtp.remote-ip=198.51.100.40; dkim=${dkimWord} header.d=example.com header.s=s2048; spf=none smtp.mailfrom=lists.example.org`,
    received: FWD_RECEIVED,
  };
}

/** The hop adds its Received field, then seals (RFC 8617 §5.1). */
function seal(message: string, step: SealStep): Promise<string> {
  return arcSeal(prependHeaders(message, [['Received', step.received]]), step);
}

const original = (name: string) => sign(note(name, { to: 'Team <team@lists.example.org>' }), { key: 'rsa2048', domain: 'example.com', selector: 's2048' });

const FOOTER = '--\nteam mailing list\nhttps://lists.example.org/team\n';

const ZONE = {
  ...dkimKey('s2048', 'example.com', 'rsa2048'),
  ...dkimKey('arc2026', 'lists.example.org', 'arc-list'),
  ...dkimKey('arc2026', 'fwd.example.net', 'arc-fwd'),
};

export const ARC_CASES: CaseDef[] = [
  {
    name: 'arc-one-instance-pass',
    title: 'ARC: one complete, valid ARC set (mailing list)',
    why: 'One ARC set, i=1 with cv=none (RFC 8617 §4.1.3, §5.1). Validation (§5.2): the instances are complete and sequential, the newest ARC-Message-Signature verifies, and the ARC-Seal verifies: arc=pass. The author signature is untouched: dkim pass.',
    message: async () => seal(original('arc-one-instance-pass'), LIST_SEAL),
    zone: ZONE,
    expect: { arc: 'pass', dkim: [{ domain: 'example.com', selector: 's2048', result: 'pass' }] },
  },
  {
    name: 'arc-two-instances-pass',
    title: 'ARC: two valid ARC sets (mailing list, then a forwarder)',
    why: 'i=1 sealed with cv=none by the list, i=2 sealed with cv=pass by the forwarder after it validated the chain (RFC 8617 §5.1). Every ARC-Seal verifies over the sets up to its own, the newest AMS verifies, the newest cv is pass (§5.2): arc=pass.',
    message: async () => seal(await seal(original('arc-two-instances-pass'), LIST_SEAL), fwdSeal('pass', 'pass', 'pass')),
    zone: ZONE,
    expect: { arc: 'pass', dkim: [{ domain: 'example.com', selector: 's2048', result: 'pass' }] },
  },
  {
    name: 'arc-ams-broken',
    title: 'ARC: body changed after the list sealed it (the newest AMS breaks)',
    why: 'A footer was appended after instance 1 was sealed. RFC 8617 §5.2: the ARC-Message-Signature of the highest instance must verify; its body hash no longer matches, so the chain fails: arc=fail. The author DKIM signature (no l=) fails for the same reason.',
    message: async () => appendToBody(await seal(original('arc-ams-broken'), LIST_SEAL), FOOTER),
    zone: ZONE,
    expect: { arc: 'fail', dkim: [{ domain: 'example.com', selector: 's2048', result: 'fail' }] },
  },
  {
    name: 'arc-seal-cv-fail',
    title: 'ARC: the newest ARC-Seal carries cv=fail',
    why: 'The body was changed after the list sealed i=1; the forwarder validated the chain, found it broken and sealed i=2 with cv=fail, as RFC 8617 §5.1.2 describes. RFC 8617 §5.2: when the ARC-Seal of the highest instance says cv=fail, the chain validation status is fail without further checks: arc=fail.',
    message: async () =>
      seal(appendToBody(await seal(original('arc-seal-cv-fail'), LIST_SEAL), FOOTER), fwdSeal('fail', 'fail', 'fail')),
    zone: ZONE,
    expect: { arc: 'fail', dkim: [{ domain: 'example.com', selector: 's2048', result: 'fail' }] },
  },
  {
    name: 'arc-none',
    title: 'ARC: message without ARC header fields',
    why: 'No ARC sets at all: the chain validation status is none (RFC 8617 §5.2). The author signature verifies: dkim pass.',
    message: () => original('arc-none'),
    zone: ZONE,
    expect: { arc: 'none', dkim: [{ domain: 'example.com', selector: 's2048', result: 'pass' }] },
  },
];
