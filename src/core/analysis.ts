// The result of one analysis: plain JSON (ISO strings for times, no classes,
// no Maps), versioned. The same object feeds the page, `--json` in the CLI,
// the share link and the fixture checks, so field names follow
// ../shared/fixtures/FORMAT.md wherever it names them.

import type { ProblemCode } from './problems.ts';

export const ANALYSIS_SCHEMA = 1;

/**
 * Prose for people, in both languages the page speaks. The core writes it
 * (it knows the facts), the page picks the language; codes and words the
 * RFCs define (result words, status codes) stay as they are.
 */
export interface LocalizedText {
  en: string;
  de: string;
}

/** RFC 8601 §2.7 result words. */
export type AuthResult = 'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy';

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  /** The clock every time check used (signature expiry, delays). */
  now: string;
  input: InputSummary;
  /** Everything that was wrong with the input or could not be done, in the order found. */
  problems: Problem[];
  /** null when the input is not a mail message at all. */
  message: MessageSummary | null;
  envelope: Envelope | null;
  spf: SpfVerdict | null;
  /** One entry per DKIM-Signature, in header order (index 0 is the topmost). */
  dkim: DkimSignature[];
  dmarc: DmarcVerdict | null;
  arc: ArcVerdict | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** English text, for the CLI and logs. */
  message: string;
  /** The same in both languages, for the page. */
  text: LocalizedText;
  /** 1-based line of the input the problem was found on, where one applies. */
  line?: number;
}

export type LineEnding = 'CRLF' | 'LF' | 'CR' | 'mixed' | 'none';

export interface InputSummary {
  bytes: number;
  lineEnding: LineEnding;
  /** The input ends within the header block: nothing after it, not even the blank line. */
  headersOnly: boolean;
  headerBytes: number;
  bodyBytes: number;
  /** Header bytes that are not valid UTF-8 (shown as Latin-1 instead). */
  utf8: boolean;
  /** What was changed before authentication, so the user knows what was checked. */
  repairs: Repair[];
}

export interface Repair {
  code: 'line-ends' | 'doubled-cr' | 'blank-line-inserted';
  count: number;
  message: string;
}

export interface HeaderField {
  /** As written, case kept. */
  name: string;
  /** Unfolded (RFC 5322 §2.2.3), decoded as UTF-8 or Latin-1, not otherwise changed. */
  value: string;
  /** 1-based line where the field starts. */
  line: number;
}

export interface MessageSummary {
  /** Every header field, top first. */
  fields: HeaderField[];
  /** Addresses of every From field (RFC 5322 §3.6.2); DMARC needs exactly one domain. */
  from: string[];
  subject: string | null;
  messageId: string | null;
  /** The Date field in UTC, or null where it is missing or unreadable. */
  date: string | null;
}

export type EnvelopeFieldSource = 'given' | 'received' | 'return-path' | 'none';

export interface EnvelopeProvenance {
  from: EnvelopeFieldSource;
  /** Why this value: which header, which hop, or why none was found. */
  note: string;
}

/** The SMTP envelope SPF is evaluated against (RFC 7208 §2.2, §2.4). */
export interface Envelope {
  ip: string | null;
  helo: string | null;
  /** The MAIL FROM address; "" for the null reverse-path. */
  mailFrom: string | null;
  source: 'given' | 'inferred' | 'mixed' | 'missing';
  provenance: {
    ip: EnvelopeProvenance;
    helo: EnvelopeProvenance;
    mailFrom: EnvelopeProvenance;
  };
}

/** What mailauth itself said, kept beside our RFC word. */
export interface EngineWord {
  result: string;
  comment: string | null;
}

export interface SpfVerdict {
  result: AuthResult;
  reason: LocalizedText;
  /** RFC 7208 §2.4: the HELO identity is checked when MAIL FROM is null. */
  identity: 'mailfrom' | 'helo';
  domain: string;
  clientIp: string | null;
  helo: string | null;
  mailFrom: string | null;
  record: string | null;
  /** The term that decided the result, with the records it was reached through. */
  matched: SpfMatch | null;
  lookups: SpfLookups;
  /** The domain owner's exp= text (RFC 7208 §6.2): third-party text. */
  explanation: string | null;
  engine: EngineWord;
}

