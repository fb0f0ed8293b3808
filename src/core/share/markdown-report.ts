// The analysis as a Markdown report, for pasting into a ticket, a chat or a
// lesson: the verdicts with their reasons, the envelope, the sending
// server's checklist (the items that fail or warn), the hops, a bounce,
// the DNS answers used and the problems, in English or German.
// Everything taken from the message is hostile text, so it is escaped
// (CommonMark §2.4 backslash escapes) and kept on one line per cell.

import type { Analysis, AuthResult, Hop, LocalizedText } from '../analysis.ts';
import { VERIFIED_BEFORE_REDACTION_LABEL, type RedactionRecord, type VerifiedBeforeRedaction } from './share-state.ts';
import { REDACTION_SWITCH_INFO } from './redaction-switches.ts';
import { labelReason } from '../bounce/reason-labels.ts';
import { appendTable, escapeMarkdown } from './markdown-table.ts';
import { scorecardSection } from './markdown-scorecard.ts';

export { escapeMarkdown } from './markdown-table.ts';

export type ReportLanguage = 'en' | 'de';

export interface MarkdownReportOptions {
  language: ReportLanguage;
  /** How many DNS answers the analysis used (the worker's evidence, the CLI's lookups). */
  dnsAnswers?: number;
  /** A redacted share: what was redacted, and the verdicts from before. */
  redaction?: RedactionRecord | null;
  verifiedBeforeRedaction?: VerifiedBeforeRedaction | null;
}

const WORDS = {
  title: { en: 'Mail Lab report', de: 'Mail-Lab-Bericht' },
  subject: { en: 'Subject', de: 'Betreff' },
  from: { en: 'From', de: 'Absender' },
  date: { en: 'Date', de: 'Datum' },
  checkedAt: { en: 'Checked at', de: 'Geprüft am' },
  verdicts: { en: 'Verdicts', de: 'Ergebnisse' },
  check: { en: 'Check', de: 'Prüfung' },
  result: { en: 'Result', de: 'Ergebnis' },
  why: { en: 'Why', de: 'Begründung' },
  notEvaluated: { en: 'not evaluated', de: 'nicht geprüft' },
  unsigned: { en: 'the message is not signed', de: 'die Nachricht ist nicht signiert' },
  envelope: { en: 'Envelope', de: 'Umschlag (Envelope)' },
  value: { en: 'Value', de: 'Wert' },
  source: { en: 'Source', de: 'Herkunft' },
  clientIp: { en: 'Client IP', de: 'Client-IP' },
  unknown: { en: '(unknown)', de: '(unbekannt)' },
  hops: { en: 'Hops (oldest first)', de: 'Stationen (älteste zuerst)' },
  role: { en: 'Role', de: 'Rolle' },
  time: { en: 'Time (UTC)', de: 'Zeit (UTC)' },
  delay: { en: 'Delay', de: 'Verzögerung' },
  bounce: { en: 'Bounce', de: 'Unzustellbarkeit' },
  status: { en: 'Status', de: 'Status' },
  reason: { en: 'Reason', de: 'Grund' },
  recipient: { en: 'Recipient', de: 'Empfänger' },
  remoteMta: { en: 'Remote MTA', de: 'Entfernter MTA' },
  dns: { en: 'DNS', de: 'DNS' },
  dnsAnswers: { en: 'DNS answers used', de: 'Verwendete DNS-Antworten' },
  problems: { en: 'Problems', de: 'Probleme' },
  redacted: { en: 'Redacted before sharing', de: 'Vor dem Teilen geschwärzt' },
  redactedNote: {
    en: 'Redaction changes signed bytes, so the verdicts that count are those verified before redaction.',
    de: 'Schwärzen verändert signierte Bytes; maßgeblich sind daher die vor dem Schwärzen geprüften Ergebnisse.',
  },
  yes: { en: 'yes', de: 'ja' },
  no: { en: 'no', de: 'nein' },
} satisfies Record<string, LocalizedText>;

function word(result: AuthResult): string {
  return `**${result}**`;
}

function verdictRows(analysis: Analysis, t: (w: LocalizedText) => string): string[][] {
  const rows: string[][] = [];
  const reason = (text: LocalizedText) => escapeMarkdown(t(text));
  rows.push(analysis.spf ? ['SPF', word(analysis.spf.result), reason(analysis.spf.reason)] : ['SPF', t(WORDS.notEvaluated), '']);
  if (analysis.dkim.length === 0) rows.push(['DKIM', word('none'), t(WORDS.unsigned)]);
  for (const signature of analysis.dkim) {
    rows.push([`DKIM #${signature.index + 1} (d=${escapeMarkdown(signature.domain)}, s=${escapeMarkdown(signature.selector)})`, word(signature.result), reason(signature.reason)]);
  }
  rows.push(analysis.dmarc ? ['DMARC', word(analysis.dmarc.result), reason(analysis.dmarc.reason)] : ['DMARC', t(WORDS.notEvaluated), '']);
  rows.push(analysis.arc ? ['ARC', word(analysis.arc.result), reason(analysis.arc.reason)] : ['ARC', t(WORDS.notEvaluated), '']);
  return rows;
}

