// Microsoft Exchange Online / Exchange Server anti-spam fields, decoded
// field by field with how each meaning is known
// (microsoft-antispam-fields.ts). Exchange's transport and Outlook's fields
// are in entries-microsoft-transport.ts.

import { finding, part, text, vendor, type CatalogueEntry, type ExplainContext, type Explained } from './catalogue-entry.ts';
import { ruleTable, type RuleTables } from './rule-tables.ts';
import type { DecodedPart, HeaderFinding } from '../analysis.ts';

const ANTISPAM_DOCS = vendor('Microsoft Learn: Anti-spam message headers', 'https://learn.microsoft.com/en-us/defender-office-365/message-headers-eop-mdo');
const SCL_DOCS = vendor('Microsoft Learn: Spam confidence level (SCL)', 'https://learn.microsoft.com/en-us/defender-office-365/anti-spam-spam-confidence-level-scl-about');
const BCL_DOCS = vendor('Microsoft Learn: Bulk complaint level (BCL)', 'https://learn.microsoft.com/en-us/defender-office-365/anti-spam-bulk-complaint-level-bcl-about');
const STAMPS_DOCS = vendor('Microsoft Learn: Antispam stamps (Exchange Server)', 'https://learn.microsoft.com/en-us/exchange/antispam-and-antimalware/antispam-protection/antispam-stamps');

// A report has a few dozen fields; SFS lists can run to hundreds of IDs but
// stay one field. 200 fields bounds a hostile value.
const MAX_FIELDS = 200;

/** Microsoft's own statement for every field it does not describe. */
const MICROSOFT_UNDOCUMENTED: readonly [en: string, de: string] = [
  'Not described by Microsoft: its documentation says such fields are "used exclusively by the Microsoft anti-spam team for diagnostic purposes".',
  'Von Microsoft nicht beschrieben: Laut Dokumentation werden solche Felder „ausschließlich vom Microsoft-Antispam-Team zur Diagnose verwendet“.',
];

function describeField(tables: RuleTables, key: string, value: string): DecodedPart {
  const { MICROSOFT_FIELDS } = ruleTable(tables, 'microsoftAntispam');
  const known = MICROSOFT_FIELDS[key] ?? MICROSOFT_FIELDS[key.toUpperCase()];
  if (!known) return part(key, value, text(MICROSOFT_UNDOCUMENTED[0], MICROSOFT_UNDOCUMENTED[1]), 'unknown');
  const exception = known.exceptions?.[value];
  if (exception) return part(key, value, text(exception.text[0], exception.text[1]), exception.knowledge);
  const valueMeaning = known.values?.[value] ?? known.values?.[value.toUpperCase()];
  const meaning = valueMeaning ? text(`${known.field[0]} ${valueMeaning[0]}`, `${known.field[1]} ${valueMeaning[1]}`) : text(known.field[0], known.field[1]);
  const numeric = /^-?\d{1,2}$/.test(value) && (key === 'SCL' || key === 'BCL' || key === 'PCL') ? Number(value) : null;
  const shown = key === 'SFS' || key === 'RULEID' ? `${(value.match(/\(/g) ?? []).length} IDs: ${value.slice(0, 120)}${value.length > 120 ? '…' : ''}` : value;
  return part(key, shown, meaning, known.knowledge, numeric);
}

