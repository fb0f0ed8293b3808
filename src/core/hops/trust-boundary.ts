// Which hops did the receiving organisation write, and where did it take
// the message from outside? The newest field is always the receiver's own.
// Walking down from it, a hop's client is still inside the organisation
// when the hop is a delivery (LMTP is not spoken across organisations), a
// retrieval from the user's own mailbox, a step inside one host (content
// filter, loopback, local re-injection), a client on a private address
// (RFC 6890), or — inferred — a server of the same organisation that also
// wrote the field below (its name is the "by" of that field). The first
// hop whose client is outside is the trust boundary: everything below it
// was written by others and could be forged (RFC 5321 §4.4 gives no
// protection). A field without a client (no FROM clause, or a local user
// or program) is a local origin, not a crossing: the message started on
// that host. The SPF envelope is that boundary hop's client (RFC 7208
// §2.4: SPF is checked by the host that took the message from outside) —
// unless that hop is a submission the field documents (SMTP AUTH, MAPI,
// webmail): a mail program handing mail to its own server (RFC 6409) is
// not the MTA-to-MTA client SPF judges, and a path of only submission,
// local and delivery steps never had one.

import type { LocalizedText } from '../analysis.ts';
import { isInternal, parseIp } from '../net/ip-address.ts';
import type { RoleDecision } from './hop-role.ts';
import type { ParsedReceived } from './received-field.ts';
import { firstLabel, organisationOf, sameName } from './organisation-name.ts';

export interface ChainStep {
  parsed: ParsedReceived;
  role: RoleDecision;
}

export interface TrustResult {
  /** Index (oldest first) of the boundary hop; null where every hop is inside. */
  boundary: number | null;
  boundaryReason: LocalizedText;
  trusted: boolean[];
  envelope: number | null;
  envelopeReason: LocalizedText;
  /** No hop of the part given is an MTA-to-MTA hop whose client SPF could judge: `envelopeReason` says why. */
  spfNotApplicable: boolean;
  /** Hops passed over on the way down, newest first, each with why. */
  skipped: { index: number; reason: LocalizedText }[];
}

function text(en: string, de: string): LocalizedText {
  return { en, de };
}

function isPrivate(ip: string | null): boolean {
  const parsed = ip ? parseIp(ip) : null;
  return parsed !== null && isInternal(parsed);
}

/** Inferred: the client is a server of the receiving organisation that wrote the field below this one. */
function sameOrganisation(steps: readonly ChainStep[], index: number): string | null {
  const hop = steps[index]!.parsed;
  const older = steps[index - 1]?.parsed;
  const client = hop.reverseName ?? hop.from;
  const organisation = organisationOf(client);
  if (!older || !organisation || organisation !== organisationOf(hop.by)) return null;
  const continues =
    sameName(older.by, client) ||
    (firstLabel(older.by) !== null && firstLabel(older.by) === firstLabel(client) && organisationOf(older.by) === organisation) ||
    (older.byIp !== null && older.byIp === hop.ip);
  return continues ? client : null;
}

