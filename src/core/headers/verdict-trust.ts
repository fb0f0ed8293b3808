// Which Authentication-Results to believe. RFC 8601 §5: a receiver must
// remove fields carrying its own authserv-id when a message arrives, and
// the user may only trust fields written by the receiving side after the
// message crossed into it. Anything written earlier may come from another
// domain's server or from the sender itself.
//
// Where the receiving side writes: its MTA prepends its Received field
// (RFC 5321 §4.4), and filters working inside that same SMTP session
// (milters such as OpenDKIM, OpenDMARC and rspamd; Gmail does the same)
// insert their fields just below it. So a verdict is the receiving side's
// when it sits above the boundary hop's Received field, or between that
// field and the next older Received field; below the next older Received
// field it was already in the message when the message crossed over.
// Position alone cannot tell a filter's field from one the sender put at
// the very top of its header, so inside that window the authserv-id must
// name the receiving side (and RFC 8601 §5 has the receiver delete look-
// alikes), or, for a field that names no writer, an older Received field
// must close the window. The boundary itself comes from the Received chain
// (src/core/hops); this module takes it as a small input so it can be
// tested on its own.

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
  /**
   * Index of the next older Received field below the boundary field: fields
   * between the two were inserted by the boundary hop's own filters or were
   * at the top of the message as it arrived. null when there is none.
   */
  olderFieldIndex: number | null;
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

type Place = 'above' | 'window' | 'open-window' | 'below';

function placeOf(fieldIndex: number, boundaryFieldIndex: number, olderFieldIndex: number | null): Place {
  if (fieldIndex < boundaryFieldIndex) return 'above';
  if (olderFieldIndex === null) return 'open-window';
  return fieldIndex < olderFieldIndex ? 'window' : 'below';
}

const NO_BOUNDARY: TrustDecision = {
  trusted: false,
  code: 'no-boundary',
  text: text(
    'The Received chain shows no point where the message entered the receiving side, so no receiver\'s verdict can be trusted; it is shown for information only.',
    'Die Received-Kette zeigt keinen Punkt, an dem die Nachricht die Empfängerseite erreichte; daher kann keinem Empfänger-Urteil vertraut werden. Es wird nur zur Information gezeigt.',
  ),
};

function belowBoundary(fieldName: string): TrustDecision {
  return {
    trusted: false,
    code: 'below-boundary',
    text: text(
      `This ${fieldName} lies below the Received field written before the receiving side accepted the message: it was already in the message when it arrived, written by an earlier server or by the sender. It may be forged and is ignored.`,
      `Dieses ${fieldName} liegt unter einem Received-Feld, das geschrieben wurde, bevor die Empfängerseite die Nachricht annahm: Es stand schon in der Nachricht, als sie ankam, geschrieben von einem früheren Server oder vom Absender. Es kann gefälscht sein und wird ignoriert.`,
    ),
  };
}

/** Why a field without a usable writer name is still attributed: Microsoft's Authentication-Results, a Received-SPF without receiver=. */
function unnamedWriter(fieldName: string): LocalizedText {
  return fieldName.toLowerCase() === 'received-spf'
    ? text(
        'The Received-SPF names no usable receiver (receiver= is missing or a placeholder such as "<UNKNOWN>", which policyd-spf writes by default to hide the host name)',
        'Das Received-SPF nennt keinen brauchbaren Empfänger (receiver= fehlt oder ist ein Platzhalter wie „<UNKNOWN>“, den policyd-spf standardmäßig schreibt, um den Rechnernamen zu verbergen)',
      )
    : text('No authserv-id names the writer (Microsoft writes Authentication-Results this way)', 'Keine authserv-id nennt den Verfasser (Microsoft schreibt Authentication-Results so)');
}

