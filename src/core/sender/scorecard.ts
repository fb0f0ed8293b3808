// The sender's setup as a checklist: the seed's best-practice list for a
// server that sends mail (static IP, forward and reverse DNS that agree, no
// blocklist, a greeting name that matches, no open relay, SPF and DKIM),
// each item judged pass / warn / fail / cannot-tell with the reason and the
// fix. "cannot-tell" is its own word: a lookup that timed out, a blocklist
// that refuses public resolvers, a check no page can make — never folded
// into pass or fail.

import type { LocalizedText } from '../analysis.ts';
import { ITEM_TITLES } from './item-titles.ts';
import type { BlocklistChoice } from './blocklists.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'cannot-tell';

/** Items of a message's sending server, then those of a domain. */
export type ScoreItemId =
  | 'ptr'
  | 'fcrdns'
  | 'static-ip'
  | 'helo'
  | 'envelope-domain'
  | 'from-domain'
  | 'receiving-mx'
  | 'blocklist-ip'
  | 'blocklist-domain'
  | 'open-relay'
  | 'mx'
  | 'mx-targets'
  | 'spf'
  | 'dmarc'
  | 'dkim'
  | 'mta-sts'
  | 'tls-rpt'
  | 'bimi'
  | 'dnssec'
  | 'dane';

export interface ScoreItem {
  id: ScoreItemId;
  status: CheckStatus;
  /** What was checked: an address, a host name, a domain, "192.0.2.7 in zen.spamhaus.org". */
  subject: string;
  title: LocalizedText;
  reason: LocalizedText;
  /** What to do; null where nothing needs doing. */
  fix: LocalizedText | null;
  /** The Postfix or zone-file line that does it, where one line does. */
  fixLine: string | null;
  /** The DNS questions the item rests on ("PTR 7.2.0.192.in-addr.arpa"): each is in the DNS evidence. */
  questions: string[];
}

/** The sending server of a message, checked (Analysis.sender). */
export interface SenderReport {
  /** The Received hop the server was taken from (the envelope hop), or null where the client was given. */
  hop: number | null;
  ip: string | null;
  helo: string | null;
  /** The reverse names of the IP, as published. */
  reverseNames: string[];
  /** Blocklists are asked only when the user allows it (a setting, never offline). */
  blocklists: 'asked' | 'not-asked';
  /** The lists asked, where they were: a share carries them, so its recipient sees their answers again. */
  lists?: BlocklistChoice[];
  items: ScoreItem[];
}

/** A domain, checked on its own ("Check a domain", `--domain`). */
export interface DomainReport {
  domain: string;
  blocklists: 'asked' | 'not-asked';
  items: ScoreItem[];
}

export const STATUS_RANK: Record<CheckStatus, number> = { fail: 0, warn: 1, 'cannot-tell': 2, pass: 3 };

/** The items that failed, worst first: what the summary lists. */
export function failedItems(items: readonly ScoreItem[]): ScoreItem[] {
  return items.filter((item) => item.status === 'fail');
}

export function countByStatus(items: readonly ScoreItem[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { pass: 0, warn: 0, fail: 0, 'cannot-tell': 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}

export interface ItemParts {
  status: CheckStatus;
  subject: string;
  reason: LocalizedText;
  fix?: LocalizedText | null;
  fixLine?: string | null;
  questions?: string[];
}

export function scoreItem(id: ScoreItemId, parts: ItemParts): ScoreItem {
  return {
    id,
    status: parts.status,
    subject: parts.subject,
    title: ITEM_TITLES[id],
    reason: parts.reason,
    fix: parts.fix ?? null,
    fixLine: parts.fixLine ?? null,
    questions: parts.questions ?? [],
  };
}
