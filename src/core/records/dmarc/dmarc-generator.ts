// The DMARC generator: a record from choices, and the staged roll-out the
// policy is best reached by — watch with p=none and reports, then
// quarantine a growing share, then reject (RFC 7489 §6.6.4 and pct, or
// RFC 9989 t=y for the step in between). Each stage says what to wait for.

import type { LocalizedText } from '../../analysis.ts';
import type { DmarcPolicy } from '../../analysis.ts';
import { readReportUris } from './report-uris.ts';

export interface DmarcChoices {
  p: DmarcPolicy;
  /** 0–100; 100 is left out of the record (it is the default). */
  pct: number;
  /** Subdomain policy; null: as p. */
  sp: DmarcPolicy | null;
  rua: string[];
  ruf: string[];
  fo: '0' | '1' | 'd' | 's';
  adkim: 'r' | 's';
  aspf: 'r' | 's';
}

export interface GeneratedDmarc {
  record: string;
  zoneLine: string;
  /** Addresses that are no mailto: URI, left out. */
  rejected: { entry: string; reason: LocalizedText }[];
}

export interface RolloutStage {
  record: string;
  what: LocalizedText;
}

function uris(entries: string[], tag: 'rua' | 'ruf', rejected: GeneratedDmarc['rejected']): string[] {
  return entries
    .map((entry) => entry.trim())
    .filter(Boolean)
    .flatMap((entry) => {
      const uri = /^mailto:/i.test(entry) ? entry : `mailto:${entry}`;
      const [read] = readReportUris(tag, uri);
      if (read?.problem) return (rejected.push({ entry, reason: read.problem }), []);
      return [uri];
    });
}

export function generateDmarc(choices: DmarcChoices, domain: string): GeneratedDmarc {
  const rejected: GeneratedDmarc['rejected'] = [];
  const parts = ['v=DMARC1', `p=${choices.p}`];
  if (choices.sp !== null && choices.sp !== choices.p) parts.push(`sp=${choices.sp}`);
  const pct = Math.max(0, Math.min(100, Math.round(choices.pct)));
  if (pct < 100) parts.push(`pct=${pct}`);
  const rua = uris(choices.rua, 'rua', rejected);
  const ruf = uris(choices.ruf, 'ruf', rejected);
  if (rua.length > 0) parts.push(`rua=${rua.join(',')}`);
  if (ruf.length > 0) parts.push(`ruf=${ruf.join(',')}`);
  if (ruf.length > 0 && choices.fo !== '0') parts.push(`fo=${choices.fo}`);
  if (choices.adkim === 's') parts.push('adkim=s');
  if (choices.aspf === 's') parts.push('aspf=s');
  const record = parts.join('; ');
  return { record, zoneLine: `_dmarc.${domain || 'example.com'}. IN TXT "${record}"`, rejected };
}

/** The roll-out from watching to rejecting, for `domain` with reports to `rua`. */
export function dmarcRollout(domain: string, rua: string): RolloutStage[] {
  const reports = `rua=mailto:${rua || `dmarc-reports@${domain || 'example.com'}`}`;
  return [
    { record: `v=DMARC1; p=none; ${reports}`, what: { en: 'Watch: nothing changes for delivery; the daily reports show every server that sends as your domain. Fix SPF and DKIM for each legitimate one. Wait two to four weeks of clean reports.', de: 'Beobachten: an der Zustellung ändert sich nichts; die täglichen Berichte zeigen jeden Server, der als Ihre Domain sendet. SPF und DKIM für jeden legitimen richten. Zwei bis vier Wochen saubere Berichte abwarten.' } },
    { record: `v=DMARC1; p=quarantine; pct=10; ${reports}`, what: { en: 'Quarantine a tenth: one failing message in ten goes to spam, the rest are treated as p=none. Raise pct (25, 50) while the reports stay clean. (RFC 9989: p=quarantine; t=y instead of pct.)', de: 'Ein Zehntel in Quarantäne: eine von zehn durchfallenden Nachrichten kommt in den Spam, der Rest wird wie p=none behandelt. pct erhöhen (25, 50), solange die Berichte sauber bleiben. (RFC 9989: p=quarantine; t=y statt pct.)' } },
    { record: `v=DMARC1; p=quarantine; ${reports}`, what: { en: 'Quarantine all failing mail. Watch for complaints from forwarded mail and mailing lists; DKIM should carry those.', de: 'Alle durchfallende Mail in Quarantäne. Auf Beschwerden über Weiterleitungen und Mailinglisten achten; DKIM sollte diese tragen.' } },
    { record: `v=DMARC1; p=reject; pct=25; ${reports}`, what: { en: 'Reject a quarter: receivers refuse those at SMTP, the sender gets a bounce; the rest is quarantined.', de: 'Ein Viertel abweisen: Empfänger lehnen sie beim SMTP ab, der Absender erhält einen Bounce; der Rest kommt in Quarantäne.' } },
    { record: `v=DMARC1; p=reject; ${reports}`, what: { en: 'Reject: forged mail in your name is refused. Keep reading the reports: a new service that sends for you must be added to SPF or sign with DKIM first.', de: 'Abweisen: gefälschte Mail in Ihrem Namen wird abgelehnt. Die Berichte weiter lesen: ein neuer Dienst, der für Sie sendet, muss zuerst in SPF aufgenommen werden oder mit DKIM signieren.' } },
  ];
}