export function decideTrust(fieldIndex: number, authservId: string | null, boundary: TrustBoundary | null, fieldName: string): TrustDecision {
  if (!boundary || boundary.boundaryFieldIndex === null) return NO_BOUNDARY;
  const place = placeOf(fieldIndex, boundary.boundaryFieldIndex, boundary.olderFieldIndex);
  if (place === 'below') return belowBoundary(fieldName);
  if (authservId === null) {
    const writer = unnamedWriter(fieldName);
    if (place === 'open-window') {
      return {
        trusted: false,
        code: 'below-boundary',
        text: text(
          `${writer.en}, and it lies below the receiving side's Received field with no older Received field beneath: nothing tells a filter's field from one the sender wrote at the top of its message. It may be forged and is ignored.`,
          `${writer.de}, und es liegt unter dem Received-Feld der Empfängerseite, ohne älteres Received-Feld darunter: Nichts unterscheidet das Feld eines Filters von einem, das der Absender oben in seine Nachricht schrieb. Es kann gefälscht sein und wird ignoriert.`,
        ),
      };
    }
    return {
      trusted: true,
      code: 'receiving-side-by-position',
      text:
        place === 'above'
          ? text(`${writer.en}. It sits above the boundary, so the receiving side added it; trusted by position alone.`, `${writer.de}. Es steht über der Grenze, also hat die Empfängerseite es hinzugefügt; vertraut allein wegen seiner Position.`)
          : text(
              `${writer.en}. It sits just below the receiving side's Received field and above the next older one, where the receiving host's filters insert their fields; trusted by position alone (inferred: a field the sender put at the very top of its message would sit in the same place).`,
              `${writer.de}. Es steht direkt unter dem Received-Feld der Empfängerseite und über dem nächstälteren, wo die Filter des empfangenden Rechners ihre Felder einfügen; vertraut allein wegen seiner Position (abgeleitet: Ein Feld, das der Absender ganz oben in seine Nachricht schrieb, stünde an derselben Stelle).`,
            ),
    };
  }
  const host = belongsToReceivingSide(authservId, boundary);
  if (host && place === 'above') {
    return {
      trusted: true,
      code: 'receiving-side',
      text: text(
        `Written by ${authservId}, which belongs to the receiving side (its host ${host}), after the message crossed the boundary.`,
        `Geschrieben von ${authservId}, das zur Empfängerseite gehört (ihr Host ${host}), nachdem die Nachricht die Grenze passierte.`,
      ),
    };
  }
  if (host && place === 'window') {
    return {
      trusted: true,
      code: 'receiving-side',
      text: text(
        `Written by ${authservId}, which belongs to the receiving side (its host ${host}). It sits just below that host's Received field, where its filters (milters such as OpenDKIM, OpenDMARC or rspamd) insert their verdicts while they check the message, and above the next older Received field: RFC 8601 §5 has the receiver remove fields in its own name that arrive with a message, so this one is its own.`,
        `Geschrieben von ${authservId}, das zur Empfängerseite gehört (ihr Host ${host}). Es steht direkt unter dessen Received-Feld, wo seine Filter (Milter wie OpenDKIM, OpenDMARC oder rspamd) ihre Urteile einfügen, während sie die Nachricht prüfen, und über dem nächstälteren Received-Feld: Nach RFC 8601 §5 entfernt der Empfänger Felder in seinem Namen, die mit einer Nachricht ankommen; dieses ist also sein eigenes.`,
      ),
    };
  }
  if (host) {
    return {
      trusted: false,
      code: 'below-boundary',
      text: text(
        `Written in the name of ${authservId} (the receiving side), but it lies below the receiving side's Received field with no older Received field beneath: nothing tells the receiver's own filter from a field the sender wrote at the top of its message. It may be forged and is ignored.`,
        `Im Namen von ${authservId} (der Empfängerseite) geschrieben, liegt aber unter dem Received-Feld der Empfängerseite, ohne älteres Received-Feld darunter: Nichts unterscheidet den eigenen Filter des Empfängers von einem Feld, das der Absender oben in seine Nachricht schrieb. Es kann gefälscht sein und wird ignoriert.`,
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
