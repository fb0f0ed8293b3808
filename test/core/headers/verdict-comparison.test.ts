import { describe, expect, it } from 'vitest';
import type { ArcVerdict, DkimSignature, SpfVerdict } from '../../../src/core/analysis.ts';
import { trustBoundaryFromHops } from '../../../src/core/headers/boundary-from-hops.ts';
import { compareVerdicts, type OurVerdicts } from '../../../src/core/headers/verdict-comparison.ts';
import type { TrustBoundary } from '../../../src/core/headers/verdict-trust.ts';
import type { RawField } from '../../../src/core/message/header-block.ts';
import { readReceivedChain } from '../../../src/core/hops/received-chain.ts';
import { fieldsOf } from './header-fields.ts';

const NOW = '2026-11-27T12:00:00Z';
const word = (en: string) => ({ en, de: en });

function signature(overrides: Partial<DkimSignature>): DkimSignature {
  return {
    index: 0, domain: 'example.com', selector: 's1', algorithm: 'rsa-sha256', canonicalization: { header: 'relaxed', body: 'relaxed' },
    signedHeaders: ['from'], identity: null, bodyLength: null, unsignedBodyBytes: null, signedAt: null, expiresAt: null,
    keyType: 'rsa', keyBits: 2048, keyRecord: 'v=DKIM1; k=rsa; p=MIIB', testing: false,
    bodyHash: { result: 'pass', expected: null, computed: null }, signature: 'pass', result: 'pass', reason: word('ok'),
    aligned: true, engine: { result: 'pass', comment: null }, mapping: null, ...overrides,
  };
}

function spf(overrides: Partial<SpfVerdict>): SpfVerdict {
  return {
    result: 'pass', reason: word('ok'), identity: 'mailfrom', domain: 'example.com', clientIp: '192.0.2.7', helo: 'mail.example.com',
    mailFrom: 'a@example.com', record: 'v=spf1 -all', matched: null, lookups: { count: 0, limit: 10, void: 0, voidLimit: 2 },
    explanation: null, engine: { result: 'pass', comment: null }, ...overrides,
  };
}

const ours = (overrides: Partial<OurVerdicts>): OurVerdicts => ({ now: NOW, spf: null, dkim: [], dmarc: null, arc: null, ...overrides });

// The receiving side: mx.example.net wrote the topmost Received field (index 1); no older Received field below it.
const BOUNDARY: TrustBoundary = { receivingHosts: ['mx.example.net'], boundaryFieldIndex: 1, olderFieldIndex: null };
const RECEIVED = 'Received: from mail.example.com (mail.example.com [192.0.2.7]) by mx.example.net with ESMTPS; Fri, 27 Nov 2026 11:55:00 +0000';
// The sender's own server, one hop earlier: it closes the place where mx.example.net's filters write.
const SENDER_RECEIVED = 'Received: from [198.51.100.77] (laptop.example.com [198.51.100.77]) by mail.example.com (Postfix) with ESMTPSA id 4Q; Fri, 27 Nov 2026 11:54:58 +0000';

/** The boundary the pipeline finds for these fields (the Received chain, then its place among all fields). */
function boundaryOf(fields: readonly RawField[]): TrustBoundary {
  const chain = readReceivedChain(fields, { now: new Date(NOW) });
  return trustBoundaryFromHops(fields, chain.hops, chain.path);
}

function arcVerdict(result: ArcVerdict['result']): ArcVerdict {
  return { result, reason: word(result), instances: 1, chain: [{ instance: 1, domain: 'lists.example.org', selector: 'arc2026', cv: 'none' }], engine: { result, comment: null }, mapping: null };
}

