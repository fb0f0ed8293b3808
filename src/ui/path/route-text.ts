// The words drawn on the mail path, from the route the core built: what
// each node, band and step says, cut to its slot in route-layout.ts. Only
// wording here; which role a host has is the core's business.

import type { MailRoute, RouteNode } from '../../core/path/mail-route.ts';
import type { I18n } from '../i18n/i18n.svelte.ts';
import { formatDuration } from '../format-duration.ts';
import { cells, fitText } from './route-layout.ts';

export type LineKind = 'roles' | 'host' | 'loop' | 'inferred' | 'again' | 'check';

export interface NodeLine {
  kind: LineKind;
  text: string;
  /** The check point's kind, for its colour. */
  check?: string;
  /** The hops a loop line stands for. */
  hops?: number[];
}

export function nodeLines(route: MailRoute, index: number, i18n: I18n): NodeLine[] {
  const node: RouteNode = route.nodes[index]!;
  const lines: NodeLine[] = [
    { kind: 'roles', text: node.roles.map((role) => i18n.t(`node.${role}` as const)).join(' · ') },
    { kind: 'host', text: node.host ?? i18n.pick(node.label) },
  ];
  if (node.inferred) lines.push({ kind: 'inferred', text: `(${i18n.t('path.inferred')})` });
  if (node.repeatOf !== null) lines.push({ kind: 'again', text: i18n.t('path.again') });
  for (const loop of node.loops) lines.push({ kind: 'loop', text: `↻ ${loop.filter ?? i18n.t('path.reinjection')}`, hops: loop.hops });
  for (const point of route.checkpoints.filter((p) => p.node === index)) lines.push({ kind: 'check', text: i18n.pick(point.short), check: point.kind });
  return lines;
}

/** The full text behind a node, for its tooltip: every line uncut, and the reasons. */
export function nodeTitle(route: MailRoute, index: number, i18n: I18n): string {
  const node = route.nodes[index]!;
  const parts = [nodeLines(route, index, i18n).map((line) => line.text).join(' — ')];
  if (node.inferred) parts.push(i18n.pick(node.inferred));
  for (const loop of node.loops) parts.push(i18n.pick(loop.text));
  for (const point of route.checkpoints.filter((p) => p.node === index)) parts.push(i18n.pick(point.text));
  return parts.join('\n');
}

/**
 * A node's full text as lines for the callout shown while the node has
 * keyboard focus (a tooltip needs a mouse): each line of `nodeTitle`
 * wrapped at `columns` cells, at most `maxLines` lines, the last one ending
 * in "…" when more was cut. Stops reading once the box is full, so a
 * hostile 100 kB host name costs no more than the box it fills.
 */
export function calloutLines(title: string, columns: number, maxLines = 8): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const wrap = (atBreak: boolean) => {
    // A host name breaks more readably after a dot, dash or space, when one
    // sits in the line's second half; otherwise it breaks where it must.
    const cut = atBreak ? Math.max(...BREAKS.map((mark) => line.lastIndexOf(mark))) + 1 : 0;
    const keep = cut > line.length / 2 ? line.slice(0, cut) : line;
    lines.push(keep);
    line = line.slice(keep.length);
    used = [...line].reduce((sum, char) => sum + cells(char), 0);
  };
  for (const char of title) {
    if (char === '\n') wrap(false);
    else if (used + cells(char) > columns) wrap(true);
    if (used + cells(char) > columns) wrap(false);
    if (lines.length >= maxLines) {
      lines.length = maxLines;
      const last = lines[maxLines - 1]!;
      lines[maxLines - 1] = `${fitText(last, (columns - 1) * 0.6, 1).replace(/…$/, '')}…`;
      return lines;
    }
    if (char !== '\n') {
      line += char;
      used += cells(char);
    }
  }
  lines.push(line);
  return lines;
}

const BREAKS = [' ', '.', '-', '/', '@', ':'];

/** A step's label: protocol above the arrow; TLS (or "inferred") and the delay below. */
export function edgeLines(route: MailRoute, index: number, i18n: I18n): [string, string, string] {
  const edge = route.edges[index]!;
  if (edge.inferred) return [edge.protocol ?? '', i18n.t('path.inferred'), ''];
  const delay = edge.delaySeconds !== null && edge.delaySeconds !== 0 ? formatDuration(edge.delaySeconds) : '';
  return [edge.protocol ?? '?', i18n.t(`path.tls.${edge.tls}` as const), delay];
}

export function bandName(route: MailRoute, band: number, i18n: I18n): string {
  const organisation = route.organisations[band]!;
  return i18n.t(`path.band.${organisation.side}` as const, { domain: organisation.domain ?? i18n.t('path.band.unnamed') });
}

export function nodeName(node: RouteNode, i18n: I18n): string {
  return node.host ?? i18n.pick(node.label);
}
