// Where the checks happened on the path. Only SPF, greylisting and clock
// skew are tied to a hop by the analysis itself; where a DKIM signature or
// an ARC set was added is inferred from names: a signer signs before the
// message leaves its organisation (RFC 6376 §2.1), so the d= domain's last
// host on the path is the latest place it can have been signed; an ARC set
// is sealed by the intermediary or receiver of that domain (RFC 8617 §4.1).
// Where no host carries the domain (a provider signing for its customer)
// the place falls back to the last host before the trust boundary, and
// `inferredPlace` says so.

import type { Analysis, LocalizedText } from '../analysis.ts';
import { organisationOf } from '../hops/organisation-name.ts';
import type { MailRoute, RouteCheckpoint, RouteNode } from './mail-route.ts';

type Facts = Pick<Analysis, 'dkim' | 'arc' | 'spf' | 'envelope' | 'path'>;

/** The node that received a hop, or carries it as a loop. */
export function nodeOfHop(route: Pick<MailRoute, 'nodes' | 'edges'>, hop: number): number | null {
  const edge = route.edges.find((e) => e.hop === hop);
  if (edge) return edge.to;
  const looped = route.nodes.findIndex((node) => node.loops.some((loop) => loop.hops.includes(hop)));
  return looped >= 0 ? looped : null;
}

/** The last node of the domain's organisation before `before` (exclusive), or null. */
function lastHostOf(nodes: readonly RouteNode[], domain: string, before: number): number | null {
  const wanted = organisationOf(domain);
  if (!wanted) return null;
  for (let i = Math.min(before, nodes.length) - 1; i >= 0; i--) if (nodes[i]!.host && organisationOf(nodes[i]!.host) === wanted) return i;
  return null;
}

/** The last recorded host before the trust boundary (or the first recorded host when none is known). */
function lastSendingHost(nodes: readonly RouteNode[], boundaryBefore: number | null): number {
  const end = boundaryBefore ?? 2;
  for (let i = Math.min(end, nodes.length) - 1; i >= 0; i--) if (nodes[i]!.host && nodes[i]!.inferred === null && !nodes[i]!.roles.includes('MUA')) return i;
  return Math.min(1, nodes.length - 1);
}

/** "21 min", "40 s": short enough for a line under a host name. */
function span(seconds: number): string {
  const abs = Math.abs(seconds);
  return abs < 120 ? `${Math.round(abs)} s` : `${Math.round(abs / 60)} min`;
}

function point(kind: RouteCheckpoint['kind'], node: number, short: string | LocalizedText, text: LocalizedText, inferredPlace: boolean): RouteCheckpoint {
  return { kind, node, short: typeof short === 'string' ? { en: short, de: short } : short, text, inferredPlace };
}

