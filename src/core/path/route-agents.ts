// The agents of the path and the steps between them, from the Received
// chain (oldest hop first). One host is one node: a content filter or a
// local re-injection inside a host is a loop on it (RFC 5321 §4.4 has each
// pass write its own field, so amavisd-new shows up as "by localhost" and
// then "from localhost"), not a second node. Steps mail always takes but no
// field records — the sender's program, storing into the mailbox, the
// reader's retrieval — are added as inferred, each with its reason.

import type { Hop, LocalizedText } from '../analysis.ts';
import { isLoopback, parseIp } from '../net/ip-address.ts';
import { FILTER_PROTOCOL, FILTER_SOFTWARE } from '../hops/received-signals.ts';
import type { RouteEdge, RouteNode, RouteRole, RouteStep, RouteTls } from './mail-route.ts';

/** An edge before narration: the hop it draws, if any, rides along. */
export type DraftEdge = Omit<RouteEdge, 'narration' | 'dialogue'>;

export interface RouteAgents {
  nodes: RouteNode[];
  edges: DraftEdge[];
}

const LOCAL_NAME = /^(?:localhost(?:\.localdomain)?|ip6-localhost|127\.0\.0\.1|::1|\[127\.0\.0\.1\]|\[(?:ipv6:)?::1\])$/i;

function key(name: string | null): string | null {
  const plain = name?.trim().toLowerCase().replace(/\.$/, '') ?? '';
  return plain === '' ? null : plain;
}

function isLocal(name: string | null): boolean {
  return name !== null && LOCAL_NAME.test(name.trim());
}

/** The name under which the receiving host knew its client: the looked-up name first, then the HELO, then the address. */
function clientName(hop: Hop): string | null {
  return hop.reverseName || hop.from || hop.ip || null;
}

function clientIsLocal(hop: Hop): boolean {
  const ip = hop.ip ? parseIp(hop.ip) : null;
  return (ip !== null && isLoopback(ip)) || isLocal(hop.reverseName) || isLocal(hop.from);
}

/** Same host: equal names, or one is the other's first label ("mx1" and "mx1.example.net"). */
function sameHost(a: string | null, b: string | null): boolean {
  const x = key(a);
  const y = key(b);
  if (!x || !y) return false;
  return x === y || x.split('.')[0] === y || y.split('.')[0] === x;
}

export function tlsOf(hop: Hop): RouteTls {
  return hop.tls === true ? 'encrypted' : hop.tls === false ? 'not-encrypted' : 'unknown';
}

function text(en: string, de: string): LocalizedText {
  return { en, de };
}

function named(host: string): LocalizedText {
  return { en: host, de: host };
}

function node(roles: RouteRole[], host: string | null, label: LocalizedText, inferred: LocalizedText | null = null): RouteNode {
  return { roles, host, label, inferred, loops: [], repeatOf: null, organisation: null };
}

function receiverRoles(hop: Hop, boundaryHop: number | null): RouteRole[] {
  switch (hop.role) {
    case 'submission':
      return ['MSA'];
    case 'relay':
      return hop.number === boundaryHop ? ['MX'] : ['MTA'];
    case 'delivery':
      return ['MDA'];
    case 'retrieval':
      return ['MRA'];
    case 'internal':
      return ['MTA'];
    default:
      return ['unknown'];
  }
}

const STEP_OF_ROLE: Record<Hop['role'], RouteStep> = {
  submission: 'submission',
  relay: 'relay',
  delivery: 'delivery',
  retrieval: 'retrieval',
  internal: 'internal',
  unknown: 'unknown',
};

function hopEdge(from: number, to: number, hop: Hop): DraftEdge {
  return { from, to, hop: hop.number, step: STEP_OF_ROLE[hop.role], protocol: hop.with, tls: tlsOf(hop), delaySeconds: hop.delaySeconds, inferred: null };
}

function inferredEdge(from: number, to: number, step: RouteStep, protocol: string | null, why: LocalizedText): DraftEdge {
  return { from, to, hop: null, step, protocol, tls: 'unknown', delaySeconds: null, inferred: why };
}

