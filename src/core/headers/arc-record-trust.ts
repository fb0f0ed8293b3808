// What an ARC-Authentication-Results field is worth. It is not a verdict
// of the receiving side but a record: what an intermediary (a mailing
// list, a forwarder) found when it handled the message, sealed into the
// chain at its instance i= (RFC 8617 §4.1.1, §7.2). When the whole chain
// validates (§5.2), the seal proves who recorded it and that nobody changed
// it since; it does not prove the record true, so it counts as far as one
// trusts the sealer, a local decision Mail Lab cannot make for the user.
// And it describes the message before that intermediary changed it (a list
// footer breaks the author's DKIM signature: that is why ARC exists), so it
// is not set against our re-check of the message as it is now. When the
// chain does not validate, nothing vouches for the record: only the
// receiving side's own AAR, trusted by its place like its
// Authentication-Results, is still believed and compared.

import type { ArcVerdict, AuthResult } from '../analysis.ts';
import { text } from './catalogue-entry.ts';
import type { TrustDecision } from './verdict-trust.ts';

export interface ArcRecordTrust {
  decision: TrustDecision;
  /** false: a sealed record, shown beside our re-check but not set against it. */
  compare: boolean;
}

export interface RecordedVerdict {
  instance: number | null;
  method: string;
  written: string;
  /** Our re-check of the same thing today, where there is one. */
  today: AuthResult | null;
}

function sealedRecord(sealer: string, record: RecordedVerdict): TrustDecision {
  const differs = record.today !== null && record.today !== record.written.toLowerCase();
  const today = differs
    ? text(
        ` Mail Lab's re-check of the message as it is now says ${record.method}=${record.today}: an intermediary may change the message after recording what it found (a list footer, a subject tag), which is what ARC is for.`,
        ` Die Nachprüfung von Mail Lab an der Nachricht in ihrem jetzigen Zustand ergibt ${record.method}=${record.today}: Eine Zwischenstation darf die Nachricht ändern, nachdem sie festgehalten hat, was sie fand (Fußzeile einer Liste, Betreff-Kennung); genau dafür gibt es ARC.`,
      )
    : text('', '');
  return {
    trusted: false,
    code: 'arc-sealed',
    text: text(
      `Recorded by ${sealer} at ARC instance i=${record.instance}, covered by a valid ARC chain: what that intermediary found when it handled the message (RFC 8617 §4.1.1, §7.2). The seal proves that ${sealer} wrote it and that nothing changed it since, not that it is true: it counts as far as you trust ${sealer} as a sealer. It is not compared with Mail Lab's re-check.${today.en}`,
      `Festgehalten von ${sealer} in ARC-Instanz i=${record.instance}, abgedeckt von einer gültigen ARC-Kette: was diese Zwischenstation (Mailingliste, Weiterleiter) fand, als sie die Nachricht bearbeitete (RFC 8617 §4.1.1, §7.2). Das Siegel belegt, dass ${sealer} es geschrieben und seither niemand es geändert hat, nicht aber, dass es stimmt: Es zählt so weit, wie Sie ${sealer} als Aussteller von ARC-Siegeln vertrauen. Es wird nicht mit der Nachprüfung von Mail Lab verglichen.${today.de}`,
    ),
  };
}

function unverified(arc: ArcVerdict | null, instance: number | null): TrustDecision {
  const why =
    arc?.result === 'fail'
      ? text('The ARC chain does not validate (RFC 8617 §5.2)', 'Die ARC-Kette ist ungültig (RFC 8617 §5.2)')
      : arc?.result === 'pass'
        ? text(`Its instance i=${instance ?? '?'} belongs to no ARC set of the chain`, `Seine Instanz i=${instance ?? '?'} gehört zu keinem ARC-Satz der Kette`)
        : text('No complete ARC set seals it', 'Kein vollständiger ARC-Satz versiegelt es');
  return {
    trusted: false,
    code: 'arc-unverified',
    text: text(
      `${why.en}, so nothing proves who wrote this record or that it is unchanged: it cannot be trusted, and it is not the receiving side's own.`,
      `${why.de}; daher belegt nichts, wer diesen Eintrag schrieb oder dass er unverändert ist: Ihm kann nicht vertraut werden, und er stammt nicht von der Empfängerseite selbst.`,
    ),
  };
}

/** `byPlace` is what the trust boundary alone says about the field (verdict-trust.ts). */
export function decideArcRecordTrust(record: RecordedVerdict, arc: ArcVerdict | null, byPlace: TrustDecision): ArcRecordTrust {
  const set = arc?.result === 'pass' && record.instance !== null ? arc.chain.find((s) => s.instance === record.instance) : undefined;
  if (set) return { decision: sealedRecord(set.domain ?? 'the sealer', record), compare: false };
  if (byPlace.trusted) return { decision: byPlace, compare: true };
  return { decision: unverified(arc, record.instance), compare: true };
}
