// "Is this the same organisation?" without the Public Suffix List: the
// core ships no 300 KB list, so the registrable domain is guessed from the
// last labels, taking three where the second-level label is one of the
// usual words of country-code registries (co.uk, com.au, ne.jp, gob.mx,
// nhs.uk). Every text that uses this says the comparison is inferred. The
// header explanations and the Received chain (hops/organisation-name.ts)
// both guess with this one rule; DMARC itself (in the auth step) uses RFC
// 9989's DNS tree walk, not this.

// Second-level labels that country registries use like top-level ones.
const SECOND_LEVEL_REGISTRY = new Set([
  'ac', 'co', 'com', 'edu', 'gob', 'gov', 'gv', 'go', 'ltd', 'mil', 'ne', 'net', 'nhs', 'nom', 'or', 'org', 'plc', 'sch',
]);

/** "mail.example.co.uk" → "example.co.uk"; a name of one or two labels is returned as it is (lower-cased). */
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