function insideReason(steps: readonly ChainStep[], index: number): LocalizedText | null {
  const { parsed, role } = steps[index]!;
  switch (role.kind) {
    case 'lmtp':
    case 'mailbox-http':
    case 'mailbox-store':
      return text('A delivery step inside the receiving organisation.', 'Ein Zustellschritt innerhalb der empfangenden Organisation.');
    case 'retrieval':
      return text(`A retrieval from the recipient's own mailbox on ${parsed.from ?? 'its server'}: the message had arrived there before.`, `Ein Abruf aus dem eigenen Postfach des Empfängers auf ${parsed.from ?? 'dessen Server'}: Dort war die Nachricht schon vorher angekommen.`);
    case 'content-filter': {
      // amavisd-new and others repeat the original client (Postfix XFORWARD);
      // the MTA's own field below, from the same address, is the real step.
      const repeated = parsed.ip && !isPrivate(parsed.ip) ? steps.slice(0, index).some((s) => s.parsed.ip === parsed.ip) : true;
      return repeated ? text('A content filter inside the receiving host.', 'Ein Inhaltsfilter innerhalb des empfangenden Rechners.') : null;
    }
    case 'created-here':
      return text(
        `A local origin: the field names no client (no FROM clause), so the message started on ${parsed.by ?? 'the host'} (RFC 5321 §4.4); nothing crossed into it from outside here.`,
        `Ein lokaler Ursprung: Die Zeile nennt keinen Client (keine FROM-Angabe), die Nachricht begann also auf ${parsed.by ?? 'dem Rechner'} (RFC 5321 §4.4); hier kam nichts von außen herein.`,
      );
    case 'local-submission':
      return text(
        `A local origin: a local user or program handed the message to ${parsed.by ?? 'the MTA on its host'}; no client crossed into it from outside here.`,
        `Ein lokaler Ursprung: Ein lokaler Benutzer oder ein lokales Programm hat die Nachricht an ${parsed.by ?? 'den MTA des Rechners'} übergeben; hier kam kein Client von außen herein.`,
      );
    case 'unknown':
      return null;
    default:
      break;
  }
  if (role.role === 'internal') return text('A step inside one host.', 'Ein Schritt innerhalb eines Rechners.');
  if (isPrivate(parsed.ip)) return text(`The client ${parsed.ip} has a private address (RFC 6890): a server of the receiving network.`, `Der Client ${parsed.ip} hat eine private Adresse (RFC 6890): ein Server des empfangenden Netzes.`);
  const peer = sameOrganisation(steps, index);
  if (peer) {
    return text(`Inferred: the client ${peer} belongs to the same organisation as ${parsed.by} and wrote the field below.`, `Abgeleitet: Der Client ${peer} gehört zur selben Organisation wie ${parsed.by} und hat die Zeile darunter geschrieben.`);
  }
  return null;
}

function describeBoundary(step: ChainStep, number: number): LocalizedText {
  const { parsed } = step;
  const client = [parsed.from, parsed.ip ? `[${parsed.ip}]` : null].filter(Boolean).join(' ') || 'an unnamed client';
  const none = text('', '');
  const filter =
    step.role.kind === 'content-filter'
      ? text(' The field was written by a content filter that repeated the client address; the MTA\'s own field is missing.', ' Die Zeile stammt von einem Inhaltsfilter, der die Client-Adresse übernommen hat; die Zeile des MTA selbst fehlt.')
      : none;
  const noAddress = parsed.ip ? none : text(' It records no client address, so SPF cannot be checked at it.', ' Sie nennt keine Client-Adresse, daher lässt sich SPF dort nicht prüfen.');
  return text(
    `Hop ${number}: ${parsed.by ?? 'the receiver'} took the message from ${client}, outside the receiving organisation. Fields below it were written by others and could be forged.${filter.en}${noAddress.en}`,
    `Station ${number}: ${parsed.by ?? 'der Empfänger'} hat die Nachricht von ${client} angenommen, von außerhalb der empfangenden Organisation. Die Zeilen darunter stammen von anderen und können gefälscht sein.${filter.de}${noAddress.de}`,
  );
}

