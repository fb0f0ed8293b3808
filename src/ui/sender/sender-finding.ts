// The summary's chip for the sender checklist: the items the sending
// server fails, named shortly in one line; it opens the Sender tab on the
// first failed item. For a bounce, the returned message's sender counts
// too: that is the server whose mail was refused.

import type { Analysis } from '../../core/analysis.ts';
import type { ScoreItem } from '../../core/sender/scorecard.ts';
import { ITEM_SHORT_NAMES } from '../../core/sender/item-titles.ts';
import type { StoryFinding } from '../summary/story-findings.ts';

const failedItems = (items: readonly ScoreItem[]) => items.filter((item) => item.status === 'fail');

export function senderFinding(analysis: Analysis): StoryFinding | null {
  const reports = [analysis.sender, analysis.bounceReport?.original?.sender ?? null].filter((report) => report !== null);
  const ids = [...new Set(reports.flatMap((report) => failedItems(report.items).map((item) => item.id)))];
  if (ids.length === 0) return null;
  const names = ids.map((id) => ITEM_SHORT_NAMES[id]);
  return {
    code: 'sender-checklist',
    severity: 'error',
    label: { key: 'story.finding.sender', params: { items: { en: names.map((n) => n.en).join(', '), de: names.map((n) => n.de).join(', ') } } },
    text: reports.flatMap((report) => failedItems(report.items))[0]!.reason,
    target: { tab: 'sender', selector: '[data-score-item][data-status="fail"]' },
  };
}
