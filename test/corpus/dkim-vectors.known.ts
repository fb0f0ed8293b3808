// Where our DKIM verdicts and the DKIM vectors disagree, and why. Empty: all
// 19 cases (27 signatures) agree. An entry's `got` is exactly what the runner
// prints, so a change of behaviour makes it stale.

import type { KnownTable } from './support/corpus-report.ts';

export const KNOWN: KnownTable = {};
