// The story of one analysis, told before any detail: who sent it, what it
// is about, how long it travelled, and one sentence saying what happened.
// A pure function of the Analysis: the page reads what the core found and
// chooses what to say first; it parses nothing itself. The words live in the
// message catalogues, so the same story reads in English and German.

import type { Analysis, BounceRecipient, ExplainedHeader, Hop, LocalizedText } from '../../core/analysis.ts';
import type { MessageKey } from '../i18n/messages-en.ts';
import { formatDuration } from '../format-duration.ts';
import { findingsOf, type StoryFinding } from './story-findings.ts';

export type { StoryFinding } from './story-findings.ts';

/** A catalogue string and its values; a value in both languages is picked when the phrase is shown. */
export interface Phrase {
  key: MessageKey;
  params?: Record<string, string | number | LocalizedText>;
}

export type StoryTone = 'good' | 'bad' | 'warn' | 'neutral';

export interface Story {
  from: { name: string | null; address: string | null };
  subject: string | null;
  /** The Date field in UTC, as the core read it. */
  date: string | null;
  /** From the oldest hop time to the newest, and the hop that took longest; null with fewer than two hop times. */
  transit: { totalSeconds: number; slowest: { hop: number; seconds: number; by: string | null } | null } | null;
  /** Phrases that make up one sentence: "Delivered in 4 s; authenticated as example.com by DKIM and SPF." */
  sentence: Phrase[];
  /** A second line where the sentence needs one: a bounce's explanation. */
  detail: LocalizedText | null;
  tone: StoryTone;
  /** The most important findings, most serious first, each pointing at where it is explained. */
  findings: StoryFinding[];
}

export function tellStory(analysis: Analysis): Story | null {
  const message = analysis.message;
  if (!message) return null;
  const main = mainPhrase(analysis);
  const transit = transitOf(analysis);
  // A report's own transit is the bounce's, not the message's: it is left out of its sentence.
  const delivered: Phrase[] = transit && !analysis.bounceReport ? [{ key: 'story.delivered', params: { total: formatDuration(transit.totalSeconds) } }] : [];
  return {
    from: fromOf(analysis.headers, message.from[0] ?? null),
    subject: decodedField(analysis.headers, 'subject') ?? message.subject,
    date: message.date,
    transit,
    sentence: [...delivered, main.phrase],
    detail: main.detail ?? null,
    tone: main.tone,
    findings: findingsOf(analysis),
  };
}

/** The sentence joined from its rendered phrases: capitalised, "; " between them, a full stop at the end. */
export function joinSentence(parts: string[]): string {
  const text = parts.join('; ');
  return text ? `${text.charAt(0).toLocaleUpperCase()}${text.slice(1)}.` : '';
}

interface Main {
  phrase: Phrase;
  tone: StoryTone;
  detail?: LocalizedText;
}

function mainPhrase(analysis: Analysis): Main {
  const report = analysis.bounceReport;
  // A report without a failed or delayed recipient (a delivery confirmation) is told by its first recipient.
  if (report) return reportPhrase(report.kind, report.warning, report.feedbackType, analysis.bounce ?? report.recipients[0] ?? null, report.disposition);
  const dmarc = analysis.dmarc;
  const domain = dmarc?.fromDomain ?? analysis.message?.from[0]?.split('@').pop() ?? '';
  if (!dmarc) return { phrase: { key: 'story.notChecked' }, tone: 'neutral' };
  switch (dmarc.result) {
    case 'pass': {
      const dkim = dmarc.alignment.dkim.aligned;
      const spf = dmarc.alignment.spf.aligned;
      const key: MessageKey = dkim && spf ? 'story.authenticated.both' : dkim ? 'story.authenticated.dkim' : 'story.authenticated.spf';
      return { phrase: { key, params: { domain } }, tone: 'good' };
    }
    case 'fail': {
      // A forwarder (a mailing list) breaks DMARC; an ARC seal that passes
      // records what the forwarder saw before it changed the message.
      const sealer = analysis.arc?.result === 'pass' ? analysis.arc.chain.at(-1)?.domain : null;
      if (sealer) return { phrase: { key: 'story.forwarded', params: { domain, sealer } }, tone: 'warn' };
      return { phrase: { key: 'story.dmarcFail', params: { domain, policy: dmarc.appliedPolicy ?? 'none' } }, tone: 'bad' };
    }
    case 'none':
      return { phrase: { key: 'story.noDmarc', params: { domain } }, tone: 'warn' };
    default:
      return { phrase: { key: 'story.dmarcError', params: { domain, result: dmarc.result } }, tone: 'warn' };
  }
}

function reportPhrase(kind: string, warning: boolean, feedbackType: string | null, recipient: BounceRecipient | null, disposition: string | null): Main {
  const params = { recipient: recipient?.recipient ?? '?', status: recipient?.status ?? '?' };
  const detail = recipient?.explanation;
  if (kind === 'feedback') return { phrase: { key: 'story.feedback', params: { type: feedbackType ?? '?' } }, tone: 'warn' };
  if (kind === 'auto-reply') return { phrase: { key: 'story.autoReply' }, tone: 'neutral' };
  if (kind === 'disposition-notification') return { phrase: { key: 'story.readReceipt', params: { disposition: disposition ?? '?' } }, tone: 'neutral' };
  if (warning) return { phrase: { key: 'story.delayed', params }, tone: 'warn', ...(detail ? { detail } : {}) };
  if (recipient && recipient.severity === null) return { phrase: { key: 'story.deliveryReport', params }, tone: 'neutral' };
  return { phrase: { key: 'story.bounce', params }, tone: 'bad', ...(detail ? { detail } : {}) };
}

function transitOf(analysis: Analysis): Story['transit'] {
  const total = analysis.path?.totalSeconds ?? null;
  if (total === null) return null;
  let slowest: Hop | null = null;
  for (const hop of analysis.hops) if (hop.delaySeconds !== null && hop.delaySeconds > 0 && hop.delaySeconds > (slowest?.delaySeconds ?? 0)) slowest = hop;
  return { totalSeconds: total, slowest: slowest ? { hop: slowest.number, seconds: slowest.delaySeconds!, by: slowest.by } : null };
}

function decodedField(headers: ExplainedHeader[], name: string): string | null {
  return headers.find((header) => header.name.toLowerCase() === name)?.decoded ?? null;
}

/**
 * The display name is what the decoded From field shows before the address
 * the core found in it: both come from the core, the page only lines them up.
 */
function fromOf(headers: ExplainedHeader[], address: string | null): Story['from'] {
  const decoded = decodedField(headers, 'from');
  if (!decoded || !address) return { name: null, address };
  const bracketed = `<${address}>`;
  const at = decoded.lastIndexOf(bracketed);
  if (at < 0 || at + bracketed.length !== decoded.trimEnd().length) return { name: null, address };
  const name = decoded.slice(0, at).trim().replace(/^"(.*)"$/s, '$1').trim();
  return { name: name || null, address };
}
