// Turns mailauth's DKIM results into RFC 8601 words, one entry per
// DKIM-Signature field. mailauth's default mode is softer than RFC 6376:
// it says "neutral" for a body-hash mismatch, a missing or revoked key and
// an expired signature. Each word we change is recorded in `mapping`.

import type { AuthResult, BodyHashCheck, DkimSignature, SignatureCheck } from '../analysis.ts';
import type { RawField } from '../message/header-block.ts';
import type { EngineDkimSignature, MailauthDkimResult } from './mailauth-adapter.ts';
import { compactValue, parseTagList } from './tag-list.ts';

interface Word {
  result: AuthResult;
  reason: string;
  mapping: string | null;
}

const KEY_PROBLEMS: Record<string, string> = {
  'no key': 'no key record was found for this selector',
  'unknown key version': 'the key record has an unknown version (v=)',
  'unknown key type': 'the key record has an unknown key type (k=)',
  'invalid public key': 'the key record holds no usable public key',
  'inappropriate hash algorithm': 'the key record does not allow this hash algorithm (h=)',
  'key not for email': 'the key record is not meant for email (s=)',
};

const SUPPORTED_ALGORITHMS = new Set(['rsa-sha256', 'rsa-sha1', 'ed25519-sha256']);

// Warnings of mailauth's default mode that RFC 6376 makes a PERMFAIL: a
// signature with them must not pass. RFC 8601 §2.7.1 reports a signature
// with syntax errors as neutral.
const FATAL_WARNINGS: Record<string, string> = {
  'tag-syntax': 'the signature has a syntax error: an invalid d=, s=, t=, x= or l= value, or a repeated tag (RFC 6376 §3.5)',
  'identity-domain': 'the i= domain is neither d= nor a subdomain of it (RFC 6376 §6.1.1)',
  'invalid-v': 'the signature has an unknown version (v= must be 1, RFC 6376 §6.1.1)',
};

function fatalWarning(status: MailauthDkimResult['status']): Word | null {
  const missing = (status.warnings ?? []).filter((w) => w.startsWith('missing-')).map((w) => `${w.slice('missing-'.length)}=`);
  const warning = status.warnings?.find((w) => w in FATAL_WARNINGS) ?? (missing.length > 0 ? 'missing-tags' : undefined);
  if (!warning) return null;
  return {
    result: 'neutral',
    reason: warning === 'missing-tags' ? `the signature lacks the required tag${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (RFC 6376 §3.5)` : FATAL_WARNINGS[warning]!,
    mapping: `mailauth's default mode accepts this with the warning "${warning}"; RFC 6376 makes it a PERMFAIL, which RFC 8601 §2.7.1 reports as neutral (syntax error)`,
  };
}

/** RFC 6376 §6.1.2 puts key problems before the body hash (§6.1.3); mailauth checks the hash first. */
function wordFor(status: MailauthDkimResult['status'], rr: string | undefined): Word {
  const fatal = fatalWarning(status);
  if (fatal) return fatal;
  const comment = status.comment ?? '';
  switch (status.result) {
    case 'pass':
      return { result: 'pass', reason: 'signature verified', mapping: null };
    case 'fail':
      return { result: 'fail', reason: 'the header signature does not verify: signed header fields were changed', mapping: null };
    case 'policy':
      return {
        result: 'policy',
        reason:
          status.policy?.['dkim-rules'] === 'weak-algorithm'
            ? 'rsa-sha1 signatures must not be considered valid (RFC 8301 §3.1)'
            : 'the RSA key is shorter than 1024 bits (RFC 8301 §3.2)',
        mapping: null,
      };
    case 'temperror':
      return { result: 'temperror', reason: `the key could not be fetched: ${comment.replace(/^DNS failure: /, '')}`, mapping: null };
    case 'neutral':
      break;
    default:
      return { result: 'neutral', reason: comment || status.result, mapping: null };
  }
  if (comment === 'body hash did not verify') {
    return {
      result: 'fail',
      reason: 'the body hash does not match: the body was changed after signing',
      mapping: 'mailauth says neutral; RFC 6376 §6.1.3 makes a body-hash mismatch a PERMFAIL, which RFC 8601 §2.7.1 reports as fail',
    };
  }
  if (comment === 'expired') {
    return {
      result: 'fail',
      reason: 'the signature has expired (x= is in the past)',
      mapping: 'mailauth says neutral; an expired signature is not valid (RFC 6376 §3.5 x=, §6.1.1), reported as fail',
    };
  }
  if (comment in KEY_PROBLEMS) {
    const revoked = comment === 'invalid public key' && rr !== undefined && /(^|;)\s*p=\s*(;|$)/.test(rr);
    return {
      result: 'permerror',
      reason: revoked ? 'the key has been revoked (empty p=, RFC 6376 §3.6.1)' : KEY_PROBLEMS[comment]!,
      mapping: 'mailauth says neutral; RFC 6376 §6.1.2 makes a missing or unusable key a PERMFAIL, which RFC 8601 §2.7.1 reports as permerror',
    };
  }
  return { result: 'neutral', reason: comment || 'the signature could not be processed', mapping: null };
}

