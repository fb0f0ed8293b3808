// Reads one command-line INPUT: an .eml file, or a fixture case folder in
// the ../shared/fixtures/FORMAT.md layout (message.eml, zone.json, case.json).

import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ZoneFile } from '../dns/zone-file.ts';
import { parseZoneFile } from '../dns/zone.ts';

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
}

export class InputError extends Error {
  constructor(
    readonly code: 'unreadable' | 'bad-case',
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

export async function loadInput(path: string): Promise<LoadedInput> {
  let kind;
  try {
    kind = await stat(path);
  } catch (error) {
    throw new InputError('unreadable', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  if (!kind.isDirectory()) {
    return { path, message: new Uint8Array(await readFile(path)), zone: null, now: null, smtp: null };
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
  const caseData = (caseText === null ? {} : parseJson(caseText, join(path, 'case.json'))) as { now?: unknown; smtp?: unknown };
  return {
    path,
    message,
    zone,
    now: typeof caseData.now === 'string' ? caseData.now : null,
    smtp: caseData.smtp && typeof caseData.smtp === 'object' ? (caseData.smtp as CaseSmtp) : null,
  };
}