export function findTrustBoundary(steps: readonly ChainStep[], pick?: number): TrustResult {
  const skipped: TrustResult['skipped'] = [];
  let boundary: number | null = null;
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index]!;
    if (step.role.kind === 'unknown' && !step.parsed.ip) {
      skipped.push({ index, reason: text('The field says nothing usable.', 'Die Zeile enthält nichts Verwertbares.') });
      continue;
    }
    const inside = insideReason(steps, index);
    if (!inside) {
      boundary = index;
      break;
    }
    skipped.push({ index, reason: inside });
  }
  const trusted = steps.map((_, index) => boundary === null || index >= boundary);
  const boundaryReason =
    boundary === null
      ? text('No hop shows the message entering the receiving organisation from outside: every recorded step was inside it.', 'Keine Station zeigt, wie die Nachricht von außen in die empfangende Organisation kam: Alle vermerkten Schritte lagen innerhalb.')
      : describeBoundary(steps[boundary]!, boundary + 1);

  if (pick !== undefined && pick >= 1 && pick <= steps.length) {
    const chosen = steps[pick - 1]!.parsed;
    return {
      boundary, boundaryReason, trusted, skipped: [],
      envelope: pick - 1,
      envelopeReason: chosen.ip
        ? text(`Hop ${pick}, picked by the user.`, `Station ${pick}, vom Benutzer gewählt.`)
        : text(`Hop ${pick}, picked by the user, records no client address: SPF cannot be checked there.`, `Station ${pick}, vom Benutzer gewählt, nennt keine Client-Adresse: SPF lässt sich dort nicht prüfen.`),
      spfNotApplicable: false,
    };
  }
  // Mail that never left one organisation: its first client on the network is where it started.
  const origin = boundary ?? steps.findIndex((s) => s.parsed.ip !== null && ['relay', 'submission'].includes(s.role.role) && s.role.kind !== 'loopback');
  const result = { boundary, boundaryReason, trusted, skipped };
  if (origin !== -1 && documentedSubmission(steps[origin]!)) {
    return { ...result, envelope: null, envelopeReason: submissionReason(steps[origin]!, origin + 1), spfNotApplicable: true };
  }
  if (boundary !== null) return { ...result, envelope: boundary, envelopeReason: boundaryReason, spfNotApplicable: false };
  if (origin !== -1) {
    return {
      ...result,
      envelope: origin,
      envelopeReason: text(`Hop ${origin + 1}: the first client on the network in a path that stayed inside the organisation.`, `Station ${origin + 1}: der erste Client im Netz, auf einem Weg, der die Organisation nie verlassen hat.`),
      spfNotApplicable: false,
    };
  }
  if (neverRelayed(steps)) return { ...result, envelope: null, envelopeReason: NEVER_RELAYED, spfNotApplicable: true };
  return {
    ...result,
    envelope: null,
    envelopeReason: text('No hop records a client address outside one host, so there is no SMTP client to check SPF for.', 'Keine Station nennt eine Client-Adresse außerhalb eines Rechners; es gibt keinen SMTP-Client, für den SPF zu prüfen wäre.'),
    spfNotApplicable: false,
  };
}

/**
 * A submission the field itself documents: SMTP AUTH, Outlook's MAPI,
 * webmail over HTTP. A first network hop that only looks like a mail
 * program (an address literal as HELO, `mua-like`) is not one: a spam bot
 * speaking SMTP straight to the receiver's MX looks the same, and SPF is
 * meant for exactly that client.
 */
function documentedSubmission(step: ChainStep): boolean {
  return step.role.role === 'submission' && ['authenticated', 'mapi', 'webmail'].includes(step.role.kind);
}

/** Every hop is a submission, a step inside one host, a delivery or a retrieval: no MTA handed the message to another. */
function neverRelayed(steps: readonly ChainStep[]): boolean {
  return steps.length > 0 && steps.every((s) => ['submission', 'internal', 'delivery', 'retrieval'].includes(s.role.role));
}

function submissionReason(step: ChainStep, number: number): LocalizedText {
  const how = step.parsed.auth ?? step.parsed.with ?? step.role.kind;
  return text(
    `Hop ${number} is a submission (${how}): the sender's own mail program handed the message to its server (RFC 6409). SPF judges the SMTP client of an MTA-to-MTA hop (RFC 7208 §2.4), and the part given never crossed one, so SPF is not evaluated for the mail program's address or HELO name.`,
    `Station ${number} ist eine Einlieferung (${how}): Das Mailprogramm des Absenders hat die Nachricht an seinen eigenen Server übergeben (RFC 6409). SPF bewertet den SMTP-Client einer Übergabe von MTA zu MTA (RFC 7208 §2.4), und im vorliegenden Teil gibt es keine; daher wird SPF für Adresse und HELO-Namen des Mailprogramms nicht geprüft.`,
  );
}

const NEVER_RELAYED = text(
  'No hop in the part given passes the message from one MTA to another: it was created or submitted on a host and delivered from there (local steps, LMTP). SPF judges the SMTP client of an MTA-to-MTA hop (RFC 7208 §2.4), so there is no client to check it for.',
  'Keine Station im vorliegenden Teil gibt die Nachricht von einem MTA an einen anderen weiter: Sie wurde auf einem Rechner erzeugt oder eingeliefert und von dort zugestellt (lokale Schritte, LMTP). SPF bewertet den SMTP-Client einer Übergabe von MTA zu MTA (RFC 7208 §2.4); es gibt also keinen Client, für den es zu prüfen wäre.',
);
