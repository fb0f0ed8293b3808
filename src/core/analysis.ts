// The result of one analysis: plain JSON (ISO strings for times, no classes,
// no Maps), versioned. The same object feeds the page, `--json` in the CLI,
// the share link and the fixture checks, so field names follow
// test/cases/FORMAT.md wherever it names them.

import type { ProblemCode } from './problems.ts';
import type { BounceReason } from './bounce/reason-words.ts';
import type { MessageKind } from './bounce/message-kind.ts';
import type { SenderReport } from './sender/scorecard.ts';
import type { LookupFailureKind } from '../dns/resolver.ts';
import type { MailRoute } from './path/mail-route.ts';

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
  /** The Received chain, oldest hop first (FORMAT.md `hops`). */
  hops: Hop[];
  /** What the chain says as a whole: trust boundary, SPF hop, delays, skew, greylisting; null without a message. */
  path: MailPath | null;
  /** The mail path drawn as a lesson: agents with roles, inferred steps, organisations, check points (src/core/path); null without hops. */
  route: MailRoute | null;
  /** Every header field explained, top first (src/core/headers). */
  headers: ExplainedHeader[];
  /** Findings about the header as a whole that belong to no single field (e.g. no From at all). */
  headerFindings: HeaderFinding[];
  /** Each receiver verdict (Authentication-Results, ARC-Authentication-Results, Received-SPF) beside our re-check. */
  comparison: VerdictComparison[];
  /**
   * What kind of message this is (ordinary, non-delivery, delay, delivery-success,
   * read-receipt, feedback, auto-reply), with the evidence and a confidence
   * (src/core/bounce/message-kind.ts); null when the input is not a message.
   */
  kind: MessageKind | null;
  /**
   * The first failed recipient of a bounce, else the first delayed one
   * (FORMAT.md `bounce`); null when no recipient failed or was delayed (an
   * ordinary message, a read receipt, a delivery confirmation, an
   * auto-reply, a feedback report: their recipients are in `bounceReport.recipients`).
   */
  bounce: BounceRecipient | null;
  /** The failed and delayed recipients only, in report order, each with its `action`; [] when none. */
  bounces: BounceRecipient[];
  /** The report as a whole: what kind, from which MTA, and the returned message analysed in turn. */
  bounceReport: BounceReport | null;
  /** A forwarded message inside the body (src/core/message/forwarded-message.ts); null when there is none, and for reports, whose attached message is their subject. */
  forwarded: ForwardedMessage | null;
  /**
   * The sending server at the envelope hop checked as the seed's checklist
   * (reverse DNS, HELO, domains, blocklists when allowed, open relay);
   * null without a message or an envelope (src/core/sender).
   */
  sender: SenderReport | null;
}

