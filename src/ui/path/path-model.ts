// The mail path as the animation draws it: nodes typed MUA, MTA, MDA, MRA
// (the roles of the German wiki page the project grew from: Mail User,
// Transfer, Delivery and Retrieval Agent) and one step per hop, laid out
// as a snake of rows so that 1 to 30 hops fit the same picture.

export type NodeKind = 'MUA' | 'MSA' | 'MTA' | 'filter' | 'MDA' | 'MRA' | 'unknown';
export type StepRole = 'submission' | 'relay' | 'delivery' | 'retrieval' | 'internal' | 'unknown';

export interface PathNode {
  kind: NodeKind;
  /** The host name as the headers give it, or a description where none is given. */
  label: string;
}

export interface PathStep {
  from: number;
  to: number;
  role: StepRole;
  /** The protocol word as written: SMTP, ESMTPS, LMTP, POP3, IMAP, HTTP, … */
  protocol: string;
  tls: boolean;
  delaySeconds: number | null;
}

export interface PathModel {
  nodes: PathNode[];
  steps: PathStep[];
}

/** The kind of the host that received a hop of this role. */
export function receiverKind(role: StepRole): NodeKind {
  switch (role) {
    case 'submission':
      return 'MSA';
    case 'relay':
      return 'MTA';
    case 'delivery':
      return 'MDA';
    case 'retrieval':
      return 'MRA';
    case 'internal':
      return 'filter';
    default:
      return 'unknown';
  }
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  width: number;
  height: number;
  positions: Point[];
  /** For each step, the points its line passes through. */
  routes: Point[][];
  nodeWidth: number;
  nodeHeight: number;
}

const WIDTH = 960;
const NODE_WIDTH = 150;
const NODE_HEIGHT = 64;
const ROW_HEIGHT = 150;
const MARGIN = 40;
// Four nodes to a row leaves each step a line long enough for its protocol
// word and keeps host names readable on a projector; more rows grow
// downwards, each running the other way so a step never crosses the page.
const PER_ROW = 4;

export function layoutPath(model: PathModel): Layout {
  const count = model.nodes.length;
  const perRow = Math.min(PER_ROW, Math.max(count, 1));
  const gap = perRow > 1 ? (WIDTH - 2 * MARGIN - NODE_WIDTH) / (perRow - 1) : 0;
  const positions = model.nodes.map((_, index) => {
    const row = Math.floor(index / PER_ROW);
    const column = index % PER_ROW;
    const leftToRight = row % 2 === 0;
    const x = MARGIN + NODE_WIDTH / 2 + (leftToRight ? column : perRow - 1 - column) * gap + (perRow === 1 ? (WIDTH - 2 * MARGIN - NODE_WIDTH) / 2 : 0);
    return { x, y: MARGIN + NODE_HEIGHT / 2 + row * ROW_HEIGHT };
  });
  const routes = model.steps.map((step) => {
    const a = positions[step.from]!;
    const b = positions[step.to]!;
    if (a.y === b.y) {
      const direction = Math.sign(b.x - a.x) || 1;
      return [
        { x: a.x + (direction * NODE_WIDTH) / 2, y: a.y },
        { x: b.x - (direction * NODE_WIDTH) / 2, y: b.y },
      ];
    }
    return [
      { x: a.x, y: a.y + NODE_HEIGHT / 2 },
      { x: b.x, y: b.y - NODE_HEIGHT / 2 },
    ];
  });
  const rows = Math.max(1, Math.ceil(count / PER_ROW));
  return { width: WIDTH, height: 2 * MARGIN + NODE_HEIGHT + (rows - 1) * ROW_HEIGHT + 30, positions, routes, nodeWidth: NODE_WIDTH, nodeHeight: NODE_HEIGHT };
}

/** The point a fraction of the way along a route. */
export function pointAlong(route: Point[], fraction: number): Point {
  const a = route[0]!;
  const b = route[route.length - 1]!;
  const t = Math.min(1, Math.max(0, fraction));
  return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