function verdictFindings(fields: Map<string, string>): HeaderFinding[] {
  const findings: HeaderFinding[] = [];
  const scl = Number(fields.get('SCL'));
  const sfv = fields.get('SFV')?.toUpperCase();
  const cat = fields.get('CAT')?.toUpperCase();
  if (Number.isFinite(scl) && scl >= 5) {
    findings.push(finding('microsoft-spam', 'warning', text(`Microsoft classed the message as spam (SCL ${scl}).`, `Microsoft hat die Nachricht als Spam eingestuft (SCL ${scl}).`)));
  }
  if (cat && ['PHSH', 'HPHSH', 'HPHISH', 'SPOOF', 'MALW', 'DIMP', 'UIMP', 'BIMP', 'GIMP', 'INTOS'].includes(cat)) {
    findings.push(finding('microsoft-threat', 'error', text(`Microsoft applied the protection category ${cat}.`, `Microsoft hat die Schutzkategorie ${cat} angewandt.`)));
  }
  if (sfv && ['SKA', 'SFE', 'SKN'].includes(sfv)) {
    findings.push(finding('microsoft-filter-skipped', 'info', text(`Spam filtering was skipped by an allow rule (SFV:${sfv}); the message was not judged on its content.`, `Der Spamfilter wurde durch eine Zulassungsregel übersprungen (SFV:${sfv}); die Nachricht wurde nicht nach ihrem Inhalt beurteilt.`)));
  }
  return findings;
}

function explainAntispamReport(value: string, context: ExplainContext): Explained {
  const fields = new Map<string, string>();
  const parts: DecodedPart[] = [];
  for (const piece of value.split(';').slice(0, MAX_FIELDS)) {
    const colon = piece.indexOf(':');
    if (colon <= 0) continue;
    const key = piece.slice(0, colon).trim();
    const fieldValue = piece.slice(colon + 1).trim();
    if (!/^[A-Za-z][A-Za-z0-9-]{0,40}$/.test(key)) continue;
    fields.set(key.toUpperCase(), fieldValue);
    parts.push(describeField(context.tables, key, fieldValue));
  }
  return { parts, findings: verdictFindings(fields) };
}

function explainNumberStamp(key: 'SCL' | 'PCL') {
  return (value: string, context: ExplainContext): Explained => {
    const trimmed = value.trim();
    return { parts: [describeField(context.tables, key, trimmed)], findings: key === 'SCL' ? verdictFindings(new Map([['SCL', trimmed]])) : [] };
  };
}

function explainMailboxDelivery(value: string): Explained {
  const destinations: Record<string, readonly [en: string, de: string]> = {
    I: ['Inbox.', 'Posteingang.'],
    J: ['Junk Email folder.', 'Junk-E-Mail-Ordner.'],
    C: ['A folder chosen by the user\'s own rule.', 'Ein vom Nutzer per Regel gewählter Ordner.'],
  };
  const parts = value
    .split(';')
    .map((p) => p.split(':'))
    .filter((p): p is [string, string] => p.length >= 2 && p[0]!.trim() !== '')
    .slice(0, 40)
    .map(([key, v]) => {
      const k = key.trim();
      const val = v.trim();
      if (k.toLowerCase() === 'dest' && destinations[val.toUpperCase()]) {
        const [folderEn, folderDe] = destinations[val.toUpperCase()]!;
        return part(k, val, text(`Where the mailbox put the message: ${folderEn}`, `Wohin das Postfach die Nachricht legte: ${folderDe}`), 'inferred');
      }
      if (k.toUpperCase() === 'OFR') return part(k, val, text('Which filter decided the folder (e.g. CustomRules = the user\'s rule, SpamFilterAuthJ = Exchange\'s junk filter).', 'Welcher Filter den Ordner bestimmte (z. B. CustomRules = Regel des Nutzers, SpamFilterAuthJ = Junk-Filter von Exchange).'), 'inferred');
      return part(k, val, text(MICROSOFT_UNDOCUMENTED[0], MICROSOFT_UNDOCUMENTED[1]), 'unknown');
    });
  return { parts };
}

