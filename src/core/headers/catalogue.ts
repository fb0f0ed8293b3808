// Every catalogue entry, and finding the one for a field name: exact names
// first (a Map, so thousands of fields cost one lookup each), then the
// family patterns in order.

import type { CatalogueEntry } from './catalogue-entry.ts';
import { AUTHENTICATION_ENTRIES } from './entries-authentication.ts';
import { BOUNCE_STAMP_ENTRIES } from './entries-bounce-stamps.ts';
import { CLIENT_ENTRIES } from './entries-clients.ts';
import { CONTENT_FILTER_ENTRIES } from './entries-content-filters.ts';
import { ENVELOPE_ENTRIES } from './entries-envelope.ts';
import { HOSTING_ENTRIES } from './entries-hosting.ts';
import { LIST_ENTRIES } from './entries-lists.ts';
import { MAILMAN_ENTRIES } from './entries-mailman.ts';
import { MICROSOFT_ENTRIES } from './entries-microsoft.ts';
import { MICROSOFT_TRANSPORT_ENTRIES } from './entries-microsoft-transport.ts';
import { MIME_ENTRIES } from './entries-mime.ts';
import { OTHER_ENTRIES } from './entries-other.ts';
import { PROVIDER_ENTRIES } from './entries-providers.ts';
import { RFC5322_ENTRIES } from './entries-rfc5322.ts';
import { SCANNER_ENTRIES } from './entries-scanners.ts';
import { SENDER_ENTRIES } from './entries-senders.ts';
import { SPAM_FILTER_ENTRIES } from './entries-spam-filters.ts';

export const CATALOGUE: readonly CatalogueEntry[] = [
  ...RFC5322_ENTRIES,
  ...MIME_ENTRIES,
  ...ENVELOPE_ENTRIES,
  ...LIST_ENTRIES,
  ...MAILMAN_ENTRIES,
  ...AUTHENTICATION_ENTRIES,
  ...SPAM_FILTER_ENTRIES,
  ...CONTENT_FILTER_ENTRIES,
  ...MICROSOFT_ENTRIES,
  ...MICROSOFT_TRANSPORT_ENTRIES,
  ...SCANNER_ENTRIES,
  ...BOUNCE_STAMP_ENTRIES,
  ...CLIENT_ENTRIES,
  ...SENDER_ENTRIES,
  ...HOSTING_ENTRIES,
  ...PROVIDER_ENTRIES,
  ...OTHER_ENTRIES,
];

const BY_NAME = new Map<string, CatalogueEntry>();
for (const entry of CATALOGUE) {
  for (const name of entry.names) {
    if (BY_NAME.has(name)) throw new Error(`catalogue: "${name}" is listed by ${BY_NAME.get(name)!.id} and ${entry.id}`);
    BY_NAME.set(name, entry);
  }
}
const FAMILIES = CATALOGUE.filter((entry) => entry.pattern !== undefined);

/** Every exact name the catalogue lists, for spotting damaged names. */
export const KNOWN_NAMES: readonly string[] = [...BY_NAME.keys()];

export function findEntry(name: string): CatalogueEntry | null {
  const lower = name.toLowerCase();
  return BY_NAME.get(lower) ?? FAMILIES.find((entry) => entry.pattern!.test(lower)) ?? null;
}
