// `--summary csv|tsv|json`: one row per recipient of every bounce in a
// batch — what someone cleaning a list after a campaign feeds to a
// spreadsheet or a script. The cells come from the bounce, which comes from
// the sender of the bounce: hostile text, so CSV is quoted by RFC 4180 and a
// cell a spreadsheet would run as a formula (CSV injection: =, +, -, @, a
// tab or a CR first, as OWASP lists them) gets a leading apostrophe.

import type { Analysis } from '../core/analysis.ts';

export const SUMMARY_FORMATS = ['csv', 'tsv', 'json'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

export function isSummaryFormat(value: string): value is SummaryFormat {
  return (SUMMARY_FORMATS as readonly string[]).includes(value);
}

export const SUMMARY_COLUMNS = [
  'file',
  'message',
  'date',
  'recipient',
  'action',
  'status',
  'reason',
  'severity',
  'remote_mta',
  'reporting_mta',
  'diagnostic',
  'original_message_id',
] as const;

export type SummaryRow = Record<(typeof SUMMARY_COLUMNS)[number], string>;

/** One form of date for a column that sorts: ISO 8601 where the text is a date, else the text as it came. */
function isoDate(text: string | null): string {
  if (text === null) return '';
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** The rows of one analysed message: none when it is not a bounce. */
export function summaryRows(file: string, index: number | null, analysis: Analysis): SummaryRow[] {
  const report = analysis.bounceReport;
  const original = report?.original?.message ?? null;
  return analysis.bounces.map((bounce) => ({
    file,
    message: index === null ? '' : String(index),
    date: isoDate(report?.arrivalDate ?? analysis.message?.date ?? null),
    recipient: bounce.recipient ?? '',
    action: bounce.action ?? '',
    status: bounce.status ?? '',
    reason: bounce.reason,
    severity: bounce.severity ?? '',
    remote_mta: bounce.remoteMta ?? '',
    reporting_mta: report?.reportingMta ?? '',
    diagnostic: bounce.diagnosticCode ?? '',
    original_message_id: original?.messageId ?? '',
  }));
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell a spreadsheet shows as text: "=HYPERLINK(…)" becomes "'=HYPERLINK(…)". */
export function defuseFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 §2: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
function csvField(cell: string): string {
  const safe = defuseFormula(cell);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** TSV (IANA text/tab-separated-values) has no quoting: tabs and line breaks in a cell become spaces. */
function tsvField(cell: string): string {
  return defuseFormula(cell).replace(/[\t\r\n]+/g, ' ');
}

/** The first line of the output, or null for JSON lines. */
export function summaryHeader(format: SummaryFormat): string | null {
  if (format === 'json') return null;
  return format === 'csv' ? `${SUMMARY_COLUMNS.join(',')}\r` : SUMMARY_COLUMNS.join('\t');
}

/** One row as a line. A CSV line ends in CR here: with the LF every printed line gets, CRLF (RFC 4180 §2). */
export function formatSummaryRow(format: SummaryFormat, row: SummaryRow): string {
  if (format === 'json') return JSON.stringify(row);
  const cells = SUMMARY_COLUMNS.map((column) => row[column]);
  return format === 'csv' ? `${cells.map(csvField).join(',')}\r` : cells.map(tsvField).join('\t');
}
