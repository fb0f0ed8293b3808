// Host names of internal hops: the servers inside an organisation, whose
// names say how it is built. Read from every Received field (RFC 5321
// §4.4), in the header and in header blocks quoted in a body (a bounce's
// returned message), with the hop parser of ../hops.
//
// A name is internal when
// - it stands in a hop whose client address is private, shared, link-local
//   or loopback (RFC 6890; ../net/ip-address.ts isInternal): both the
//   client's names and the receiving host's name, since a hop between two
//   such hosts is inside one network — unless the same name also stands in
//   a hop from a public address (the organisation's MX or outbound relay,
//   named to the whole Internet anyway); or
// - it ends in a suffix reserved or commonly used for private networks:
//   .local (RFC 6762), .home.arpa (RFC 8375), .internal (ICANN 2024), and the
//   unregistered but common .localdomain, .lan, .corp, .intranet, .home,
//   .private and .fritz.box (AVM routers, common in Germany); or
// - it has no dot at all ("laptop", "relay", "exch01", "mx-int"): a name
//   that is no domain in the DNS is one a machine gave itself or its
//   network gave it (RFC 5321 §4.1.4 asks for a domain), so it says
//   something about that network, never about the public Internet.
//
// Inferred, not documented: nothing in a Received field says "internal".
// "localhost" and "unknown" are kept (they name no one). A dotless name
// made of letters may be a word too ("relay"), and is replaced wherever it
// stands as a word: a leaked machine name weighs more than a changed word
// (issue 10: "laptop" and "relay" were left in shared links).

import { parseReceived } from '../hops/received-field.ts';
import { isInternal, parseIp } from '../net/ip-address.ts';

const PRIVATE_SUFFIXES = ['local', 'home.arpa', 'internal', 'localdomain', 'lan', 'corp', 'intranet', 'home', 'private', 'fritz.box'];

const KEPT_NAMES = new Set(['localhost', 'localhost.localdomain', 'unknown', 'localhost6', 'ip6-localhost']);

// RFC 1123 §2.1 host name: labels of letters, digits and hyphens.
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.?$/;

export function hasPrivateSuffix(name: string): boolean {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return PRIVATE_SUFFIXES.some((suffix) => lower === suffix || lower.endsWith(`.${suffix}`));
}

/** Internal by its name alone: a private suffix, or no dot (no DNS domain). */
function isPrivateByName(name: string): boolean {
  return hasPrivateSuffix(name) || !name.replace(/\.$/, '').includes('.');
}

/** A name worth replacing: a host name, not an address, not a common word, not localhost. */
function isRedactableName(name: string): boolean {
  const lower = name.toLowerCase().replace(/\.$/, '');
  if (lower.length > 253 || !HOST_NAME.test(lower) || KEPT_NAMES.has(lower)) return false;
  if (parseIp(lower) !== null || /^[\d.]+$/.test(lower)) return false;
  return !PRIVATE_SUFFIXES.includes(lower);
}

/** The internal host names of a chain of Received field values, in order of appearance (trailing dots removed). */
export function internalHostsOfReceived(values: readonly string[]): string[] {
  const candidates: string[] = [];
  const publicNames = new Set<string>();
  for (const value of values) {
    const hop = parseReceived(value);
    const names = [hop.from, hop.reverseName, hop.by].filter((name): name is string => name !== null && name !== '').map((name) => name.replace(/\.$/, ''));
    const clientIp = hop.ip === null ? null : parseIp(hop.ip);
    const internalHop = clientIp !== null && isInternal(clientIp);
    for (const name of names) {
      if (!isRedactableName(name)) continue;
      if (isPrivateByName(name) || internalHop) candidates.push(name);
      else if (clientIp !== null) publicNames.add(name.toLowerCase());
    }
  }
  return candidates.filter((name) => isPrivateByName(name) || !publicNames.has(name.toLowerCase()));
}

/** A HELO name given by the user for the envelope: internal only by its suffix. */
export function isInternalHostName(name: string): boolean {
  return isRedactableName(name) && isPrivateByName(name);
}
