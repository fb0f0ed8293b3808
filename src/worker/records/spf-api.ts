// The SPF bench's calls across the records worker's boundary (src/worker/records-entry.ts).

import type { DnsSettings } from '../../dns/settings.ts';
import { checkSpf, type SpfReport } from '../../core/records/spf/check-spf.ts';
import { flattenSpf, type FlattenedSpf } from '../../core/records/spf/spf-flatten.ts';
import { generateSpf, type GeneratedSpf, type SpfChoices } from '../../core/records/spf/spf-generator.ts';
import { withRecordLookups, type RecordResponse } from './record-dns.ts';

export interface GeneratedSpfCheck {
  generated: GeneratedSpf;
  /** The generated record checked like a pasted one, its includes followed: lookups, findings. */
  report: SpfReport;
}

export const spfApi = {
  /** A pasted record, or a domain to look it up at. */
  check(input: string, dns: DnsSettings): Promise<RecordResponse<SpfReport>> {
    return withRecordLookups(input, dns, (resolver) => checkSpf(input, resolver));
  },

  /** The generator's record for `choices`, checked as it is typed. */
  generate(choices: SpfChoices, domain: string, dns: DnsSettings): Promise<RecordResponse<GeneratedSpfCheck>> {
    const generated = generateSpf(choices, domain);
    // With a domain, checked as published there: a bare "mx" or "a" then has a name to follow.
    const asPublished = domain ? generated.zoneLine : generated.record;
    return withRecordLookups(domain, dns, async (resolver) => ({ generated, report: await checkSpf(asPublished, resolver) }));
  },

  flatten(record: string, domain: string, dns: DnsSettings): Promise<RecordResponse<FlattenedSpf>> {
    return withRecordLookups(record, dns, (resolver) => flattenSpf(record, domain, resolver));
  },
};
