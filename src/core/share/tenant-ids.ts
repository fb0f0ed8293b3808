// Tenant, account and message ids in vendor header fields. They identify an
// organisation's Microsoft 365 tenant, a Google Workspace account, a
// sender's account at a mailing service, or one message in a provider's
// logs. Which fields carry them is mostly undocumented; this list is
// inferred from the fields as they appear in real mail.
//
// Fields (by name prefix, case-insensitive):
//   Microsoft   X-MS-*, X-Microsoft-*, X-Forefront-*   (e.g. X-MS-Exchange-CrossTenant-Id,
//               -Network-Message-Id, X-MS-Office365-Filtering-Correlation-Id, the
//               X-Microsoft-Antispam-Message-Info and X-MS-Exchange-AntiSpam-MessageData blobs)
//   Google      X-Google-*, X-Gm-*, X-Received           (X-Google-Smtp-Source, X-Gm-Message-State,
//               the "with SMTP id …" of X-Received)
//   services    Feedback-ID (Google's FBL, RFC-less), X-Feedback-ID, X-SES-*, X-Mailgun-*,
//               X-SG-* (SendGrid), X-MC-*/X-Mandrill-* (Mailchimp), X-MSFBL, X-SFMC-*,
//               X-Proofpoint-*, X-Mimecast-*, X-Apple-*, X-Yahoo-*/X-YMail-*
//   German      X-Provags-ID and X-UI-* (GMX, WEB.DE, IONOS), X-RZG-* (Strato), X-TOI-* (Telekom)
//
// In those fields these values are ids:
//   - GUIDs (8-4-4-4-12 hex digits);
//   - runs of 16 or more base64/id characters holding both a letter and a
//     digit (opaque ids and encrypted blobs);
//   - in Feedback-ID fields, every colon-separated part of 4 or more
//     characters with a digit (the last part names the sender's account).
// Not ids, and kept: signatures (X-Google-DKIM-Signature), rule numbers and scores (ARA:13230040, SFS:(…), SCL:1,
// BCL:0 — digits only), words, host names (dotted, found apart) and
// times.

import { findGuids, findOpaqueIds, type FoundValue } from './redaction-patterns.ts';

const ID_FIELD_PREFIXES = [
  'x-ms-', 'x-microsoft-', 'x-forefront-',
  'x-google-', 'x-gm-', 'x-received',
  'feedback-id', 'x-feedback-id', 'x-ses-', 'x-mailgun-', 'x-sg-', 'x-mc-', 'x-mandrill-', 'x-msfbl', 'x-sfmc-',
  'x-proofpoint-', 'x-mimecast-', 'x-apple-', 'x-yahoo-', 'x-ymail-',
  'x-provags-id', 'x-ui-', 'x-rzg-', 'x-toi-',
];

// Signatures in vendor fields (X-Google-DKIM-Signature) hold hashes and
// signatures, not ids; the same body hash stands in the real signatures.
const SIGNATURE_FIELD = /signature|-seal$/i;

export function carriesIds(fieldName: string): boolean {
  const lower = fieldName.toLowerCase();
  return ID_FIELD_PREFIXES.some((prefix) => lower.startsWith(prefix)) && !SIGNATURE_FIELD.test(lower);
}

export interface FoundId extends FoundValue {
  kind: 'guid' | 'opaque-id';
}

// Feedback-ID: a:b:c:SenderId (Google Postmaster Tools). Parts are bounded
// runs of characters other than the separator and white space.
const FEEDBACK_PART = /[^:\s;]{4,256}/g;

/** The ids in one field value; offsets are into `value`. */
export function findIdsInField(fieldName: string, value: string): FoundId[] {
  if (!carriesIds(fieldName)) return [];
  const guids = findGuids(value).map((found): FoundId => ({ ...found, kind: 'guid' }));
  const opaque = findOpaqueIds(value).map((found): FoundId => ({ ...found, kind: 'opaque-id' }));
  const feedback = /^x?-?feedback-id$/i.test(fieldName)
    ? [...value.matchAll(FEEDBACK_PART)]
        .filter((m) => /\d/.test(m[0]))
        .map((m): FoundId => ({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'opaque-id' }))
    : [];
  // A GUID is also a run of id characters: the GUID reading wins.
  const all = [...guids, ...opaque, ...feedback].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundId[] = [];
  for (const id of all) {
    const last = kept[kept.length - 1];
    if (last && id.start < last.end) continue;
    kept.push(id);
  }
  return kept;
}
