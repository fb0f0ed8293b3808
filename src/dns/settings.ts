// Where an analysis gets its DNS answers, as a plain object the page, the
// worker, the CLI and share links can hold: a DNS-over-HTTPS endpoint, a
// frozen zone, an analysis's recorded answers, or nothing at all (offline).

import type { DnsSource } from './resolver.ts';
import type { ZoneFile } from './zone-file.ts';
import { createZoneSource } from './zone.ts';
import { createDohSource, type FetchFunction } from './doh.ts';
import { createOfflineSource } from './offline.ts';
import { createRecordedSource } from './recorded.ts';
import type { DnsEvidence } from './recorder.ts';
import type { JsonTxtStyle } from './doh-json.ts';

export type DnsSettings =
  | { kind: 'doh'; url: string; format: 'wire' | 'json'; label?: string; timeoutMs?: number; jsonTxt?: JsonTxtStyle }
  | { kind: 'zone'; zone: ZoneFile; label?: string }
  /** An analysis's own answers and failures given again (recorded.ts): a result shown again in another language. */
  | { kind: 'recorded'; zone: ZoneFile; evidence: DnsEvidence[]; label?: string }
  | { kind: 'offline' };

export function createSource(settings: DnsSettings, fetch: FetchFunction): DnsSource {
  switch (settings.kind) {
    case 'doh':
      return createDohSource({
        url: settings.url,
        format: settings.format,
        fetch,
        ...(settings.timeoutMs !== undefined ? { timeoutMs: settings.timeoutMs } : {}),
        ...(settings.label !== undefined ? { label: settings.label } : {}),
        ...(settings.jsonTxt !== undefined ? { jsonTxt: settings.jsonTxt } : {}),
      });
    case 'zone':
      return createZoneSource(settings.zone, settings.label);
    case 'recorded':
      return createRecordedSource(settings.zone, settings.evidence, settings.label);
    case 'offline':
      return createOfflineSource();
  }
}
