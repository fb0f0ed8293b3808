// What-if DNS (issue 15): the verdicts of one message before and after the
// reader changed DNS answers, side by side, each change explained by the
// new verdict's own reason (RFC 7208 for SPF, RFC 6376 for DKIM, RFC 9989 /
// RFC 7489 for DMARC and its policy) and by the records that were edited.

import type { Analysis, AuthResult, DmarcPolicy, LocalizedText } from '../analysis.ts';
import type { ZoneFile } from '../../dns/zone-file.ts';
import { diffZones, type RecordEdit } from './zone-edits.ts';

export interface WhatIfRow {
  /** SPF, DKIM example.com (s=sel), DMARC, DMARC policy, ARC. */
  name: string;
  before: AuthResult | DmarcPolicy | null;
  after: AuthResult | DmarcPolicy | null;
  changed: boolean;
  /** Why the verdict is what it is after the edit: the verdict's own reason; null when unchanged. */
  because: LocalizedText | null;
}

export interface WhatIfOutcome {
  edits: RecordEdit[];
  rows: WhatIfRow[];
  /** One sentence: how many records were edited and how many verdicts changed. */
  summary: LocalizedText;
}

function row(name: string, before: WhatIfRow['before'], after: WhatIfRow['after'], reason: LocalizedText | null): WhatIfRow {
  const changed = before !== after;
  return { name, before, after, changed, because: changed ? reason : null };
}

const POLICY_REASON: LocalizedText = {
  en: 'The DMARC record now asks for this policy when the message fails DMARC (RFC 9989 §4.7, p=, sp= or np=).',
  de: 'Der DMARC-Eintrag verlangt jetzt diese Richtlinie, wenn die Nachricht an DMARC scheitert (RFC 9989 §4.7, p=, sp= oder np=).',
};

function summaryOf(edits: number, changed: number): LocalizedText {
  if (edits === 0) return { en: 'No DNS answer was changed: the verdicts are the same.', de: 'Keine DNS-Antwort wurde geändert: die Ergebnisse sind dieselben.' };
  const records = { en: edits === 1 ? '1 DNS record changed' : `${edits} DNS records changed`, de: edits === 1 ? '1 DNS-Eintrag geändert' : `${edits} DNS-Einträge geändert` };
  if (changed === 0) return { en: `${records.en}; no verdict changed.`, de: `${records.de}; kein Ergebnis hat sich geändert.` };
  return {
    en: `${records.en}; ${changed === 1 ? '1 verdict changed' : `${changed} verdicts changed`}.`,
    de: `${records.de}; ${changed === 1 ? '1 Ergebnis hat sich geändert' : `${changed} Ergebnisse haben sich geändert`}.`,
  };
}

/** The same message analysed with its original answers (`before`) and with the edited ones (`after`). */
export function compareWhatIf(before: Analysis, after: Analysis, originalZone: ZoneFile, editedZone: ZoneFile): WhatIfOutcome {
  const rows: WhatIfRow[] = [
    row('SPF', before.spf?.result ?? null, after.spf?.result ?? null, after.spf?.reason ?? null),
    // Signatures by position: the same message has the same signatures in the same order.
    ...before.dkim.map((signature, position) => {
      const now = after.dkim[position];
      return row(`DKIM ${signature.domain} (s=${signature.selector})`, signature.result, now?.result ?? null, now?.reason ?? null);
    }),
    row('DMARC', before.dmarc?.result ?? null, after.dmarc?.result ?? null, after.dmarc?.reason ?? null),
    row('DMARC policy', before.dmarc?.appliedPolicy ?? null, after.dmarc?.appliedPolicy ?? null, POLICY_REASON),
    row('ARC', before.arc?.result ?? null, after.arc?.result ?? null, after.arc?.reason ?? null),
  ];
  const edits = diffZones(originalZone, editedZone);
  return { edits, rows, summary: summaryOf(edits.length, rows.filter((r) => r.changed).length) };
}
