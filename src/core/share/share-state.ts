// What a Mail Lab link or .maillab.json file carries: everything needed to
// give the recipient the same Analysis with no server and no live DNS.
//
// Share format version 1 (`"maillab": 1` in the JSON; links wrap it in a
// format of their own, "v1.", "v2." or "v3." after the "#", share-link.ts;
// v3 carries the message beside this JSON, link-format-v3.ts):
//
//   {
//     "maillab": 1,
//     "message":  { "utf8": "<the message as text>" }
//              or { "base64": "<RFC 4648 §4 base64 of the bytes>" }   (when the bytes are not UTF-8),
//     "settings": {
//       "now": "<ISO 8601 time: the clock of every time check>",
//       "envelope": { "ip"?, "helo"?, "mailFrom"? }    (only what the user gave; the rest is inferred again),
//       "hop": <number of the Received hop the user picked for SPF, 1 = oldest> | null,
//       "blocklists"?: [{ "zone": "zen.spamhaus.org", "kind": "ip" | "domain" }, …]
//                   (only when the analysis asked DNS blocklists: the recipient's
//                    replay asks the same lists, answered from "dns")
//     },
//     "dns": <zone.json of test/cases/FORMAT.md: the answers the analysis used>,
//     "redaction": null
//              or { "switches": [<names from redaction-switches.ts>], "replaced": {<switch>: <count>}, "notes": [{en, de}] },
//     "verifiedBeforeRedaction": null
//              or { "spf": {result, reason} | null, "dkim": [{index, domain, selector, result, reason}],
//                   "dmarc": {result, reason} | null, "arc": {result, reason} | null }
//   }
//
// Results are RFC 8601 words, reasons LocalizedText. `verifiedBeforeRedaction`
// is present exactly when `redaction` is: redaction changes signed bytes, so
// the recipient's own check would fail where the sender's passed.
//
// read-share-state.ts checks keys strictly: an unknown key is an error, not
// ignored, so a link made by a later format is never half-read. A later
// format changes the version number.

import type { AuthResult, LocalizedText, Problem } from '../analysis.ts';
import type { ZoneFile } from '../../dns/zone-file.ts';
import { problem } from '../problems.ts';
import { decodeUtf8 } from '../message/charset.ts';
import type { RedactionSwitch } from './redaction-switches.ts';
import type { BlocklistChoice } from '../sender/blocklists.ts';
import { decodeBase64, encodeBase64 } from './rfc4648-base64.ts';

export const SHARE_FORMAT_VERSION = 1;

export type SharedMessage = { utf8: string } | { base64: string };

export interface ShareEnvelope {
  ip?: string;
  helo?: string;
  /** "" for the null reverse-path. */
  mailFrom?: string;
}

export interface ShareSettings {
  now: string;
  envelope: ShareEnvelope;
  /** The Received hop the user picked for the SPF envelope (Hop.number, 1 = oldest); null: inferred. */
  hop: number | null;
  /** The DNS blocklists the analysis asked (SenderReport.lists); absent: none, as in links made before they were kept. */
  blocklists?: BlocklistChoice[];
}

export interface RedactionRecord {
  /** The switches that were on, in the order of REDACTION_SWITCHES. */
  switches: RedactionSwitch[];
  /** How many distinct values each switch replaced. */
  replaced: Partial<Record<RedactionSwitch, number>>;
  /** What redaction could not do, or did beyond the switches (e.g. attachments left out). */
  notes: LocalizedText[];
}

export interface VerdictBeforeRedaction {
  result: AuthResult;
  reason: LocalizedText;
}

export interface DkimBeforeRedaction extends VerdictBeforeRedaction {
  index: number;
  domain: string;
  selector: string;
}

export interface VerifiedBeforeRedaction {
  spf: VerdictBeforeRedaction | null;
  dkim: DkimBeforeRedaction[];
  dmarc: VerdictBeforeRedaction | null;
  arc: VerdictBeforeRedaction | null;
}

export interface ShareState {
  maillab: typeof SHARE_FORMAT_VERSION;
  message: SharedMessage;
  settings: ShareSettings;
  dns: ZoneFile;
  redaction: RedactionRecord | null;
  verifiedBeforeRedaction: VerifiedBeforeRedaction | null;
}

/** The state with its keys in the documented order, "maillab" first, as links and files write it. */
export function orderedShareState(state: ShareState): ShareState {
  return {
    maillab: state.maillab,
    message: state.message,
    settings: state.settings,
    dns: state.dns,
    redaction: state.redaction,
    verifiedBeforeRedaction: state.verifiedBeforeRedaction,
  };
}

/** How the page and the Markdown report label the verdicts a share carries from before redaction. */
export const VERIFIED_BEFORE_REDACTION_LABEL: LocalizedText = {
  en: 'verified before redaction',
  de: 'vor dem Schwärzen geprüft',
};

export type ShareResult = { ok: true; state: ShareState } | { ok: false; problem: Problem };

/** UTF-8 text when the bytes are UTF-8 (smaller and readable in a file), else base64. */
export function shareMessage(bytes: Uint8Array): SharedMessage {
  try {
    return { utf8: decodeUtf8(bytes, { fatal: true, keepByteOrderMark: true }) };
  } catch {
    return { base64: encodeBase64(bytes, 'base64') };
  }
}

export function messageBytes(message: SharedMessage): Uint8Array {
  if ('utf8' in message) return new TextEncoder().encode(message.utf8);
  const decoded = decodeBase64(message.base64, 'base64');
  // readShareState checked the base64; a state built in code is trusted.
  if (!decoded.ok) throw new TypeError('messageBytes: the message is not valid base64');
  return decoded.bytes;
}

/** `read`: the newest format this Mail Lab reads (a link's own format number differs from the JSON's, share-link.ts). */
export function newerVersion(version: number, read: number = SHARE_FORMAT_VERSION): Problem {
  return problem('share-newer-version', {
    detail: {
      en: `This link or file was made by a newer Mail Lab (format ${version}); this one reads format ${read}. Open it in the current Mail Lab.`,
      de: `Dieser Link (bzw. diese Datei) stammt aus einer neueren Version von Mail Lab (Format ${version}); diese Version liest Format ${read}. Bitte im aktuellen Mail Lab öffnen.`,
    },
  });
}