/** The original of a forward, found in the body: the analysis above is of the forward, not of it. */
export interface ForwardedMessage {
  /** Attached as a message/rfc822 part (RFC 2046 §5.2.1), or written into the text below a mail program's separator line. */
  form: 'attached' | 'inline';
  /** The separator line as written ("---------- Forwarded message ---------"), or the part's media type. */
  marker: string;
  /** The original's header has trace fields, signatures or a Message-ID; false: only the From / Sent / To / Subject block a mail program writes, on which nothing can be checked. */
  rawHeader: boolean;
  /** The original's From and Subject, as its header gives them. */
  from: string | null;
  subject: string | null;
  /** The original as text, to be analysed on its own; null when its header is not raw or it is longer than MAX_FORWARDED_CHARS. */
  message: string | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** English text, for the CLI and logs (in the page's worker, built for one language, that language's: vite-plugin-one-language.ts). */
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
  code: 'line-ends' | 'doubled-cr' | 'blank-line-inserted' | 'mbox-from-line';
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
  note: LocalizedText;
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

export type { LookupFailureKind };

/**
 * The DNS question a verdict needed and could not get answered, and why
 * (src/core/auth/lookup-failures.ts). It names no resolver: the Analysis
 * is the same whichever one failed; the page adds the name.
 */
export interface DnsFailure {
  kind: LookupFailureKind;
  name: string;
  type: string;
  /** What went wrong, in words: this is the verdict's reason where mailauth's own cause was English text. */
  text: LocalizedText;
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
  /** The lookup whose failure made this temperror, where one is known. */
  dnsFailure?: DnsFailure;
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
  /** The key lookup whose failure made this temperror, where one is known. */
  dnsFailure?: DnsFailure;
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
  /** The lookup whose failure made this temperror, where one is known. */
  dnsFailure?: DnsFailure;
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
  /** The key lookup whose failure failed the chain (ARC has no temporary result), where one is known. */
  dnsFailure?: DnsFailure;
}

/** The step a hop is on the mail path (FORMAT.md `role`); `unknown` where the field does not tell. */
export type HopRole = 'submission' | 'relay' | 'delivery' | 'retrieval' | 'internal' | 'unknown';

/** One Received field, read (RFC 5321 §4.4, RFC 5322 §3.6.7). Names follow FORMAT.md where it names them. */
export interface Hop {
  /** 1 = the oldest hop: the number the user gives to pick the SPF hop (`envelopeHop`, `--hop`). */
  number: number;
  /** 1-based line where the field starts in the input. */
  line: number;
  /** The HELO/EHLO name the client gave, as written ("[192.0.2.1]" for a literal, "" for an empty HELO). */
  from: string | null;
  /** The client's name as the receiving host looked it up, as written in the field. */
  reverseName: string | null;
  /** The client's address; an IPv4-mapped IPv6 address is given as IPv4. */
  ip: string | null;
  /** RFC 1413 ident or the local user, where written. */
  ident: string | null;
  by: string | null;
  /** The receiving host's own address, where the field gives it ("by mx (192.0.2.1)"). */
  byIp: string | null;
  via: string | null;
  /** The protocol as written: SMTP, ESMTPS, ESMTPSA, LMTP, HTTP, POP3, "Microsoft SMTP Server", … */
  with: string | null;
  id: string | null;
  /** The recipient, without angle brackets. */
  for: string | null;
  /** The envelope sender, where the field records it. */
  envelopeFrom: string | null;
  /** How the client authenticated, as written (ESMTPSA, "Authenticated sender: …"). */
  auth: string | null;
  /** The software a comment of the field names, as written. */
  software: string | null;
  /** true: encrypted; false: the field says it was not (RFC 3848 protocol words); null: not stated. */
  tls: boolean | null;
  tlsVersion: string | null;
  tlsCipher: string | null;
  /** ISO 8601 in UTC. */
  time: string | null;
  /** The date exactly as written. */
  dateText: string | null;
  /** The zone as written ("+0200", "-0000", "EST"). */
  zone: string | null;
  /** Offset from UTC in minutes as written; null for -0000 and where no usable zone was given. */
  offsetMinutes: number | null;
  /** No usable zone was written, so the time was read as UTC (`notes` says why). */
  zoneAssumed: boolean;
  /** Seconds since hop `delayFrom` (the previous hop with a time); negative when the clocks disagree. */
  delaySeconds: number | null;
  delayFrom: number | null;
  role: HopRole;
  roleReason: LocalizedText;
  /** Written by the receiving organisation (at or after the trust boundary); false: written before it, and could be forged. */
  trusted: boolean;
  /** Assumptions, doubts and oddities worth knowing. */
  notes: LocalizedText[];
  /** The whole field as written, folded. */
  raw: string;
  /** Parts of the field that were not understood, as written: shown, never guessed at. */
  unparsed: string[];
}

export interface MailPath {
  /** Seconds from the oldest hop time to the newest; null with fewer than two times. */
  totalSeconds: number | null;
  /** The hop where the receiving organisation took the message from outside; hops from it on were written by that organisation. */
  boundary: { hop: number | null; reason: LocalizedText };
  /** The hop the SPF envelope (client IP, HELO) was taken from, and the hops passed over on the way there. */
  envelopeHop: {
    hop: number | null;
    chosenBy: 'inferred' | 'user' | 'given';
    reason: LocalizedText;
    skipped: { hop: number; reason: LocalizedText }[];
  };
  skews: ClockSkew[];
  greylisting: GreylistingEvidence[];
  /** The Date field against the clock and the first hop; null without a readable Date. */
  date: DateCheck | null;
  /** Received fields beyond the limit, not read. */
  omittedFields: number;
}

export interface ClockSkew {
  /** The hop whose time is earlier than the hop before it. */
  hop: number;
  seconds: number;
  /** The hop whose clock is most likely wrong; null where the times do not tell. */
  culprit: number | null;
  text: LocalizedText;
}

export interface GreylistingEvidence {
  /** An X-Greylist field, or a retry-sized delay where the message entered the receiving organisation. */
  source: 'x-greylist' | 'delay';
  /** milter-greylist, postgrey or SQLgrey with its version, as written. */
  software: string | null;
  delaySeconds: number | null;
  hop: number | null;
  raw: string | null;
  text: LocalizedText;
}

export interface DateCheck {
  /** The Date field in UTC. */
  date: string;
  verdict: 'ok' | 'future' | 'long-before-first-hop' | 'after-first-hop' | 'no-hop-time';
  /** Seconds from the Date to the oldest hop time (positive: the Date is earlier). */
  secondsToFirstHop: number | null;
  text: LocalizedText;
}

/** How the meaning of a header, a field or a rule is known (STYLE.md). */
export type Knowledge = 'documented' | 'inferred' | 'unknown';

export interface HeaderReference {
  /** "RFC 5322 §3.6.2" or the vendor page's title. */
  title: string;
  url: string;
}

export interface HeaderFinding {
  /** Stable code, e.g. "display-name-address", "bcc-copy". */
  code: string;
  severity: Severity;
  text: LocalizedText;
  /** Indexes (0 = topmost field) of the other fields this finding rests on. */
  related: number[];
}

/** One piece of a decoded value: a tag, a field, a rule, an address. */
export interface DecodedPart {
  /** As written: "d", "SCL", "SPF_FAIL", "To[0]". */
  key: string;
  value: string;
  meaning: LocalizedText | null;
  knowledge: Knowledge;
  /** A score or weight the header states, or the documented default where it states none. */
  score: number | null;
}

/** Where a header belongs in the Headers view, decided here so the page never sorts mail fields itself (header-groups.ts). */
export type HeaderGroup = 'routing' | 'authentication' | 'addresses' | 'content' | 'spam-filters' | 'provider' | 'other';

/** A score or level a header states as its verdict (SpamAssassin's score, rspamd's, Microsoft's SCL and BCL), shown in its row. */
export interface HeaderScore {
  /** As the header names it: "score", "SCL", "BCL", "stars". */
  key: string;
  value: string;
}

export interface ExplainedHeader {
  /** Position among the header fields, 0 = topmost. */
  index: number;
  line: number;
  name: string;
  /** As written, folded; cut at MAX_RAW_CHARS (then rawTruncated). */
  raw: string;
  rawTruncated: boolean;
  /** The value unfolded, RFC 2047 words and RFC 3492 domains decoded where the field allows them. */
  decoded: string;
  /** Catalogue entry id; null for a name nobody documented that we know of. */
  entry: string | null;
  knowledge: Knowledge;
  explanation: LocalizedText;
  references: HeaderReference[];
  parts: DecodedPart[];
  findings: HeaderFinding[];
  group: HeaderGroup;
  /** The verdict scores among `parts`, at most MAX_ROW_SCORES, for the row itself. */
  scores: HeaderScore[];
}

export type TrustCode =
  | 'receiving-side'
  | 'receiving-side-by-position'
  | 'below-boundary'
  | 'foreign-authserv-id'
  | 'no-boundary'
  /** An ARC-Authentication-Results of a validating chain: a sealed record of what an intermediary saw, not compared with our re-check (RFC 8617 §4.1.1). */
  | 'arc-sealed'
  /** An ARC-Authentication-Results no valid ARC set vouches for, and not the receiving side's own. */
  | 'arc-unverified';

export type DifferenceCode =
  | 'body-changed-after-receipt'
  | 'header-changed-or-key-replaced'
  | 'key-removed-since-delivery'
  | 'key-revoked-since-delivery'
  | 'dns-changed-since'
  | 'dns-temporary-error'
  | 'spf-other-hop'
  | 'spf-through-forwarder'
  | 'nonstandard-wording'
  | 'signature-expired-since'
  | 'not-rechecked'
  | 'unexplained';

export interface VerdictDifference {
  code: DifferenceCode;
  knowledge: Knowledge;
  text: LocalizedText;
}

/** One verdict a receiver wrote (Authentication-Results, ARC-Authentication-Results, Received-SPF) beside our re-check. */
export interface VerdictComparison {
  field: { name: string; index: number; line: number };
  authservId: string | null;
  /** i= of an ARC-Authentication-Results field. */
  instance: number | null;
  method: string;
  /** The result word as written ("bestguesspass", "Pass"). */
  written: string;
  /** The RFC 8601 word it stands for; null where it has none. */
  result: AuthResult | null;
  /** ptype.property=value pairs, e.g. "smtp.mailfrom", "header.d". */
  properties: Record<string, string>;
  trusted: boolean;
  trust: { code: TrustCode; text: LocalizedText };
  /** Our re-check: "spf", "dkim[0]", "dmarc", "arc". */
  ours: { path: string; result: AuthResult } | null;
  agrees: boolean | null;
  differences: VerdictDifference[];
}

export type { BounceReason, SenderReport };

/** One recipient of a bounce or other report (src/core/bounce), with FORMAT.md's `status`, `reason`, `recipient`, `remoteMta`. */
export interface BounceRecipient {
  /** The failed address (RFC 3464 Final-Recipient), or null when the report names none. */
  recipient: string | null;
  /** RFC 3464 Original-Recipient: the address as the sender wrote it, before aliases. */
  originalRecipient: string | null;
  /**
   * RFC 3464 §2.3.3 action: failed, delayed, delivered, relayed, expanded; as
   * written, or inferred where the report gives none (`actionSource`); null
   * for an auto-reply or a feedback report, which are about no delivery.
   */
  action: string | null;
  /** Where `action` came from: the report's Action field, or inferred from the status class and the text; null when there is no action. */
  actionSource: 'report' | 'inferred' | null;
  /** RFC 3463 enhanced status code, e.g. "5.1.1". */
  status: string | null;
  /** Where `status` came from: the report's Status field, the diagnostic text, or only its class (X.0.0, RFC 3463 §3.1). */
  statusSource: 'report' | 'diagnostic' | 'class-only' | null;
  /** RFC 5321 §4.2 reply code, e.g. "550". */
  replyCode: string | null;
  /** The SMTP command the failure answered (CONN for the greeting). */
  command: string | null;
  /** The receiving server's error text, on one line. */
  diagnosticCode: string | null;
  /** RFC 3464 §2.3.6 diagnostic type, lower-cased ("smtp", "x-unix"). */
  diagnosticType: string | null;
  /** The server that answered (RFC 3464 Remote-MTA, or named in the text). */
  remoteMta: string | null;
  /** The reason in the bounce vocabulary of FORMAT.md (Sisimai's words). */
  reason: BounceReason;
  /** The reason for people: never a raw word like `undefined`. */
  reasonLabel: LocalizedText;
  /** RFC 3463 §3.1 class of `status`: 2 success, 4 transient, 5 permanent; null without a status. */
  statusClass: 'success' | 'transient' | 'permanent' | null;
  /** hard: the address will never work; soft: another try or a fix by the sender can succeed; null: no failure. */
  severity: 'hard' | 'soft' | null;
  /** Why this reason: the status code, the phrase, the provider rule or the MTA layout that decided. */
  evidence: string;
  explanation: LocalizedText;
  nextStep: LocalizedText;
  /** What the status code means (RFC 3463 and the IANA registry); null when only its class is known. */
  statusMeaning: LocalizedText | null;
}

export interface BounceReport {
  /**
   * The format of the report: delivery-status: RFC 3464; non-standard: an
   * MTA's prose; feedback: RFC 5965 or alike; auto-reply: RFC 3834;
   * ses-notification: Amazon SES JSON; disposition-notification: an RFC 8098
   * read receipt. What the message *is* says `Analysis.kind`.
   */
  kind: 'delivery-status' | 'non-standard' | 'feedback' | 'auto-reply' | 'ses-notification' | 'disposition-notification';
  /** Every recipient is only delayed: a warning, delivery is still being tried. */
  warning: boolean;
  /** The MTA or provider whose bounce layout was recognised, or null. */
  family: string | null;
  reportingMta: string | null;
  arrivalDate: string | null;
  /** RFC 5965 Feedback-Type of a feedback report. */
  feedbackType: string | null;
  /** RFC 8098 §3.2.6 disposition type of a read receipt: displayed, deleted, dispatched, processed. */
  disposition: string | null;
  /** Every recipient the report names, whatever its action (delivered, relayed, the reporter of a complaint); `Analysis.bounces` holds the failed and delayed ones. */
  recipients: BounceRecipient[];
  /** The header fields that marked the message as a report. */
  because: string[];
  /** The returned message: whole or its header only, where it was found, its size. */
  returned: { kind: 'message' | 'headers'; source: string; bytes: number } | null;
  /** The returned message analysed in turn (its hops and authentication); null when there is none or nesting went too deep. */
  original: Analysis | null;
}
