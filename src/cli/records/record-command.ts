// `--record spf|dkim|dmarc INPUT`: one record explained and checked, as
// the page's record workbench does, printed as text or JSON. DKIM has its
// own command (dkim.ts); SPF and DMARC print here from the core's reports.

import type { Resolver } from '../../dns/resolver.ts';
import { createLookupSession } from '../../dns/lookup-session.ts';
import { createSource } from '../../dns/settings.ts';
import { DEFAULT_DOH_PRESET, DOH_PRESETS } from '../../dns/presets.ts';
import { checkSpf } from '../../core/records/spf/check-spf.ts';
import { checkDmarc } from '../../core/records/dmarc/check-dmarc.ts';
import type { RecordKind } from '../options.ts';
import type { ResolverChoice } from '../resolver-choice.ts';
import { resolverTrouble, troubleMessage } from '../resolver-trouble.ts';
import { runDkimRecord } from './dkim.ts';
import { dmarcLines, spfLines } from './record-text.ts';

export async function runRecord(kind: RecordKind, input: string, run: { json: boolean; resolver: ResolverChoice }, out: (line: string) => void, err: (line: string) => void): Promise<number> {
  const preset = DOH_PRESETS[DEFAULT_DOH_PRESET];
  const settings = run.resolver ?? { kind: 'doh', url: preset.wireUrl, format: 'wire', label: preset.name };
  const lookups = createLookupSession(createSource(settings, (url, init) => fetch(url, init)));
  const code = await printRecord(kind, input, run.json, lookups.resolver, out);
  const trouble = resolverTrouble(settings, lookups.evidence());
  if (trouble) {
    err(troubleMessage(trouble));
    return 2;
  }
  return code;
}

async function printRecord(kind: RecordKind, input: string, json: boolean, resolver: Resolver, out: (line: string) => void): Promise<number> {
  if (kind === 'dkim') return runDkimRecord(input, { json, resolver }, out);
  const report = kind === 'spf' ? await checkSpf(input, resolver) : await checkDmarc(input, resolver);
  if (json) out(JSON.stringify(report));
  else out((kind === 'spf' ? spfLines(report as Awaited<ReturnType<typeof checkSpf>>) : dmarcLines(report as Awaited<ReturnType<typeof checkDmarc>>)).join('\n'));
  // 1: the record has an error receivers act on (or there is none), as an unreadable input would.
  return report.findings.some((f) => f.level === 'error') ? 1 : 0;
}
