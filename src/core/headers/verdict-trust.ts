// Which Authentication-Results to believe. RFC 8601 §5: a receiver must
// remove fields carrying its own authserv-id when a message arrives, and
// the user may only trust fields written by the receiving side after the
// message crossed into it. Anything written earlier, lower in the header,
// may come from another domain's server or from the sender itself.
// The boundary itself comes from the Received chain (src/core/hops); this
// module takes it as a small input so it can be tested on its own.

import type { LocalizedText, TrustCode } from '../analysis.ts';
import { sameOrganization } from '../net/organizational-domain.ts';
import { text } from './catalogue-entry.ts';

export interface TrustBoundary {
  /** Host names (and domains) of the receiving side: the "by" hosts of its hops. */
  receivingHosts: string[];
  /**
   * Index (0 = topmost field) of the Received field the receiving side wrote
   * when it accepted the message from outside; fields above it (smaller
   * index) were added on the receiving side. null when the chain shows none.
   */
  boundaryFieldIndex: number | null;
}

export interface TrustDecision {
  trusted: boolean;
  code: TrustCode;
  text: LocalizedText;
}

/** An authserv-id belongs to the receiving side when it names one of its hosts, or their organisation (inferred from the last labels). */
export function belongsToReceivingSide(authservId: string, boundary: TrustBoundary): string | null {
  const id = authservId.toLowerCase();
  for (const host of boundary.receivingHosts) {
    const h = host.toLowerCase();
    if (h === id || h.endsWith(`.${id}`) || id.endsWith(`.${h}`) || (id.includes('.') && h.includes('.') && sameOrganization(id, h))) return host;
  }
  return null;
}

export function decideTrust(fieldIndex: number, authservId: string | null, boundary: TrustBoundary | null, fieldName: string): TrustDecision {
  if (!boundary || boundary.boundaryFieldIndex === null) {
    return {
      trusted: false,
      code: 'no-boundary',
      text: text(
        'The Received chain shows no point where the message entered the receiving side, so no receiver\'s verdict can be trusted; it is shown for information only.',
        'Die Received-Kette zeigt keinen Punkt, an dem die Nachricht die Empfängerseite erreichte; daher kann keinem Empfänger-Urteil vertraut werden. Es wird nur zur Information gezeigt.',
      ),
    };
  }
  if (fieldIndex > boundary.boundaryFieldIndex) {
    return {
      trusted: false,
      code: 'below-boundary',
      text: text(
        `This ${fieldName} lies below the Received field where the receiving side accepted the message: it was already in the message when it arrived, written by an earlier server or by the sender. It may be forged and is ignored.`,
        `Dieses ${fieldName} liegt unter dem Received-Feld, mit dem die Empfängerseite die Nachricht annahm: Es stand schon in der Nachricht, als sie ankam, geschrieben von einem früheren Server oder vom Absender. Es kann gefälscht sein und wird ignoriert.`,
      ),
    };
  }
  if (authservId === null) {
    return {
      trusted: true,
      code: 'receiving-side-by-position',
      text: text(
        `No authserv-id names the writer (Microsoft writes Authentication-Results this way, and Received-SPF may omit receiver=). It sits above the boundary, so the receiving side added it; trusted by position alone.`,
        `Keine authserv-id nennt den Verfasser (Microsoft schreibt Authentication-Results so, und Received-SPF darf receiver= weglassen). Es steht über der Grenze, also hat die Empfängerseite es hinzugefügt; vertraut allein wegen seiner Position.`,
      ),
    };
  }
  const host = belongsToReceivingSide(authservId, boundary);
  if (host) {
    return {
      trusted: true,
      code: 'receiving-side',
      text: text(
        `Written by ${authservId}, which belongs to the receiving side (its host ${host}), after the message crossed the boundary.`,
        `Geschrieben von ${authservId}, das zur Empfängerseite gehört (ihr Host ${host}), nachdem die Nachricht die Grenze passierte.`,
      ),
    };
  }
  return {
    trusted: false,
    code: 'foreign-authserv-id',
    text: text(
      `Written in the name of ${authservId}, which is not one of the receiving side's hosts (${boundary.receivingHosts.join(', ') || 'none known'}): a result another domain recorded, e.g. a forwarder or the sender's own filter. RFC 8601 §5 says to ignore it.`,
      `Im Namen von ${authservId} geschrieben, das nicht zu den Hosts der Empfängerseite gehört (${boundary.receivingHosts.join(', ') || 'keine bekannt'}): ein Ergebnis, das eine andere Domain festhielt, etwa ein Weiterleiter oder der eigene Filter des Absenders. RFC 8601 §5 sagt, es zu ignorieren.`,
    ),
  };
}
