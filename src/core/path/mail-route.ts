// The mail path as a lesson draws it: every agent the message passed, from
// the sender's program to the reader's, in the roles of the German wiki page
// the project grew from (MUA, MTA, MDA, MRA) and of RFC 5598 (MSA, MX,
// mailbox). Built in core from the Analysis, so the page only draws it.
// Plain JSON like the rest of the Analysis.

import type { LocalizedText } from '../analysis.ts';
import type { DialogueLine } from './smtp-dialogue.ts';

/**
 * MUA: a mail program (sender's or reader's); MSA: the submission server
 * (RFC 6409); MTA: a relay (RFC 5321); MX: the receiving domain's mail
 * exchanger, where the message crossed into the receiving organisation;
 * MDA: the agent that delivered into the mailbox (LMTP, RFC 2033, or local);
 * mailbox: the store; MRA: the agent that retrieved the message (IMAP, POP3,
 * fetchmail); filter: a content filter the message looped through.
 */
export type RouteRole = 'MUA' | 'MSA' | 'MTA' | 'MX' | 'filter' | 'MDA' | 'mailbox' | 'MRA' | 'unknown';

/** Per edge, three states: a field that does not say is never "not encrypted". */
export type RouteTls = 'encrypted' | 'not-encrypted' | 'unknown';

/** A content filter or a local re-injection the message went through inside one host, drawn as a loop on that host. */
export interface RouteLoop {
  /** The hops (Hop.number) of the loop, oldest first. */
  hops: number[];
  /** The filter's name as written ("amavisd-new, port 10026"), or null for a plain re-injection. */
  filter: string | null;
  text: LocalizedText;
}

export interface RouteNode {
  /** Roles in the order the message used them: ["MX", "MDA"] for a server that received and stored it. */
  roles: RouteRole[];
  /** The host name or address as written; null where no field names the agent (a mail program, the mailbox). */
  host: string | null;
  /** What to show when there is no host, or more than the host says ("the sender's program (Outlook, MAPI)"). */
  label: LocalizedText;
  /** Not recorded by any Received field: why it is drawn at all. null for a recorded agent. */
  inferred: LocalizedText | null;
  loops: RouteLoop[];
  /** This host appeared before, not next to its earlier place on the path: the index of that node. */
  repeatOf: number | null;
  /** Index into MailRoute.organisations; null where no organisation can be told. */
  organisation: number | null;
}

export type RouteStep = 'submission' | 'relay' | 'delivery' | 'store' | 'retrieval' | 'reading' | 'internal' | 'not-recorded' | 'unknown';

export interface RouteEdge {
  from: number;
  to: number;
  /** The hop this edge draws (Hop.number); null for a step no Received field records. */
  hop: number | null;
  step: RouteStep;
  /** The protocol word as written (ESMTPSA, LMTP, "Microsoft SMTP Server"), or the likely one for an inferred step. */
  protocol: string | null;
  tls: RouteTls;
  delaySeconds: number | null;
  /** Why the step is drawn although no field records it; null for a recorded hop. */
  inferred: LocalizedText | null;
  /** One or two sentences for the class. */
  narration: LocalizedText;
  /** The conversation that most likely made this step, every line rebuilt (smtp-dialogue.ts); [] where none applies (MAPI, HTTP, a local hand-over). */
  dialogue: DialogueLine[];
}

export type OrganisationSide = 'sender' | 'intermediary' | 'receiver';

export interface RouteOrganisation {
  side: OrganisationSide;
  /** The organisational domain guessed from host names (no Public Suffix List in core), or null. */
  domain: string | null;
  /** First and last node index (inclusive): an organisation is a run of neighbouring nodes. */
  first: number;
  last: number;
}

export type CheckpointKind = 'dkim-signed' | 'arc-sealed' | 'spf-checked' | 'body-changed' | 'greylisted' | 'clock-skew';

export interface RouteCheckpoint {
  kind: CheckpointKind;
  node: number;
  /** A few words for the picture: "DKIM example.com: pass", "ARC i=2 google.com". */
  short: LocalizedText;
  text: LocalizedText;
  /** The place rests on names and order, not on a field that says so. */
  inferredPlace: boolean;
}

export interface LegendEntry {
  /** A role, or "inferred" / "boundary" for the two line styles. */
  key: RouteRole | 'inferred' | 'boundary';
  name: LocalizedText;
  sentence: LocalizedText;
}

export interface MailRoute {
  nodes: RouteNode[];
  edges: RouteEdge[];
  organisations: RouteOrganisation[];
  /** The trust boundary lies before this node (the one that took the message from outside); null when not found. */
  boundaryBefore: number | null;
  checkpoints: RouteCheckpoint[];
  legend: LegendEntry[];
}
