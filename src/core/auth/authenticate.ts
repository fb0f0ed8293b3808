// DKIM, SPF, ARC and DMARC for one message, in the order their inputs
// allow: DKIM and SPF at once (independent, and both wait on DNS), then
// ARC (it reuses the DKIM verifier's parsed chain), then DMARC (it needs
// the passing SPF domain and DKIM domains). A missing client address is
// reported where the envelope is inferred (src/core/hops/received-chain.ts),
// which also knows when SPF does not apply at all.

import type { ArcVerdict, DkimSignature, DmarcVerdict, Envelope, Problem, SpfVerdict } from '../analysis.ts';
import type { Resolver } from '../../dns/resolver.ts';
import type { RawField } from '../message/header-block.ts';
import { problem } from '../problems.ts';
import { prefetchDmarcRecords, runArc, runDkim, runDmarc, runSpf } from './mailauth-adapter.ts';
import { describeDkim } from './dkim-verdict.ts';
import { describeSpf } from './spf-verdict.ts';
import { describeDmarc } from './dmarc-verdict.ts';
import { describeArc, noteUnreachableKeys } from './arc-verdict.ts';
import { traceSpfMatch } from './spf-trace.ts';
import { prefetchingSpf } from './spf-prefetch.ts';
import { guardKeyRecords, type RefusedKey } from './rsa-key-guard.ts';
import { headerWithinLimits, measureHeader } from './verification-limits.ts';
import { headerLimitProblem, refusedKeyProblem, signatureLimitProblems } from './limit-problems.ts';
import { failureOf, firstFailure, watchFailedLookups, type FailedLookup } from './lookup-failures.ts';
import { keyUnavailable } from './dkim-words.ts';

export interface Authentication {
  spf: SpfVerdict | null;
  dkim: DkimSignature[];
  dmarc: DmarcVerdict | null;
  arc: ArcVerdict | null;
  problems: Problem[];
}

async function checkSpf(envelope: Envelope, dns: Resolver): Promise<SpfVerdict | null> {
  if (envelope.ip === null) return null;
  const input = { ip: envelope.ip, helo: envelope.helo, mailFrom: envelope.mailFrom };
  // SPF's own failed lookups: the first ends check_host() with temperror (RFC 7208 §4.4, §5).
  const failed: FailedLookup[] = [];
  const resolver = watchFailedLookups(dns, failed);
  // The questions of the record's terms asked ahead, all but together (spf-prefetch.ts).
  const ahead = prefetchingSpf(resolver, dns.ahead, input);
  const engine = await runSpf(input, ahead.resolver).finally(() => ahead.end());
  const sender = engine['envelope-from'] ?? `postmaster@${envelope.helo ?? ''}`;
  const match = ['pass', 'fail', 'softfail', 'neutral'].includes(engine.status.result)
    ? await traceSpfMatch({ domain: engine.domain, ip: engine['client-ip'], sender, helo: envelope.helo ?? '', resolver, engineResult: engine.status.result })
    : null;
  return describeSpf(engine, input, match, firstFailure(failed));
}

/** A DKIM temperror says which key lookup failed, and how, in our words (RFC 6376 §6.1.2 TEMPFAIL). */
function explainKeyFailures(signatures: DkimSignature[], failed: readonly FailedLookup[]): void {
  for (const signature of signatures) {
    if (signature.result !== 'temperror') continue;
    const failure = failureOf(failed, `${signature.selector}._domainkey.${signature.domain}`, 'TXT');
    if (!failure) continue;
    signature.reason = keyUnavailable(failure.text);
    signature.dnsFailure = failure;
  }
}

