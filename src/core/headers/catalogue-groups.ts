// The header catalogue's groups (one entries-*.ts file each) and how each
// is loaded. The worker starts with the groups nearly every message needs:
// the RFC 5322 fields and Received, MIME, the envelope stamps and the
// authentication fields (across the fixture cases, samples and corpora
// 100 %, 59–89 % and 58–61 % of the messages carry fields of the first
// three; every message received at a provider today carries DKIM-Signature
// or Authentication-Results). Every other group is a chunk of its own,
// imported only for a message with a field of it: Microsoft's, the spam
// and content filters', the mailing lists', a provider's — each in at
// most 1 message in 3, most in fewer than 1 in 10. Which group a field
// name belongs to is told by catalogue-index.ts, without loading any.

import type { CatalogueEntry } from './catalogue-entry.ts';
import { AUTHENTICATION_ENTRIES } from './entries-authentication.ts';
import { ENVELOPE_ENTRIES } from './entries-envelope.ts';
import { MIME_ENTRIES } from './entries-mime.ts';
import { RFC5322_ENTRIES } from './entries-rfc5322.ts';

/** The groups in catalogue order: a name two family patterns match belongs to the earlier one's group. */
export const CATALOGUE_GROUPS = [
  'rfc5322',
  'mime',
  'envelope',
  'lists',
  'mailman',
  'authentication',
  'spam-filters',
  'content-filters',
  'microsoft',
  'microsoft-transport',
  'scanners',
  'bounce-stamps',
  'clients',
  'senders',
  'hosting',
  'providers',
  'other',
] as const;

export type CatalogueGroup = (typeof CATALOGUE_GROUPS)[number];

export type GroupLoaders = { readonly [Group in CatalogueGroup]: () => Promise<readonly CatalogueEntry[]> };

/** Groups in the worker's start bundle, for the bench and its measurements. */
export const START_GROUPS: readonly CatalogueGroup[] = ['rfc5322', 'mime', 'envelope', 'authentication'];

export const GROUP_LOADERS: GroupLoaders = {
  rfc5322: () => Promise.resolve(RFC5322_ENTRIES),
  mime: () => Promise.resolve(MIME_ENTRIES),
  envelope: () => Promise.resolve(ENVELOPE_ENTRIES),
  authentication: () => Promise.resolve(AUTHENTICATION_ENTRIES),
  lists: () => import('./entries-lists.ts').then((module) => module.LIST_ENTRIES),
  mailman: () => import('./entries-mailman.ts').then((module) => module.MAILMAN_ENTRIES),
  'spam-filters': () => import('./entries-spam-filters.ts').then((module) => module.SPAM_FILTER_ENTRIES),
  'content-filters': () => import('./entries-content-filters.ts').then((module) => module.CONTENT_FILTER_ENTRIES),
  microsoft: () => import('./entries-microsoft.ts').then((module) => module.MICROSOFT_ENTRIES),
  'microsoft-transport': () => import('./entries-microsoft-transport.ts').then((module) => module.MICROSOFT_TRANSPORT_ENTRIES),
  scanners: () => import('./entries-scanners.ts').then((module) => module.SCANNER_ENTRIES),
  'bounce-stamps': () => import('./entries-bounce-stamps.ts').then((module) => module.BOUNCE_STAMP_ENTRIES),
  clients: () => import('./entries-clients.ts').then((module) => module.CLIENT_ENTRIES),
  senders: () => import('./entries-senders.ts').then((module) => module.SENDER_ENTRIES),
  hosting: () => import('./entries-hosting.ts').then((module) => module.HOSTING_ENTRIES),
  providers: () => import('./entries-providers.ts').then((module) => module.PROVIDER_ENTRIES),
  other: () => import('./entries-other.ts').then((module) => module.OTHER_ENTRIES),
};