function verifiedRows(verified: VerifiedBeforeRedaction, t: (w: LocalizedText) => string): string[][] {
  const rows: string[][] = [];
  const add = (name: string, verdict: { result: AuthResult; reason: LocalizedText } | null) =>
    rows.push(verdict ? [name, word(verdict.result), escapeMarkdown(t(verdict.reason))] : [name, t(WORDS.notEvaluated), '']);
  add('SPF', verified.spf);
  for (const signature of verified.dkim) add(`DKIM #${signature.index + 1} (d=${escapeMarkdown(signature.domain)}, s=${escapeMarkdown(signature.selector)})`, signature);
  add('DMARC', verified.dmarc);
  add('ARC', verified.arc);
  return rows;
}

function delayText(seconds: number | null): string {
  if (seconds === null) return '';
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(seconds);
  return s < 60 ? `${sign}${s} s` : s < 3600 ? `${sign}${Math.round(s / 60)} min` : `${sign}${(s / 3600).toFixed(1)} h`;
}

function hopRows(hops: readonly Hop[], t: (w: LocalizedText) => string): string[][] {
  const cell = (value: string | null) => (value === null ? '' : escapeMarkdown(value));
  return hops.map((hop) => [
    String(hop.number),
    cell(hop.from),
    cell(hop.ip),
    cell(hop.by),
    cell(hop.with),
    hop.tls === null ? '' : t(hop.tls ? WORDS.yes : WORDS.no),
    cell(hop.time),
    delayText(hop.delaySeconds),
    hop.role,
  ]);
}

export function renderMarkdownReport(analysis: Analysis, options: MarkdownReportOptions): string {
  const { language } = options;
  const t = (text: LocalizedText) => text[language];
  const out: string[] = [`# ${t(WORDS.title)}`, ''];
  const message = analysis.message;
  if (message) {
    out.push(`**${t(WORDS.subject)}:** ${escapeMarkdown(message.subject ?? '—')}  `);
    out.push(`**${t(WORDS.from)}:** ${escapeMarkdown(message.from.join(', ') || '—')}  `);
    if (message.date) out.push(`**${t(WORDS.date)}:** ${message.date}  `);
  }
  out.push(`**${t(WORDS.checkedAt)}:** ${analysis.now}`, '');

  if (options.redaction) {
    const switches = options.redaction.switches.map((name) => t(REDACTION_SWITCH_INFO[name].label)).join(', ');
    out.push(`> **${t(WORDS.redacted)}:** ${escapeMarkdown(switches)}. ${t(WORDS.redactedNote)}`, '');
  }
  if (options.verifiedBeforeRedaction) {
    out.push(`## ${t(WORDS.verdicts)} (${t(VERIFIED_BEFORE_REDACTION_LABEL)})`, '');
    appendTable(out, [t(WORDS.check), t(WORDS.result), t(WORDS.why)], verifiedRows(options.verifiedBeforeRedaction, t));
  }
  if (message) {
    out.push(`## ${t(WORDS.verdicts)}`, '');
    appendTable(out, [t(WORDS.check), t(WORDS.result), t(WORDS.why)], verdictRows(analysis, t));
  }

  const envelope = analysis.envelope;
  if (envelope) {
    const show = (value: string | null) => (value === null ? t(WORDS.unknown) : value === '' ? '<>' : value);
    // Provenance notes were plain English before they became LocalizedText; both read.
    const note = (text: string | LocalizedText) => escapeMarkdown(typeof text === 'string' ? text : t(text));
    out.push(`## ${t(WORDS.envelope)}`, '');
    appendTable(out, ['', t(WORDS.value), t(WORDS.source)], [
      [t(WORDS.clientIp), escapeMarkdown(show(envelope.ip)), note(envelope.provenance.ip.note)],
      ['HELO', escapeMarkdown(show(envelope.helo)), note(envelope.provenance.helo.note)],
      ['MAIL FROM', escapeMarkdown(show(envelope.mailFrom)), note(envelope.provenance.mailFrom.note)],
    ]);
  }

  if (analysis.sender) out.push(...scorecardSection(analysis.sender, language));

  const hops = analysis.hops ?? [];
  if (hops.length > 0) {
    out.push(`## ${t(WORDS.hops)}`, '');
    appendTable(out, ['#', 'from', 'IP', 'by', 'with', 'TLS', t(WORDS.time), t(WORDS.delay), t(WORDS.role)], hopRows(hops, t));
  }

  const bounce = analysis.bounce ?? null;
  if (bounce) {
    out.push(`## ${t(WORDS.bounce)}`, '');
    const cell = (value: string | null) => (value === null ? '—' : escapeMarkdown(value));
    appendTable(out, [t(WORDS.status), t(WORDS.reason), t(WORDS.recipient), t(WORDS.remoteMta)], [[cell(bounce.status), cell(t(labelReason(bounce.reason))), cell(bounce.recipient), cell(bounce.remoteMta)]]);
  }

  if (options.dnsAnswers !== undefined) out.push(`## ${t(WORDS.dns)}`, '', `${t(WORDS.dnsAnswers)}: ${options.dnsAnswers}`, '');

  if (analysis.problems.length > 0) {
    out.push(`## ${t(WORDS.problems)}`, '');
    for (const found of analysis.problems) out.push(`- **${found.severity}** (${found.code}): ${escapeMarkdown(t(found.text))}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
