// The trust boundary as the Received chain (src/core/hops) found it,
// turned into what the verdict comparison needs: the receiving side's host
// names, and the position among all header fields of the Received field
// in which that side accepted the message from outside.

import type { Hop, MailPath } from '../analysis.ts';
import type { RawField } from '../message/header-block.ts';
import type { TrustBoundary } from './verdict-trust.ts';

export function trustBoundaryFromHops(fields: readonly RawField[], hops: readonly Hop[], path: MailPath | null): TrustBoundary {
  const receivingHosts = [
    ...new Set(
      hops
        .filter((hop) => hop.trusted && hop.by)
        .map((hop) => hop.by!.toLowerCase().replace(/\.$/, ''))
        .filter((host) => /[a-z]/.test(host)),
    ),
  ];
  const boundaryHop = path?.boundary.hop ?? null;
  const hop = boundaryHop === null ? undefined : hops.find((h) => h.number === boundaryHop);
  // Hops carry the line their field starts on; field lines are unique, so this finds exactly that field.
  const boundaryFieldIndex = hop ? fields.findIndex((field) => field.line === hop.line) : -1;
  return { receivingHosts, boundaryFieldIndex: boundaryFieldIndex >= 0 ? boundaryFieldIndex : null };
}
