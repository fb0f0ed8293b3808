// `--link` and `--share-file`: the share of one analysed message, a link
// printed on `out` or a .maillab.json file written.

import { writeFile } from 'node:fs/promises';
import { createShareState } from '../core/share/create-share.ts';
import { encodeShareFile } from '../core/share/share-file.ts';
import { encodeShareLink, isLinkShareable, SAFE_LINK_LENGTH } from '../core/share/share-link.ts';
import type { AnalyzedInput } from './analyze-input.ts';
import type { LoadedInput } from './inputs.ts';
import type { CliOptions } from './options.ts';

export async function share(options: CliOptions, input: LoadedInput, analyzed: AnalyzedInput, out: (line: string) => void, err: (line: string) => void): Promise<void> {
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
