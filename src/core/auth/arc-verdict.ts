// mailauth's ARC validation (RFC 8617 §5.2) as an Analysis verdict. ARC
// knows only none, pass and fail: every failure is final (§5.2 step 7).

import type { ArcSet, ArcVerdict, AuthResult, DnsFailure, LocalizedText } from '../analysis.ts';
import type { Resolver } from '../../dns/resolver.ts';
import type { MailauthArcResult } from './mailauth-adapter.ts';

// The DNS errors that say nothing about the record: it may well exist.
const TEMPORARY_DNS = new Set(['ESERVFAIL', 'EREFUSED', 'ETIMEOUT']);

/**
 * A resolver that notes every key name (`s._domainkey.d`) whose lookup
 * failed for a temporary reason. mailauth's ARC result keeps no cause for
 * such a failure, so without this the verdict would call the chain
 * invalid when its keys were only unreachable.
 */
export function noteUnreachableKeys(resolver: Resolver, unreachable: Set<string>): Resolver {
  return async (name, rrtype) => {
    try {
      return await resolver(name, rrtype);
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (typeof code === 'string' && TEMPORARY_DNS.has(code) && /\._domainkey\./i.test(name)) unreachable.add(name.toLowerCase().replace(/\.$/, ''));
      throw error;
    }
  };
}

interface ParsedTag {
  value?: unknown;
}

function tagOf(header: unknown, tag: string): string | null {
  const parsed = (header as { parsed?: Record<string, ParsedTag | undefined> } | undefined)?.parsed;
  const value = parsed?.[tag]?.value;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function readChain(chain: unknown): ArcSet[] {
  if (!Array.isArray(chain)) return [];
  return chain.map((entry: Record<string, unknown>, position) => {
    const seal = entry['arc-seal'];
    const instance = Number(entry['i'] ?? tagOf(seal, 'i') ?? position + 1);
    return {
      instance: Number.isFinite(instance) ? instance : position + 1,
      domain: tagOf(seal, 'd'),
      selector: tagOf(seal, 's'),
      cv: tagOf(seal, 'cv')?.toLowerCase() ?? null,
    };
  });
}

function reasonFor(result: AuthResult, engine: MailauthArcResult, sets: number, unreachable: string[], failure: DnsFailure | undefined): LocalizedText {
  if (result === 'none') return { en: 'the message carries no ARC sets', de: 'die Nachricht trägt keine ARC-Sätze' };
  if (result === 'pass') {
    return {
      en: `${sets === 1 ? 'the ARC set validates' : `all ${sets} ARC sets validate`}: every forwarder's seal and the newest message signature verify`,
      de: `${sets === 1 ? 'der ARC-Satz ist' : `alle ${sets} ARC-Sätze sind`} gültig: jedes Siegel der Weiterleiter und die neueste Nachrichtensignatur stimmen`,
    };
  }
  if (unreachable.length > 0) {
    // RFC 8617 §5.2 knows no temporary result: the chain fails, but not because it is invalid.
    const names = unreachable.join(', ');
    if (failure) {
      return {
        en: `the ARC chain could not be validated: the key ${names} could not be fetched (${failure.text.en}); ARC has no temporary result (RFC 8617 §5.2), so it counts as fail — try again later`,
        de: `die ARC-Kette konnte nicht geprüft werden: der Schlüssel ${names} war nicht abrufbar (${failure.text.de}); ARC kennt kein vorläufiges Ergebnis (RFC 8617 §5.2), daher gilt sie als fail — später erneut versuchen`,
      };
    }
    return {
      en: `the ARC chain could not be validated: the key ${names} could not be fetched (DNS timeout or server failure); ARC has no temporary result (RFC 8617 §5.2), so it counts as fail — try again later`,
      de: `die ARC-Kette konnte nicht geprüft werden: der Schlüssel ${names} war nicht abrufbar (DNS-Zeitüberschreitung oder Serverfehler); ARC kennt kein vorläufiges Ergebnis (RFC 8617 §5.2), daher gilt sie als fail — später erneut versuchen`,
    };
  }
  const cause = engine.status.comment ? `: ${engine.status.comment}` : '';
  return { en: `the ARC chain does not validate${cause}`, de: `die ARC-Kette ist ungültig${cause}` };
}

// Warnings of mailauth's default mode about a chain RFC 8617 does not
// accept: malformed tag lists (§4.1.1, RFC 6376 §3.2) and instance tags
// that are not numbers (§4.2.1). A chain with them fails (§5.2).
const FATAL_WARNINGS: Record<string, LocalizedText> = {
  'arc-tag-syntax': {
    en: 'an ARC header field has a malformed tag list (a repeated, misspelt or invalid tag)',
    de: 'ein ARC-Kopffeld hat eine fehlerhafte Tag-Liste (ein doppeltes, falsch geschriebenes oder ungültiges Tag)',
  },
  'arc-instance-syntax': {
    en: 'an ARC header field has an instance tag i= that is not a number from 1 to 50',
    de: 'ein ARC-Kopffeld hat ein Instanz-Tag i=, das keine Zahl von 1 bis 50 ist',
  },
};

export function describeArc(
  engine: MailauthArcResult,
  unreachableKeys: ReadonlySet<string> = new Set(),
  keyFailure: (name: string) => DnsFailure | undefined = () => undefined,
): ArcVerdict {
  const word = engine.status.result;
  const fatal = engine.warnings?.find((warning) => warning in FATAL_WARNINGS);
  const result: AuthResult = fatal ? 'fail' : word === 'pass' || word === 'fail' ? word : 'none';
  const chain = readChain(engine.chain);
  // Only the keys of this chain's signers: a DKIM key that timed out is DKIM's temperror, not ARC's.
  const domains = chain.map((set) => set.domain?.toLowerCase()).filter((d): d is string => Boolean(d));
  const unreachable = [...unreachableKeys].filter((name) => domains.some((d) => name.endsWith(`._domainkey.${d}`)));
  const failure = !fatal && result === 'fail' && unreachable[0] !== undefined ? keyFailure(unreachable[0]) : undefined;
  return {
    result,
    reason: fatal
      ? {
          en: `the ARC chain does not validate: ${FATAL_WARNINGS[fatal]!.en} (RFC 8617 §5.2)`,
          de: `die ARC-Kette ist ungültig: ${FATAL_WARNINGS[fatal]!.de} (RFC 8617 §5.2)`,
        }
      : reasonFor(result, engine, chain.length, unreachable, failure),
    mapping: fatal
      ? {
          en: `mailauth's default mode says ${word} with the warning "${fatal}"; RFC 8617 §5.2 makes such a chain fail`,
          de: `mailauth sagt im Standardmodus ${word} mit der Warnung „${fatal}“; nach RFC 8617 §5.2 ist eine solche Kette ungültig`,
        }
      : null,
    instances: chain.length,
    chain,
    engine: { result: word, comment: engine.status.comment ?? null },
    ...(failure ? { dnsFailure: failure } : {}),
  };
}
