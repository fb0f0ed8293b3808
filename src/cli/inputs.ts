// Reads one command-line INPUT: an .eml file, or a fixture case folder in
// the test/cases/FORMAT.md layout (message.eml, zone.json, case.json),
// or a share (a Mail Lab link, or a .maillab.json file), which brings its
// own zone, clock, envelope and hop, so it is analysed offline.

import type { BlocklistChoice } from '../core/sender/blocklists.ts';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ZoneFile } from '../dns/zone-file.ts';
import { parseZoneFile } from '../dns/zone.ts';
import { decodeShareLink } from '../core/share/share-link.ts';
import { decodeShareFile, looksLikeShareFile, SHARE_FILE_EXTENSION } from '../core/share/share-file.ts';
import { shareReplay } from '../core/share/create-share.ts';
import type { ShareResult } from '../core/share/share-state.ts';

export interface CaseSmtp {
  ip?: string;
  helo?: string;
  mailFrom?: string;
}

export interface LoadedInput {
  path: string;
  message: Uint8Array;
  /** The folder's zone.json, for a case folder that has one. */
  zone: ZoneFile | null;
  now: string | null;
  smtp: CaseSmtp | null;
  /** The Received hop a share picked for SPF (Hop.number). */
  hop?: number | null;
  /** The DNS blocklists a share's analysis asked (asked again of its zone). */
  blocklists?: BlocklistChoice[] | null;
}

export class InputError extends Error {
  constructor(
    readonly code: 'unreadable' | 'bad-case' | 'bad-share',
    message: string,
  ) {
    super(message);
  }
}

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputError('bad-case', `${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** "https://…#v3.…" or a bare "#v3.…" (any format version): a link, not a file name. */
export function isShareLink(argument: string): boolean {
  return /^#v\d/.test(argument) || /^[a-z][a-z0-9+.-]{0,30}:\/\/[^#\s]{0,2048}#v\d/i.test(argument);
}

function fromShare(path: string, result: ShareResult): LoadedInput {
  if (!result.ok) throw new InputError('bad-share', `${path}: ${result.problem.message} [${result.problem.code}]`);
  const replay = shareReplay(result.state);
  return { path, message: replay.message, zone: replay.zone, now: replay.now, smtp: replay.envelope, hop: replay.hop, blocklists: replay.blocklists };
}

export async function loadInput(path: string): Promise<LoadedInput> {
  if (isShareLink(path)) {
    const label = path.length > 72 ? `${path.slice(0, 71)}…` : path;
    return fromShare(label, await decodeShareLink(path));
  }
  let kind;
  try {
    kind = await stat(path);
  } catch (error) {
    throw new InputError('unreadable', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!kind.isDirectory()) {
    const bytes = new Uint8Array(await readFile(path));
    if (path.endsWith(SHARE_FILE_EXTENSION) || looksLikeShareFile(bytes)) return fromShare(path, decodeShareFile(bytes));
    return { path, message: bytes, zone: null, now: null, smtp: null };
  }
  const messagePath = join(path, 'message.eml');
  let message: Uint8Array;
  try {
    message = new Uint8Array(await readFile(messagePath));
  } catch {
    throw new InputError('bad-case', `${path} is a folder without message.eml`);
  }
  const zoneText = await readOptional(join(path, 'zone.json'));
  const caseText = await readOptional(join(path, 'case.json'));
  let zone: ZoneFile | null = null;
  if (zoneText !== null) {
    try {
      zone = parseZoneFile(parseJson(zoneText, join(path, 'zone.json')));
    } catch (error) {
      throw new InputError('bad-case', `${join(path, 'zone.json')}: ${(error as Error).message}`);
    }
  }
  const caseData = (caseText === null ? {} : parseJson(caseText, join(path, 'case.json'))) as { now?: unknown; smtp?: unknown; senderBlocklists?: unknown };
  const blocklists = caseBlocklists(caseData.senderBlocklists, join(path, 'case.json'));
  return {
    path,
    message,
    zone,
    now: typeof caseData.now === 'string' ? caseData.now : null,
    smtp: caseData.smtp && typeof caseData.smtp === 'object' ? (caseData.smtp as CaseSmtp) : null,
    ...(blocklists ? { blocklists } : {}),
  };
}

/** A case's `senderBlocklists` (test/cases/README.md): the lists its sender check may ask, of its zone. */
function caseBlocklists(value: unknown, path: string): BlocklistChoice[] | null {
  if (value === undefined) return null;
  const valid = Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && typeof item.zone === 'string' && (item.kind === 'ip' || item.kind === 'domain'));
  if (!valid) throw new InputError('bad-case', `${path}: senderBlocklists is not a list of {zone, kind: "ip" | "domain"}`);
  return (value as BlocklistChoice[]).map((item) => ({ zone: item.zone, kind: item.kind }));
}
