// The command line's work, as a function the tests call: parse the
// options, analyse every INPUT in order, print, and return the exit code.

import { analyze } from '../core/analyze.ts';
import type { Analysis } from '../core/analysis.ts';
import { createLookupSession } from '../dns/lookup-session.ts';
import { createSource, type DnsSettings } from '../dns/settings.ts';
import { DOH_PRESETS, type DohPresetId } from '../dns/presets.ts';
import { parseZoneFile } from '../dns/zone.ts';
import { readFile, writeFile } from 'node:fs/promises';
import { createShareState } from '../core/share/create-share.ts';
import { encodeShareLink, isLinkShareable, SAFE_LINK_LENGTH } from '../core/share/share-link.ts';
import { encodeShareFile } from '../core/share/share-file.ts';
import type { ZoneFile } from '../dns/zone-file.ts';
import { parseOptions, UsageError, USAGE, type CliOptions } from './options.ts';
import { InputError, loadInput, type LoadedInput } from './inputs.ts';
import { renderReport } from './report.ts';

const EXIT_OK = 0;
const EXIT_BAD_INPUT = 1;
const EXIT_USAGE = 2;

async function dnsSettingsFor(options: CliOptions, input: LoadedInput): Promise<DnsSettings> {
  if (options.offline) return { kind: 'offline' };
  if (options.zone !== null) {
    return { kind: 'zone', zone: parseZoneFile(JSON.parse(await readFile(options.zone, 'utf8'))), label: options.zone };
  }
  if (options.doh !== null) {
    const preset = DOH_PRESETS[options.doh as DohPresetId];
    return preset ? { kind: 'doh', url: preset.wireUrl, format: 'wire', label: preset.name } : { kind: 'doh', url: options.doh, format: 'wire' };
  }
  if (input.zone) return { kind: 'zone', zone: input.zone, label: `${input.path}/zone.json` };
  return { kind: 'doh', url: DOH_PRESETS.cloudflare.wireUrl, format: 'wire', label: DOH_PRESETS.cloudflare.name };
}

interface AnalyzedInput {
  analysis: Analysis;
  envelope: { ip?: string | undefined; helo?: string | undefined; mailFrom?: string | undefined };
  /** Every DNS answer the analysis used, as a zone.json. */
  snapshot: ZoneFile;
}

async function analyzeInput(options: CliOptions, input: LoadedInput): Promise<AnalyzedInput> {
  const lookups = createLookupSession(createSource(await dnsSettingsFor(options, input), (url, init) => fetch(url, init)));
  const envelope = {
    ip: options.ip ?? input.smtp?.ip,
    helo: options.helo ?? input.smtp?.helo,
    mailFrom: options.mailFrom ?? input.smtp?.mailFrom,
  };
  const analysis = await analyze(input.message, {
    resolver: lookups.resolver,
    now: options.now ?? input.now ?? new Date().toISOString(),
    envelope,
    envelopeHop: options.hop ?? input.hop ?? undefined,
  });
  return { analysis, envelope, snapshot: lookups.snapshot() };
}

/** The share of one analysed input: a link printed on `out`, or a .maillab.json file written. */
async function share(options: CliOptions, input: LoadedInput, analyzed: AnalyzedInput, out: (line: string) => void, err: (line: string) => void): Promise<void> {
  const state = createShareState({
    message: input.message,
    now: analyzed.analysis.now,
    envelope: analyzed.envelope,
    hop: options.hop ?? input.hop ?? null,
    snapshot: analyzed.snapshot,
    analysis: analyzed.analysis,
    redact: options.redact,
  });
  if (options.shareFile !== null) await writeFile(options.shareFile, encodeShareFile(state));
  if (options.link === null) return;
  const link = await encodeShareLink(state, options.link);
  if (!isLinkShareable(link)) err(`${input.path}: the link is ${link.length} characters, over ${SAFE_LINK_LENGTH}; chat tools and mail clients may cut it (use --share-file)`);
  out(link);
}

function isFatal(analysis: Analysis): boolean {
  return analysis.message === null;
}

export async function run(argv: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let options: CliOptions;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`mail-lab: ${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (options.help) {
    out(USAGE);
    return EXIT_OK;
  }

  let exitCode = EXIT_OK;
  for (const path of options.inputs) {
    try {
      const input = await loadInput(path);
      const analyzed = await analyzeInput(options, input);
      const { analysis } = analyzed;
      if (isFatal(analysis)) exitCode = EXIT_BAD_INPUT;
      if (options.link !== null || options.shareFile !== null) await share(options, input, analyzed, out, err);
      if (options.link === null) out(options.json ? JSON.stringify(analysis) : renderReport(input.path, analysis));
    } catch (error) {
      // One bad input must not stop the others: it gets its own error object.
      exitCode = EXIT_BAD_INPUT;
      const code = error instanceof InputError ? error.code : 'failed';
      const message = error instanceof Error ? error.message : String(error);
      if (options.json) out(JSON.stringify({ error: { code, input: path, message } }));
      else err(`${path}: ${message}`);
    }
  }
  return exitCode;
}
