// Are two host names run by the same organisation? Used only to carry the
// trust boundary across hops between one organisation's own servers that
// have public addresses (Microsoft 365's frontend to its mailbox servers,
// a company's MX relaying to its mail hub). This is an inference and the
// boundary reason says so: without the Public Suffix List (the core loads
// no data files) the organisational name is guessed from the last labels
// (../net/organizational-domain.ts, the rule the header explanations use
// too). Microsoft 365's transport runs under two names.

import { guessOrganizationalDomain } from '../net/organizational-domain.ts';

// Names Microsoft 365 writes in its own Received fields for one transport.
const SAME_OPERATOR: Record<string, string> = {
  'outlook.com': 'microsoft-365',
  'office365.com': 'microsoft-365',
};

function labelsOf(name: string): string[] | null {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9_-]{1,63}(?:\.[a-z0-9_-]{1,63}){1,40}$/.test(lower)) return null;
  return lower.split('.');
}

/** "mail.example.co.uk" → "example.co.uk"; null for an address, a single label or a non-ASCII name. */
export function organisationOf(name: string | null): string | null {
  if (!name) return null;
  const labels = labelsOf(name);
  if (!labels || /^\d{1,3}$/.test(labels[labels.length - 1]!)) return null;
  const organisation = guessOrganizationalDomain(labels.join('.'));
  return SAME_OPERATOR[organisation] ?? organisation;
}

export function sameName(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  return a.toLowerCase().replace(/\.$/, '') === b.toLowerCase().replace(/\.$/, '');
}

/** The host part before the first dot, lower-cased: "BN3NAM04FT003" of both "BN3NAM04FT003.mail.protection.outlook.com" and "…eop-NAM04.prod.protection.outlook.com". */
export function firstLabel(name: string | null): string | null {
  const labels = name ? labelsOf(name) : null;
  return labels ? labels[0]! : null;
}