export interface SpfMatch {
  /** The term as written, e.g. "ip4:192.0.2.0/24" or "-all". */
  term: string;
  mechanism: string;
  qualifier: '+' | '-' | '~' | '?';
  /** Domains whose records led to the term: the checked domain first, then includes and redirects. */
  via: string[];
}

export interface SpfLookups {
  /** DNS-querying terms counted against the limit of 10 (RFC 7208 §4.6.4). */
  count: number;
  limit: number;
  /** Lookups that returned no answer, against the limit of 2. */
  void: number;
  voidLimit: number;
}

export type BodyHashCheck = 'pass' | 'fail' | 'not-checkable';
export type SignatureCheck = 'pass' | 'fail' | 'not-checked';

export interface DkimSignature {
  /** Position among the DKIM-Signature fields, 0 = topmost. */
  index: number;
  domain: string;
  selector: string;
  algorithm: string;
  canonicalization: { header: string; body: string };
  /** h= as written, lower-cased. */
  signedHeaders: string[];
  /** i=, the agent or user identifier. */
  identity: string | null;
  /** l=, the body length limit, where one was set (RFC 6376 §8.2 warns about it). */
  bodyLength: number | null;
  /** Canonicalized body bytes not covered by l=: content that could have been appended. */
  unsignedBodyBytes: number | null;
  /** t= and x= as ISO times. */
  signedAt: string | null;
  expiresAt: string | null;
  keyType: 'rsa' | 'ed25519' | null;
  keyBits: number | null;
  /** The key record as published, where it was fetched. */
  keyRecord: string | null;
  /** The key record has t=y: the domain is testing DKIM. */
  testing: boolean;
  bodyHash: { result: BodyHashCheck; expected: string | null; computed: string | null };
  /** The cryptographic check of the header signature, apart from the body hash. */
  signature: SignatureCheck;
  result: AuthResult;
  reason: LocalizedText;
  /** Relaxed alignment of d= with the From domain, as DMARC found it. */
  aligned: boolean;
  engine: EngineWord;
  /** Why `result` differs from the engine's word, with the RFC section. */
  mapping: LocalizedText | null;
}

export type DmarcPolicy = 'none' | 'quarantine' | 'reject';
export type AlignmentMode = 'relaxed' | 'strict';

export interface DmarcVerdict {
  result: AuthResult;
  reason: LocalizedText;
  fromDomain: string | null;
  /** The organisational domain (RFC 9989 tree walk). */
  orgDomain: string | null;
  /** The domain whose _dmarc record was used. */
  recordDomain: string | null;
  record: string | null;
  policy: DmarcPolicy | null;
  subdomainPolicy: DmarcPolicy | null;
  /** The policy for this message: p=, sp= or np=, whichever applies. */
  appliedPolicy: DmarcPolicy | null;
  /** pct= as published; RFC 9989 removed it and mailauth ignores it. */
  pct: number | null;
  /** What RFC 7489 §6.6.4 would apply when pct < 100: the next lower policy. */
  rfc7489Policy: DmarcPolicy | null;
  alignment: {
    spf: { mode: AlignmentMode; domain: string | null; aligned: boolean };
    dkim: { mode: AlignmentMode; domains: string[]; aligned: boolean };
  };
  /** The rules the engine applied, in words. */
  rules: LocalizedText[];
  engine: EngineWord;
}

export interface ArcSet {
  instance: number;
  domain: string | null;
  selector: string | null;
  /** cv= of the ARC-Seal. */
  cv: string | null;
}

export interface ArcVerdict {
  result: AuthResult;
  reason: LocalizedText;
  /** Number of ARC sets found. */
  instances: number;
  chain: ArcSet[];
  engine: EngineWord;
  /** Why `result` differs from the engine's word. */
  mapping: LocalizedText | null;
}
