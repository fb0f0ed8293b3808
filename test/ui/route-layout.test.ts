import { describe, expect, it } from 'vitest';
import { fitText, layoutRoute, monoWidth, pointAlong, VERTICAL_BELOW, type Box } from '../../src/ui/path/route-layout.ts';

const intersects = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function input(nodes: number, width: number) {
  const half = Math.floor(nodes / 2);
  return {
    width,
    nodeLines: Array.from({ length: nodes }, (_, i) => 2 + (i % 4)),
    bands: [
      { first: 0, last: half - 1 },
      { first: half, last: nodes - 1 },
    ],
    boundaryBefore: half,
  };
}

describe('layoutRoute', () => {
  it.each([
    [4, 1280],
    [8, 1280],
    [14, 683],
    [32, 1280],
    [8, 390],
    [32, 390],
  ])('%i nodes at %i px: inside the picture, apart, every step a forward line', (nodes, width) => {
    const layout = layoutRoute(input(nodes, width));
    expect(layout.vertical).toBe(width < VERTICAL_BELOW);
    for (const box of layout.nodes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.w).toBeLessThanOrEqual(width);
      expect(box.y + box.h).toBeLessThanOrEqual(layout.height);
    }
    layout.nodes.forEach((a, i) => layout.nodes.slice(i + 1).forEach((b) => expect(intersects(a, b)).toBe(false)));
    for (const edge of layout.edges) {
      const length = edge.points.slice(1).reduce((sum, p, i) => sum + Math.hypot(p.x - edge.points[i]!.x, p.y - edge.points[i]!.y), 0);
      expect(length).toBeGreaterThanOrEqual(40);
      expect(edge.label.width).toBeGreaterThan(60);
    }
    expect(layout.boundary).not.toBeNull();
    expect(layout.bands.length).toBeGreaterThanOrEqual(2);
  });

  it('walks a bent route from its start to its end', () => {
    const route = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 30 },
    ];
    expect(pointAlong(route, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(route, 0.5)).toEqual({ x: 10, y: 10 });
    expect(pointAlong(route, 2)).toEqual({ x: 10, y: 30 });
  });
});

describe('fitText', () => {
  it('keeps what fits and cuts the rest with an ellipsis that fits too', () => {
    expect(fitText('mx.example.net', 200, 12)).toBe('mx.example.net');
    const cut = fitText('mail-db8eur05on2070b.outbound.protection.outlook.com', 168, 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(monoWidth(cut, 12)).toBeLessThanOrEqual(168);
  });

  it('counts wide characters twice', () => {
    const cut = fitText('邮件服务器邮件服务器邮件服务器邮件服务器', 100, 12);
    expect(monoWidth(cut, 12)).toBeLessThanOrEqual(100);
    expect(monoWidth('邮', 12)).toBe(monoWidth('ab', 12));
  });
});