describe('receiver verdicts against ours', () => {
  it('trusts the receiving side above the boundary and finds the body changed after receipt', () => {
    const fields = fieldsOf(`Authentication-Results: mx.example.net; dkim=pass header.d=example.com header.s=s1\n${RECEIVED}`);
    const [row] = compareVerdicts(fields, ours({ dkim: [signature({ result: 'fail', bodyHash: { result: 'fail', expected: 'a', computed: 'b' } })] }), BOUNDARY);
    expect(row).toMatchObject({ trusted: true, trust: { code: 'receiving-side' }, ours: { path: 'dkim[0]', result: 'fail' }, agrees: false });
    expect(row!.differences.map((d) => d.code)).toEqual(['body-changed-after-receipt']);
  });

  it('ignores a field below the boundary as possibly forged, and one with a foreign authserv-id', () => {
    const fields = fieldsOf(`Authentication-Results: other.example; spf=pass smtp.mailfrom=example.com\n${RECEIVED}\nAuthentication-Results: mx.example.net; dkim=pass header.d=example.com`);
    const rows = compareVerdicts(fields, ours({}), BOUNDARY);
    expect(rows.map((r) => [r.trust.code, r.trusted, r.differences.length])).toEqual([
      ['foreign-authserv-id', false, 0],
      ['below-boundary', false, 0],
    ]);
  });

  it('trusts the receiving side\'s milter verdict just below its own Received field, not one below the next older Received field', () => {
    const fields = fieldsOf(
      `${RECEIVED}\nAuthentication-Results: mx.example.net; spf=fail smtp.mailfrom=example.com\n${SENDER_RECEIVED}\nAuthentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com`,
    );
    const boundary = boundaryOf(fields);
    expect(boundary).toEqual({ receivingHosts: ['mx.example.net'], boundaryFieldIndex: 0, olderFieldIndex: 2 });
    const rows = compareVerdicts(fields, ours({ spf: spf({ result: 'fail' }) }), boundary);
    expect(rows.map((r) => [r.field.index, r.trusted, r.trust.code, r.agrees])).toEqual([
      [1, true, 'receiving-side', true],
      [3, false, 'below-boundary', false],
    ]);
    expect(rows[0]!.trust.text.en).toMatch(/milters/);
    expect(rows[0]!.trust.text.de).toMatch(/Milter/);
  });

  it('does not trust a verdict in the receiver\'s name when no older Received field closes its place', () => {
    const rows = compareVerdicts(fieldsOf(`${RECEIVED}\nAuthentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com`), ours({}), { ...BOUNDARY, boundaryFieldIndex: 0 });
    expect(rows[0]).toMatchObject({ trusted: false, trust: { code: 'below-boundary' } });
    expect(rows[0]!.trust.text.en).toMatch(/no older Received field/);
  });

  it('reads policyd-spf\'s receiver=<UNKNOWN> as no writer name and trusts the field by position only', () => {
    const unknown = 'Received-SPF: Pass (mailfrom) identity=mailfrom; client-ip=192.0.2.7; helo=mail.example.com; envelope-from=a@example.com; receiver=<UNKNOWN>';
    const above = compareVerdicts(fieldsOf(`${unknown}\n${RECEIVED}`), ours({ spf: spf({}) }), { ...BOUNDARY, boundaryFieldIndex: 1 });
    expect(above[0]).toMatchObject({ authservId: null, trusted: true, trust: { code: 'receiving-side-by-position' }, agrees: true });
    expect(above[0]!.trust.text.en).toContain('<UNKNOWN>');
    expect(above[0]!.trust.text.de).toContain('policyd-spf');
    const fields = fieldsOf(`${RECEIVED}\n${unknown}\n${SENDER_RECEIVED}`);
    const below = compareVerdicts(fields, ours({ spf: spf({}) }), boundaryOf(fields));
    expect(below[0]).toMatchObject({ trusted: true, trust: { code: 'receiving-side-by-position' } });
    expect(below[0]!.trust.text.en).toMatch(/inferred/);
    const open = compareVerdicts(fieldsOf(`${RECEIVED}\n${unknown}`), ours({ spf: spf({}) }), { ...BOUNDARY, boundaryFieldIndex: 0 });
    expect(open[0]).toMatchObject({ trusted: false, trust: { code: 'below-boundary' } });
  });

  it('shows the ARC-Authentication-Results of a valid chain as the sealer\'s record, not as a disagreement', () => {
    const aar = 'ARC-Authentication-Results: i=1; lists.example.org; dkim=pass header.d=example.com header.s=s1; dmarc=pass header.from=example.com';
    const fields = fieldsOf(`${RECEIVED}\n${aar}\n${SENDER_RECEIVED}`);
    const today = ours({ dkim: [signature({ result: 'fail', bodyHash: { result: 'fail', expected: 'a', computed: 'b' } })], dmarc: { result: 'fail' } as OurVerdicts['dmarc'] });
    const sealed = compareVerdicts(fields, { ...today, arc: arcVerdict('pass') }, boundaryOf(fields));
    expect(sealed.map((r) => [r.method, r.trusted, r.trust.code, r.ours?.result, r.agrees, r.differences.length])).toEqual([
      ['dkim', false, 'arc-sealed', 'fail', null, 0],
      ['dmarc', false, 'arc-sealed', 'fail', null, 0],
    ]);
    expect(sealed[0]!.trust.text.en).toMatch(/^Recorded by lists\.example\.org at ARC instance i=1, covered by a valid ARC chain/);
    expect(sealed[0]!.trust.text.en).toContain('dkim=fail');
    expect(sealed[0]!.trust.text.de).toMatch(/^Festgehalten von lists\.example\.org in ARC-Instanz i=1/);
    const broken = compareVerdicts(fields, { ...today, arc: arcVerdict('fail') }, boundaryOf(fields));
    expect(broken[0]).toMatchObject({ trusted: false, trust: { code: 'arc-unverified' } });
    expect(broken[0]!.trust.text.en).toMatch(/does not validate .*cannot be trusted/);
  });

  it('keeps trusting and comparing the receiving side\'s own AAR when the chain fails', () => {
    const fields = fieldsOf(`ARC-Authentication-Results: i=2; mx.example.net; dkim=pass header.d=example.com header.s=s1\n${RECEIVED}`);
    const [row] = compareVerdicts(fields, ours({ dkim: [signature({})], arc: arcVerdict('fail') }), BOUNDARY);
    expect(row).toMatchObject({ trusted: true, trust: { code: 'receiving-side' }, agrees: true });
  });

  it('trusts nothing without a boundary', () => {
    const rows = compareVerdicts(fieldsOf(`Authentication-Results: mx.example.net; spf=pass smtp.mailfrom=example.com\n${RECEIVED}`), ours({}), null);
    expect(rows[0]).toMatchObject({ trusted: false, trust: { code: 'no-boundary' } });
  });

  it('trusts Microsoft\'s field without authserv-id by position and names its non-standard word', () => {
    const fields = fieldsOf(`Authentication-Results: spf=pass (sender IP is 192.0.2.7) smtp.mailfrom=example.com; dmarc=bestguesspass action=none header.from=example.com\n${RECEIVED}`);
    const rows = compareVerdicts(fields, ours({ spf: spf({}), dmarc: { result: 'none' } as OurVerdicts['dmarc'] }), BOUNDARY);
    expect(rows[0]).toMatchObject({ trust: { code: 'receiving-side-by-position' }, agrees: true, differences: [] });
    expect(rows[1]).toMatchObject({ written: 'bestguesspass', result: 'none', agrees: true });
    expect(rows[1]!.differences.map((d) => d.code)).toEqual(['nonstandard-wording']);
  });

  it('names a removed key, a revoked key, and a replaced key or changed header', () => {
    const fields = fieldsOf(`Authentication-Results: mx.example.net; dkim=pass header.d=example.com\n${RECEIVED}`);
    const code = (s: DkimSignature) => compareVerdicts(fields, ours({ dkim: [s] }), BOUNDARY)[0]!.differences.map((d) => d.code);
    expect(code(signature({ result: 'permerror', keyRecord: null, signature: 'not-checked' }))).toEqual(['key-removed-since-delivery']);
    expect(code(signature({ result: 'permerror', keyRecord: 'v=DKIM1; p=', signature: 'not-checked' }))).toEqual(['key-revoked-since-delivery']);
    expect(code(signature({ result: 'fail', signature: 'fail' }))).toEqual(['header-changed-or-key-replaced']);
  });

  it('tells SPF at another hop, through a forwarder, and a changed record apart', () => {
    const at = (value: string, mine: SpfVerdict) => compareVerdicts(fieldsOf(`Received-SPF: ${value}\n${RECEIVED}`), ours({ spf: mine }), BOUNDARY)[0]!.differences.map((d) => d.code);
    expect(at('pass (mx.example.net: domain of a@example.com designates 198.51.100.9 as permitted sender) client-ip=198.51.100.9; envelope-from=a@example.com', spf({ result: 'fail' }))).toEqual(['spf-other-hop']);
    expect(at('pass client-ip=192.0.2.7; envelope-from=SRS0=x=y=example.com=a@fwd.example.org', spf({ result: 'fail' }))).toEqual(['spf-through-forwarder']);
    expect(at('pass client-ip=192.0.2.7; envelope-from=a@example.com', spf({ result: 'fail' }))).toEqual(['dns-changed-since']);
  });

  it('explains a DMARC record added since delivery', () => {
    const fields = fieldsOf(`Authentication-Results: mx.example.net; dmarc=none header.from=example.com\n${RECEIVED}`);
    const dmarc = { result: 'fail', record: 'v=DMARC1; p=reject', recordDomain: 'example.com' } as OurVerdicts['dmarc'];
    expect(compareVerdicts(fields, ours({ dmarc }), BOUNDARY)[0]!.differences.map((d) => d.code)).toEqual(['dns-changed-since']);
  });

  it('does not compare a receiver\'s HELO check with our MAIL FROM check', () => {
    const fields = fieldsOf(`Received-SPF: None (mx.example.net: domain of mail.example.com does not designate 192.0.2.7 as permitted sender) receiver=mx.example.net; identity=helo; client-ip=192.0.2.7 helo=mail.example.com\n${RECEIVED}`);
    const [row] = compareVerdicts(fields, ours({ spf: spf({}) }), BOUNDARY);
    expect(row).toMatchObject({ ours: null, agrees: null });
    expect(row!.differences.map((d) => d.code)).toEqual(['not-rechecked']);
  });
});
