// The Received chain as a whole: every field read, the hops put in the
// order the message travelled (oldest first; RFC 5321 §4.4 has each MTA
// prepend its field, so the topmost is the newest), each given its role,
// the trust boundary and the SPF hop found, delays, clock skew, greylisting
// and the Date field checked.

import type { Hop, LocalizedText, MailPath, Problem } from '../analysis.ts';
import type { RawField } from '../message/header-block.ts';
import { parseMailDate } from '../message/rfc5322-date.ts';
import { problem } from '../problems.ts';
import { decideRole, isNetworkHop, onSendingSide, type RoleDecision } from './hop-role.ts';
import { describeNote } from './hop-notes.ts';
import { checkDate, computeDelays, findSkews, totalSeconds } from './hop-timing.ts';
import { findGreylisting } from './greylisting.ts';
import { parseReceived, type ParsedReceived } from './received-field.ts';
import { findTrustBoundary } from './trust-boundary.ts';

// RFC 5321 §6.3 has MTAs assume a loop at 100 Received fields or more;
// real paths have a dozen. Beyond this many, a header is built to make the
// analysis and its result (shown, shared, sent to the worker) huge: the
// topmost fields, written by the receiver, are read and the rest counted.
export const MAX_HOPS = 200;

export interface ChainOptions {
  now: Date;
  /** The hop (1 = oldest) the user picked for the SPF envelope. */
  envelopeHop?: number | undefined;
  /** The user gave the client address, so no hop is used for SPF. */
  clientGiven?: boolean;
}

/** The SMTP client of the hop chosen for SPF. */
export interface EnvelopeClient {
  hop: number;
  /** Line of the hop's field in the input. */
  line: number;
  ip: string | null;
  helo: string | null;
  /** The MAIL FROM the hop itself recorded ("envelope-from"), if it did. */
  envelopeFrom: string | null;
  chosenBy: 'inferred' | 'user';
}

export interface ReceivedChain {
  hops: Hop[];
  path: MailPath;
  client: EnvelopeClient | null;
  /** Why SPF does not apply to the part given (only submission, local and delivery steps); null where it does. */
  spfNotApplicable: LocalizedText | null;
  problems: Problem[];
}

function meaningful(parsed: ParsedReceived): boolean {
  return parsed.signals.hasFrom || parsed.by !== null || parsed.with !== null || parsed.signals.qmailInvoked !== null;
}

function decideRoles(parsed: readonly ParsedReceived[]): RoleDecision[] {
  const oldest = parsed.findIndex(meaningful);
  let networkSeen = false;
  return parsed.map((hop, index) => {
    const decision = decideRole(hop, { oldest: index === oldest, newest: index === parsed.length - 1, firstNetworkHop: !networkSeen });
    if (isNetworkHop(decision)) networkSeen = true;
    return decision;
  });
}

