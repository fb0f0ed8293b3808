// The verdicts of an analysis in the form a scenario states them, and every
// way they differ from what the scenario states. A scenario's verdicts are
// never written by hand into the page: they come from this reading of the
// real analysis, and the tests hold the two together.

import type { Analysis } from '../analysis.ts';
import type { StatedVerdicts } from './scenario.ts';

/** The analysis read as a scenario's verdicts. */
export function verdictsOf(analysis: Analysis): StatedVerdicts {
  const bounce = analysis.bounce;
  return {
    spf: analysis.spf?.result ?? null,
    dkim: analysis.dkim.map(({ domain, selector, result }) => ({ domain, selector, result })),
    dmarc: analysis.dmarc?.result ?? null,
    arc: analysis.arc?.result ?? null,
    kind: analysis.kind?.word ?? 'ordinary',
    bounce: bounce ? { status: bounce.status ?? '', reason: bounce.reason, recipient: bounce.recipient ?? '' } : null,
  };
}

/** Every difference between the stated verdicts and the analysis, in words; empty when they agree. */
export function verdictDifferences(stated: StatedVerdicts, analysis: Analysis): string[] {
  const found = verdictsOf(analysis);
  const differences: string[] = [];
  for (const key of ['spf', 'dmarc', 'arc', 'kind'] as const) {
    if (stated[key] !== found[key]) differences.push(`${key}: stated ${String(stated[key])}, found ${String(found[key])}`);
  }
  if (JSON.stringify(stated.dkim) !== JSON.stringify(found.dkim)) differences.push(`dkim: stated ${JSON.stringify(stated.dkim)}, found ${JSON.stringify(found.dkim)}`);
  if (JSON.stringify(stated.bounce) !== JSON.stringify(found.bounce)) differences.push(`bounce: stated ${JSON.stringify(stated.bounce)}, found ${JSON.stringify(found.bounce)}`);
  return differences;
}
