// The DKIM bench's calls across the records worker's boundary
// (src/worker/records-entry.ts): reading a pasted record, checking a
// published key as opendkim-testkey does, comparing a pasted private key,
// and making a key pair. Plain async functions with plain JSON results;
// tests call them in Node. A pasted private key is only compared here and
// dropped: nothing of it is kept or sent.

import { readDkimRecord, type DkimRecordReport } from '../../core/records/dkim/read-record.ts';
import { checkPublishedKey, type DkimLiveCheck } from '../../core/records/dkim/live-check.ts';
import { matchPrivateKey, type KeyMatch } from '../../core/records/dkim/private-key-match.ts';
import { generateDkimKey, type DkimKeyType, type GenerateOutcome } from '../../core/records/dkim/generate-key.ts';
import { createLookupSession } from '../../dns/lookup-session.ts';
import type { DnsEvidence } from '../../dns/recorder.ts';
import { createSource, type DnsSettings } from '../../dns/settings.ts';
import type { FetchFunction } from '../../dns/doh.ts';
import { parseZoneFile } from '../../dns/zone-file.ts';
import { parseCustomDohUrl } from '../../dns/presets.ts';

export interface DkimCheckRequest {
  domain: string;
  selector: string;
  /** A pasted private key to compare with the published one; it stays in the worker's memory for this call only. */
  privateKey?: string;
  dns: DnsSettings;
}

export type DkimCheckResponse = { ok: true; check: DkimLiveCheck; evidence: DnsEvidence[] } | { ok: false; message: string };

/** A zone or resolver URL from the page is the user's: checked before it is used, as the analysis worker does. */
function usableDns(settings: DnsSettings): DnsSettings | string {
  try {
    if (settings.kind === 'zone') return { ...settings, zone: parseZoneFile(settings.zone) };
    return settings.kind === 'doh' ? { ...settings, url: parseCustomDohUrl(settings.url) } : settings;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function createDkimApi(environment: { fetch: FetchFunction }) {
  return {
    async read(text: string): Promise<DkimRecordReport> {
      return readDkimRecord(text);
    },

    async check(request: DkimCheckRequest): Promise<DkimCheckResponse> {
      const dns = usableDns(request.dns);
      if (typeof dns === 'string') return { ok: false, message: dns };
      const lookups = createLookupSession(createSource(dns, environment.fetch));
      const check = await checkPublishedKey({ resolver: lookups.resolver, domain: request.domain, selector: request.selector, privateKey: request.privateKey });
      return { ok: true, check, evidence: lookups.evidence() };
    },

    /** A pasted private key against a pasted record's key: no DNS at all. */
    async matchKey(request: { privateKey: string; record: string }): Promise<KeyMatch | null> {
      const report = readDkimRecord(request.record);
      const p = report.tags.find((tag) => tag.name === 'p')?.value;
      if (!p || !request.privateKey.trim()) return null;
      return matchPrivateKey(request.privateKey, p, (report.tags.find((tag) => tag.name === 'k')?.value ?? 'rsa').toLowerCase());
    },

    async generate(request: { keyType: DkimKeyType; selector: string; domain: string }): Promise<GenerateOutcome> {
      return generateDkimKey(request);
    },
  };
}

export const dkimApi = createDkimApi({ fetch: (input, init) => fetch(input, init) });
