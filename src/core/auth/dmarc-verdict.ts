// mailauth's DMARC evaluation as an Analysis verdict. mailauth follows
// RFC 9989 (DMARCbis): the organisational domain comes from a DNS tree
// walk instead of the Public Suffix List, and pct= is ignored. We say so,
// and also give the policy RFC 7489 would have applied with pct=.

import type { AuthResult, DmarcPolicy, DmarcVerdict, DnsFailure, LocalizedText } from '../analysis.ts';
import type { MailauthDmarcResponse } from './mailauth-adapter.ts';
import { parseTagList } from './tag-list.ts';

const POLICIES = new Set<DmarcPolicy>(['none', 'quarantine', 'reject']);
const WORDS = new Set<AuthResult>(['pass', 'fail', 'none', 'temperror', 'permerror']);

// RFC 7489 §6.6.4: a message outside the pct= sample gets the next lower policy.
const NEXT_LOWER: Record<DmarcPolicy, DmarcPolicy> = { reject: 'quarantine', quarantine: 'none', none: 'none' };

function asPolicy(value: string | undefined): DmarcPolicy | null {
  return value !== undefined && POLICIES.has(value as DmarcPolicy) ? (value as DmarcPolicy) : null;
}

function reasonFor(result: AuthResult, response: MailauthDmarcResponse, spfAligned: boolean, dkimAligned: boolean, failure: DnsFailure | undefined): LocalizedText {
  const from = response.status.header?.from ?? 'the From domain';
  switch (result) {
    case 'pass': {
      const which = [spfAligned && 'SPF', dkimAligned && 'DKIM'].filter(Boolean);
      return {
        en: `${from} passes: ${which.join(' and ')} aligned with it`,
        de: `${from} besteht: ${which.join(' und ')} ${which.length > 1 ? 'passen' : 'passt'} dazu (Alignment)`,
      };
    }
    case 'fail':
      return {
        en: `neither a passing SPF nor a passing DKIM identifier aligns with ${from}`,
        de: `weder ein bestandenes SPF noch eine bestandene DKIM-Signatur passt zu ${from}`,
      };
    case 'none':
      return {
        en: `${from} and its organisational domain publish no usable DMARC record`,
        de: `${from} und seine Organisationsdomain veröffentlichen keinen brauchbaren DMARC-Eintrag`,
      };
    case 'temperror': {
      // Our words for the failed lookup where we know it; mailauth's English cause never reaches the German page.
      if (failure) {
        return {
          en: `the DMARC record or an alignment check could not be looked up: ${failure.text.en}`,
          de: `der DMARC-Eintrag oder eine Alignment-Prüfung konnte nicht abgefragt werden: ${failure.text.de}`,
        };
      }
      const cause = response.error ? `: ${response.error}` : '';
      return {
        en: `the DMARC record or an alignment check could not be looked up${cause}`,
        de: 'der DMARC-Eintrag oder eine Alignment-Prüfung konnte nicht abgefragt werden',
      };
    }
    default:
      return { en: response.status.comment ?? result, de: response.status.comment ?? result };
  }
}

export function describeDmarc(
  response: MailauthDmarcResponse,
  fromDomain: string | null,
  alignedDkimDomains: string[],
  lookupFailure?: DnsFailure,
): DmarcVerdict {
  const result = WORDS.has(response.status.result as AuthResult) ? (response.status.result as AuthResult) : 'temperror';
  const failure = result === 'temperror' ? lookupFailure : undefined;
  const record = response.rr ?? null;
  const tags = record ? parseTagList(record).tags : new Map<string, string>();
  const pctText = tags.get('pct');
  const pct = pctText !== undefined && /^\d{1,3}$/.test(pctText) ? Number(pctText) : null;
  const appliedPolicy = asPolicy(response.policy);
  const spfDomain = response.alignment?.spf.result || null;
  const dkimDomain = response.alignment?.dkim.result || null;

  const rules: LocalizedText[] = [
    {
      en: 'RFC 9989: organisational domain found by a DNS tree walk, not the Public Suffix List',
      de: 'RFC 9989: Organisationsdomain per DNS-Baumsuche bestimmt, nicht über die Public Suffix List',
    },
    { en: 'RFC 9989: pct= is not applied', de: 'RFC 9989: pct= wird nicht angewandt' },
  ];
  if (response.testMode) {
    rules.push({
      en: 'RFC 9989: t=y, so the policy one step below the published one applies',
      de: 'RFC 9989: t=y, daher gilt die Richtlinie eine Stufe unter der veröffentlichten',
    });
  }
  if (fromDomain && response.policyDomain && response.policyDomain !== fromDomain) {
    rules.push({
      en: `the record of ${response.policyDomain} applies to the subdomain ${fromDomain} (sp=, np= or p=)`,
      de: `der Eintrag von ${response.policyDomain} gilt für die Subdomain ${fromDomain} (sp=, np= oder p=)`,
    });
  }

  return {
    result,
    reason: reasonFor(result, response, spfDomain !== null, dkimDomain !== null, failure),
    fromDomain: response.status.header?.from ?? fromDomain,
    orgDomain: response.domain ?? null,
    recordDomain: response.policyDomain ?? null,
    record,
    policy: asPolicy(response.p),
    subdomainPolicy: asPolicy(tags.get('sp')?.toLowerCase()),
    appliedPolicy,
    pct,
    rfc7489Policy: appliedPolicy && pct !== null && pct < 100 ? NEXT_LOWER[appliedPolicy] : appliedPolicy,
    alignment: {
      spf: { mode: response.alignment?.spf.strict ? 'strict' : 'relaxed', domain: spfDomain, aligned: spfDomain !== null },
      dkim: { mode: response.alignment?.dkim.strict ? 'strict' : 'relaxed', domains: alignedDkimDomains.length > 0 ? alignedDkimDomains : dkimDomain ? [dkimDomain] : [], aligned: dkimDomain !== null },
    },
    rules,
    engine: { result: response.status.result, comment: response.status.comment ?? null },
    ...(failure ? { dnsFailure: failure } : {}),
  };
}
