// A redacted share cannot be checked the way the original was: leaving out
// the body breaks DKIM body hashes, new IP addresses no longer match SPF
// rules, and DMARC follows both. The link carries the verdicts its maker's
// page computed before redaction; this module puts them where the verdicts
// are shown, so the recipient's page does not say "none" on one card and
// "softfail" in the banner, and compares the receiver's own verdicts with
// them rather than with the re-check of the redacted copy.
//
// They stay a claim of the link (a forged link can claim anything): the
// page marks every one as such, and keeps the replay's word beside it.

import type { Analysis, AuthResult, DkimSignature, LocalizedText, VerdictComparison } from '../analysis.ts';
import type { VerdictBeforeRedaction, VerifiedBeforeRedaction } from './share-state.ts';

/** One verdict as shown: whether the link's claim stands in its place, and what the redacted copy gave. */
export interface ShownVerdict {
  claimed: boolean;
  /** The re-check of the redacted copy with the link's DNS answers; null where it was not evaluated. */
  replayed: AuthResult | null;
}

export interface VerdictsShown {
  /** The analysis with the claimed verdicts in place of the replayed ones. */
  analysis: Analysis;
  spf: ShownVerdict;
  /** By position in analysis.dkim. */
  dkim: ShownVerdict[];
  dmarc: ShownVerdict;
  arc: ShownVerdict;
}

const CLAIM_DIFFERS: LocalizedText = {
  en: 'The link says this was the verdict before redaction; why it differs from the receiver cannot be worked out from the redacted copy.',
  de: 'Laut Link war dies das Urteil vor dem Schwärzen; warum es vom Empfänger abweicht, lässt sich aus der geschwärzten Kopie nicht ermitteln.',
};

function replace<T extends { result: AuthResult; reason: LocalizedText }>(verdict: T | null, claim: VerdictBeforeRedaction | null): { verdict: T | null; shown: ShownVerdict } {
  if (verdict === null || claim === null) return { verdict, shown: { claimed: false, replayed: verdict?.result ?? null } };
  return { verdict: { ...verdict, result: claim.result, reason: claim.reason }, shown: { claimed: true, replayed: verdict.result } };
}

/**
 * The claim for each signature, by position: only where the link's entry
 * names the same d= and s= as the signature at that position, so a link
 * whose list does not match the message (its indices are its maker's word
 * and may repeat) claims nothing for the signatures it does not name.
 */
function claimsForSignatures(signatures: readonly DkimSignature[], claims: VerifiedBeforeRedaction['dkim']): (VerdictBeforeRedaction | null)[] {
  return signatures.map((signature, position) => {
    const claim = claims[position];
    const same = claim !== undefined && claim.domain.toLowerCase() === signature.domain.toLowerCase() && claim.selector.toLowerCase() === signature.selector.toLowerCase();
    return same ? claim : null;
  });
}

/** The receiver's verdict beside the claim instead of the replay: agreement judged again, the replay's explanations dropped. */
function compareWithClaims(entry: VerdictComparison, claimedWord: (path: string) => AuthResult | null): VerdictComparison {
  if (entry.ours === null) return entry;
  const claimed = claimedWord(entry.ours.path);
  if (claimed === null || claimed === entry.ours.result) return entry;
  const agrees = entry.agrees === null ? null : claimed === entry.result;
  const differences = entry.differences.filter((difference) => difference.code === 'nonstandard-wording');
  if (agrees === false) differences.push({ code: 'not-rechecked', knowledge: 'unknown', text: CLAIM_DIFFERS });
  return { ...entry, ours: { path: entry.ours.path, result: claimed }, agrees, differences };
}

/** The analysis of a redacted share's copy, with the verdicts its link computed before redaction shown in their place. */
export function showVerdictsBeforeRedaction(analysis: Analysis, verified: VerifiedBeforeRedaction): VerdictsShown {
  const spf = replace(analysis.spf, verified.spf);
  const dmarc = replace(analysis.dmarc, verified.dmarc);
  const arc = replace(analysis.arc, verified.arc);
  const signatureClaims = claimsForSignatures(analysis.dkim, verified.dkim);
  const dkim = analysis.dkim.map((signature, position) => replace(signature, signatureClaims[position] ?? null));

  const byPath = new Map<string, AuthResult>();
  if (spf.shown.claimed && spf.verdict) byPath.set('spf', spf.verdict.result);
  if (dmarc.shown.claimed && dmarc.verdict) byPath.set('dmarc', dmarc.verdict.result);
  if (arc.shown.claimed && arc.verdict) byPath.set('arc', arc.verdict.result);
  dkim.forEach((entry, position) => {
    // Two signatures can share an index only in a forged analysis; the first one's claim holds.
    const path = `dkim[${analysis.dkim[position]!.index}]`;
    if (entry.shown.claimed && entry.verdict && !byPath.has(path)) byPath.set(path, entry.verdict.result);
  });
  const claimedWord = (path: string) => byPath.get(path) ?? null;

  return {
    analysis: {
      ...analysis,
      spf: spf.verdict,
      dkim: dkim.map((entry) => entry.verdict!),
      dmarc: dmarc.verdict,
      arc: arc.verdict,
      comparison: analysis.comparison.map((entry) => compareWithClaims(entry, claimedWord)),
    },
    spf: spf.shown,
    dkim: dkim.map((entry) => entry.shown),
    dmarc: dmarc.shown,
    arc: arc.shown,
  };
}
