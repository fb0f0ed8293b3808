// A DoH source for what the user picked, a preset or their own endpoint.
// Apart from presets.ts, whose data the page shows before any analysis:
// the DoH client and its DNS message code load only where lookups are made.

import { createDohSource, type FetchFunction } from './doh.ts';
import { DOH_PRESETS, parseCustomDohUrl, type DohChoice } from './presets.ts';
import type { DnsSource } from './resolver.ts';

export function createPresetSource(choice: DohChoice, fetch: FetchFunction, timeoutMs?: number): DnsSource {
  if (choice.preset === 'custom') {
    const url = parseCustomDohUrl(choice.url);
    return createDohSource({
      url,
      format: choice.format,
      fetch,
      timeoutMs,
      jsonTxt: choice.jsonTxt ?? 'auto',
      label: `${new URL(url).host} (${choice.format})`,
    });
  }
  const preset = DOH_PRESETS[choice.preset];
  return createDohSource({
    url: choice.format === 'wire' ? preset.wireUrl : preset.jsonUrl,
    format: choice.format,
    fetch,
    timeoutMs,
    jsonTxt: preset.jsonTxt,
    label: `${preset.id} (${choice.format})`,
  });
}
