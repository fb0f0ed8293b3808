// The resolver of a run, settled before any message is read: a --doh that
// is not a resolver or a --zone that cannot be read is the command line's
// fault, not the first message's, and stops the run (exit 2). What is
// chosen is plain data, handed to each worker thread as it is.

import { readFile } from 'node:fs/promises';
import { CustomDohUrlError, DEFAULT_DOH_PRESET, DOH_PRESETS, isDohPresetId, parseCustomDohUrl } from '../dns/presets.ts';
import type { DnsSettings } from '../dns/settings.ts';
import { parseZoneFile } from '../dns/zone.ts';
import type { ZoneFile } from '../dns/zone-file.ts';
import type { LoadedInput } from './inputs.ts';

export class ResolverError extends Error {}

/** null: no resolver named, so a case folder's zone.json or else the default resolver. */
export type ResolverChoice = DnsSettings | null;

function presetSettings(id: keyof typeof DOH_PRESETS): DnsSettings {
  const preset = DOH_PRESETS[id];
  return { kind: 'doh', url: preset.wireUrl, format: 'wire', label: preset.name };
}

export async function chooseResolver(options: { offline: boolean; zone: string | null; doh: string | null }): Promise<ResolverChoice> {
  if (options.offline) return { kind: 'offline' };
  if (options.zone !== null) return { kind: 'zone', zone: await readZone(options.zone), label: options.zone };
  if (options.doh === null) return null;
  if (isDohPresetId(options.doh)) return presetSettings(options.doh);
  try {
    return { kind: 'doh', url: parseCustomDohUrl(options.doh), format: 'wire' };
  } catch (error) {
    if (error instanceof CustomDohUrlError) throw new ResolverError(`--doh: ${error.message}; or name one of ${Object.keys(DOH_PRESETS).join(', ')}`);
    throw error;
  }
}

async function readZone(path: string): Promise<ZoneFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ResolverError(`--zone: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return parseZoneFile(JSON.parse(text));
  } catch (error) {
    throw new ResolverError(`--zone: ${path} is not a zone.json: ${(error as Error).message}`);
  }
}

export function settingsFor(choice: ResolverChoice, input: LoadedInput): DnsSettings {
  if (choice !== null) return choice;
  if (input.zone) return { kind: 'zone', zone: input.zone, label: `${input.path}/zone.json` };
  return presetSettings(DEFAULT_DOH_PRESET);
}

