// The geometry of the hop delay chart: where on the time line each hop's
// wait starts and ends, as shares of the whole transit (0 = the earliest
// hop time, 1 = the latest). The core gives the times and delays
// (Hop.time, delaySeconds, delayFrom); this only places them.

import type { Hop } from '../../core/analysis.ts';

export interface ChartRow {
  hop: number;
  by: string | null;
  /** Seconds from the earliest hop time to this hop's; null without a readable time. */
  atSeconds: number | null;
  /** The wait since the previous hop, as shares of the span; null for the first hop and hops without a time. */
  bar: { from: number; to: number } | null;
  /** The hop's own time as a share of the span. */
  at: number | null;
  delaySeconds: number | null;
  /** The clocks disagree: this hop's time is before the one it follows. */
  skewed: boolean;
  slowest: boolean;
}

export interface DelayChart {
  spanSeconds: number;
  rows: ChartRow[];
  /** The hop with the longest positive wait; null when no hop waited. */
  slowest: Hop | null;
}

/** null when fewer than two hops carry distinct times: there is no time line to draw. */
export function delayChart(hops: readonly Hop[]): DelayChart | null {
  const times = new Map<number, number>();
  for (const hop of hops) {
    const ms = hop.time === null ? Number.NaN : Date.parse(hop.time);
    if (Number.isFinite(ms)) times.set(hop.number, ms);
  }
  if (times.size < 2) return null;
  const first = Math.min(...times.values());
  const span = Math.max(...times.values()) - first;
  if (span <= 0) return null;
  const share = (ms: number) => (ms - first) / span;

  let slowest: Hop | null = null;
  for (const hop of hops) if (hop.delaySeconds !== null && hop.delaySeconds > 0 && hop.delaySeconds > (slowest?.delaySeconds ?? 0)) slowest = hop;

  const rows = hops.map((hop): ChartRow => {
    const ms = times.get(hop.number);
    const before = hop.delayFrom === null ? undefined : times.get(hop.delayFrom);
    const bar = ms !== undefined && before !== undefined ? { from: share(Math.min(ms, before)), to: share(Math.max(ms, before)) } : null;
    return {
      hop: hop.number,
      by: hop.by,
      atSeconds: ms === undefined ? null : (ms - first) / 1000,
      at: ms === undefined ? null : share(ms),
      bar,
      delaySeconds: hop.delaySeconds,
      skewed: hop.delaySeconds !== null && hop.delaySeconds < 0,
      slowest: slowest?.number === hop.number,
    };
  });
  return { spanSeconds: span / 1000, rows, slowest };
}