/**
 * RFC 6376 §6.1.2: a key unfit for the a= algorithm is a PERMFAIL
 * ("inappropriate key algorithm"). mailauth's default mode hands such a
 * key to the crypto library, which says "bad signature" or throws.
 */
function keyAlgorithmMismatch(algorithm: string, engine: MailauthDkimResult | undefined): Word | null {
  if (!engine?.publicKey) return null;
  const keyType = engine.modulusLength !== undefined ? 'rsa' : 'ed25519';
  const wanted = algorithm.split('-')[0];
  if (wanted === keyType || (wanted !== 'rsa' && wanted !== 'ed25519')) return null;
  return {
    result: 'permerror',
    reason: `the published key is an ${keyType === 'rsa' ? 'RSA' : 'Ed25519'} key, unfit for a ${algorithm} signature (RFC 6376 §6.1.2)`,
    mapping: `mailauth says ${engine.status.result}; RFC 6376 §6.1.2 makes a key of the wrong type a PERMFAIL (inappropriate key algorithm), reported as permerror`,
  };
}

/** mailauth checks expiry only after the signature verified, so "expired" means the crypto passed. */
function signatureCheckOf(status: MailauthDkimResult['status']): SignatureCheck {
  if (status.result === 'pass' || status.comment === 'expired' || status.comment === 'invalid expiration') return 'pass';
  return status.result === 'fail' ? 'fail' : 'not-checked';
}

function toIso(seconds: string | undefined): string | null {
  if (seconds === undefined || !/^\d{1,12}$/.test(seconds)) return null;
  return new Date(Number(seconds) * 1000).toISOString();
}

function keyTypeOf(algorithm: string, rr: string | undefined): 'rsa' | 'ed25519' | null {
  const declared = rr ? /(?:^|;)\s*k=\s*([a-z0-9]+)/i.exec(rr)?.[1]?.toLowerCase() : undefined;
  const kind = declared ?? algorithm.split('-')[0];
  return kind === 'rsa' || kind === 'ed25519' ? kind : null;
}

function matchEngine(signature: string | undefined, domain: string, selector: string, pool: EngineDkimSignature[]) {
  const index = pool.findIndex(
    (candidate) =>
      compactValue(candidate.engine.signature) === signature &&
      candidate.engine.signingDomain === domain &&
      candidate.engine.selector === selector,
  );
  return index < 0 ? undefined : pool.splice(index, 1)[0];
}

/** Why mailauth's default mode skipped a signature without reporting it. */
function skippedReason(algorithm: string, canonicalization: { header: string; body: string }, domain: string, selector: string): string {
  if (!SUPPORTED_ALGORITHMS.has(algorithm)) return `unknown signing algorithm "${algorithm}"`;
  if (![canonicalization.header, canonicalization.body].every((c) => c === 'simple' || c === 'relaxed')) {
    return 'unknown canonicalization';
  }
  if (!domain || !selector) return 'the signature lacks d= or s=';
  return 'the signature could not be processed';
}

