// DMARC report addresses (RFC 7489 §6.2 URIs, §6.3 rua/ruf): each mailto:
// checked, and for an address in another organisation the authorisation
// record looked up: <policy-domain>._report._dmarc.<report-domain> must
// hold a "v=DMARC1" TXT record, or receivers send that address nothing
// (§7.1). Without it anyone could point reports at a stranger's mailbox.

import type { LocalizedText } from '../../analysis.ts';
import type { Resolver } from '../../../dns/resolver.ts';
import { sameOrganization } from '../../net/organizational-domain.ts';
import { ask, txtOf } from '../../sender/dns-question.ts';

export interface ReportUri {
  tag: 'rua' | 'ruf';
  uri: string;
  address: string | null;
  /** "!10m": the largest report the address takes (§6.2). */
  maxSize: string | null;
  problem: LocalizedText | null;
  /** For an address in another organisation: the name asked, and whether it authorises the reports. */
  authorisation: { name: string; status: 'authorised' | 'not-authorised' | 'cannot-tell' } | null;
}

const MAILTO = /^mailto:([^@\s!]+@([^@\s!]+))(?:!(\d+[kmgt]?))?$/i;

export function readReportUris(tag: 'rua' | 'ruf', value: string): ReportUri[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((uri) => {
      const match = MAILTO.exec(uri);
      if (match) return { tag, uri, address: match[1]!, maxSize: match[3] ?? null, problem: null, authorisation: null };
      const problem = /^mailto:/i.test(uri)
        ? { en: `"${uri}" is no mailto: address (mailto:user@domain, optionally !size like !10m)`, de: `„${uri}“ ist keine mailto:-Adresse (mailto:user@domain, optional !Größe wie !10m)` }
        : { en: `"${uri}" is not a mailto: URI: receivers send reports by mail only (RFC 7489 §6.2)`, de: `„${uri}“ ist keine mailto:-URI: Empfänger senden Berichte nur per Mail (RFC 7489 §6.2)` };
      return { tag, uri, address: null, maxSize: null, problem, authorisation: null };
    });
}

/** Looks up the §7.1 authorisation of each address outside `policyDomain`'s organisation. */
export async function authoriseReportUris(uris: ReportUri[], policyDomain: string, resolver: Resolver): Promise<ReportUri[]> {
  return Promise.all(
    uris.map(async (uri) => {
      if (uri.address === null) return uri;
      const reportDomain = uri.address.slice(uri.address.lastIndexOf('@') + 1).toLowerCase();
      if (sameOrganization(reportDomain, policyDomain)) return uri;
      const name = `${policyDomain}._report._dmarc.${reportDomain}`;
      const asked = await ask(resolver, name, 'TXT');
      const status = asked.outcome.kind === 'error' ? 'cannot-tell' : txtOf(asked).some((text) => /^v=DMARC1(\s*;|\s*$)/.test(text)) ? 'authorised' : 'not-authorised';
      return { ...uri, authorisation: { name, status } };
    }),
  );
}
