// Types for the parts of mailauth (postalsys, CommonJS) that the adapter
// loads by path. Loading the parts instead of the package entry keeps BIMI,
// VMC and undici's fetch out of the worker bundle. Only the properties the
// adapter reads are typed; everything else is left out on purpose.

declare module 'mailauth/lib/dkim/dkim-verifier.js' {
  import type { Resolver } from '../../dns/resolver.ts';

  export interface MailauthTagValue {
    value: string | number;
  }

  export interface MailauthSignatureHeader {
    type: 'DKIM' | 'ARC';
    parsed?: Record<string, MailauthTagValue | undefined>;
    bodyHashKey?: string;
    fallbackBodyHashKey?: string;
    /** Set by prepareSignature: why the signature is left out (the default mode reports nothing for it). */
    skip?: string;
    /** Set by prepareSignature: why the signature is neutral without a key lookup. */
    invalid?: string;
    bodyCanon?: string;
    hashAlgo?: string;
    /** The l= value, or '' without one. */
    maxBodyLength?: number | '';
    signingDomain?: string;
    selector?: string;
  }

  export interface MailauthDkimStatus {
    result: string;
    comment?: string;
    aligned?: string | false;
    testing?: boolean;
    underSized?: number;
    /** What the default mode accepted that the strict mode would not. */
    warnings?: string[];
    policy?: Record<string, string>;
    header?: Record<string, unknown>;
  }

  export interface MailauthDkimResult {
    id?: string;
    signingDomain?: string;
    selector?: string;
    signature?: string;
    algo?: string;
    format?: string;
    bodyHash?: string;
    bodyHashExpecting?: string;
    status: MailauthDkimStatus;
    signTime?: string | null;
    expiresAfter?: string | null;
    canonBodyLength?: number;
    canonBodyLengthTotal?: number;
    canonBodyLengthLimited?: boolean;
    canonBodyLengthLimit?: number;
    modulusLength?: number;
    rr?: string;
    publicKey?: string;
  }

  export interface MailauthArcData {
    chain: unknown;
    error?: unknown;
    lastEntry?: unknown;
    warnings: string[];
  }

  export interface DkimVerifierOptions {
    resolver: Resolver;
    curTime?: Date;
    sender?: string;
    minBitLength?: number;
    rejectRsaSha1?: boolean;
    strict?: boolean;
  }

  /**
   * mailauth's body hash for one (canonicalisation, hash, l=): its
   * _updateBodyHash takes canonical octets and applies l=, counts them and
   * hashes them; digest() adds the final CRLF.
   */
  export interface MailauthBodyHasher {
    hash?: string;
    /** The body's length as read (sourceBodyLength in the result). */
    byteLength: number;
    _updateBodyHash(canonical: Uint8Array): void;
  }

  export class DkimVerifier {
    constructor(options: DkimVerifierOptions);
    results: MailauthDkimResult[];
    headerFrom: string[];
    fromFields: number;
    envelopeFrom: string | false;
    arc: MailauthArcData;
    headers: unknown;
    /** Every DKIM-Signature and ARC-Message-Signature of the header block, prepared in header order. */
    signatureHeaders: MailauthSignatureHeader[];
    strict: boolean;
    rejectRsaSha1: boolean;
    bodyHashes: Map<string, MailauthBodyHasher>;
    /** One key lookup per key record, shared with the ARC check when it is given the same resolver. */
    keyCache: { get(type: 'DKIM' | 'ARC' | 'AS', name: string, minBitLength: number, options: { strict: boolean; hashAlgo: string }): Promise<unknown> };
    /** Sets up the body hash of a (canonicalisation, hash, l=) once and returns its key in bodyHashes. */
    addBodyHash(bodyCanon: string, hashAlgo: string, maxBodyLength: number | ''): string;
    /** Called with each chunk of the body as the message streams through. */
    nextChunk(chunk: Uint8Array): Promise<void>;
    /** Called once the message has ended: digests the body hashes and verifies every signature. */
    finalChunk(): Promise<void>;
    verifySignature(signatureHeader: MailauthSignatureHeader, fallback?: boolean): Promise<MailauthDkimResult>;
    /** Reads and checks a signature's tags, once per signature in header order, before any body hash is set up. */
    prepareSignature(signatureHeader: MailauthSignatureHeader): void;
    /** Called once the header block is parsed: From, the signatures and the ARC chain are read here. */
    messageHeaders(headers: unknown): Promise<void>;
    // A Node Writable.
    write(chunk: Uint8Array): boolean;
    end(): void;
    once(event: 'drain' | 'finish' | 'error', listener: (error?: unknown) => void): void;
    on(event: 'finish' | 'error', listener: (error?: unknown) => void): void;
  }
}

declare module 'mailauth/lib/spf/index.js' {
  import type { Resolver } from '../../dns/resolver.ts';

  export interface MailauthSpfResult {
    domain: string;
    'client-ip': string;
    helo?: string;
    'envelope-from'?: string;
    rr?: string;
    status: { result: string; comment?: string };
    lookups?: { limit: number; count: number; void: number };
    explanation?: string;
  }

  export function spf(options: {
    sender?: string;
    ip: string;
    helo?: string;
    mta: string;
    resolver: Resolver;
    maxResolveCount?: number;
    maxVoidCount?: number;
    strict?: boolean;
  }): Promise<MailauthSpfResult>;
}

declare module 'mailauth/lib/arc/index.js' {
  import type { Resolver } from '../../dns/resolver.ts';
  import type { MailauthArcData } from 'mailauth/lib/dkim/dkim-verifier.js';

  export interface MailauthArcResult {
    status: { result: string; comment?: string; shouldSeal?: boolean };
    i?: number | false;
    /** What the default mode accepted that the strict mode would not. */
    warnings?: string[];
    /** Non-enumerable: the parsed instances. */
    readonly chain?: unknown;
  }

  export function arc(data: MailauthArcData, options: { resolver: Resolver; ip?: string; minBitLength?: number }): Promise<MailauthArcResult>;
}

declare module 'mailauth/lib/dmarc/author-domain.js' {
  /** RFC 9989 §5.3.1: the one Author Domain of the From addresses, as mailauth's DMARC check finds it. */
  export function getAuthorDomain(headerFrom: string[], fromFields: number): { authorDomain?: string; domain?: string; reason?: string };
}

declare module 'mailauth/lib/dmarc/index.js' {
  import type { Resolver } from '../../dns/resolver.ts';
  import type { MailauthArcResult } from 'mailauth/lib/arc/index.js';

  export interface MailauthDmarcResponse {
    status: { result: string; comment?: string; header?: { from?: string; d?: string }; policy?: { dmarc?: string } };
    domain?: string;
    policyDomain?: string;
    policy?: string;
    p?: string;
    sp?: string;
    np?: string;
    testMode?: boolean;
    rr?: string;
    error?: string;
    alignment?: {
      spf: { result?: string | false; strict: boolean };
      dkim: { result?: string | false; strict: boolean; underSized?: number };
    };
  }

  export function evaluateDmarc(options: {
    headerFrom: string[];
    fromFields: number;
    spfDomains: string[];
    dkimDomains: { id?: string; domain: string; aligned?: string | false; underSized?: number }[];
    arcResult?: MailauthArcResult;
    resolver: Resolver;
  }): Promise<{ response: MailauthDmarcResponse | false; dkimAligned?: Set<string>; reason?: string }>;
}
