// The record workbench's texts; the benches' own are in spf/, dkim/ and dmarc/.

export const RECORDS_EN = {
  'records.heading': 'Record workbench: SPF, DKIM, DMARC',
  'records.intro': 'Paste a record or name a domain to have it explained and checked, or write a new one. Records are checked in this browser; only DNS queries for what you name leave it.',
  'records.tab.spf': 'SPF',
  'records.tab.dkim': 'DKIM',
  'records.tab.dmarc': 'DMARC',
} as const;

export const RECORDS_DE: Record<keyof typeof RECORDS_EN, string> = {
  'records.heading': 'Werkbank für Einträge: SPF, DKIM, DMARC',
  'records.intro': 'Fügen Sie einen Eintrag ein oder nennen Sie eine Domain, um ihn erklären und prüfen zu lassen, oder schreiben Sie einen neuen. Geprüft wird in diesem Browser; nur DNS-Anfragen nach dem, was Sie nennen, verlassen ihn.',
  'records.tab.spf': 'SPF',
  'records.tab.dkim': 'DKIM',
  'records.tab.dmarc': 'DMARC',
};