export function findCheckpoints(route: Pick<MailRoute, 'nodes' | 'edges' | 'boundaryBefore'>, facts: Facts): RouteCheckpoint[] {
  const { nodes, boundaryBefore } = route;
  if (nodes.length === 0) return [];
  const points: RouteCheckpoint[] = [];
  const signedAt = new Map<number, number>();
  for (const signature of facts.dkim) {
    const found = lastHostOf(nodes, signature.domain, boundaryBefore ?? nodes.length);
    const at = found ?? lastSendingHost(nodes, boundaryBefore);
    signedAt.set(signature.index, at);
    const where = found === null
      ? { en: 'No host of that domain appears on the path, so it was signed on the sending side before the trust boundary (a provider signing for its customer).', de: 'Kein Rechner dieser Domain steht auf dem Weg; signiert wurde also auf der Absenderseite vor der Vertrauensgrenze (ein Anbieter, der für seinen Kunden signiert).' }
      : { en: `Added here at the latest: the last host of ${signature.domain} before the message went on.`, de: `Spätestens hier hinzugefügt: der letzte Rechner von ${signature.domain}, bevor die Nachricht weiterging.` };
    points.push(point('dkim-signed', at, `DKIM ${signature.domain}: ${signature.result}`, { en: `DKIM signature d=${signature.domain} (s=${signature.selector}), now ${signature.result}. ${where.en}`, de: `DKIM-Signatur d=${signature.domain} (s=${signature.selector}), jetzt ${signature.result}. ${where.de}` }, found === null));
  }
  for (const set of facts.arc?.chain ?? []) {
    const found = set.domain ? lastHostOf(nodes, set.domain, nodes.length) : null;
    const at = found ?? lastSendingHost(nodes, boundaryBefore);
    points.push(point('arc-sealed', at, `ARC i=${set.instance} ${set.domain ?? '?'}`, { en: `ARC set i=${set.instance} sealed by ${set.domain ?? 'an unnamed domain'} (cv=${set.cv ?? '?'}): it records what this host found when the message arrived.${found === null ? ' No host of that domain appears on the path; placed at the last sending host.' : ''}`, de: `ARC-Satz i=${set.instance}, versiegelt von ${set.domain ?? 'einer ungenannten Domain'} (cv=${set.cv ?? '?'}): Er hält fest, was dieser Rechner beim Eingang vorfand.${found === null ? ' Kein Rechner dieser Domain steht auf dem Weg; beim letzten sendenden Rechner eingezeichnet.' : ''}` }, found === null));
  }
  const spfHop = facts.path?.envelopeHop.hop ?? null;
  const spfNode = spfHop === null ? null : nodeOfHop(route, spfHop);
  if (spfNode !== null && facts.spf) {
    const env = facts.envelope;
    const mailFrom = env?.mailFrom === '' ? '<>' : (env?.mailFrom ?? '?');
    points.push(point('spf-checked', spfNode, `SPF: ${facts.spf.result}`, { en: `SPF is checked where the message entered from outside (hop ${spfHop}): client ${env?.ip ?? '?'}, HELO ${env?.helo ?? '?'}, MAIL FROM ${mailFrom} — ${facts.spf.result}.`, de: `SPF wird dort geprüft, wo die Nachricht von außen kam (Station ${spfHop}): Client ${env?.ip ?? '?'}, HELO ${env?.helo ?? '?'}, MAIL FROM ${mailFrom} – ${facts.spf.result}.` }, false));
  }
  for (const signature of facts.dkim.filter((s) => s.bodyHash.result === 'fail')) {
    const signer = signedAt.get(signature.index)!;
    // The first later signer that still passes had the changed body in hand: the change is at or before it.
    const later = facts.dkim.filter((s) => s.result === 'pass' && signedAt.get(s.index)! > signer).map((s) => signedAt.get(s.index)!);
    const at = later.length > 0 ? Math.min(...later) : Math.min(signer + 1, nodes.length - 1);
    points.push(point('body-changed', at, { en: 'body changed', de: 'Text geändert' }, { en: `The body was changed after ${signature.domain} signed it (its body hash no longer matches)${later.length > 0 ? ', at the latest here: this host’s own signature covers the changed body (a list footer, for instance)' : ', somewhere after the signer'}.`, de: `Der Text wurde geändert, nachdem ${signature.domain} signiert hatte (der Body-Hash stimmt nicht mehr)${later.length > 0 ? ', spätestens hier: Die eigene Signatur dieses Rechners deckt den geänderten Text (etwa eine Listen-Fußzeile)' : ', irgendwo nach dem Signierer'}.` }, true));
  }
  for (const grey of facts.path?.greylisting ?? []) {
    const at = grey.hop === null ? null : nodeOfHop(route, grey.hop);
    if (at !== null) points.push(point('greylisted', at, { en: `greylisting ${grey.delaySeconds === null ? '' : span(grey.delaySeconds)}`.trim(), de: `Greylisting ${grey.delaySeconds === null ? '' : span(grey.delaySeconds)}`.trim() }, grey.text, false));
  }
  for (const skew of facts.path?.skews ?? []) {
    const at = nodeOfHop(route, skew.culprit ?? skew.hop);
    if (at !== null) points.push(point('clock-skew', at, { en: `clock ${skew.seconds < 0 ? '−' : '+'}${span(skew.seconds)}`, de: `Uhr ${skew.seconds < 0 ? '−' : '+'}${span(skew.seconds)}` }, skew.text, skew.culprit === null));
  }
  return points;
}