export function readReceivedChain(fields: readonly RawField[], options: ChainOptions): ReceivedChain {
  const problems: Problem[] = [];
  const received = fields.filter((f) => f.name.toLowerCase() === 'received');
  const omitted = Math.max(0, received.length - MAX_HOPS);
  if (omitted > 0) {
    problems.push(
      problem('received-limit', {
        detail: {
          en: `The message has ${received.length} Received fields; only the newest ${MAX_HOPS} were read (RFC 5321 §6.3 treats 100 as a mail loop).`,
          de: `Die Nachricht hat ${received.length} Received-Zeilen; nur die neuesten ${MAX_HOPS} wurden gelesen (RFC 5321 §6.3 wertet schon 100 als Mailschleife).`,
        },
      }),
    );
  }
  const ordered = received.slice(0, MAX_HOPS).reverse();
  const parsed = ordered.map((field) => parseReceived(field.value));
  const roles = decideRoles(parsed);
  const steps = parsed.map((p, index) => ({ parsed: p, role: roles[index]! }));

  let pick = options.envelopeHop;
  if (pick !== undefined && (!Number.isInteger(pick) || pick < 1 || pick > ordered.length)) {
    problems.push(
      problem('envelope-hop-invalid', {
        detail: {
          en: `Hop ${pick} was picked for the SPF envelope, but the message has ${ordered.length} hop(s) (1 = the oldest); the inferred hop was used.`,
          de: `Für den SPF-Umschlag wurde Station ${pick} gewählt, die Nachricht hat aber ${ordered.length} Station(en) (1 = die älteste); verwendet wurde die ermittelte Station.`,
        },
      }),
    );
    pick = undefined;
  }
  const trust = findTrustBoundary(steps, pick);
  const times = parsed.map((p) => p.date?.epochMs ?? null);
  const delays = computeDelays(times);

  const hops: Hop[] = ordered.map((field, index) => {
    const p = parsed[index]!;
    return {
      number: index + 1,
      line: field.line,
      from: p.from,
      reverseName: p.reverseName,
      ip: p.ip,
      ident: p.ident,
      by: p.by,
      byIp: p.byIp,
      via: p.via,
      with: p.with,
      id: p.id,
      for: p.for,
      envelopeFrom: p.envelopeFrom,
      auth: p.auth,
      software: p.software,
      tls: p.tls,
      tlsVersion: p.tlsVersion,
      tlsCipher: p.tlsCipher,
      time: p.date?.utc ?? null,
      dateText: p.dateText,
      zone: p.date?.zone ?? null,
      offsetMinutes: p.date?.offsetMinutes ?? null,
      zoneAssumed: p.date?.zoneAssumed ?? false,
      delaySeconds: delays[index]!.delaySeconds,
      delayFrom: delays[index]!.from === null ? null : delays[index]!.from! + 1,
      role: roles[index]!.role,
      roleReason: (trust.trusted[index] ? roles[index]! : onSendingSide(roles[index]!, p)).reason,
      trusted: trust.trusted[index]!,
      notes: p.notes.map(describeNote),
      raw: field.raw,
      unparsed: p.unparsed,
    };
  });

  const dateField = fields.find((f) => f.name.toLowerCase() === 'date');
  const dateUtc = dateField ? (parseMailDate(dateField.value)?.utc ?? null) : null;
  const firstTime = times.find((t): t is number => t !== null) ?? null;
  const boundaryDelay = trust.boundary === null ? null : delays[trust.boundary]!.delaySeconds;
  const path: MailPath = {
    totalSeconds: totalSeconds(times),
    boundary: { hop: trust.boundary === null ? null : trust.boundary + 1, reason: trust.boundaryReason },
    envelopeHop: options.clientGiven
      ? {
          hop: null,
          chosenBy: 'given',
          reason: {
            en: `The SMTP client address was given, so SPF does not use the Received chain${trust.envelope === null ? '' : ` (it points to hop ${trust.envelope + 1})`}.`,
            de: `Die Adresse des SMTP-Clients wurde vorgegeben; SPF verwendet daher nicht die Received-Kette${trust.envelope === null ? '' : ` (sie weist auf Station ${trust.envelope + 1})`}.`,
          },
          skipped: [],
        }
      : {
          hop: trust.envelope === null ? null : trust.envelope + 1,
          chosenBy: pick === undefined ? 'inferred' : 'user',
          reason: trust.envelopeReason,
          skipped: trust.skipped.map((s) => ({ hop: s.index + 1, reason: s.reason })),
        },
    skews: findSkews(times, delays),
    greylisting: findGreylisting(fields, parsed, trust.boundary, boundaryDelay),
    date: checkDate(dateUtc, firstTime, options.now.getTime()),
    omittedFields: omitted,
  };

  const chosen = trust.envelope === null ? null : parsed[trust.envelope]!;
  const client: EnvelopeClient | null =
    chosen === null
      ? null
      : {
          hop: trust.envelope! + 1,
          line: ordered[trust.envelope!]!.line,
          ip: chosen.ip,
          // An empty HELO ("HELO" with no argument) gives SPF nothing to check.
          helo: chosen.from === '' ? null : chosen.from,
          envelopeFrom: chosen.envelopeFrom,
          chosenBy: pick === undefined ? 'inferred' : 'user',
        };
  const spfNotApplicable = trust.spfNotApplicable ? trust.envelopeReason : null;
  if (!options.clientGiven && !client?.ip) {
    // The envelope inferred from this chain (infer-envelope.ts) has no client address, so SPF will not run.
    problems.push(spfNotApplicable ? problem('spf-not-applicable') : problem('no-envelope'));
  }
  return { hops, path, client, spfNotApplicable, problems };
}
