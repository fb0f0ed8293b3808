// One case per verification limit (src/core/auth/verification-limits.ts),
// just past it: the problem code is reported and the outcome is the safe
// one. The same builders make the full-size attacks of issue 10 on demand
// (hostile-inputs.ts) and for `npm run bench`.

import type { AuthWord, CaseDef, Smtp } from './case-types.ts';
import { dkimKey, note, sign, spfRecord } from './fixtures.ts';
import { bodyOf, distinctLengthSignatures, foldedSubject, forgedSignature, giantExponentSignatures, relaxedBodyHash } from './hostile-inputs.ts';
import { MAX_BODY_HASHES, MAX_DKIM_SIGNATURES, MAX_HEADER_LINES } from '../../../src/core/auth/verification-limits.ts';

const d = 'example.com';
const smtp: Smtp = { ip: '192.0.2.10', helo: 'mail.example.com', mailFrom: 'alice@example.com' };
const junkCount = MAX_DKIM_SIGNATURES + 4;

/** The note with `count` forged signatures above it, each naming a domain of its own that publishes no key. */
function underJunk(name: string, count: number): string {
  const message = note(name);
  const bodyHash = relaxedBodyHash(bodyOf(message));
  let fields = '';
  for (let i = 0; i < count; i++) {
    fields += forgedSignature({ domain: `j${i}.example.net`, selector: 's', bodyHash, signatureBytes: 256, label: `${name} ${i}` });
  }
  return fields + message;
}

const junk = (count: number, result: AuthWord) => Array.from({ length: count }, (_, i) => ({ domain: `j${i}.example.net`, selector: 's', result }));

export const LIMIT_CASES: CaseDef[] = [
  {
    name: 'limits-dkim-signatures',
    title: `Limits: ${junkCount + 1} DKIM signatures, ${MAX_DKIM_SIGNATURES} verified`,
    why: `RFC 6376 §6.1 lets a verifier limit the signatures it tries. The author's own signature is the newest (on top), so it is among the first ${MAX_DKIM_SIGNATURES} and passes; the forged ones below name domains without a key (permerror, RFC 6376 §6.1.2) until the limit, and the rest are not verified at all: neutral (RFC 8601 §2.7.1, not processed).`,
    message: () => sign(underJunk('limits-dkim-signatures', junkCount), { key: 'rsa2048', domain: d, selector: 's2048' }),
    zone: dkimKey('s2048', d, 'rsa2048'),
    expect: {
      dkim: [{ domain: d, selector: 's2048', result: 'pass' }, ...junk(MAX_DKIM_SIGNATURES - 1, 'permerror'), ...junk(junkCount, 'neutral').slice(MAX_DKIM_SIGNATURES - 1)],
    },
    extra: { expectProblems: ['dkim-signature-limit'] },
  },
  {
    name: 'limits-body-hashes',
    title: `Limits: ${MAX_BODY_HASHES + 4} DKIM signatures with distinct l=, ${MAX_BODY_HASHES} body hashes computed`,
    why: `Each distinct l= needs the body hashed once more. The first ${MAX_BODY_HASHES} signatures get their body hash (it does not match, and no key is published: permerror, RFC 6376 §6.1.2 before §6.1.3); the others are not verified: neutral (RFC 8601 §2.7.1).`,
    message: () => distinctLengthSignatures(MAX_BODY_HASHES + 4, 4000).message,
    zone: {},
    expect: {
      dkim: Array.from({ length: MAX_BODY_HASHES + 4 }, (_, i) => ({ domain: `d${i}.example.com`, selector: 's', result: (i < MAX_BODY_HASHES ? 'permerror' : 'neutral') as AuthWord })),
    },
    extra: { expectProblems: ['dkim-body-hash-limit'] },
  },
  {
    name: 'limits-rsa-exponent',
    title: 'Limits: three signatures naming a key with a 3,072-bit public exponent',
    why: 'A key whose RSA public exponent is far above 65537 makes every verification as slow as signing; it is refused before verifying, a local policy (RFC 8601 §2.7.1 policy). The author signature on top, with an ordinary key, still passes.',
    message: () => sign(giantExponentSignatures(3).message, { key: 'rsa2048', domain: d, selector: 's2048' }),
    zone: { ...dkimKey('s2048', d, 'rsa2048'), ...giantExponentSignatures(0).zone },
    expect: {
      dkim: [{ domain: d, selector: 's2048', result: 'pass' }, ...Array.from({ length: 3 }, () => ({ domain: d, selector: 'giant', result: 'policy' as const }))],
    },
    extra: { expectProblems: ['rsa-exponent-too-large'] },
  },
  {
    name: 'limits-header-lines',
    title: `Limits: a Subject folded over ${MAX_HEADER_LINES + 1} lines`,
    why: `mailauth's header parser joins folded lines in quadratic time, so a header section over ${MAX_HEADER_LINES} lines is not handed to it: DKIM is not checked (no results, although the message is signed), and SPF, which needs only the envelope, still passes (RFC 7208 §2.4).`,
    smtp,
    message: () => sign(foldedSubject(MAX_HEADER_LINES + 1).message, { key: 'rsa2048', domain: d, selector: 's2048' }),
    zone: { ...dkimKey('s2048', d, 'rsa2048'), ...spfRecord(d, 'v=spf1 ip4:192.0.2.0/24 -all') },
    expect: { spf: 'pass', dkim: [] },
    extra: { expectProblems: ['header-too-large'] },
  },
];
