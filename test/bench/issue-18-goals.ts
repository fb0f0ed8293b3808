// The figures of issue 18 beside their goals, from one bench run. Goals are
// printed, never enforced: speed lives in the bench, not in tests.

import type { ShareSizeRow } from './share-size.ts';
import type { summarizeCriticalPaths } from './dns-critical-path.ts';

export interface Issue18Figures {
  ratioWorkerToMailauth: number;
  ratioPipelineToMailauth: number;
  workerGzip: number;
  workerColdStartMs: number;
  firstPaintGzip: number;
  shareLinks: ShareSizeRow[];
  dns: ReturnType<typeof summarizeCriticalPaths>;
}

const KB = 1024;

/** The text + HTML message of a size: the attachment rows are random bytes, which no coding shrinks. */
function linkOf(rows: ShareSizeRow[], label: string): number {
  return rows.find((row) => row.message === `${label}, text + HTML`)?.linkCharacters ?? Number.NaN;
}

export function issue18Goals(figures: Issue18Figures) {
  const row = (value: string, goal: string, met: boolean) => ({ value, goal, met: met ? 'yes' : 'no' });
  return {
    'worker ÷ mailauth on Node': row(`${figures.ratioWorkerToMailauth.toFixed(2)}x`, '≤ 1.0x', figures.ratioWorkerToMailauth <= 1),
    'our pipeline on Node ÷ mailauth': row(`${figures.ratioPipelineToMailauth.toFixed(2)}x`, '≤ 0.8x', figures.ratioPipelineToMailauth <= 0.8),
    'worker bundle (gzip)': row(`${(figures.workerGzip / KB).toFixed(1)} KB`, '≤ 150 KB', figures.workerGzip <= 150 * KB),
    'worker cold start': row(`${figures.workerColdStartMs.toFixed(0)} ms`, '≤ 120 ms', figures.workerColdStartMs <= 120),
    'first paint (gzip)': row(`${(figures.firstPaintGzip / KB).toFixed(1)} KB`, '≤ 45 KB', figures.firstPaintGzip <= 45 * KB),
    'link, 10 KB message': row(`${linkOf(figures.shareLinks, '10 KB')} chars`, '(reported)', true),
    'link, 100 KB message': row(`${linkOf(figures.shareLinks, '100 KB')} chars`, '≤ 25,000', linkOf(figures.shareLinks, '100 KB') <= 25_000),
    'link, 1 MB message': row(`${linkOf(figures.shareLinks, '1 MB')} chars`, '≤ 250,000', linkOf(figures.shareLinks, '1 MB') <= 250_000),
    'DNS queries (fixture cases and samples)': row(`${figures.dns.queries}`, '(reported)', true),
    'DNS duplicates': row(`${figures.dns.duplicates}`, '0', figures.dns.duplicates === 0),
    'DNS time ÷ chain bound, median': row(`${figures.dns.medianTimeToBound.toFixed(2)}`, '≤ 1', figures.dns.medianTimeToBound <= 1),
    'DNS time ÷ chain bound, worst': row(`${figures.dns.worstTimeToBound.toFixed(2)}`, '≤ 1', figures.dns.worstTimeToBound <= 1),
  };
}
