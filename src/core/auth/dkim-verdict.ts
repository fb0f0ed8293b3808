// Turns mailauth's DKIM results into one entry per DKIM-Signature field,
// in header order: the tags as written, the key, the body hash and the
// header signature checked apart, and the RFC 8601 word (dkim-words.ts).

import type { BodyHashCheck, DkimSignature, LocalizedText, SignatureCheck } from '../analysis.ts';
import type { RawField } from '../message/header-block.ts';
import type { EngineDkimSignature, LimitedSignature, MailauthDkimResult } from './mailauth-adapter.ts';
import type { RefusedKey } from './rsa-key-guard.ts';
import { limitedWord, refusedKeyWord } from './limit-words.ts';
import { compactValue, parseTagList } from './tag-list.ts';
import { dkimWordFor, keyAlgorithmMismatch, SKIPPED_MAPPING, type DkimWord } from './dkim-words.ts';

const SUPPORTED_ALGORITHMS = new Set(['rsa-sha256', 'rsa-sha1', 'ed25519-sha256']);

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
function skippedReason(algorithm: string, canonicalization: { header: string; body: string }, domain: string, selector: string): LocalizedText {
  if (!SUPPORTED_ALGORITHMS.has(algorithm)) {
    return { en: `unknown signing algorithm "${algorithm}"`, de: `unbekanntes Signaturverfahren „${algorithm}“` };
  }
  if (![canonicalization.header, canonicalization.body].every((c) => c === 'simple' || c === 'relaxed')) {
    return { en: 'unknown canonicalization', de: 'unbekannte Kanonisierung' };
  }
  if (!domain || !selector) return { en: 'the signature lacks d= or s=', de: 'der Signatur fehlt d= oder s=' };
  return { en: 'the signature could not be processed', de: 'die Signatur konnte nicht verarbeitet werden' };
}

function takeLimited(signature: string | undefined, domain: string, selector: string, pool: LimitedSignature[]) {
  const index = pool.findIndex((entry) => entry.signature === (signature ?? '') && entry.domain === domain && entry.selector === selector);
  return index < 0 ? undefined : pool.splice(index, 1)[0];
}

export function describeDkim(
  fields: RawField[],
  engineSignatures: EngineDkimSignature[],
  options: { headersOnly: boolean; limited?: LimitedSignature[]; refusedKeys?: RefusedKey[] },
): DkimSignature[] {
  const pool = [...engineSignatures];
  const limitedPool = [...(options.limited ?? [])];
  const refused = new Map((options.refusedKeys ?? []).map((key) => [key.record, key]));
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

    let word: DkimWord;
    let bodyHash: BodyHashCheck;
    let signature: SignatureCheck;
    const limited = engine ? undefined : takeLimited(compactValue(tags.get('b')), domain, selector, limitedPool);
    if (limited) {
      word = limitedWord(limited.limit);
      bodyHash = 'not-checkable';
      signature = 'not-checked';
    } else if (!engine) {
      word = { result: 'neutral', reason: skippedReason(algorithm, canonicalization, domain, selector), mapping: SKIPPED_MAPPING };
      bodyHash = 'not-checkable';
      signature = 'not-checked';
    } else if (engineEntry.headerOnlyResult) {
      // The body hash failed; the header check tells whether the header was intact.
      const header = engineEntry.headerOnlyResult.status;
      const keyWord = dkimWordFor(header, engineEntry.headerOnlyResult.rr);
      word = ['permerror', 'temperror', 'policy'].includes(keyWord.result) ? keyWord : dkimWordFor(engine.status, rr);
      bodyHash = 'fail';
      signature = signatureCheckOf(header);
      if (signature === 'pass' && word.result === 'fail') {
        word = {
          ...word,
          reason: {
            en: 'the header signature verifies, but the body hash does not: the body was changed after signing',
            de: 'die Kopfsignatur stimmt, der Body-Hash aber nicht: der Text wurde nach dem Signieren verändert',
          },
        };
      }
    } else {
      word = dkimWordFor(engine.status, rr);
      signature = signatureCheckOf(engine.status);
      bodyHash = options.headersOnly ? 'not-checkable' : engine.bodyHash === engine.bodyHashExpecting ? 'pass' : 'fail';
      if (options.headersOnly && word.result === 'pass') {
        word = {
          ...word,
          reason: {
            en: 'the header signature verifies; the body was not given, so its hash could not be checked',
            de: 'die Kopfsignatur stimmt; der Text fehlt, daher konnte sein Hash nicht geprüft werden',
          },
        };
      }
    }

    word = keyAlgorithmMismatch(algorithm, engine) ?? word;
    const refusedKey = rr === undefined ? undefined : refused.get(rr);
    if (refusedKey) word = refusedKeyWord(refusedKey.exponentBits);

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