/** The sender's program, as the first hop shows it (or does not). */
function senderProgram(first: Hop): RouteNode {
  if (first.role === 'submission' && /^mapi$/i.test(first.with ?? '')) {
    // Exchange writes its own name as the MAPI client: the program itself is Outlook, not the server.
    return node(['MUA'], null, text('Outlook (MAPI)', 'Outlook (MAPI)'));
  }
  if (first.role === 'submission' && /^HTTPS?U?$/i.test(first.with ?? '')) {
    return node(['MUA'], null, text('webmail in a browser', 'Webmail im Browser'));
  }
  const client = clientName(first);
  // A client named like the server is a program on the server itself, not a machine of its own.
  if (first.role === 'submission' && client && !clientIsLocal(first) && !sameHost(client, first.by)) return node(['MUA'], client, named(client));
  if (first.role === 'submission') {
    return node(['MUA'], null, text('a program on the server', 'ein Programm auf dem Server'), text('No field names the program that wrote the message: it ran on the server itself and handed the message over locally (RFC 5321 §4.4 needs no client then).', 'Keine Zeile nennt das Programm, das die Nachricht geschrieben hat: Es lief auf dem Server selbst und hat sie lokal übergeben (RFC 5321 §4.4 verlangt dann keinen Client).'));
  }
  return node(['MUA'], null, text('the sender’s program', 'Programm des Absenders'), text('No Received field records the sender’s program: the sending side wrote none, or they were removed on the way.', 'Keine Received-Zeile nennt das Programm des Absenders: Die Absenderseite hat keine geschrieben, oder sie wurden unterwegs entfernt.'));
}

const NOT_RECORDED = text('No Received field records this step: the sending side’s fields are missing (never written, or removed).', 'Keine Received-Zeile hält diesen Schritt fest: Die Zeilen der Absenderseite fehlen (nie geschrieben oder entfernt).');
const GAP = text('The next field names another client than the host before it: steps in between were not recorded (often inside one organisation).', 'Die nächste Zeile nennt einen anderen Client als den Rechner davor: Schritte dazwischen sind nicht festgehalten (oft innerhalb einer Organisation).');

export function buildAgents(hops: readonly Hop[], boundaryHop: number | null): RouteAgents {
  const nodes: RouteNode[] = [];
  const edges: DraftEdge[] = [];
  if (hops.length === 0) return { nodes, edges };
  const add = (made: RouteNode): number => {
    const earlier = made.host === null ? -1 : nodes.findIndex((other) => other.host !== null && sameHost(other.host, made.host));
    if (earlier >= 0) made.repeatOf = earlier;
    return nodes.push(made) - 1;
  };

  const first = hops[0]!;
  const sender = add(senderProgram(first));
  let current = sender;
  if (first.role !== 'submission') {
    const client = clientName(first);
    if (client) {
      const relay = add(node([first.role === 'unknown' ? 'unknown' : 'MTA'], client, named(client)));
      edges.push(inferredEdge(sender, relay, 'not-recorded', null, NOT_RECORDED));
      current = relay;
    }
  }
  let loopOpen = false;
  for (const hop of hops) {
    const here = nodes[current]!;
    const isFirstStep = current === sender;
    const loopBack = hop.role === 'internal' && !isFirstStep && (isLocal(hop.by) || clientIsLocal(hop) || sameHost(hop.by, here.host));
    const sameAgain = !isFirstStep && sameHost(hop.by, here.host);
    if (loopBack || sameAgain) {
      // Delivery or retrieval on the host that already holds the message: one more role for it, not another node.
      const role: RouteRole | null = hop.role === 'delivery' ? 'MDA' : hop.role === 'retrieval' ? 'MRA' : null;
      if (role && !here.roles.includes(role)) here.roles.push(role);
      addToLoop(here, hop, loopOpen);
      // fetchmail hands to "localhost", which the next field names properly (laptop.example.org).
      // Not when the name is that of the node before: two nodes in a row would then carry one name.
      if (isLocal(here.host) && hop.by && !isLocal(hop.by) && !sameHost(nodes[current - 1]?.host ?? null, hop.by)) {
        here.host = hop.by;
        here.label = named(hop.by);
      }
      loopOpen = true;
      continue;
    }
    loopOpen = false;
    const client = clientName(hop);
    const unrecordedBefore = client && !clientIsLocal(hop) && !sameHost(client, hop.by) && !sameHost(client, here.host) && !sameHost(hop.from, here.host);
    if (!isFirstStep && unrecordedBefore) {
      const gapNode = add(node([hop.role === 'retrieval' ? 'MDA' : 'MTA'], client, named(client)));
      edges.push(inferredEdge(current, gapNode, 'not-recorded', null, GAP));
      current = gapNode;
    }
    if (hop.role === 'retrieval') current = addMailbox(nodes, edges, current, hop, add);
    const host = hop.by || null;
    const receiver = add(node(receiverRoles(hop, boundaryHop), host, host ? named(host) : text('(no name given)', '(kein Name angegeben)')));
    edges.push(hopEdge(current, receiver, hop));
    current = receiver;
  }
  addReaderSide(nodes, edges, current, hops[hops.length - 1]!, add);
  return { nodes, edges };
}

