// The one file that calls mailauth. It runs the verifiers with our clock,
// our envelope and our resolver, and hands back mailauth's own results;
// the *-verdict.ts files beside it turn those into the Analysis.
//
// We do not call mailauth's `authenticate()`: it reads the real clock, takes
// the envelope from the topmost Received field (`trustReceived`), and stops
// at a body-hash mismatch without checking the header signature.

import { DkimVerifier, type MailauthBodyHasher, type MailauthDkimResult, type MailauthSignatureHeader, type MailauthArcData } from 'mailauth/lib/dkim/dkim-verifier.js';
import { spf, type MailauthSpfResult } from 'mailauth/lib/spf/index.js';
import { arc, type MailauthArcResult } from 'mailauth/lib/arc/index.js';
import { evaluateDmarc, type MailauthDmarcResponse } from 'mailauth/lib/dmarc/index.js';
import { getAuthorDomain } from 'mailauth/lib/dmarc/author-domain.js';
import type { Resolver } from '../../dns/resolver.ts';
import { canonicalizeBody, type BodyCanonicalization } from './body-canonicalization.ts';
import { collectForNativeDigest, type DigestibleHasher } from './native-body-digest.ts';
import { MAX_BODY_HASHES, MAX_DKIM_SIGNATURES } from './verification-limits.ts';

export type { MailauthDkimResult, MailauthSpfResult, MailauthArcResult, MailauthDmarcResponse, MailauthArcData };

/** The authserv-id mailauth writes into its comments; never the machine's host name. */
export const ENGINE_MTA = 'mail-lab';

// RFC 8301 §3.2: keys below 1024 bits SHOULD NOT be considered valid.
const MIN_RSA_BITS = 1024;

// mailauth hashes the body while the message streams through; 64 KiB is its own chunk size.
const CHUNK_BYTES = 64 * 1024;

export interface EngineDkimSignature {
  engine: MailauthDkimResult;
  /**
   * The header signature checked on its own, for a signature whose body hash
   * did not match or could not be checked; null where mailauth checked it.
   */
  headerOnlyResult: MailauthDkimResult | null;
}

// The three header fields of an ARC set (RFC 8617 §4.1), as mailauth reads them.
const ARC_HEADER_KEYS = ['arc-seal', 'arc-message-signature', 'arc-authentication-results'] as const;
type ArcSet = { i?: number } & Partial<Record<(typeof ARC_HEADER_KEYS)[number], { parsed?: Record<string, { value: string | number } | undefined> }>>;

/** A DKIM signature left unverified because the message asked for more work than the limits allow. */
export interface LimitedSignature {
  /** b= without white space, d= and s=: how describeDkim finds its field. */
  signature: string;
  domain: string;
  selector: string;
  limit: 'signatures' | 'body-hashes';
}

export interface DkimRun {
  signatures: EngineDkimSignature[];
  limited: LimitedSignature[];
  /** Addresses of the From fields, as mailauth read them for DMARC. */
  headerFrom: string[];
  fromFields: number;
  arc: MailauthArcData;
}

/**
 * A DKIM verifier that also checks the header signature when the body hash
 * is wrong or the body is missing. mailauth compares the body hash first and
 * stops there (RFC 6376 §6.1.3 order); we want both answers, so the user
 * learns whether the header was intact and only the body changed.
 */
class LabDkimVerifier extends DkimVerifier {
  readonly headersOnly: boolean;
  readonly headerOnlyResults = new Map<MailauthDkimResult, MailauthDkimResult>();
  readonly limited: LimitedSignature[] = [];
  #processed = 0;
  readonly #bodyHashJobs = new Set<string>();
  /** The body canonicalisation of each key in bodyHashes. */
  readonly #canonicalizationOf = new Map<string, BodyCanonicalization>();
  /** The hash algorithm of each key in bodyHashes ("sha256", "sha1"). */
  readonly #algorithmOf = new Map<string, string>();
  /** The body, when it is hashed here in one pass instead of streamed through mailauth. */
  #body: Uint8Array | null = null;

  constructor(
    options: ConstructorParameters<typeof DkimVerifier>[0],
    headersOnly: boolean,
    readonly onHeaderFrom?: (headerFrom: string[], fromFields: number) => void,
    readonly prefetchKeys = true,
  ) {
    super(options);
    this.headersOnly = headersOnly;
  }

  override async messageHeaders(headers: unknown): Promise<void> {
    await super.messageHeaders(headers);
    this.onHeaderFrom?.(this.headerFrom, this.fromFields);
    if (this.prefetchKeys) {
      this.#prefetchSignatureKeys();
      this.#prefetchSealKeys();
    }
  }

