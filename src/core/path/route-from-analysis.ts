// The mail path of one message, built from what the analysis found: the
// agents and steps (route-agents.ts), each step narrated, the
// organisations with the trust boundary between them, the check points, and
// the conversation that most likely made each step.

import type { Analysis } from '../analysis.ts';
import { buildAgents } from './route-agents.ts';
import { findCheckpoints } from './route-checkpoints.ts';
import { ROUTE_LEGEND } from './route-legend.ts';
import { narrateEdge } from './route-narration.ts';
import { findOrganisations } from './route-organisations.ts';
import type { MailRoute, RouteEdge } from './mail-route.ts';
import { retrievalDialogue, smtpDialogue, type DialogueLine } from './smtp-dialogue.ts';

type Facts = Pick<Analysis, 'hops' | 'path' | 'dkim' | 'arc' | 'spf' | 'envelope'>;

function dialogueOf(edge: Omit<RouteEdge, 'dialogue'>, facts: Facts): DialogueLine[] {
  const hop = edge.hop === null ? undefined : facts.hops.find((h) => h.number === edge.hop);
  if (!hop) return edge.step === 'retrieval' ? retrievalDialogue(null) : [];
  if (hop.role === 'retrieval') return retrievalDialogue(hop.with);
  const envelope = facts.envelope;
  // The envelope the analysis found belongs to the hop SPF was evaluated at.
  const atSpfHop = facts.path?.envelopeHop.hop === hop.number && envelope?.mailFrom != null;
  const greylist = facts.path?.greylisting.find((g) => g.hop === hop.number && g.delaySeconds !== null);
  return smtpDialogue(hop, {
    mailFrom: atSpfHop ? { address: envelope!.mailFrom!, source: envelope!.provenance.mailFrom.note } : null,
    greylistSeconds: greylist?.delaySeconds ?? null,
  });
}

export function routeFromAnalysis(analysis: Facts): MailRoute | null {
  if (analysis.hops.length === 0) return null;
  const boundaryHop = analysis.path?.boundary.hop ?? null;
  const { nodes, edges: drafts } = buildAgents(analysis.hops, boundaryHop);
  const edges = drafts.map((draft) => {
    const edge = narrateEdge(draft, nodes, analysis.hops);
    return { ...edge, dialogue: dialogueOf(edge, analysis) };
  });
  const boundaryEdge = boundaryHop === null ? undefined : edges.find((edge) => edge.hop === boundaryHop);
  const boundaryBefore = boundaryEdge ? boundaryEdge.to : null;
  const organisations = findOrganisations(nodes, boundaryBefore);
  const checkpoints = findCheckpoints({ nodes, edges, boundaryBefore }, analysis);
  return { nodes, edges, organisations, boundaryBefore, checkpoints, legend: [...ROUTE_LEGEND] };
}
