// The record workbench's texts, in both languages, picked by the page's
// language. They live beside the benches (messages.ts in each folder) and
// travel with the workbench's chunk, not in the page's own catalogues: the
// page paints before the workbench is loaded (issue 18, first paint ≤ 45 KB).

import { fillTemplate, i18n } from '../i18n/i18n.svelte.ts';
import { RECORDS_DE, RECORDS_EN } from './messages.ts';
import { SPF_DE, SPF_EN } from './spf/messages.ts';
import { DKIM_DE, DKIM_EN } from './dkim/messages.ts';
import { DMARC_DE, DMARC_EN } from './dmarc/messages.ts';

const EN = { ...RECORDS_EN, ...SPF_EN, ...DKIM_EN, ...DMARC_EN };

export type RecordTextKey = keyof typeof EN;

const DE: Record<RecordTextKey, string> = { ...RECORDS_DE, ...SPF_DE, ...DKIM_DE, ...DMARC_DE };

/** A workbench text in the page's language, with {name} placeholders filled in. */
export function recordText(key: RecordTextKey, params: Record<string, string | number> = {}): string {
  return fillTemplate((i18n.language === 'de' ? DE : EN)[key], params);
}
