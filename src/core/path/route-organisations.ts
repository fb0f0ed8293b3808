// Who ran each part of the path: the sending organisation, intermediaries
// (a mailing list, a forwarder) and the receiving organisation, as runs of
// neighbouring nodes. The receiving side starts at the trust boundary the
// hops already found (src/core/hops/trust-boundary.ts); before it, a change
// of organisational domain starts a new run. The domain is a guess from the
// last labels of host names (no Public Suffix List in core), and said so.

import { organisationOf } from '../hops/organisation-name.ts';
import { guessOrganizationalDomain } from '../net/organizational-domain.ts';
import type { RouteNode, RouteOrganisation } from './mail-route.ts';

/**
 * Each node's organisational domain. A mail program's own name is its
 * access provider's ("dyn-….dsl.isp.example"), not its organisation's, so
 * programs, like nodes without a name (the mailbox), take their neighbour's.
 */
function domains(nodes: readonly RouteNode[]): (string | null)[] {
  const filled = nodes.map((node) => (node.roles.includes('MUA') ? null : organisationOf(node.host)));
  for (let i = 1; i < filled.length; i++) if (filled[i] === null) filled[i] = filled[i - 1]!;
  for (let i = filled.length - 2; i >= 0; i--) if (filled[i] === null) filled[i] = filled[i + 1]!;
  return filled;
}

export function findOrganisations(nodes: RouteNode[], boundaryBefore: number | null): RouteOrganisation[] {
  if (nodes.length === 0) return [];
  const domain = domains(nodes);
  const runs: RouteOrganisation[] = [];
  const senderEnd = boundaryBefore ?? nodes.length;
  let senderDomain: string | null = null;
  for (let i = 0; i < senderEnd; i++) {
    const last = runs[runs.length - 1];
    if (last && (domain[i] === last.domain || domain[i] === null)) {
      last.last = i;
      continue;
    }
    if (runs.length === 0) senderDomain = domain[i]!;
    runs.push({ side: runs.length === 0 || domain[i] === senderDomain ? 'sender' : 'intermediary', domain: domain[i]!, first: i, last: i });
  }
  if (boundaryBefore !== null) {
    // The receiving organisation may run hosts under other names (Gmail's mailbox store by address): one band all the same.
    runs.push({ side: 'receiver', domain: domain[boundaryBefore] ?? null, first: boundaryBefore, last: nodes.length - 1 });
  }
  runs.forEach((run, index) => {
    for (let i = run.first; i <= run.last; i++) nodes[i]!.organisation = index;
    // Grouping uses organisationOf's operator names ("microsoft-365" for outlook.com and office365.com); people read a domain.
    const named = nodes.slice(run.first, run.last + 1).find((node) => !node.roles.includes('MUA') && organisationOf(node.host) === run.domain);
    if (named?.host) run.domain = guessOrganizationalDomain(named.host.toLowerCase().replace(/\.$/, ''));
  });
  return runs;
}