export async function authenticate(
  authBytes: Uint8Array,
  options: { fields: RawField[]; envelope: Envelope; resolver: Resolver; now: Date; headersOnly: boolean },
): Promise<Authentication> {
  const { resolver } = options;
  const problems: Problem[] = [];

  // Measured before mailauth reads a byte: its header parser is the step
  // that a long header makes slow. SPF needs only the envelope.
  const headerSize = measureHeader(authBytes);
  if (!headerWithinLimits(headerSize)) {
    return { spf: await checkSpf(options.envelope, resolver), dkim: [], dmarc: null, arc: null, problems: [headerLimitProblem(headerSize)] };
  }

  // One guarded resolver for DKIM and ARC: mailauth shares its key cache
  // between them only when both get the same resolver.
  const refusedKeys: RefusedKey[] = [];
  const unreachableKeys = new Set<string>();
  const failedKeys: FailedLookup[] = [];
  const keyResolver = noteUnreachableKeys(watchFailedLookups(guardKeyRecords(resolver, (key) => refusedKeys.push(key)), failedKeys), unreachableKeys);
  const [dkimRun, spf] = await Promise.all([
    runDkim(authBytes, {
      resolver: keyResolver,
      now: options.now,
      headersOnly: options.headersOnly,
      // DMARC's own questions need only the author domain: asked now, they
      // are answered while SPF and DKIM still wait on theirs.
      onHeaderFrom: (headerFrom, fromFields) => prefetchDmarcRecords(headerFrom, fromFields, resolver),
    }),
    checkSpf(options.envelope, resolver),
  ]);
  const arcEngine = await runArc(dkimRun.arc, keyResolver, options.envelope.ip);
  problems.push(...signatureLimitProblems(dkimRun.limited));
  const refusedProblem = refusedKeyProblem(refusedKeys);
  if (refusedProblem) problems.push(refusedProblem);

  const dkim = describeDkim(options.fields, dkimRun.signatures, { headersOnly: options.headersOnly, limited: dkimRun.limited, refusedKeys });
  explainKeyFailures(dkim, failedKeys);
  const passing = dkim.filter((signature) => signature.result === 'pass').map((signature) => signature.domain);
  // RFC 7489 §3.1.2: DMARC takes the HELO identity's SPF result only for the
  // null reverse-path (""). With the MAIL FROM unknown (null) the HELO pass
  // says nothing about the domain DMARC would have to align.
  const heloOnlyPass = spf?.result === 'pass' && options.envelope.mailFrom === null;
  const dmarcFailed: FailedLookup[] = [];
  const dmarcRun = await runDmarc({
    headerFrom: dkimRun.headerFrom,
    fromFields: dkimRun.fromFields,
    spfDomain: spf?.result === 'pass' && !heloOnlyPass ? spf.domain : null,
    dkimDomains: passing,
    arc: arcEngine,
    resolver: watchFailedLookups(resolver, dmarcFailed),
  });
  if (!dmarcRun.response) {
    problems.push(problem(dkimRun.headerFrom.length === 0 ? 'no-from' : 'multiple-from'));
  }

  for (const signature of dkim) signature.aligned = dmarcRun.alignedDkimDomains.has(signature.domain.toLowerCase());
  const fromDomain = dkimRun.headerFrom.length === 1 ? (dkimRun.headerFrom[0]!.split('@').pop() ?? null) : null;
  const dmarc = dmarcRun.response ? describeDmarc(dmarcRun.response, fromDomain, [...dmarcRun.alignedDkimDomains], firstFailure(dmarcFailed)) : null;
  if (dmarc && heloOnlyPass) {
    dmarc.rules.push({
      en: `SPF passed only for the HELO identity ${spf!.domain} because the MAIL FROM is unknown; it was not used for DMARC (RFC 7489 §3.1.2 uses the HELO identity only for the null reverse-path)`,
      de: `SPF bestand nur für die HELO-Identität ${spf!.domain}, weil das MAIL FROM unbekannt ist; für DMARC wurde es nicht verwendet (RFC 7489 §3.1.2 nimmt die HELO-Identität nur beim leeren Rückweg)`,
    });
  }
  return {
    spf,
    dkim,
    dmarc,
    arc: describeArc(arcEngine, unreachableKeys, (name) => failureOf(failedKeys, name, 'TXT')),
    problems,
  };
}
