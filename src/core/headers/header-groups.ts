// Which group of the Headers view each catalogue entry belongs to, and the
// verdict scores a header states, so the page can show them in the row
// without reading the header itself (issue 13). Every catalogue entry is
// named here; header-groups.test.ts fails when a new entry is not.

import type { DecodedPart, HeaderGroup, HeaderScore } from '../analysis.ts';

const GROUP_OF_ENTRY: Readonly<Record<HeaderGroup, readonly string[]>> = {
  // The trace fields (RFC 5321 §4.4) and the envelope as delivery agents copied it into the header.
  routing: [
    'received',
    'x-received',
    'resent',
    'return-path',
    'delivered-to',
    'x-original-to',
    'envelope-to',
    'x-envelope-from',
    'original-recipient',
    'x-failed-recipients',
    'delivery-date',
    'x-originating-ip',
    'x-forwarded',
    'x-mailfrom',
    'x400-gateway',
    'microsoft-loop-counters',
    'x-ms-traffictypediagnostic',
    'united-internet-queue-id',
    'amavis-quarantine',
    'lotus-notes-mimetrack',
    'communigate-mirror',
  ],
  authentication: [
    'dkim-signature',
    'x-google-dkim-signature',
    'domainkey-signature',
    'authentication-results',
    'authentication-results-copy',
    'arc-authentication-results',
    'arc-message-signature',
    'arc-seal',
    'received-spf',
    'bimi-selector',
    'bimi-location',
    'x-authentication-warning',
    'dkim-filter',
    'dmarc-filter',
    'sid-milter',
  ],
  // RFC 5322 §3.6.2 and §3.6.3: who the message says it is from and for.
  addresses: ['from', 'sender', 'reply-to', 'to', 'cc', 'bcc', 'disposition-notification-to', 'x-from'],
  // What the message is: its identity, subject, date and MIME structure (RFC 5322 §3.6.4–3.6.5, RFC 2045).
  content: [
    'subject',
    'keywords',
    'date',
    'message-id',
    'in-reply-to',
    'mime-version',
    'content-type',
    'content-disposition',
    'content-transfer-encoding',
    'content-description',
    'content-language',
    'accept-language',
    'content-location',
    'content-md5',
    'content-length',
    'priority',
    'sensitivity',
    'x-mailer',
    'auto-submitted',
    'precedence',
    'x-auto-response-suppress',
    'content-class',
    'x-accept-language',
    'x-mailer-version',
  ],
  'spam-filters': [
    'x-spam-status',
    'x-spam-report',
    'x-spam-flag',
    'x-spam-level',
    'x-spam-checker-version',
    'x-spam-other',
    'x-spamd-result',
    'x-rspamd',
    'x-virus-scanned',
    'x-virus-status',
    'x-amavis',
    'x-greylist',
    'proofpoint',
    'ironport',
    'kaspersky',
    'security-gateways',
    'trend-micro',
    'x-forefront-antispam-report',
    'x-microsoft-antispam',
    'microsoft-antispam-untrusted',
    'x-ms-exchange-organization-scl',
    'x-ms-exchange-organization-pcl',
    'x-microsoft-antispam-mailbox-delivery',
    'x-microsoft-antispam-message-info',
    'habeas',
    'hashcash',
    'mailscanner',
    'mailscanner-renamed',
    'cloudmark-clx',
    'junkmail-filter',
    'messagelabs',
  ],
  // One operator's own stamps: mailbox providers, sending services, hosting panels.
  provider: [
    'x-ms-exchange-organization',
    'x-ms-exchange',
    'outlook-client',
    'outlook-com',
    'google',
    'yahoo-aol',
    'united-internet',
    'other-providers',
    'amazon-ses',
    'sendgrid',
    'mailgun',
    'postmark',
    'mailchimp',
    'mailcoach',
    'feedback-id',
    'x-antiabuse',
    'x-get-message-sender-via',
    'x-authenticated-sender',
    'x-php-originating-script',
    'x-ms-exchange-forest',
    'microsoft-tenant-attribution',
    'amazon-ses-outgoing',
    'bounce-service-id',
    'japanese-providers',
    'mdaemon',
  ],
  other: [
    'list-id',
    'list-unsubscribe',
    'list-unsubscribe-post',
    'list-links',
    'list-software',
    'netnews',
    'message-id-hash',
    'x-mailman-rules',
    'x-mailman',
    'organization',
    'archived-at',
    'autocrypt',
    'tls-required',
    'mailbox-state',
    'face',
    'x-mime-autoconverted',
    'delivery-software',
    'free-text-note',
    'emacs-vm',
    'gmail-export',
  ],
};

const BY_ENTRY = new Map<string, HeaderGroup>(
  (Object.entries(GROUP_OF_ENTRY) as [HeaderGroup, readonly string[]][]).flatMap(([group, ids]) => ids.map((id) => [id, group] as const)),
);

/** Every entry id this file places, for the test that checks the catalogue against it. */
export const GROUPED_ENTRY_IDS: readonly string[] = [...BY_ENTRY.keys()];

/**
 * The group of a header: its catalogue entry's, or for a name nobody
 * documented, spam filters when the name says so (X-Spam-…, X-…-Virus-…,
 * the common stamps of filters we do not list) and other otherwise — a
 * guess from the name alone, which the header's own "unknown" badge says.
 */
export function groupOf(entryId: string | null, name: string): HeaderGroup {
  if (entryId !== null) return BY_ENTRY.get(entryId) ?? 'other';
  return /spam|virus|phish|antispam|scanned/i.test(name) ? 'spam-filters' : 'other';
}

/** A row shows a handful of scores: more would push the field's value out of sight. */
export const MAX_ROW_SCORES = 4;

/** The part keys that carry a filter's verdict as a number or level, as the filters write them. */
const SCORE_KEYS = new Set(['score', 'SCL', 'BCL', 'PCL', 'SFV', 'stars']);

/**
 * The verdict scores among a header's decoded parts: SpamAssassin's score,
 * rspamd's metric score (its "verdict" part carries the number), Microsoft's
 * SCL, BCL, PCL and SFV, the stars of X-Spam-Level. Single rule scores are
 * not verdicts and stay in the expanded row.
 */
export function rowScores(parts: readonly DecodedPart[]): HeaderScore[] {
  const scores: HeaderScore[] = [];
  for (const part of parts) {
    if (SCORE_KEYS.has(part.key)) scores.push({ key: part.key, value: part.value });
    else if (part.key === 'verdict' && part.score !== null) scores.push({ key: 'score', value: String(part.score) });
    if (scores.length === MAX_ROW_SCORES) break;
  }
  return scores;
}
