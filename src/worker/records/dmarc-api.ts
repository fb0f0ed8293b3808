// The DMARC bench's calls across the records worker's boundary (src/worker/records-entry.ts).

import type { DnsSettings } from '../../dns/settings.ts';
import { checkDmarc, type DmarcReport } from '../../core/records/dmarc/check-dmarc.ts';
import { dmarcRollout, generateDmarc, type DmarcChoices, type GeneratedDmarc, type RolloutStage } from '../../core/records/dmarc/dmarc-generator.ts';
import { withRecordLookups, type RecordResponse } from './record-dns.ts';

export const dmarcApi = {
  /** A pasted record, or a domain whose _dmarc record is looked up. */
  check(input: string, dns: DnsSettings): Promise<RecordResponse<DmarcReport>> {
    return withRecordLookups(input, dns, (resolver) => checkDmarc(input, resolver));
  },

  /** No DNS: the record and the roll-out for the choices as typed. */
  async generate(choices: DmarcChoices, domain: string): Promise<{ generated: GeneratedDmarc; rollout: RolloutStage[] }> {
    return { generated: generateDmarc(choices, domain), rollout: dmarcRollout(domain, choices.rua[0]?.replace(/^mailto:/i, '') ?? '') };
  },
};
