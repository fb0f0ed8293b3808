// Each step told in one or two sentences for the class, in English and
// German: who handed the message to whom, how (the protocol word as
// written), whether the connection was encrypted — in three states, since
// a field that does not say is not a field that says "no" (RFC 3848 §2:
// ESMTP means no STARTTLS; a missing word means nothing) — and how long
// it took.

import type { Hop, LocalizedText } from '../analysis.ts';
import { duration } from '../hops/hop-timing.ts';
import type { DraftEdge } from './route-agents.ts';
import type { RouteEdge, RouteNode, RouteTls } from './mail-route.ts';

function nameOf(node: RouteNode): LocalizedText {
  return node.host ? { en: node.host, de: node.host } : { en: node.label.en, de: node.label.de };
}

/** German starts a sentence after a colon with a capital; a host name stays as written. */
function opening(name: LocalizedText, node: RouteNode): LocalizedText {
  return node.host ? name : { en: name.en, de: name.de.charAt(0).toUpperCase() + name.de.slice(1) };
}

export function tlsSentence(tls: RouteTls): LocalizedText {
  switch (tls) {
    case 'encrypted':
      return { en: 'The connection was encrypted (TLS).', de: 'Die Verbindung war verschlüsselt (TLS).' };
    case 'not-encrypted':
      return { en: 'The field says the connection was not encrypted.', de: 'Laut der Zeile war die Verbindung nicht verschlüsselt.' };
    default:
      return { en: 'The field does not say whether the connection was encrypted.', de: 'Die Zeile sagt nicht, ob die Verbindung verschlüsselt war.' };
  }
}

function what(edge: DraftEdge, from: LocalizedText, to: LocalizedText, receiver: RouteNode, hop: Hop): LocalizedText {
  const via = hop.with ? { en: ` with ${hop.with}`, de: ` mit ${hop.with}` } : { en: '', de: '' };
  switch (edge.step) {
    case 'submission':
      return hop.auth
        ? { en: `${from.en} logged in and submitted the message to ${to.en}, the submission server (MSA)${via.en}.`, de: `${from.de} hat sich angemeldet und die Nachricht${via.de} beim Einlieferungsserver (MSA) ${to.de} eingeliefert.` }
        : { en: `${from.en} submitted the message to ${to.en}${via.en}: the first step of its way.`, de: `${from.de} hat die Nachricht${via.de} bei ${to.de} eingeliefert: der erste Schritt ihres Wegs.` };
    case 'relay':
      return receiver.roles.includes('MX')
        ? { en: `${from.en} passed the message${via.en} to ${to.en}, the mail exchanger (MX) of the receiving organisation.`, de: `${from.de} hat die Nachricht${via.de} an ${to.de} übergeben, den Mail-Exchanger (MX) der empfangenden Organisation.` }
        : { en: `${from.en} passed the message${via.en} to the next server, ${to.en}.`, de: `${from.de} hat die Nachricht${via.de} an den nächsten Server ${to.de} weitergegeben.` };
    case 'delivery':
      return { en: `${from.en} delivered the message${via.en} to ${to.en}, the delivery agent (MDA) that puts it into the mailbox.`, de: `${from.de} hat die Nachricht${via.de} an ${to.de} zugestellt, den Zustellagenten (MDA), der sie ins Postfach legt.` };
    case 'retrieval':
      return { en: `${to.en} fetched the message${via.en} from the mailbox: retrieval by the recipient’s side (MRA).`, de: `${to.de} hat die Nachricht${via.de} aus dem Postfach abgeholt: Abruf durch die Empfängerseite (MRA).` };
    case 'internal':
      return { en: `${from.en} passed the message${via.en} to ${to.en}, inside one organisation.`, de: `${from.de} hat die Nachricht${via.de} an ${to.de} weitergegeben, innerhalb einer Organisation.` };
    default:
      return { en: `${from.en} to ${to.en}: the field does not tell which step this was.`, de: `${from.de} an ${to.de}: Die Zeile verrät nicht, welcher Schritt das war.` };
  }
}

export function narrateEdge(edge: DraftEdge, nodes: readonly RouteNode[], hops: readonly Hop[]): Omit<RouteEdge, 'dialogue'> {
  const hop = edge.hop === null ? undefined : hops.find((h) => h.number === edge.hop);
  if (!hop || edge.inferred) {
    const why = edge.inferred ?? { en: '', de: '' };
    return { ...edge, narration: { en: `Inferred: ${why.en}`, de: `Erschlossen: ${why.de}` } };
  }
  const from = opening(nameOf(nodes[edge.from]!), nodes[edge.from]!);
  const to = nameOf(nodes[edge.to]!);
  const main = what(edge, from, to, nodes[edge.to]!, hop);
  const tls = tlsSentence(edge.tls);
  const late = edge.delaySeconds !== null && edge.delaySeconds > 0 ? duration(edge.delaySeconds) : null;
  const delay = late ? { en: ` It took ${late.en}.`, de: ` Das dauerte ${late.de}.` } : { en: '', de: '' };
  return {
    ...edge,
    narration: { en: `Hop ${hop.number}: ${main.en} ${tls.en}${delay.en}`, de: `Station ${hop.number}: ${main.de} ${tls.de}${delay.de}` },
  };
}
