// Builds the state a link or file carries from what the page or the CLI
// has after an analysis (the message, the settings, the DNS snapshot, the
// Analysis), redacting it first when switches are on; and turns a state
// back into the inputs of `analyze`.

import type { Analysis, LocalizedText } from '../analysis.ts';
import type { ZoneFile } from '../../dns/zone-file.ts';
import { parseZoneFile } from '../../dns/zone-file.ts';
import { REDACTION_SWITCHES, type RedactionSwitch } from './redaction-switches.ts';
import { createRedactionBook, type BookEntry, type ValueKind } from './redaction-book.ts';
import { collectValues } from './collect-values.ts';
import { leftOutNote, messageViews, prepareForRedaction, redactMessageView } from './redact-message.ts';
import { redactIpText, redactView, type Redactor } from './redact-text.ts';
import { namesInTextRedactor, redactZone } from './redact-zone.ts';
import { textToView, viewToBytes, viewToText } from './byte-view.ts';
import { messageBytes, SHARE_FORMAT_VERSION, shareMessage, type RedactionRecord, type ShareEnvelope, type ShareSettings, type ShareState, type VerifiedBeforeRedaction } from './share-state.ts';
import type { BlocklistChoice } from '../sender/blocklists.ts';

export interface ShareInput {
  /** The message bytes exactly as analysed. */
  message: Uint8Array;
  /** The clock the analysis used (Analysis.now). */
  now: string;
  /** Only what the user gave; the rest is inferred again from the message. */
  envelope?: ShareEnvelope | undefined;
  /** The Received hop the user picked for SPF (Hop.number), if any. */
  hop?: number | null | undefined;
  /** The DNS answers of the analysis (the worker's `snapshot`). */
  snapshot: ZoneFile;
  /** The Analysis of the unredacted message: its verdicts travel with a redacted share. */
  analysis: Analysis;
  redact?: readonly RedactionSwitch[] | undefined;
}

/** Which book entries each switch counts. */
const KINDS_OF_SWITCH: Partial<Record<RedactionSwitch, ValueKind[]>> = {
  'local-parts': ['local-part'],
  addresses: ['address'],
  'display-names': ['display-name'],
  'ip-addresses': ['ip'],
  'internal-hosts': ['host'],
  'message-ids': ['message-id'],
  'tenant-ids': ['guid', 'opaque-id'],
};

