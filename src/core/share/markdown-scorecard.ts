// The sending server's checklist in the Markdown report: the counts, then
// the items that fail or warn (as the summary names the failed ones), each
// with why and the fix and its Postfix or zone line. Passing and "cannot
// tell" items are counted, not listed: the report is for acting on.

import type { LocalizedText } from '../analysis.ts';
import { countByStatus, STATUS_RANK, type CheckStatus, type SenderReport } from '../sender/scorecard.ts';
import { appendTable, escapeMarkdown } from './markdown-table.ts';

const WORDS = {
  heading: { en: 'Sending server checklist', de: 'Checkliste des sendenden Servers' },
  item: { en: 'Item', de: 'Punkt' },
  checked: { en: 'Checked', de: 'Geprüft' },
  why: { en: 'Why', de: 'Begründung' },
  fix: { en: 'Fix', de: 'Abhilfe' },
  notAsked: { en: 'DNS blocklists were not asked (a setting; each list learns the address).', de: 'DNS-Blocklisten wurden nicht gefragt (eine Einstellung; jede Liste erfährt die Adresse).' },
  allGood: { en: 'No item fails or warns.', de: 'Kein Punkt scheitert oder warnt.' },
} satisfies Record<string, LocalizedText>;

const STATUS_WORDS: Record<CheckStatus, LocalizedText> = {
  pass: { en: 'pass', de: 'bestanden' },
  warn: { en: 'warn', de: 'Warnung' },
  fail: { en: 'fail', de: 'nicht bestanden' },
  'cannot-tell': { en: 'cannot tell', de: 'nicht feststellbar' },
};

export function scorecardSection(sender: SenderReport, language: 'en' | 'de'): string[] {
  const t = (text: LocalizedText) => text[language];
  const counts = countByStatus(sender.items);
  const where = sender.hop !== null ? `, hop ${sender.hop}` : '';
  const summary = (['fail', 'warn', 'cannot-tell', 'pass'] as const).map((status) => `${counts[status]} ${t(STATUS_WORDS[status])}`).join(', ');
  const out = [`## ${t(WORDS.heading)}`, '', `${escapeMarkdown(sender.ip ?? '—')}${where}: ${summary}`, ''];
  if (sender.blocklists === 'not-asked') out.push(t(WORDS.notAsked), '');
  const acting = sender.items.filter((item) => item.status === 'fail' || item.status === 'warn').sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status]);
  if (acting.length === 0) {
    out.push(t(WORDS.allGood), '');
    return out;
  }
  const fixOf = (fix: LocalizedText | null, line: string | null) => [fix ? escapeMarkdown(t(fix)) : '', line ? `\`${line.replace(/[`\r\n|]/g, ' ')}\`` : ''].filter(Boolean).join(' ') || '—';
  appendTable(
    out,
    [t(WORDS.item), 'Status', t(WORDS.checked), t(WORDS.why), t(WORDS.fix)],
    acting.map((item) => [escapeMarkdown(t(item.title)), `**${t(STATUS_WORDS[item.status])}**`, escapeMarkdown(item.subject), escapeMarkdown(t(item.reason)), fixOf(item.fix, item.fixLine)]),
  );
  return out;
}
