// The mail path of one message, built from what the analysis found: the
// agents and steps (route-agents.ts), each step narrated, the
// organisations with the trust boundary between them, and the check points.

import type { Analysis } from '../analysis.ts';
import { buildAgents } from './route-agents.ts';
import { findCheckpoints } from './route-checkpoints.ts';
import { ROUTE_LEGEND } from './route-legend.ts';
import { narrateEdge } from './route-narration.ts';
import { findOrganisations } from './route-organisations.ts';
import type { MailRoute } from './mail-route.ts';

export function routeFromAnalysis(analysis: Pick<Analysis, 'hops' | 'path' | 'dkim' | 'arc' | 'spf' | 'envelope'>): MailRoute | null {
  if (analysis.hops.length === 0) return null;
  const boundaryHop = analysis.path?.boundary.hop ?? null;
  const { nodes, edges: drafts } = buildAgents(analysis.hops, boundaryHop);
  const edges = drafts.map((edge) => narrateEdge(edge, nodes, analysis.hops));
  const boundaryEdge = boundaryHop === null ? undefined : edges.find((edge) => edge.hop === boundaryHop);
  const boundaryBefore = boundaryEdge ? boundaryEdge.to : null;
  const organisations = findOrganisations(nodes, boundaryBefore);
  const checkpoints = findCheckpoints({ nodes, edges, boundaryBefore }, analysis);
  return { nodes, edges, organisations, boundaryBefore, checkpoints, legend: [...ROUTE_LEGEND] };
}