export const MICROSOFT_ENTRIES: CatalogueEntry[] = [
  {
    id: 'x-forefront-antispam-report',
    names: ['x-forefront-antispam-report'],
    references: [ANTISPAM_DOCS, SCL_DOCS],
    summary: text('Microsoft 365 (Exchange Online Protection): how the message was filtered, with the spam verdict, the spam level and the connecting IP.', 'Microsoft 365 (Exchange Online Protection): wie die Nachricht gefiltert wurde, mit Spam-Urteil, Spam-Stufe und verbindender IP.'),
    knowledge: 'documented',
    explain: explainAntispamReport,
    tables: ['microsoftAntispam'],
  },
  {
    id: 'x-microsoft-antispam',
    names: ['x-microsoft-antispam'],
    references: [ANTISPAM_DOCS, BCL_DOCS],
    summary: text('Microsoft 365: more filter results, chiefly the bulk complaint level (BCL).', 'Microsoft 365: weitere Filterergebnisse, vor allem das Bulk Complaint Level (BCL).'),
    knowledge: 'documented',
    explain: explainAntispamReport,
    tables: ['microsoftAntispam'],
  },
  {
    id: 'microsoft-antispam-untrusted',
    names: ['x-forefront-antispam-report-untrusted', 'x-microsoft-antispam-untrusted', 'x-exchange-antispam-report-test', 'x-exchange-antispam-report-cfa-test', 'x-microsoft-antispam-prvs', 'x-forefront-prvs'],
    references: [ANTISPAM_DOCS],
    summary: text(
      'Copies or variants of Microsoft\'s anti-spam report that Microsoft does not describe; "-Untrusted" copies come from a previous Microsoft tenant and were renamed when the message crossed into another one. Inferred from the names and the values, which have the syntax of the documented reports.',
      'Kopien oder Varianten des Microsoft-Antispam-Berichts, die Microsoft nicht beschreibt; „-Untrusted“-Kopien stammen aus einem vorherigen Microsoft-Mandanten und wurden beim Übergang in einen anderen umbenannt. Erschlossen aus den Namen und den Werten, die die Syntax der dokumentierten Berichte haben.',
    ),
    knowledge: 'inferred',
    explain: explainAntispamReport,
    tables: ['microsoftAntispam'],
  },
  {
    id: 'x-ms-exchange-organization-scl',
    names: ['x-ms-exchange-organization-scl'],
    references: [SCL_DOCS, vendor('[MS-OXCMAIL] §2.2.3.2.21 Spam Confidence Level', 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxcmail/b41a5d8f-54dd-4f2e-9e2c-dfb241340218')],
    summary: text('Exchange\'s spam confidence level for this message (-1 to 9).', 'Die Spam-Konfidenzstufe von Exchange für diese Nachricht (-1 bis 9).'),
    knowledge: 'documented',
    explain: explainNumberStamp('SCL'),
    tables: ['microsoftAntispam'],
  },
  {
    id: 'x-ms-exchange-organization-pcl',
    names: ['x-ms-exchange-organization-pcl'],
    references: [STAMPS_DOCS],
    summary: text('Exchange\'s phishing confidence level: 1–3 neutral, 4–8 suspicious.', 'Die Phishing-Konfidenzstufe von Exchange: 1–3 neutral, 4–8 verdächtig.'),
    knowledge: 'documented',
    explain: explainNumberStamp('PCL'),
    tables: ['microsoftAntispam'],
  },
  {
    id: 'x-microsoft-antispam-mailbox-delivery',
    names: ['x-microsoft-antispam-mailbox-delivery'],
    references: [vendor('University of Oxford IT: examine junk mail delivery', 'https://help.it.ox.ac.uk/examine-junk-mail-delivery')],
    summary: text(
      'Exchange Online: how the mailbox filed the message (dest:I inbox, dest:J junk, dest:C a user folder). Microsoft does not document it; the meanings come from administrators\' observations. Inferred from those observations and the values.',
      'Exchange Online: wie das Postfach die Nachricht einsortierte (dest:I Posteingang, dest:J Junk, dest:C ein Nutzerordner). Microsoft dokumentiert es nicht; die Bedeutungen stammen aus Beobachtungen von Administratoren. Erschlossen aus diesen Beobachtungen und den Werten.',
    ),
    knowledge: 'inferred',
    explain: explainMailboxDelivery,
  },
];