function cleanEnvelope(envelope: ShareEnvelope | undefined): ShareEnvelope {
  const out: ShareEnvelope = {};
  for (const key of ['ip', 'helo', 'mailFrom'] as const) {
    const value = envelope?.[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}

function verdictsBefore(analysis: Analysis, redactor: Redactor, renameNames: (text: string) => string): VerifiedBeforeRedaction {
  const redactText = (text: LocalizedText): LocalizedText => ({
    en: renameNames(viewToText(redactView(textToView(text.en), redactor))),
    de: renameNames(viewToText(redactView(textToView(text.de), redactor))),
  });
  const word = (verdict: { result: VerifiedBeforeRedaction['dkim'][number]['result']; reason: LocalizedText } | null) =>
    verdict === null ? null : { result: verdict.result, reason: redactText(verdict.reason) };
  const name = (value: string) => viewToText(redactView(textToView(value), redactor));
  return {
    spf: word(analysis.spf),
    dkim: analysis.dkim.map((signature) => ({
      index: signature.index,
      domain: name(signature.domain),
      selector: name(signature.selector),
      result: signature.result,
      reason: redactText(signature.reason),
    })),
    dmarc: word(analysis.dmarc),
    arc: word(analysis.arc),
  };
}

function redactEnvelope(envelope: ShareEnvelope, redactor: Redactor): ShareEnvelope {
  const out: ShareEnvelope = {};
  if (envelope.ip !== undefined) out.ip = redactIpText(envelope.ip, redactor);
  if (envelope.helo !== undefined) out.helo = viewToText(redactView(textToView(envelope.helo), redactor));
  if (envelope.mailFrom !== undefined) out.mailFrom = viewToText(redactView(textToView(envelope.mailFrom), redactor));
  return out;
}

function zoneTexts(zone: ZoneFile): string[] {
  const texts: string[] = [];
  for (const entry of Object.values(zone.records)) {
    texts.push(...(entry.A ?? []), ...(entry.AAAA ?? []));
    for (const record of entry.TXT ?? []) texts.push(textToView(typeof record === 'string' ? record : record.join('')));
  }
  return texts;
}

/** The share state; with switches on, everything in it is redacted the same way. */
export function createShareState(input: ShareInput): ShareState {
  return createShare(input).state;
}

/**
 * The share state and what was replaced by what. The replacements are for
 * the sender's eyes only (the page can show them before sharing); they are
 * never part of the state.
 */
export function createShare(input: ShareInput): { state: ShareState; replacements: BookEntry[] } {
  const envelope = cleanEnvelope(input.envelope);
  // The lists the analysis asked: the recipient's replay asks them again, of the frozen answers.
  const lists = input.analysis.sender?.lists;
  const settings: ShareSettings = { now: input.now, envelope, hop: input.hop ?? null, ...(lists && lists.length > 0 ? { blocklists: lists.map((list) => ({ ...list })) } : {}) };
  const switches = REDACTION_SWITCHES.filter((name) => input.redact?.includes(name));
  if (switches.length === 0) {
    const state: ShareState = {
      maillab: SHARE_FORMAT_VERSION,
      message: shareMessage(input.message),
      settings,
      dns: parseZoneFile(input.snapshot),
      redaction: null,
      verifiedBeforeRedaction: null,
    };
    return { state, replacements: [] };
  }

  const redactor: Redactor = { switches: new Set(switches.filter((name) => name !== 'body')), book: createRedactionBook(), messageIds: new Set(), aliases: [], closed: false };
  const prepared = prepareForRedaction(input.message, switches.includes('body'));
  collectValues(messageViews(prepared.bytes), envelope, redactor, zoneTexts(input.snapshot));
  const message = redactMessageView(prepared.bytes, redactor);
  const settingsEnvelope = redactEnvelope(envelope, redactor);
  redactor.closed = true;
  const zone = redactZone(input.snapshot, redactor);
  const notes: LocalizedText[] = [];
  if (message.leftOut > 0) notes.push(leftOutNote(message.leftOut));
  notes.push(...zone.notes);

  // The verdicts' texts name values of the message and of the DNS records,
  // and names an SPF macro built from the local part.
  const verified = verdictsBefore(input.analysis, redactor, namesInTextRedactor(input.snapshot, redactor));
  const replaced: RedactionRecord['replaced'] = {};
  for (const name of switches) {
    const kinds = KINDS_OF_SWITCH[name];
    if (kinds) replaced[name] = kinds.reduce((sum, kind) => sum + redactor.book.entries(kind).length, 0);
  }
  const state: ShareState = {
    maillab: SHARE_FORMAT_VERSION,
    message: shareMessage(viewToBytes(message.view)),
    settings: { ...settings, envelope: settingsEnvelope },
    dns: parseZoneFile(zone.zone),
    redaction: { switches, replaced, notes },
    verifiedBeforeRedaction: verified,
  };
  return { state, replacements: redactor.book.entries() };
}

/** What `analyze` needs to give the recipient the same Analysis, with DNS answered from `zone` only. */
export interface ShareReplay {
  message: Uint8Array;
  now: string;
  envelope: ShareEnvelope;
  hop: number | null;
  zone: ZoneFile;
  /** The DNS blocklists the shared analysis asked; null: none. */
  blocklists: BlocklistChoice[] | null;
}

export function shareReplay(state: ShareState): ShareReplay {
  return {
    message: messageBytes(state.message),
    now: state.settings.now,
    envelope: { ...state.settings.envelope },
    hop: state.settings.hop,
    zone: state.dns,
    blocklists: state.settings.blocklists ?? null,
  };
}