function addToLoop(here: RouteNode, hop: Hop, extendLast: boolean): void {
  const filter = [hop.software, hop.with].find((word) => word && (FILTER_SOFTWARE.test(word) || FILTER_PROTOCOL.test(word))) ?? null;
  const last = here.loops[here.loops.length - 1];
  if (extendLast && last) {
    last.hops.push(hop.number);
    if (!last.filter && filter) last.filter = filter;
  } else {
    here.loops.push({ hops: [hop.number], filter, text: { en: '', de: '' } });
  }
  if (!here.roles.includes('filter') && (filter || last?.filter)) here.roles.push('filter');
  const loop = here.loops[here.loops.length - 1]!;
  const hopsText = loop.hops.join(', ');
  loop.text = loop.filter
    ? text(`Hops ${hopsText}: the host handed the message to the content filter ${loop.filter} and took it back: one host, not another stop on the way.`, `Stationen ${hopsText}: Der Rechner hat die Nachricht dem Inhaltsfilter ${loop.filter} übergeben und zurückbekommen – ein Rechner, keine weitere Station.`)
    : text(`Hops ${hopsText}: the host passed the message to itself again (a local program such as a list manager or a forward re-injected it).`, `Stationen ${hopsText}: Der Rechner hat die Nachricht an sich selbst weitergegeben (ein lokales Programm wie ein Listenserver oder eine Weiterleitung hat sie wieder eingeliefert).`);
}

type Add = (made: RouteNode) => number;

/** Before a retrieval: the host it fetched from stored the message; the store itself writes no field. */
function addMailbox(nodes: RouteNode[], edges: DraftEdge[], current: number, hop: Hop, add: Add): number {
  const server = nodes[current]!;
  if (!server.roles.includes('MDA')) server.roles.push('MDA');
  const where = server.host ?? '?';
  const mailbox = add(node(['mailbox'], null, text(`mailbox on ${where}`, `Postfach auf ${where}`), text('Storing the message writes no Received field; the retrieval from it below shows it was there.', 'Das Ablegen schreibt keine Received-Zeile; der Abruf daraus zeigt, dass die Nachricht dort lag.')));
  edges.push(inferredEdge(current, mailbox, 'store', null, text(`${where} stored the message in the mailbox${hop.for ? ` of ${hop.for}` : ''}.`, `${where} hat die Nachricht im Postfach${hop.for ? ` von ${hop.for}` : ''} abgelegt.`)));
  return mailbox;
}

/** After the last field: the mailbox, the retrieval and the reader's program, as far as the chain does not show them. */
function addReaderSide(nodes: RouteNode[], edges: DraftEdge[], current: number, last: Hop, add: Add): void {
  const roles = nodes[current]!.roles;
  const reader = () => node(['MUA'], null, text('the reader’s program', 'Programm des Empfängers'), text('The program that shows the message writes no Received field.', 'Das Programm, das die Nachricht anzeigt, schreibt keine Received-Zeile.'));
  if (roles.includes('MRA')) {
    const program = add(reader());
    edges.push(inferredEdge(current, program, 'reading', null, text('The retrieved message is handed to the reader’s mail program, which shows it.', 'Die abgeholte Nachricht geht an das Mailprogramm des Empfängers, das sie anzeigt.')));
    return;
  }
  const delivered = roles.includes('MDA');
  const mailbox = add(node(['mailbox'], null, text(last.for ? `mailbox of ${last.for}` : 'mailbox', last.for ? `Postfach von ${last.for}` : 'Postfach'), text('Storing the message writes no Received field.', 'Das Ablegen schreibt keine Received-Zeile.')));
  edges.push(
    delivered
      ? inferredEdge(current, mailbox, 'store', null, text('The MDA stored the message in the mailbox.', 'Der MDA hat die Nachricht im Postfach abgelegt.'))
      : inferredEdge(current, mailbox, 'delivery', null, text('No field records the delivery into the mailbox: local delivery writes none, or the message was copied before it.', 'Keine Zeile hält die Zustellung ins Postfach fest: Lokale Zustellung schreibt keine, oder die Nachricht wurde vorher kopiert.')),
  );
  const mra = add(node(['MRA'], null, text('IMAP or POP3 client', 'IMAP- oder POP3-Client'), text('Fetching mail writes no Received field, so this step is never in the headers.', 'Das Abholen schreibt keine Received-Zeile; dieser Schritt steht nie im Kopf.')));
  edges.push(inferredEdge(mailbox, mra, 'retrieval', 'IMAP/POP3', text('Over IMAP the program stays connected and IDLE lets the server report new mail at once (push); over POP3 it asks now and then and downloads (pull).', 'Per IMAP bleibt das Programm verbunden, und mit IDLE meldet der Server neue Mails sofort (Push); per POP3 fragt es von Zeit zu Zeit nach und lädt herunter (Pull).')));
  const program = add(reader());
  edges.push(inferredEdge(mra, program, 'reading', null, text('The mail program shows the fetched message to the reader.', 'Das Mailprogramm zeigt dem Empfänger die abgeholte Nachricht.')));
}
