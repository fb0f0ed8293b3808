// Where the mail path's parts go, in CSS pixels of the picture's own width
// (the SVG is drawn 1:1, so a label's width here is its width on screen).
// Every label gets a strip of its own, so none can cover another, a node or
// an arrowhead: band names above the nodes, step labels in the gap between
// two nodes (or, where a step turns to the next row, in the gap between
// rows), the trust boundary's name under the row. From 600 px the path runs
// as rows that turn at the ends (a snake); below, it runs downwards.

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type Anchor = 'start' | 'middle' | 'end';

/** A label slot: the first line's baseline at `at`, the second `second` lower (clear of the arrow between them), a third LINE below that; text is cut to `width`. */
export interface LabelSlot {
  at: Point;
  anchor: Anchor;
  width: number;
  second: number;
}

export interface LayoutInput {
  width: number;
  /** Text lines inside each node (roles, host, loops, check points). */
  nodeLines: number[];
  bands: { first: number; last: number }[];
  boundaryBefore: number | null;
}

export interface RouteLayout {
  width: number;
  height: number;
  vertical: boolean;
  nodes: Box[];
  edges: { points: Point[]; label: LabelSlot }[];
  bands: { band: number; box: Box; label: LabelSlot }[];
  boundary: { from: Point; to: Point; label: LabelSlot } | null;
}

export const LINE = 18;
export const FIRST_BASELINE = 20;
const NODE_W = 200;
const GAP = 128;
const SIDE = 40;
const BAND_HEAD = 24;
const BAND_PAD = 8;
const BOUNDARY_STRIP = 24;
const ROW_GAP = 66;
const ROW_GAP_BOUNDARY = 100;
const EDGE_GAP_V = 70;
/** Room beside a node for a step's three label lines (protocol, TLS, delay). */
const ROW_MIN = 76;
/** Under this width the path runs downwards: a phone held upright. */
export const VERTICAL_BELOW = 600;

const nodeHeight = (lines: number) => 12 + LINE * Math.max(lines, 1);

export function layoutRoute(input: LayoutInput): RouteLayout {
  return input.width < VERTICAL_BELOW ? layoutDownwards(input) : layoutRows(input);
}

function layoutRows({ width, nodeLines, bands, boundaryBefore }: LayoutInput): RouteLayout {
  const count = nodeLines.length;
  const columns = Math.max(1, Math.min(count, Math.floor((width - 2 * SIDE + GAP) / (NODE_W + GAP))));
  const used = columns * NODE_W + (columns - 1) * GAP;
  const left = Math.max(SIDE, (width - used) / 2);
  const rowOf = (i: number) => Math.floor(i / columns);
  const rows = Math.ceil(count / columns);
  const boundaryInRow = boundaryBefore !== null && boundaryBefore > 0 && rowOf(boundaryBefore) === rowOf(boundaryBefore - 1) ? rowOf(boundaryBefore) : -1;
  const boundaryAfterRow = boundaryBefore !== null && boundaryBefore > 0 && boundaryInRow < 0 ? rowOf(boundaryBefore - 1) : -1;
  const rowTop: number[] = [];
  const rowBottom: number[] = [];
  let y = 8;
  for (let r = 0; r < rows; r++) {
    rowTop.push(y);
    const tallest = Math.max(ROW_MIN, ...nodeLines.slice(r * columns, (r + 1) * columns).map(nodeHeight));
    y += BAND_HEAD + tallest + BAND_PAD + (r === boundaryInRow ? BOUNDARY_STRIP : 0);
    rowBottom.push(y);
    y += r === boundaryAfterRow ? ROW_GAP_BOUNDARY : ROW_GAP;
  }
  const nodes = nodeLines.map((lines, i) => {
    const r = rowOf(i);
    const column = i % columns;
    const place = r % 2 === 0 ? column : columns - 1 - column;
    return { x: left + place * (NODE_W + GAP), y: rowTop[r]! + BAND_HEAD, w: NODE_W, h: nodeHeight(lines) };
  });
  const lineY = (i: number) => nodes[i]!.y + 27;
  const edges = nodes.slice(1).map((b, index) => {
    const a = nodes[index]!;
    const r = rowOf(index);
    const rightwards = r % 2 === 0;
    if (rowOf(index + 1) === r) {
      const from = rightwards ? a.x + a.w : a.x;
      const to = rightwards ? b.x : b.x + b.w;
      return { points: [{ x: from, y: lineY(index) }, { x: to, y: lineY(index) }], label: { at: { x: (from + to) / 2, y: lineY(index) - 8 }, anchor: 'middle' as Anchor, width: GAP - 36, second: 28 } };
    }
    const side = rightwards ? a.x + a.w : a.x;
    const corridor = rightwards ? side + 20 : side - 20;
    const points = [
      { x: side, y: lineY(index) },
      { x: corridor, y: lineY(index) },
      { x: corridor, y: lineY(index + 1) },
      { x: side, y: lineY(index + 1) },
    ];
    const label: LabelSlot = { at: { x: rightwards ? corridor - 8 : corridor + 8, y: rowBottom[r]! + 17 }, anchor: rightwards ? 'end' : 'start', width: NODE_W + GAP / 2, second: LINE };
    return { points, label };
  });
  const placedBands = bands.flatMap((band, index) => {
    const segments: RouteLayout['bands'] = [];
    for (let r = rowOf(band.first); r <= rowOf(band.last); r++) {
      const members = nodes.filter((_, i) => i >= band.first && i <= band.last && rowOf(i) === r);
      const x = Math.min(...members.map((n) => n.x)) - BAND_PAD;
      const w = Math.max(...members.map((n) => n.x + n.w)) + BAND_PAD - x;
      segments.push({ band: index, box: { x, y: rowTop[r]!, w, h: rowBottom[r]! - rowTop[r]! }, label: { at: { x: x + 8, y: rowTop[r]! + 16 }, anchor: 'start', width: w - 16, second: LINE } });
    }
    return segments;
  });
  let boundary: RouteLayout['boundary'] = null;
  if (boundaryInRow >= 0) {
    const b = nodes[boundaryBefore!]!;
    const x = rowOf(boundaryBefore!) % 2 === 0 ? b.x - 14 : b.x + b.w + 14;
    const room = 2 * Math.min(x, width - x) - 8;
    // The line stops above its name, which has the strip under the row to itself.
    boundary = { from: { x, y: rowTop[boundaryInRow]! }, to: { x, y: rowBottom[boundaryInRow]! - BOUNDARY_STRIP }, label: { at: { x, y: rowBottom[boundaryInRow]! - 8 }, anchor: 'middle', width: Math.min(NODE_W + GAP - 24, room), second: LINE } };
  } else if (boundaryAfterRow >= 0) {
    const y = rowBottom[boundaryAfterRow]! + 64;
    boundary = { from: { x: 8, y }, to: { x: width - 8, y }, label: { at: { x: width / 2, y: y + 20 }, anchor: 'middle', width: Math.min(width - 200, 2 * NODE_W), second: LINE } };
  }
  return { width, height: y - (boundaryAfterRow === rows - 1 ? ROW_GAP_BOUNDARY : ROW_GAP) + 8, vertical: false, nodes, edges, bands: placedBands, boundary };
}

