// What must hold for the mail path of any message, checked over the
// samples, the fixture cases and the real corpus chains: every hop drawn
// once, the roles on the path those of the hops, TLS in three states, one
// node per host on consecutive hops, the path from a program to a program.

import type { Hop } from '../../../src/core/analysis.ts';
import type { MailRoute, RouteRole } from '../../../src/core/path/mail-route.ts';

const RECEIVER_ROLES: Record<Hop['role'], RouteRole[]> = {
  submission: ['MSA'],
  relay: ['MTA', 'MX'],
  delivery: ['MDA'],
  retrieval: ['MRA'],
  internal: ['MTA'],
  unknown: ['unknown'],
};

export function routeViolations(route: MailRoute, hops: readonly Hop[]): string[] {
  const problems: string[] = [];
  const drawn = [...route.edges.flatMap((e) => (e.hop === null ? [] : [e.hop])), ...route.nodes.flatMap((n) => n.loops.flatMap((l) => l.hops))].sort((a, b) => a - b);
  const numbers = hops.map((h) => h.number);
  if (JSON.stringify(drawn) !== JSON.stringify(numbers)) problems.push(`hops drawn ${drawn.join(',')} instead of ${numbers.join(',')}`);
  route.edges.forEach((edge, index) => {
    if (edge.from !== index || edge.to !== index + 1) problems.push(`edge ${index} runs ${edge.from}→${edge.to}`);
    const hop = edge.hop === null ? undefined : hops.find((h) => h.number === edge.hop);
    if (edge.hop === null) {
      if (!edge.inferred?.en || !edge.inferred.de) problems.push(`edge ${index} is inferred without a reason`);
      if (edge.tls !== 'unknown') problems.push(`inferred edge ${index} claims TLS ${edge.tls}`);
      return;
    }
    if (!hop) return;
    const expectedTls = hop.tls === true ? 'encrypted' : hop.tls === false ? 'not-encrypted' : 'unknown';
    if (edge.tls !== expectedTls) problems.push(`hop ${hop.number}: TLS ${edge.tls}, the hop says ${String(hop.tls)}`);
    if (hop.tls === null && /not encrypted|nicht verschlüsselt/.test(`${edge.narration.en} ${edge.narration.de}`)) problems.push(`hop ${hop.number}: unknown TLS narrated as not encrypted`);
    const receiver = route.nodes[edge.to]!;
    if (!RECEIVER_ROLES[hop.role].some((role) => receiver.roles[0] === role)) problems.push(`hop ${hop.number} (${hop.role}) drawn into a ${receiver.roles.join('+')}`);
  });
  if (route.edges.length !== route.nodes.length - 1) problems.push(`${route.nodes.length} nodes, ${route.edges.length} edges`);
  if (route.nodes[0]?.roles[0] !== 'MUA') problems.push('the path does not start at a mail program');
  if (route.nodes[route.nodes.length - 1]?.roles[0] !== 'MUA') problems.push('the path does not end at a mail program');
  route.nodes.forEach((node, index) => {
    const next = route.nodes[index + 1];
    if (node.host && next?.host && node.host.toLowerCase() === next.host.toLowerCase()) problems.push(`${node.host} is two nodes in a row`);
    if (node.inferred !== null && (!node.inferred.en || !node.inferred.de)) problems.push(`node ${index} is inferred without a reason`);
    if (node.organisation === null) problems.push(`node ${index} belongs to no organisation band`);
  });
  let expectedFirst = 0;
  for (const band of route.organisations) {
    if (band.first !== expectedFirst || band.last < band.first) problems.push(`band ${band.side} ${band.first}–${band.last} does not follow on`);
    expectedFirst = band.last + 1;
  }
  if (expectedFirst !== route.nodes.length) problems.push('the bands do not cover the path');
  const receiver = route.organisations.find((band) => band.side === 'receiver');
  if (route.boundaryBefore !== null && receiver?.first !== route.boundaryBefore) problems.push('the receiver band does not start at the trust boundary');
  for (const point of route.checkpoints) if (!route.nodes[point.node]) problems.push(`check point ${point.kind} on no node`);
  return problems;
}
