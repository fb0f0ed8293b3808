// Are two host names run by the same organisation? Used only to carry the
// trust boundary across hops between one organisation's own servers that
// have public addresses (Microsoft 365's frontend to its mailbox servers,
// a company's MX relaying to its mail hub). This is an inference and the
// boundary reason says so: without the Public Suffix List (the core loads
// no data files) the organisational name is the last two labels, or three
// under a two-letter country code whose second level is a generic one
// (co.uk, com.au). Microsoft 365's transport runs under two names.

// Second-level labels that country registries use like top-level ones.
const GENERIC_SECOND_LEVEL = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org', 'ne', 'or', 'go', 'gv', 'ltd', 'plc', 'nhs', 'sch', 'mil', 'nom']);

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
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && GENERIC_SECOND_LEVEL.has(second) && labels.length >= 3 ? 3 : 2;
  const organisation = labels.slice(-take).join('.');
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
