// The findings worth a first look, picked from what the core found and
// ranked: deception (a look-alike domain, an address in the display name, a
// forged verdict below the trust boundary) before failed authentication,
// before what explains a slow or odd delivery (greylisting, clock skew).
// Each points at the view and the element where it is explained in full.

import type { Analysis, LocalizedText, Severity } from '../../core/analysis.ts';
import type { MessageKey } from '../i18n/messages-en.ts';
import { senderFinding } from '../sender/sender-finding.ts';

export type StoryTab = 'bounce' | 'verdict' | 'hops' | 'headers' | 'sender' | 'dns';

export interface StoryFinding {
  /** Stable, for tests and styling: a header finding's own code, or one of ours ("dmarc-fail", "forged-verdict"). */
  code: string;
  severity: Severity;
  label: { key: MessageKey; params?: Record<string, string | number | LocalizedText> };
  /** The full text, where the core wrote one: shown as the chip's description. */
  text: LocalizedText | null;
  /** Where the details are: a tab, and an element in its panel. */
  target: { tab: StoryTab; selector: string };
}

// A summary that lists everything summarises nothing: past this many chips
// the rest is counted in one chip that opens the full list.
export const MAX_STORY_FINDINGS = 6;

/** Header findings with a chip of their own, in the order they are shown. */
const HEADER_FINDINGS: { code: string; key: MessageKey }[] = [
  { code: 'lookalike-domain', key: 'story.finding.lookalike' },
  { code: 'display-name-address', key: 'story.finding.displayName' },
  { code: 'reply-to-other-domain', key: 'story.finding.replyTo' },
  { code: 'spam-flag', key: 'story.finding.spam' },
];

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function findingsOf(analysis: Analysis): StoryFinding[] {
  const found: StoryFinding[] = [];
  const headerFindings = [...analysis.headerFindings, ...analysis.headers.flatMap((header) => header.findings)];
  for (const { code, key } of HEADER_FINDINGS) {
    const finding = headerFindings.find((entry) => entry.code === code);
    if (finding) found.push({ code, severity: finding.severity, label: { key }, text: finding.text, target: { tab: 'headers', selector: `[data-finding="${code}"]` } });
  }

  const forged = analysis.comparison.filter((entry) => entry.trust.code === 'below-boundary' && entry.agrees === false);
  if (forged.length > 0) {
    found.push({
      code: 'forged-verdict',
      severity: 'error',
      label: { key: 'story.finding.forged', params: { methods: [...new Set(forged.map((entry) => entry.method))].join(', ') } },
      text: forged[0]!.trust.text,
      target: { tab: 'verdict', selector: '.comparison .ignored' },
    });
  }

  if (analysis.dmarc?.result === 'fail') {
    found.push({ code: 'dmarc-fail', severity: 'error', label: { key: 'story.finding.dmarcFail' }, text: analysis.dmarc.reason, target: { tab: 'verdict', selector: '[data-verdict="DMARC"]' } });
  }
  const brokenSignature = analysis.dkim.find((signature) => signature.result === 'fail');
  if (brokenSignature) {
    found.push({
      code: 'dkim-fail',
      severity: 'warning',
      label: { key: 'story.finding.dkimFail', params: { domain: brokenSignature.domain } },
      text: brokenSignature.reason,
      target: { tab: 'verdict', selector: `[data-verdict^="DKIM ${brokenSignature.domain} "]` },
    });
  }
  if (analysis.spf && (analysis.spf.result === 'fail' || analysis.spf.result === 'softfail')) {
    found.push({ code: 'spf-fail', severity: 'warning', label: { key: 'story.finding.spfFail', params: { result: analysis.spf.result } }, text: analysis.spf.reason, target: { tab: 'verdict', selector: '[data-verdict="SPF"]' } });
  }

  const sender = senderFinding(analysis);
  if (sender) found.push(sender);

  const path = analysis.path;
  const greylisting = path?.greylisting[0];
  if (greylisting) {
    found.push({ code: 'greylisting', severity: 'info', label: { key: 'story.finding.greylisting' }, text: greylisting.text, target: { tab: 'hops', selector: '[data-greylisting="0"]' } });
  }
  const skew = path?.skews[0];
  if (skew) found.push({ code: 'clock-skew', severity: 'warning', label: { key: 'story.finding.skew', params: { hop: skew.hop } }, text: skew.text, target: { tab: 'hops', selector: `[data-skew="${skew.hop}"]` } });
  if (path?.date && path.date.verdict !== 'ok' && path.date.verdict !== 'no-hop-time') {
    found.push({ code: 'date-odd', severity: 'warning', label: { key: 'story.finding.date' }, text: path.date.text, target: { tab: 'hops', selector: '[data-date-check]' } });
  }

  // Stable sort: within a severity the order above holds.
  found.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  if (found.length <= MAX_STORY_FINDINGS) return found;
  const shown = found.slice(0, MAX_STORY_FINDINGS - 1);
  return [
    ...shown,
    { code: 'more', severity: 'info', label: { key: 'story.finding.more', params: { count: found.length - shown.length } }, text: null, target: { tab: 'headers', selector: '.findings' } },
  ];
}
