// DKIM cases (RFC 6376, RFC 8301, RFC 8463). Signing domain example.com
// unless a case says otherwise; no envelope, since they assert DKIM only.

import type { CaseDef } from './case-types.ts';
import { dkimKey, note, sign } from './fixtures.ts';
import { keyRecord, loadKey } from './keys.ts';
import { appendToBody, editBody, headerOnly, replaceHeader, toLf } from './message.ts';

const d = 'example.com';

export const DKIM_CASES: CaseDef[] = [
  {
    name: 'dkim-rsa1024-relaxed-relaxed',
    title: 'DKIM: RSA 1024-bit key, relaxed/relaxed, intact message',
    why: 'A 1024-bit RSA key is the smallest size verifiers must accept (RFC 8301 §3.2); the signature and body hash verify under relaxed/relaxed canonicalization (RFC 6376 §3.4.2, §3.4.4), so the result is pass (RFC 8601 §2.7.1).',
    message: () => sign(note('dkim-rsa1024-relaxed-relaxed'), { key: 'rsa1024', domain: d, selector: 's1024' }),
    zone: dkimKey('s1024', d, 'rsa1024'),
    expect: { dkim: [{ domain: d, selector: 's1024', result: 'pass' }] },
  },
  {
    name: 'dkim-rsa2048-simple-simple',
    title: 'DKIM: RSA 2048-bit key, simple/simple, intact message',
    why: 'Nothing changed after signing, so even the byte-exact simple canonicalization (RFC 6376 §3.4.1, §3.4.3) verifies: pass. The key record is split into two character-strings because it is longer than 255 octets (RFC 6376 §3.6.2.2).',
    message: () => sign(note('dkim-rsa2048-simple-simple'), { key: 'rsa2048', domain: d, selector: 's2048', canon: ['simple', 'simple'] }),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'pass' }] },
  },
  {
    name: 'dkim-rsa4096-relaxed-simple',
    title: 'DKIM: RSA 4096-bit key, relaxed header / simple body canonicalization',
    why: 'RFC 8301 §3.2: verifiers MUST be able to validate keys of 1024 to 4096 bits. Mixed canonicalization c=relaxed/simple (RFC 6376 §3.4) over an unchanged message verifies: pass.',
    message: () => sign(note('dkim-rsa4096-relaxed-simple'), { key: 'rsa4096', domain: d, selector: 's4096', canon: ['relaxed', 'simple'] }),
    zone: dkimKey('s4096', d, 'rsa4096'),
    expect: { dkim: [{ domain: d, selector: 's4096', result: 'pass' }] },
  },
  {
    name: 'dkim-ed25519',
    title: 'DKIM: Ed25519 signature with the bare 32-byte key in p=',
    why: 'RFC 8463: a=ed25519-sha256 signs the SHA-256 hash of the canonicalized data with PureEdDSA (§3), and the key record holds the raw 32-byte public key in base64, k=ed25519 (§4.2). The signature verifies: pass.',
    message: () => sign(note('dkim-ed25519'), { key: 'ed25519', domain: d, selector: 'ed2026' }),
    zone: dkimKey('ed2026', d, 'ed25519'),
    expect: { dkim: [{ domain: d, selector: 'ed2026', result: 'pass' }] },
  },
  {
    name: 'dkim-length-tag-footer-appended',
    title: 'DKIM: l= body length limit, a list footer appended after signing',
    why: 'With l= the body hash covers only the first l octets of the canonicalized body (RFC 6376 §3.5, §3.7); the footer a mailing list appended lies beyond it, so the signature still verifies: pass. RFC 6376 §8.2 warns that the unsigned tail can be anything, which an analyzer may point out, but the result word is pass.',
    message: () =>
      appendToBody(
        sign(note('dkim-length-tag-footer-appended'), { key: 'rsa2048', domain: d, selector: 's2048', bodyLength: true }),
        '--\nYou are subscribed to team@lists.example.org.\nUnsubscribe: https://lists.example.org/u/team\n',
      ),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'pass' }] },
  },
  {
    name: 'dkim-body-altered',
    title: 'DKIM: one word of the body changed after signing',
    why: 'The computed body hash no longer equals bh= (RFC 6376 §6.1.3), so the signature fails: fail (RFC 8601 §2.7.1: the signature did not verify). Some verifiers call a body-hash mismatch neutral; the RFC 8601 word for a signature that does not verify is fail.',
    message: () =>
      editBody(sign(note('dkim-body-altered'), { key: 'rsa2048', domain: d, selector: 's2048' }), 'wiki page', 'shared drive'),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'fail' }] },
  },
  {
    name: 'dkim-header-altered',
    title: 'DKIM: signed Subject field changed after signing',
    why: 'Subject is listed in h=, so the header hash changes and the RSA signature does not verify (RFC 6376 §6.1.3): fail. The body hash still matches.',
    message: () =>
      replaceHeader(sign(note('dkim-header-altered'), { key: 'rsa2048', domain: d, selector: 's2048' }), 'Subject', 'Urgent: updated bank details'),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'fail' }] },
  },
  {
    name: 'dkim-expired-x-tag',
    title: 'DKIM: signature expired (x= lies before the analysis time)',
    why: 'RFC 6376 §3.5 x=: signatures MAY be considered invalid if the verification time is after the expiration date. Signed 2026-11-20, x= 2026-11-21, analysed 2026-11-27. RFC 6376 §6.1.1 lets a verifier return PERMFAIL (signature expired) for it. Mail Lab\'s word for a signature that is no longer valid is fail (RFC 8601 §2.7.1), although the cryptography itself is intact.',
    message: () =>
      sign(note('dkim-expired-x-tag'), {
        key: 'rsa2048',
        domain: d,
        selector: 's2048',
        time: '2026-11-20T09:00:00Z',
        expires: '2026-11-21T09:00:00Z',
      }),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'fail' }] },
    extra: { signedAt: '2026-11-20T09:00:00Z', expiresAt: '2026-11-21T09:00:00Z' },
  },
  {
    name: 'dkim-revoked-key',
    title: 'DKIM: key revoked (empty p= in the key record)',
    why: 'RFC 6376 §3.6.1: an empty p= means the key has been revoked; §6.1.2 makes that PERMFAIL (key revoked). The RFC 8601 word for a permanent key error is permerror.',
    message: () => sign(note('dkim-revoked-key'), { key: 'rsa2048', domain: d, selector: 'old2024' }),
    zone: { [`old2024._domainkey.${d}`]: { TXT: ['v=DKIM1; k=rsa; p='] } },
    expect: { dkim: [{ domain: d, selector: 'old2024', result: 'permerror' }] },
  },
  {
    name: 'dkim-key-nxdomain',
    title: 'DKIM: no key record at the selector (NXDOMAIN)',
    why: 'RFC 6376 §6.1.2: if the key record does not exist (NXDOMAIN), the verifier MUST return PERMFAIL (no key for signature). RFC 8601 word: permerror.',
    message: () => sign(note('dkim-key-nxdomain'), { key: 'rsa2048', domain: d, selector: 'missing' }),
    zone: { [d]: { A: ['192.0.2.80'] } },
    expect: { dkim: [{ domain: d, selector: 'missing', result: 'permerror' }] },
  },
  {
    name: 'dkim-key-servfail',
    title: 'DKIM: key lookup answers SERVFAIL',
    why: 'RFC 6376 §6.1.2: if the key query fails to respond, the verifier returns TEMPFAIL (key unavailable). RFC 8601 word: temperror.',
    message: () => sign(note('dkim-key-servfail'), { key: 'rsa2048', domain: d, selector: 'broken' }),
    zone: { [`broken._domainkey.${d}`]: { error: 'SERVFAIL' } },
    expect: { dkim: [{ domain: d, selector: 'broken', result: 'temperror' }] },
  },
  {
    name: 'dkim-key-timeout',
    title: 'DKIM: key lookup times out',
    why: 'No DNS answer at all is a temporary failure (RFC 6376 §6.1.2, TEMPFAIL key unavailable): temperror.',
    message: () => sign(note('dkim-key-timeout'), { key: 'rsa2048', domain: d, selector: 'slow' }),
    zone: { [`slow._domainkey.${d}`]: { error: 'TIMEOUT' } },
    expect: { dkim: [{ domain: d, selector: 'slow', result: 'temperror' }] },
  },
  {
    name: 'dkim-key-behind-cname',
    title: 'DKIM: selector name is a CNAME to the key at an ESP',
    why: 'DNS resolution follows the CNAME (RFC 1034 §3.6.2), so the TXT key record at the ESP is the key for s=esp1 d=example.com (the key is looked up by ordinary DNS resolution, RFC 6376 §3.6.2.1). The signature verifies: pass.',
    message: () => sign(note('dkim-key-behind-cname'), { key: 'rsa1024', domain: d, selector: 'esp1' }),
    zone: {
      [`esp1._domainkey.${d}`]: { CNAME: 'example-com.dkim.esp.example.net' },
      'example-com.dkim.esp.example.net': { TXT: [keyRecord(loadKey('rsa1024'))] },
    },
    expect: { dkim: [{ domain: d, selector: 'esp1', result: 'pass' }] },
  },
  {
    name: 'dkim-key-split-strings',
    title: 'DKIM: key record published as several character-strings in one TXT record',
    why: 'RFC 6376 §3.6.2.2: a TXT record made of several strings is concatenated without separator before use. The split falls inside the p= base64 and between tags; joined, the key is intact: pass.',
    message: () => sign(note('dkim-key-split-strings'), { key: 'rsa1024', domain: d, selector: 'split' }),
    zone: {
      [`split._domainkey.${d}`]: {
        TXT: [
          ((record: string) => ['v=DKIM1; k=rsa', record.slice('v=DKIM1; k=rsa'.length, 60), record.slice(60, 150), record.slice(150)])(
            keyRecord(loadKey('rsa1024')),
          ),
        ],
      },
    },
    expect: { dkim: [{ domain: d, selector: 'split', result: 'pass' }] },
  },
  {
    name: 'dkim-key-testing-mode',
    title: 'DKIM: key record in testing mode (t=y)',
    why: 'RFC 6376 §3.6.1 t=y: the domain is testing DKIM and verifiers MUST NOT treat messages differently from unsigned ones because of it — but the signature still verifies, and the verification result is pass. An analyzer may add that the key is in testing mode.',
    message: () => sign(note('dkim-key-testing-mode'), { key: 'rsa2048', domain: d, selector: 'test' }),
    zone: dkimKey('test', d, 'rsa2048', 't=y'),
    expect: { dkim: [{ domain: d, selector: 'test', result: 'pass' }] },
  },
  {
    name: 'dkim-two-signatures-one-bad',
    title: 'DKIM: two signatures, the author domain one verifies, the ESP one does not (rotated key)',
    why: 'Each signature is evaluated on its own (RFC 6376 §4.2, §6.1). The top one (d=example.com) verifies: pass. The lower one (d=esp.example.net) was made with a key that no longer matches the published one: the signature does not verify, fail.',
    message: () =>
      sign(sign(note('dkim-two-signatures-one-bad'), { key: 'rsa2048', domain: 'esp.example.net', selector: 'rot1' }), {
        key: 'rsa2048',
        domain: d,
        selector: 's2048',
      }),
    zone: { ...dkimKey('s2048', d, 'rsa2048'), ...dkimKey('rot1', 'esp.example.net', 'rsa2048-other') },
    expect: {
      dkim: [
        { domain: d, selector: 's2048', result: 'pass' },
        { domain: 'esp.example.net', selector: 'rot1', result: 'fail' },
      ],
    },
  },
  {
    name: 'dkim-rsa-sha1',
    title: 'DKIM: rsa-sha1 signature (cryptographically valid)',
    why: 'RFC 8301 §3.1: rsa-sha1 MUST NOT be used for signing or verifying, so verifiers MUST NOT consider such a signature valid even though the math checks out. RFC 8601 §2.7.1 policy: the signature was not accepted because of local/RFC policy. Result: policy.',
    message: () => sign(note('dkim-rsa-sha1'), { key: 'rsa2048', domain: d, selector: 's2048', algorithm: 'rsa-sha1' }),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'policy' }] },
  },
  {
    name: 'dkim-rsa512-weak-key',
    title: 'DKIM: signature made with a 512-bit RSA key',
    why: 'RFC 8301 §3.2: verifiers MUST NOT consider signatures using RSA keys of less than 1024 bits valid. The signature verifies mathematically but is refused by rule: policy (RFC 8601 §2.7.1).',
    message: () => sign(note('dkim-rsa512-weak-key'), { key: 'rsa512', domain: d, selector: 'weak' }),
    zone: dkimKey('weak', d, 'rsa512'),
    expect: { dkim: [{ domain: d, selector: 'weak', result: 'policy' }] },
  },
  {
    name: 'dkim-headers-only-valid',
    title: 'DKIM: pasted header only (no empty line, no body), header signature valid',
    why: 'Only the header block was pasted. The header hash and signature (RFC 6376 §6.1.3) verify; the body hash cannot be checked without the body. Mail Lab rule: report pass for the header signature and say that the body hash was not checkable. An RFC verifier given this text as a whole message would compute the hash of an empty body and fail.',
    message: () => headerOnly(sign(note('dkim-headers-only-valid'), { key: 'rsa2048', domain: d, selector: 's2048' })),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'pass' }] },
    extra: { headersOnly: true },
  },
  {
    name: 'dkim-headers-only-bad-header',
    title: 'DKIM: pasted header only, a signed field altered',
    why: 'Header-only paste as in dkim-headers-only-valid, but the signed Subject was changed, so the header signature itself does not verify (RFC 6376 §6.1.3): fail, whatever the body was.',
    message: () =>
      headerOnly(
        replaceHeader(sign(note('dkim-headers-only-bad-header'), { key: 'rsa2048', domain: d, selector: 's2048' }), 'Subject', 'Quarterly figures (corrected)'),
      ),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'fail' }] },
    extra: { headersOnly: true },
  },
  {
    name: 'dkim-unsigned',
    title: 'DKIM: message without any DKIM-Signature',
    why: 'No DKIM-Signature field, so there is no signature to report: the per-signature list is empty (the RFC 8601 §2.7.1 word for the message as a whole would be dkim=none).',
    message: () => note('dkim-unsigned'),
    zone: {},
    expect: { dkim: [] },
  },
  {
    name: 'dkim-relaxed-lf-paste',
    title: 'DKIM: relaxed/relaxed signature on a message pasted with LF line ends',
    why: 'The message was signed in CRLF form and pasted with bare LF line ends. Lines end in CRLF in the message format (RFC 5322 §2.1) and DKIM hashes that canonical form (RFC 6376 §5.3); restoring CRLF gives back the signed octets, so the signature verifies: pass.',
    message: () => toLf(sign(note('dkim-relaxed-lf-paste'), { key: 'rsa2048', domain: d, selector: 's2048' })),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: { dkim: [{ domain: d, selector: 's2048', result: 'pass' }] },
    extra: { lineEnds: 'LF' },
  },
];