  /**
   * The DKIM keys, all at once while the body is hashed: mailauth asks for
   * them one signature after another once the body is done, a round trip
   * each, so a message with 16 signatures waited 16 round trips (the
   * limits-dkim-signatures case: 879 ms at 50 ms per answer, 10 ms of it
   * CPU). Only the signatures whose key verifySignature asks for: not one
   * left out by the limits (skip), one with a syntax error (invalid, RFC
   * 6376 §6.1.1) or an rsa-sha1 one (RFC 8301 §3.1 ends it before the key).
   * A body hash that does not match still asks, as the header signature is
   * then checked alone. Through the key cache, with the arguments
   * verifySignature passes, so its own lookup finds this one.
   */
  #prefetchSignatureKeys(): void {
    for (const header of this.signatureHeaders) {
      if (header.type !== 'DKIM' || header.skip || header.invalid || !header.selector || !header.signingDomain) continue;
      if (this.rejectRsaSha1 && header.hashAlgo === 'sha1') continue;
      if (typeof header.parsed?.['bh']?.value !== 'string') continue;
      const name = `${header.selector}._domainkey.${header.signingDomain}`;
      void this.keyCache.get('DKIM', name, MIN_RSA_BITS, { strict: this.strict, hashAlgo: header.hashAlgo ?? '' }).catch(() => undefined);
    }
  }

  /**
   * The ARC-Seal keys, asked while the body is hashed and the DKIM keys are
   * on their way: mailauth's ARC check asks for all of them at once, but
   * only after DKIM is done. Through the verifier's own key cache, which
   * the ARC check shares, and only for a chain that passes the checks
   * mailauth makes before it asks (RFC 8617 §5.2 steps 2 and 3).
   */
  #prefetchSealKeys(): void {
    const { chain, error } = this.arc as { chain?: ArcSet[] | false; error?: unknown };
    if (error || !Array.isArray(chain) || chain.length === 0) return;
    const wellFormed = chain.every(
      (set, index) =>
        set.i === index + 1 &&
        ARC_HEADER_KEYS.every((key) => set[key]) &&
        String(set['arc-seal']?.parsed?.['cv']?.value ?? '').toLowerCase().trim() === (index === 0 ? 'none' : 'pass'),
    );
    if (!wellFormed) return;
    for (const set of chain) {
      const { s, d } = set['arc-seal']?.parsed ?? {};
      if (s?.value && d?.value) void this.keyCache.get('AS', `${s.value}._domainkey.${d.value}`, MIN_RSA_BITS, { strict: false, hashAlgo: 'sha256' }).catch(() => undefined);
    }
  }

  /**
   * Leaves out the DKIM signatures past the limits before mailauth sets up
   * their body hashes or fetches their keys. A signature mailauth skips by
   * itself (unknown algorithm) costs nothing and is not counted; one with a
   * syntax error is, as its header is still canonicalised.
   */
  override prepareSignature(header: MailauthSignatureHeader): void {
    super.prepareSignature(header);
    if (header.type !== 'DKIM' || header.skip) return;
    const job = [header.bodyCanon, header.hashAlgo, header.maxBodyLength].join(':');
    const newJob = !header.invalid && !this.#bodyHashJobs.has(job);
    let limit: LimitedSignature['limit'] | null = null;
    if (this.#processed >= MAX_DKIM_SIGNATURES) limit = 'signatures';
    else if (newJob && this.#bodyHashJobs.size >= MAX_BODY_HASHES) limit = 'body-hashes';
    if (limit) {
      header.skip = `not verified: over the ${limit} limit`;
      this.limited.push({
        signature: String(header.parsed?.['b']?.value ?? '').replace(/\s+/g, ''),
        domain: header.signingDomain ?? '',
        selector: header.selector ?? '',
        limit,
      });
      return;
    }
    this.#processed++;
    if (newJob) this.#bodyHashJobs.add(job);
  }

  override addBodyHash(bodyCanon: string, hashAlgo: string, maxBodyLength: number | ''): string {
    const key = super.addBodyHash(bodyCanon, hashAlgo, maxBodyLength);
    // prepareSignature has left only these two (RFC 6376 §3.4).
    this.#canonicalizationOf.set(key, bodyCanon === 'simple' ? 'simple' : 'relaxed');
    this.#algorithmOf.set(key, hashAlgo);
    return key;
  }

  /** Takes the body to hash at the end, before the header block is written. */
  takeBody(body: Uint8Array): void {
    this.#body = body;
  }

  override async nextChunk(chunk: Uint8Array): Promise<void> {
    // Only the header block is written when the body was taken: body
    // octets here would mean mailauth ended the header elsewhere.
    if (this.#body) throw new Error('mailauth read body octets inside the header block');
    return super.nextChunk(chunk);
  }

  override async finalChunk(): Promise<void> {
    if (this.#body) await this.#hashBody(this.#body);
    return super.finalChunk();
  }

  /**
   * Canonicalises the body once per canonicalisation in use and feeds every
   * body hash of that canonicalisation from the same pass; mailauth's
   * hashers still apply l= and count, so its results stay its own. The
   * digest is made natively where WebCrypto is (native-body-digest.ts).
   */
  async #hashBody(body: Uint8Array): Promise<void> {
    const hashersOf = new Map<BodyCanonicalization, MailauthBodyHasher[]>();
    const finishers: (() => Promise<void>)[] = [];
    for (const [key, hasher] of this.bodyHashes) {
      const canonicalization = this.#canonicalizationOf.get(key);
      if (!canonicalization) throw new Error(`a body hash that was not set up here: ${key}`);
      hashersOf.set(canonicalization, [...(hashersOf.get(canonicalization) ?? []), hasher]);
      const finish = collectForNativeDigest(hasher as unknown as DigestibleHasher, this.#algorithmOf.get(key) ?? '', body.length * this.bodyHashes.size);
      if (finish) finishers.push(finish);
    }
    for (const [canonicalization, hashers] of hashersOf) {
      const pass = canonicalizeBody(body, canonicalization, (segment) => {
        for (const hasher of hashers) hasher._updateBodyHash(segment);
      });
      for (const hasher of hashers) hasher.byteLength = pass.sourceBytes;
    }
    await Promise.all(finishers.map((finish) => finish()));
  }

  override async verifySignature(header: MailauthSignatureHeader, fallback?: boolean): Promise<MailauthDkimResult> {
    const expected = header.parsed?.['bh']?.value;
    if (this.headersOnly) {
      // No body was given: let the verifier take the body hash as matching,
      // so it goes on to fetch the key and check the header signature.
      return this.withBodyHash(header, fallback, typeof expected === 'string' ? expected : undefined);
    }
    const result = await super.verifySignature(header, fallback);
    if (header.type === 'DKIM' && result.status.comment === 'body hash did not verify' && typeof expected === 'string') {
      this.headerOnlyResults.set(result, await this.withBodyHash(header, fallback, expected));
    }
    return result;
  }

  private async withBodyHash(header: MailauthSignatureHeader, fallback: boolean | undefined, hash: string | undefined) {
    const key = fallback ? header.fallbackBodyHashKey : header.bodyHashKey;
    const hasher = key === undefined ? undefined : this.bodyHashes.get(key);
    if (!hasher) return super.verifySignature(header, fallback);
    const computed = hasher.hash;
    hasher.hash = hash;
    // verifySignature reads the hash before its first await; restore at once
    // so signatures sharing this hasher see the real value.
    const pending = super.verifySignature(header, fallback);
    hasher.hash = computed;
    return pending;
  }
}

export async function runDkim(
  bytes: Uint8Array,
  options: {
    resolver: Resolver;
    now: Date;
    headersOnly: boolean;
    /** Hears the From addresses as soon as the header block is read, long before the body is hashed. */
    onHeaderFrom?: (headerFrom: string[], fromFields: number) => void;
    /** Asks for the DKIM and ARC-Seal keys with the header block (the default); false leaves them to the verifiers. */
    prefetchKeys?: boolean;
  },
): Promise<DkimRun> {
  const verifier = new LabDkimVerifier(
    {
      resolver: options.resolver,
      curTime: options.now,
      minBitLength: MIN_RSA_BITS,
      // RFC 8301 §3.1: rsa-sha1 signatures MUST NOT be considered valid.
      rejectRsaSha1: true,
    },
    options.headersOnly,
    options.onHeaderFrom,
    options.prefetchKeys ?? true,
  );
  // Only the header block streams through mailauth; the body is hashed in
  // one pass at the end. Without a body (a header-only paste) all streams.
  const bodyStart = options.headersOnly ? -1 : headerBlockEnd(bytes);
  if (bodyStart >= 0) verifier.takeBody(bytes.subarray(bodyStart));
  await streamInto(verifier, bodyStart >= 0 ? bytes.subarray(0, bodyStart) : bytes);
  const signatures = verifier.results
    .filter((result) => result.status.result !== 'none' || result.signature !== undefined)
    .map((engine) => ({ engine, headerOnlyResult: verifier.headerOnlyResults.get(engine) ?? null }));
  return { signatures, limited: verifier.limited, headerFrom: verifier.headerFrom, fromFields: verifier.fromFields, arc: verifier.arc };
}

export function runSpf(envelope: { ip: string; helo: string | null; mailFrom: string | null }, resolver: Resolver): Promise<MailauthSpfResult> {
  const helo = envelope.helo ?? undefined;
  return spf({
    ip: envelope.ip,
    // RFC 7208 §2.4: with a null reverse-path the HELO identity is checked.
    ...(envelope.mailFrom ? { sender: envelope.mailFrom } : {}),
    ...(helo ? { helo } : {}),
    mta: ENGINE_MTA,
    resolver,
    // RFC 7208 exactly: the default mode accepts malformed terms (a bare ip6,
    // a broken exp=) and invalid HELO names that the RFC makes permerror.
    strict: true,
  });
}

export function runArc(data: MailauthArcData, resolver: Resolver, ip: string | null): Promise<MailauthArcResult> {
  return arc(data, { resolver, minBitLength: MIN_RSA_BITS, ...(ip ? { ip } : {}) });
}

export async function runDmarc(options: {
  headerFrom: string[];
  fromFields: number;
  spfDomain: string | null;
  dkimDomains: string[];
  arc: MailauthArcResult | null;
  resolver: Resolver;
}): Promise<{ response: MailauthDmarcResponse | null; alignedDkimDomains: Set<string>; skipReason: string | null }> {
  const outcome = await evaluateDmarc({
    headerFrom: options.headerFrom,
    fromFields: options.fromFields,
    spfDomains: options.spfDomain ? [options.spfDomain] : [],
    dkimDomains: options.dkimDomains.map((domain) => ({ domain })),
    ...(options.arc ? { arcResult: options.arc } : {}),
    resolver: options.resolver,
  });
  return {
    response: outcome.response || null,
    alignedDkimDomains: outcome.dkimAligned ?? new Set(),
    skipReason: outcome.reason ?? null,
  };
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Where mailauth's message parser ends the header block: after the first
 * empty line, a bare LF read as CRLF as its parser rewrites it; or at the
 * start for a message that opens with an empty line (RFC 5322 §2.1). -1
 * when there is no empty line and so no body.
 */
export function headerBlockEnd(bytes: Uint8Array): number {
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, at + 1)) {
    const before = bytes[at - 1];
    if (at === 0 || before === LF || (before === CR && (at === 1 || bytes[at - 2] === LF))) return at + 1;
  }
  return -1;
}

// mailauth's tree walk (RFC 9989 §4.10) drops labels one at a time, and
// past this many jumps to the last seven.
const WALK_MAX_LABELS = 7;
const MAX_NAME_OCTETS = 253; // RFC 1035 §2.3.4
const MAX_LABEL_OCTETS = 63;

/**
 * Asks for every DMARC record the policy discovery may need, at once and
 * before SPF and DKIM are done: the names follow from the author domain
 * alone, while mailauth asks them one after another once DMARC runs. The
 * answers wait in the resolver's cache, so mailauth's own questions find
 * them; only a walk that stops early (a psd= tag, a failed lookup) leaves
 * a question mailauth would not have asked, and asked through
 * `resolver.ahead` where there is one, such a question stays out of the
 * evidence (src/dns/lookup-session.ts).
 */
export function prefetchDmarcRecords(headerFrom: string[], fromFields: number, resolver: Resolver): void {
  const { authorDomain } = getAuthorDomain(headerFrom, fromFields);
  // An address literal has no DMARC record (mailauth asks nothing for it).
  if (!authorDomain || authorDomain.startsWith('[') || /^[\d.]+$|:/.test(authorDomain)) return;
  let labels = authorDomain.split('.');
  while (labels.length > 0) {
    const name = `_dmarc.${labels.join('.')}`;
    if (name.length > MAX_NAME_OCTETS || name.split('.').some((label) => label.length === 0 || label.length > MAX_LABEL_OCTETS)) return;
    // The outcome is mailauth's to read when it asks; here nothing waits on it.
    if (resolver.ahead) void resolver.ahead(name, 'TXT');
    else resolver(name, 'TXT').catch(() => undefined);
    labels = labels.length > WALK_MAX_LABELS ? labels.slice(-WALK_MAX_LABELS) : labels.slice(1);
  }
}

/** Feeds the message in chunks, honouring back-pressure, and waits for the verifier to finish. */
function streamInto(verifier: DkimVerifier, bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    let offset = 0;
    verifier.once('finish', () => resolve());
    verifier.once('error', (error) => reject(error));
    const writeMore = (): void => {
      while (offset < bytes.length) {
        const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
        offset += chunk.length;
        if (!verifier.write(chunk)) {
          verifier.once('drain', writeMore);
          return;
        }
      }
      verifier.end();
    };
    writeMore();
  });
}
