// The record workbench's texts; the benches' own are in spf/, dkim/ and
// dmarc/. The tabs' names are in the page's catalogues (Tabs reads them there).

export const RECORDS_EN = {
  'records.heading': 'Record workbench: SPF, DKIM, DMARC',
  'records.intro': 'Paste a record or name a domain to have it explained and checked, or write a new one. Records are checked in this browser; only DNS queries for what you name leave it.',
  'records.open': 'Open in the workbench',
  'records.openLabel': 'Open in the workbench: the {kind} record at {name}',
  'records.check': 'Check',
  'records.checking': 'Checking…',
  'records.failed': 'The check could not run: {message}',
  'records.findings': 'Findings',
  'records.level.error': 'Error',
  'records.level.warning': 'Warning',
  'records.level.note': 'Note',
  'records.queries': '{count} DNS queries to {resolver}.',
  'records.generator': 'Write a new record',
  'records.domain': 'Your domain',
  'records.zoneLine': 'Zone-file line',
  'records.value': 'TXT value',
  'records.rejected': '“{entry}” left out: {reason}',
} as const;

export const RECORDS_DE: Record<keyof typeof RECORDS_EN, string> = {
  'records.heading': 'Werkbank für Einträge: SPF, DKIM, DMARC',
  'records.intro': 'Fügen Sie einen Eintrag ein oder nennen Sie eine Domain, um ihn erklären und prüfen zu lassen, oder schreiben Sie einen neuen. Geprüft wird in diesem Browser; nur DNS-Anfragen nach dem, was Sie nennen, verlassen ihn.',
  'records.open': 'In der Werkbank öffnen',
  'records.openLabel': 'In der Werkbank öffnen: den {kind}-Eintrag unter {name}',
  'records.check': 'Prüfen',
  'records.checking': 'Prüfe …',
  'records.failed': 'Die Prüfung konnte nicht laufen: {message}',
  'records.findings': 'Befunde',
  'records.level.error': 'Fehler',
  'records.level.warning': 'Warnung',
  'records.level.note': 'Hinweis',
  'records.queries': '{count} DNS-Anfragen an {resolver}.',
  'records.generator': 'Einen neuen Eintrag schreiben',
  'records.domain': 'Ihre Domain',
  'records.zoneLine': 'Zeile für die Zonendatei',
  'records.value': 'TXT-Wert',
  'records.rejected': '„{entry}“ weggelassen: {reason}',
};
