// The animation's picture of a message: its first client, then the host
// that wrote each Received field, joined by one step per hop.

import type { Hop } from '../../core/analysis.ts';
import { receiverKind, type PathModel, type PathNode } from './path-model.ts';

function clientLabel(hop: Hop): string {
  return hop.reverseName ?? hop.from ?? hop.ip ?? '?';
}

export function pathFromHops(hops: Hop[]): PathModel {
  if (hops.length === 0) return { nodes: [], steps: [] };
  const first = hops[0]!;
  const nodes: PathNode[] = [{ kind: first.role === 'submission' ? 'MUA' : first.role === 'unknown' ? 'unknown' : 'MTA', label: clientLabel(first) }];
  const steps = hops.map((hop, index) => {
    nodes.push({ kind: receiverKind(hop.role), label: hop.by ?? '?' });
    return {
      from: index,
      to: index + 1,
      role: hop.role,
      protocol: hop.with ?? '',
      tls: hop.tls === true,
      delaySeconds: hop.delaySeconds,
    };
  });
  return { nodes, steps };
}
