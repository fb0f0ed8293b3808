// The SPF bench's calls across the records worker's boundary (src/worker/records-entry.ts).

import type { DnsSettings } from '../../dns/settings.ts';
import { checkSpf, type SpfReport } from '../../core/records/spf/check-spf.ts';
import { flattenSpf, type FlattenedSpf } from '../../core/records/spf/spf-flatten.ts';
import { generateSpf, type GeneratedSpf, type SpfChoices } from '../../core/records/spf/spf-generator.ts';
import { withRecordLookups, type RecordResponse } from './record-dns.ts';

export const spfApi = {
  /** A pasted record, or a domain to look it up at. */
  check(input: string, dns: DnsSettings): Promise<RecordResponse<SpfReport>> {
    return withRecordLookups(input, dns, (resolver) => checkSpf(input, resolver));
  },

  /** The generator's record for `choices`, checked term by term as it is typed; no DNS (its lookups are counted by check()). */
  async generate(choices: SpfChoices, domain: string): Promise<GeneratedSpf> {
    return generateSpf(choices, domain);
  },

  flatten(record: string, domain: string, dns: DnsSettings): Promise<RecordResponse<FlattenedSpf>> {
    return withRecordLookups(record, dns, (resolver) => flattenSpf(record, domain, resolver));
  },
};
