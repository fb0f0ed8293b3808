// "Is this the same organisation?" without the Public Suffix List: the
// core ships no 300 KB list, so the registrable domain is guessed from the
// last labels, taking three where the second-level label is one of the
// usual ccTLD registry words (co.uk, com.au, ne.jp). Every text that uses
// this says the comparison is inferred. DMARC itself (in the auth step)
// uses RFC 9989's DNS tree walk, not this.

const SECOND_LEVEL_REGISTRY = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'ne', 'or', 'go', 'gv', 'ltd', 'plc', 'nom', 'gob', 'mil']);

export function guessOrganizationalDomain(domain: string): string {
  const labels = domain.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && SECOND_LEVEL_REGISTRY.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

export function sameOrganization(a: string, b: string): boolean {
  return guessOrganizationalDomain(a) === guessOrganizationalDomain(b);
}