function layoutDownwards({ width, nodeLines, bands, boundaryBefore }: LayoutInput): RouteLayout {
  const nodeX = BAND_PAD + 12;
  const nodeW = Math.min(260, width - 2 * nodeX);
  const lineX = nodeX + 28;
  const textX = lineX + 12;
  const textWidth = width - textX - 12;
  const nodes: Box[] = [];
  const bandTop = new Map<number, number>();
  const placedBands: RouteLayout['bands'] = [];
  let boundary: RouteLayout['boundary'] = null;
  const edgeLabels: LabelSlot[] = [];
  let y = 8;
  nodeLines.forEach((lines, i) => {
    if (i > 0) {
      edgeLabels.push({ at: { x: textX, y: y + 18 }, anchor: 'start', width: textWidth, second: LINE });
      y += EDGE_GAP_V;
    }
    if (i === boundaryBefore && i > 0) {
      boundary = { from: { x: 4, y: y + 4 }, to: { x: width - 4, y: y + 4 }, label: { at: { x: textX, y: y + 20 }, anchor: 'start', width: textWidth, second: LINE } };
      y += BOUNDARY_STRIP + 2;
    }
    const band = bands.findIndex((b) => b.first === i);
    if (band >= 0) {
      bandTop.set(band, y);
      y += BAND_HEAD;
    }
    nodes.push({ x: nodeX, y, w: nodeW, h: nodeHeight(lines) });
    y += nodeHeight(lines);
    const ending = bands.findIndex((b) => b.last === i);
    if (ending >= 0 && bandTop.has(ending)) {
      y += BAND_PAD;
      const top = bandTop.get(ending)!;
      placedBands.push({ band: ending, box: { x: 4, y: top, w: width - 8, h: y - top }, label: { at: { x: textX, y: top + 16 }, anchor: 'start', width: textWidth, second: LINE } });
    }
  });
  const edges = edgeLabels.map((label, index) => ({
    points: [
      { x: lineX, y: nodes[index]!.y + nodes[index]!.h },
      { x: lineX, y: nodes[index + 1]!.y },
    ],
    label,
  }));
  return { width, height: y + 8, vertical: true, nodes, edges, bands: placedBands, boundary };
}

/** The point a fraction of the way along a route of straight segments. */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y));
  let rest = Math.min(1, Math.max(0, fraction)) * lengths.reduce((a, b) => a + b, 0);
  for (let i = 0; i < lengths.length; i++) {
    if (rest <= lengths[i]! || i === lengths.length - 1) {
      const t = lengths[i]! === 0 ? 1 : Math.min(1, rest / lengths[i]!);
      return { x: points[i]!.x + (points[i + 1]!.x - points[i]!.x) * t, y: points[i]!.y + (points[i + 1]!.y - points[i]!.y) * t };
    }
    rest -= lengths[i]!;
  }
  return points[0]!;
}

// Monospace widths: DejaVu Sans Mono and most UI monospace fonts advance
// 0.6 em per character; East Asian wide characters take two cells.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/** How many monospace cells one character takes. */
export function cells(char: string): number {
  return WIDE.test(char) ? 2 : /\p{M}/u.test(char) ? 0 : 1;
}

/** How wide a monospace text is at this font size, in pixels. */
export function monoWidth(text: string, fontSize: number): number {
  let total = 0;
  for (const char of text) total += cells(char);
  return total * 0.6 * fontSize;
}

/** The text cut with "…" so it fits `width` pixels of monospace at `fontSize`; one pass, so a hostile 100 kB name costs no more than reading it. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (monoWidth(text, fontSize) <= width) return text;
  const room = Math.floor(width / (0.6 * fontSize)) - 1;
  let used = 0;
  let cut = '';
  for (const char of text) {
    used += cells(char);
    if (used > room) break;
    cut += char;
  }
  return room <= 0 ? '' : `${cut}…`;
}