export function describeDkim(
  fields: RawField[],
  engineSignatures: EngineDkimSignature[],
  options: { headersOnly: boolean },
): DkimSignature[] {
  const pool = [...engineSignatures];
  const signatureFields = fields.filter((field) => field.name.toLowerCase() === 'dkim-signature');
  return signatureFields.map((field, index) => {
    const { tags } = parseTagList(field.value);
    const domain = tags.get('d') ?? '';
    const selector = tags.get('s') ?? '';
    const algorithm = (tags.get('a') ?? '').toLowerCase();
    const [headerCanon, bodyCanon] = (tags.get('c') ?? 'simple/simple').toLowerCase().split('/');
    const canonicalization = { header: headerCanon || 'simple', body: bodyCanon || 'simple' };
    const lengthTag = tags.get('l');
    const engineEntry = matchEngine(compactValue(tags.get('b')), domain, selector, pool);
    const engine = engineEntry?.engine;
    const rr = engine?.rr;

    let word: Word;
    let bodyHash: BodyHashCheck;
    let signature: SignatureCheck;
    if (!engine) {
      word = { result: 'neutral', reason: skippedReason(algorithm, canonicalization, domain, selector), mapping: 'mailauth skips this signature without a result; RFC 8601 §2.7.1 reports a signature that cannot be processed as neutral' };
      bodyHash = 'not-checkable';
      signature = 'not-checked';
    } else if (engineEntry.headerOnlyResult) {
      // The body hash failed; the header check tells whether the header was intact.
      const header = engineEntry.headerOnlyResult.status;
      const keyWord = wordFor(header, engineEntry.headerOnlyResult.rr);
      word = ['permerror', 'temperror', 'policy'].includes(keyWord.result) ? keyWord : wordFor(engine.status, rr);
      bodyHash = 'fail';
      signature = signatureCheckOf(header);
      if (signature === 'pass' && word.result === 'fail') {
        word = { ...word, reason: 'the header signature verifies, but the body hash does not: the body was changed after signing' };
      }
    } else {
      word = wordFor(engine.status, rr);
      signature = signatureCheckOf(engine.status);
      bodyHash = options.headersOnly ? 'not-checkable' : engine.bodyHash === engine.bodyHashExpecting ? 'pass' : 'fail';
      if (options.headersOnly && word.result === 'pass') {
        word = { ...word, reason: 'the header signature verifies; the body was not given, so its hash could not be checked' };
      }
    }

    word = keyAlgorithmMismatch(algorithm, engine) ?? word;

    const canonTotal = engine?.canonBodyLengthTotal;
    const canonSigned = engine?.canonBodyLength;
    return {
      index,
      domain,
      selector,
      algorithm,
      canonicalization,
      signedHeaders: (compactValue(tags.get('h')) ?? '').toLowerCase().split(':').filter(Boolean),
      identity: tags.get('i') ?? null,
      bodyLength: lengthTag !== undefined && /^\d+$/.test(lengthTag) ? Number(lengthTag) : null,
      unsignedBodyBytes:
        lengthTag !== undefined && !options.headersOnly && canonTotal !== undefined && canonSigned !== undefined
          ? Math.max(0, canonTotal - canonSigned)
          : null,
      signedAt: toIso(tags.get('t')),
      expiresAt: toIso(tags.get('x')),
      keyType: keyTypeOf(algorithm, rr),
      keyBits: engine?.modulusLength ?? (keyTypeOf(algorithm, rr) === 'ed25519' && engine?.publicKey ? 256 : null),
      keyRecord: rr ?? null,
      testing: engine?.status.testing === true,
      bodyHash: {
        result: bodyHash,
        expected: compactValue(tags.get('bh')) ?? null,
        computed: bodyHash === 'not-checkable' ? null : (engine?.bodyHash ?? null),
      },
      signature,
      result: word.result,
      reason: word.reason,
      // Filled in once DMARC has run.
      aligned: false,
      engine: { result: engine?.status.result ?? 'skipped', comment: engine?.status.comment ?? null },
      mapping: word.mapping,
    };
  });
}
