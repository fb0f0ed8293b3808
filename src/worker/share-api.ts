// The share functions the page calls through the worker: making a link or
// a .maillab.json file from an analysis, opening one, and the Markdown
// report. They are core functions; they run here because the page imports
// no core code, and compression and redaction of a large message are work
// for the worker, not the page.

import type { Analysis, Problem } from '../core/analysis.ts';
import type { EnvelopeInput } from '../core/hops/infer-envelope.ts';
import type { ZoneFile } from '../dns/zone-file.ts';
import type { BlocklistChoice } from '../core/sender/blocklists.ts';
import { blocklistsOf } from '../core/sender/blocklist-choice.ts';
import { encodeShareLink, decodeShareLink, isLinkShareable, MAX_LINK_LENGTH } from '../core/share/share-link.ts';
import { decodeShareFile, encodeShareFile } from '../core/share/share-file.ts';
import { messageBytes, type RedactionRecord, type ShareState, type VerifiedBeforeRedaction } from '../core/share/share-state.ts';
import type { RedactionSwitch } from '../core/share/redaction-switches.ts';
import type { BookEntry } from '../core/share/redaction-book.ts';
import { renderMarkdownReport, type ReportLanguage } from '../core/share/markdown-report.ts';
import { analyze } from '../core/analyze.ts';
import { createShare as createShareState, shareReplay } from '../core/share/create-share.ts';
import { createLookupSession } from '../dns/lookup-session.ts';
import { createZoneSource } from '../dns/zone.ts';
import type { DnsEvidence } from '../dns/recorder.ts';
import { showVerdictsBeforeRedaction, type VerdictsShown } from '../core/share/verdicts-before-redaction.ts';
import { compareLiveRecheck, type RecheckLookup, type RecheckOutcome } from '../core/share/live-recheck.ts';

export interface ShareRequest {
  /** The message exactly as analysed. */
  message: ArrayBuffer;
  analysis: Analysis;
  /** The DNS answers of that analysis. */
  snapshot: ZoneFile;
  envelope?: EnvelopeInput;
  hop?: number | null;
  redact: RedactionSwitch[];
  /** The page's own address; the state goes into its fragment. */
  baseUrl: string;
}

export interface SharePackage {
  ok: true;
  /** null when the link would be longer than browsers accept; the file works always. */
  link: string | null;
  linkLength: number;
  /** Short enough for chat tools and mail clients, which cut long links. */
  linkTravels: boolean;
  file: string;
  redaction: RedactionRecord | null;
  /** What became what: for the sender's preview only, never part of the share. */
  replacements: BookEntry[];
}

export interface OpenedShare {
  ok: true;
  message: ArrayBuffer;
  now: string;
  envelope: EnvelopeInput;
  hop: number | null;
  zone: ZoneFile;
  /** The DNS blocklists the shared analysis asked; null: none. Asked again of `zone` only. */
  blocklists: BlocklistChoice[] | null;
  redaction: RedactionRecord | null;
  verifiedBeforeRedaction: VerifiedBeforeRedaction | null;
}

/** The share of a request's analysis, redacted as it asks. */
function shareOf(request: Omit<ShareRequest, 'baseUrl'>) {
  return createShareState({
    message: new Uint8Array(request.message),
    now: request.analysis.now,
    envelope: request.envelope,
    hop: request.hop ?? null,
    snapshot: request.snapshot,
    analysis: request.analysis,
    redact: request.redact,
  });
}

export async function makeShare(request: ShareRequest): Promise<SharePackage> {
  const { state, replacements } = shareOf(request);
  const link = await encodeShareLink(state, request.baseUrl);
  return {
    ok: true,
    link: link.length <= MAX_LINK_LENGTH ? link : null,
    linkLength: link.length,
    linkTravels: isLinkShareable(link),
    file: encodeShareFile(state),
    redaction: state.redaction,
    replacements,
  };
}

function opened(state: ShareState): OpenedShare {
  const bytes = messageBytes(state.message);
  return {
    ok: true,
    message: bytes.slice().buffer,
    now: state.settings.now,
    envelope: { ...state.settings.envelope },
    hop: state.settings.hop,
    zone: state.dns,
    blocklists: state.settings.blocklists ?? null,
    redaction: state.redaction,
    verifiedBeforeRedaction: state.verifiedBeforeRedaction,
  };
}

/** Opens a link (or just its fragment) or the bytes of a .maillab.json file. */
export async function openShare(input: { link: string } | { file: ArrayBuffer }): Promise<OpenedShare | { ok: false; problem: Problem }> {
  const result = 'link' in input ? await decodeShareLink(input.link) : decodeShareFile(new Uint8Array(input.file));
  return result.ok ? opened(result.state) : result;
}

export async function markdownReport(
  analysis: Analysis,
  options: { language: ReportLanguage; dnsAnswers: number; redaction?: RedactionRecord | null; verifiedBeforeRedaction?: VerifiedBeforeRedaction | null },
): Promise<string> {
  return renderMarkdownReport(analysis, options);
}

/**
 * What the page lets a person take away while redaction switches are on
 * (issue 10: the Markdown, the JSON and the printout beside the switches
 * carried the unredacted analysis). It is exactly what the recipient of
 * the link would see: the redacted message analysed again with the DNS
 * answers the share carries, and the verdicts verified before redaction.
 */
export interface RedactedExport {
  ok: true;
  analysis: Analysis;
  evidence: DnsEvidence[];
  snapshot: ZoneFile;
  markdown: string;
  redaction: RedactionRecord | null;
  verifiedBeforeRedaction: VerifiedBeforeRedaction | null;
}

export async function redactedExport(request: Omit<ShareRequest, 'baseUrl'> & { language: ReportLanguage }): Promise<RedactedExport> {
  const { state } = shareOf(request);
  const replay = shareReplay(state);
  const lookups = createLookupSession(createZoneSource(replay.zone, 'share'));
  const analysis = await analyze(replay.message, {
    resolver: lookups.resolver,
    now: replay.now,
    envelope: replay.envelope,
    ...(replay.hop !== null ? { envelopeHop: replay.hop } : {}),
    ...(replay.blocklists ? { blocklists: blocklistsOf(replay.blocklists) } : {}),
  });
  const evidence = lookups.evidence();
  const context = { redaction: state.redaction, verifiedBeforeRedaction: state.verifiedBeforeRedaction };
  const markdown = renderMarkdownReport(analysis, { language: request.language, dnsAnswers: evidence.length, ...context });
  return { ok: true, analysis, evidence, snapshot: lookups.snapshot(), markdown, ...context };
}

/** A redacted share's replayed analysis with the verdicts its link computed before redaction in their place. */
export async function verdictsBeforeRedaction(analysis: Analysis, verified: VerifiedBeforeRedaction): Promise<{ ok: true } & VerdictsShown> {
  return { ok: true, ...showVerdictsBeforeRedaction(analysis, verified) };
}

/** What a live re-check of a shared analysis found, or why it could not re-check. */
export async function liveRecheck(frozen: Analysis, live: Analysis, lookups: RecheckLookup[], options: { offline: boolean }): Promise<{ ok: true; outcome: RecheckOutcome }> {
  return { ok: true, outcome: compareLiveRecheck(frozen, live, lookups, options) };
}
