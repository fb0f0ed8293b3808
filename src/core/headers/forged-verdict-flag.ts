// A receiver verdict written below the trust boundary that our re-check
// contradicts is, most likely, forged by the sender (RFC 8601 §5: a
// receiver must ignore Authentication-Results it did not add itself). The
// comparison knows it; this puts the same fact on the field itself, so the
// Headers view flags the row and lists it under "Worth a look".

import type { ExplainedHeader, VerdictComparison } from '../analysis.ts';
import { finding, text } from './catalogue-entry.ts';

export function flagForgedVerdicts(headers: ExplainedHeader[], comparison: readonly VerdictComparison[]): void {
  const forged = new Map<number, string[]>();
  for (const entry of comparison) {
    if (entry.trust.code !== 'below-boundary' || entry.agrees !== false) continue;
    const methods = forged.get(entry.field.index) ?? [];
    if (!methods.includes(entry.method)) methods.push(entry.method);
    forged.set(entry.field.index, methods);
  }
  for (const [index, methods] of forged) {
    const header = headers[index];
    if (!header) continue;
    const list = methods.join(', ');
    header.findings.push(
      finding(
        'forged-verdict',
        'error',
        text(
          `Written below the trust boundary, outside the receiving organisation, and contradicted by our re-check (${list}): most likely forged by the sender.`,
          `Unterhalb der Vertrauensgrenze geschrieben, außerhalb der empfangenden Organisation, und von unserer Nachprüfung widerlegt (${list}): sehr wahrscheinlich vom Absender gefälscht.`,
        ),
      ),
    );
  }
}
