// A redacted share's own replay gives other verdicts than the original
// (new IP addresses, no body): the verdicts its link computed before
// redaction take their place, and the receiver's verdicts are compared
// with those. Measured on real fixture messages, shared and replayed the
// way the page does.

import { describe, expect, it } from 'vitest';
import { createShare, shareReplay } from '../../../src/core/share/create-share.ts';
import { showVerdictsBeforeRedaction } from '../../../src/core/share/verdicts-before-redaction.ts';
import type { RedactionSwitch } from '../../../src/core/share/redaction-switches.ts';
import type { Analysis } from '../../../src/core/analysis.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';
import { analyseWithZone } from './share-support.ts';

async function redactedShare(caseName: string, redact: RedactionSwitch[]) {
  const fixture = readCase(`${OWN_CASES}${caseName}`);
  const original = await analyseWithZone(fixture.message, fixture.zone, fixture.now, fixture.smtp);
  const { state } = createShare({ message: fixture.message, now: original.analysis.now, envelope: fixture.smtp, snapshot: original.snapshot, analysis: original.analysis, redact });
  const replay = shareReplay(state);
  const replayed = await analyseWithZone(replay.message, replay.zone, replay.now, replay.envelope, replay.hop);
  return { original: original.analysis, replayed: replayed.analysis, verified: state.verifiedBeforeRedaction! };
}

const receiver = (analysis: Analysis, path: string) => analysis.comparison.filter((entry) => entry.trusted && entry.ours?.path === path);

describe('the verdicts of a redacted share', () => {
  it('phishing sample with whole addresses redacted: SPF and DMARC show softfail and fail again, and agree with the receiver', async () => {
    const { original, replayed, verified } = await redactedShare('sample-phishing', ['addresses', 'ip-addresses']);
    // The contradiction of issue 13: the replay alone says something else and disagrees with the receiver.
    expect(replayed.spf?.result).not.toBe(original.spf?.result);
    expect(replayed.dmarc?.result).not.toBe(original.dmarc?.result);
    expect(receiver(replayed, 'spf').some((entry) => entry.agrees === false)).toBe(true);

    const shown = showVerdictsBeforeRedaction(replayed, verified);
    expect(shown.analysis.spf?.result).toBe('softfail');
    expect(shown.analysis.dmarc?.result).toBe('fail');
    expect(shown.analysis.spf?.reason).toEqual(verified.spf?.reason);
    expect(shown.spf).toEqual({ claimed: true, replayed: replayed.spf?.result });
    expect(shown.dmarc).toEqual({ claimed: true, replayed: replayed.dmarc?.result });
    const spfRows = receiver(shown.analysis, 'spf');
    expect(spfRows.length).toBeGreaterThan(0);
    for (const row of spfRows) {
      expect(row.agrees).toBe(true);
      expect(row.ours?.result).toBe('softfail');
      expect(row.differences.filter((difference) => difference.code !== 'nonstandard-wording')).toEqual([]);
    }
    // Everything that is not a verdict stays the replay's.
    expect(shown.analysis.hops).toBe(replayed.hops);
    expect(shown.analysis.headers).toBe(replayed.headers);
  });

  it('a signed message with the body left out: DKIM shows the pass from before, the copy its own word beside it', async () => {
    const { original, replayed, verified } = await redactedShare('dmarc-relaxed-dkim-subdomain', ['body', 'ip-addresses']);
    expect(original.dkim.map((signature) => signature.result)).toEqual(['pass']);
    const shown = showVerdictsBeforeRedaction(replayed, verified);
    expect(shown.analysis.dkim.map((signature) => signature.result)).toEqual(['pass']);
    expect(shown.dkim).toEqual([{ claimed: true, replayed: replayed.dkim[0]!.result }]);
    expect(shown.analysis.dmarc?.result).toBe(original.dmarc?.result);
  });

  it('a claim for another signature than the one at its position claims nothing; extra claims are left out', async () => {
    const { replayed, verified } = await redactedShare('dmarc-relaxed-dkim-subdomain', ['body']);
    const signature = replayed.dkim[0]!;
    const other = { ...verified.dkim[0]!, domain: 'paypal.com', result: 'pass' as const };
    const shown = showVerdictsBeforeRedaction(replayed, { ...verified, dkim: [other, other, other] });
    expect(shown.dkim).toEqual([{ claimed: false, replayed: signature.result }]);
    expect(shown.analysis.dkim[0]!.result).toBe(signature.result);
    expect(shown.analysis.dkim).toHaveLength(1);
  });

  it('a verdict the link does not carry stays the replay\'s, unclaimed', async () => {
    const { replayed, verified } = await redactedShare('sample-phishing', ['addresses']);
    const shown = showVerdictsBeforeRedaction(replayed, { ...verified, spf: null, arc: null });
    expect(shown.spf).toEqual({ claimed: false, replayed: replayed.spf?.result ?? null });
    expect(shown.analysis.spf).toBe(replayed.spf);
    expect(receiver(shown.analysis, 'spf')).toEqual(receiver(replayed, 'spf'));
  });

  it('a receiver that disagrees with the claim is told apart from one that disagreed with the replay', async () => {
    const { replayed, verified } = await redactedShare('sample-phishing', ['addresses']);
    const claimedPass = { ...verified, spf: { result: 'pass' as const, reason: { en: 'claimed', de: 'behauptet' } } };
    const rows = receiver(showVerdictsBeforeRedaction(replayed, claimedPass).analysis, 'spf');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.agrees).toBe(false);
      expect(row.differences.map((difference) => difference.code)).toContain('not-rechecked');
    }
  });
});
