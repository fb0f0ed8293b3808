// What-if DNS (issue 15) across the worker boundary: the page has both
// analyses and both zones; the comparison is the core's.

import type { Analysis } from '../core/analysis.ts';
import type { ZoneFile } from '../dns/zone-file.ts';
import { compareWhatIf as compare, type WhatIfOutcome } from '../core/what-if/compare-what-if.ts';

export type { WhatIfOutcome };

export async function compareWhatIf(before: Analysis, after: Analysis, originalZone: ZoneFile, editedZone: ZoneFile): Promise<{ ok: true; outcome: WhatIfOutcome }> {
  return { ok: true, outcome: compare(before, after, originalZone, editedZone) };
}
