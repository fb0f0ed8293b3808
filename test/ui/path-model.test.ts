import { describe, expect, it } from 'vitest';
import { layoutPath, pointAlong, receiverKind, type PathModel } from '../../src/ui/path/path-model.ts';

function model(hops: number): PathModel {
  return {
    nodes: Array.from({ length: hops + 1 }, (_, i) => ({ kind: 'MTA' as const, label: `relay${i}.example.net` })),
    steps: Array.from({ length: hops }, (_, i) => ({ from: i, to: i + 1, role: 'relay' as const, protocol: 'ESMTPS', tls: true, delaySeconds: 1 })),
  };
}

describe('layoutPath', () => {
  it.each([1, 2, 3, 4, 5, 7, 12, 30])('lays out %i hops inside the picture, nodes apart, every step a forward line', (hops) => {
    const layout = layoutPath(model(hops));
    const half = { w: layout.nodeWidth / 2, h: layout.nodeHeight / 2 };
    for (const p of layout.positions) {
      expect(p.x - half.w).toBeGreaterThanOrEqual(0);
      expect(p.x + half.w).toBeLessThanOrEqual(layout.width);
      expect(p.y + half.h).toBeLessThanOrEqual(layout.height);
    }
    layout.positions.forEach((a, i) =>
      layout.positions.slice(i + 1).forEach((b) => {
        const apart = Math.abs(a.x - b.x) >= layout.nodeWidth + 20 || Math.abs(a.y - b.y) >= layout.nodeHeight + 20;
        expect(apart).toBe(true);
      }),
    );
    for (const route of layout.routes) {
      const length = Math.hypot(route[1]!.x - route[0]!.x, route[1]!.y - route[0]!.y);
      expect(length).toBeGreaterThanOrEqual(40);
    }
  });

  it('walks a step from its start to its end', () => {
    const route = [
      { x: 10, y: 5 },
      { x: 110, y: 5 },
    ];
    expect(pointAlong(route, 0)).toEqual({ x: 10, y: 5 });
    expect(pointAlong(route, 0.5)).toEqual({ x: 60, y: 5 });
    expect(pointAlong(route, 2)).toEqual({ x: 110, y: 5 });
  });

  it('names the receiving host of each role', () => {
    expect(['submission', 'relay', 'delivery', 'retrieval', 'internal', 'unknown'].map((role) => receiverKind(role as never))).toEqual([
      'MSA',
      'MTA',
      'MDA',
      'MRA',
      'filter',
      'unknown',
    ]);
  });
});
