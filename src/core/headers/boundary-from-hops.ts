// The trust boundary as the Received chain (src/core/hops) found it,
// turned into what the verdict comparison needs: the receiving side's host
// names, the position among all header fields of the Received field in
// which that side accepted the message from outside, and of the next older
// Received field, which closes the place where that hop's filters write.

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
  if (boundaryFieldIndex < 0) return { receivingHosts, boundaryFieldIndex: null, olderFieldIndex: null };
  const older = fields.findIndex((field, index) => index > boundaryFieldIndex && field.name.toLowerCase() === 'received');
  return { receivingHosts, boundaryFieldIndex, olderFieldIndex: older >= 0 ? older : null };
}
