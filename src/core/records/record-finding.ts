// What the record workbench says about a record beyond its terms: an
// error (receivers reject or ignore the record), a warning (it works, but
// hurts or risks something), or a note (worth knowing). Shared by the SPF,
// DKIM and DMARC benches so the page and the CLI show them alike.

import type { LocalizedText } from '../analysis.ts';

export type FindingLevel = 'error' | 'warning' | 'note';

export interface RecordFinding {
  /** Stable identifier, for tests and --json ("spf-ptr", "dmarc-rua-unauthorised", …). */
  code: string;
  level: FindingLevel;
  text: LocalizedText;
}

export function finding(code: string, level: FindingLevel, en: string, de: string): RecordFinding {
  return { code, level, text: { en, de } };
}
