// What kind of message each of 909 real messages is (test/corpus/data/message-kinds/labels.json):
// the bounces of Sisimai and of flufl.bounce (GNU Mailman's detectors), and
// ordinary mail from SpamAssassin, rspamd, mailauth, postal-mime, mailparser,
// mail-parser, enmime and eml-format. Prints the confusion matrix of
// Analysis.kind against the labels and the precision and recall of
// "non-delivery". Two mistakes are never allowed: an ordinary message read
// as a non-delivery report, and a read receipt or delay warning with a
// failed recipient. flufl.bounce's own expectations (the addresses its
// detectors find) are compared too: every disagreement is printed with its
// reason from message-kinds.known.ts.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis.ts';
import { MESSAGE_KINDS } from '../../src/core/bounce/message-kind.ts';
import { corpusFile, corpusRoot } from './support/corpus-root.ts';
import { mapLimit } from './support/corpus-report.ts';
import { replay } from './support/replay.ts';
import { FLUFL_DISAGREEMENTS } from './message-kinds.known.ts';

const NOW = '2026-01-01T00:00:00Z';
const EMPTY_ZONE = { records: {} };

interface Label {
  file: string;
  kind: string;
  why?: string;
}
interface FluflExpectation {
  detector: string;
  file: string;
  addresses: string[];
  temporary: boolean;
}

const root = corpusRoot();
const labels = (JSON.parse(readFileSync(corpusFile(root, 'message-kinds/labels.json'), 'utf8')) as { labels: Label[] }).labels;
const flufl = (JSON.parse(readFileSync(corpusFile(root, 'flufl-bounce/expected.json'), 'utf8')) as { expectations: FluflExpectation[] }).expectations;

function matrix(rows: [Label, Analysis][]): string {
  // "none": the input was not read as a message at all (Analysis.kind null).
  const words = [...MESSAGE_KINDS, 'none'];
  const width = Math.max(...words.map((w) => w.length)) + 2;
  const pad = (s: string | number) => String(s).padStart(width);
  const lines = [`${'label \\ got'.padEnd(width)}${words.map(pad).join('')}`];
  for (const want of words) {
    const counts = words.map((got) => rows.filter(([l, a]) => l.kind === want && (a.kind?.word ?? 'none') === got).length);
    if (counts.some((n) => n > 0)) lines.push(`${want.padEnd(width)}${counts.map(pad).join('')}`);
  }
  return lines.join('\n');
}

describe('message kinds of real mail', () => {
  it('tells ordinary mail, bounces, delay warnings and read receipts apart', { timeout: 300_000 }, async () => {
    expect(labels.length).toBeGreaterThanOrEqual(300);
    const analyses = await mapLimit(labels, 4, async (label) => replay(new Uint8Array(readFileSync(corpusFile(root, label.file))), EMPTY_ZONE, { now: NOW }));
    const rows = labels.map((label, i) => [label, analyses[i]!] as [Label, Analysis]);

    const wrong = rows.filter(([l, a]) => l.kind !== a.kind?.word);
    const predicted = rows.filter(([, a]) => a.kind?.word === 'non-delivery');
    const actual = rows.filter(([l]) => l.kind === 'non-delivery');
    const hits = predicted.filter(([l]) => l.kind === 'non-delivery').length;
    const precision = hits / predicted.length;
    const recall = hits / actual.length;
    console.log(`${matrix(rows)}\n\nagree ${rows.length - wrong.length}/${rows.length}; non-delivery precision ${(precision * 100).toFixed(1)}% (${hits}/${predicted.length}), recall ${(recall * 100).toFixed(1)}% (${hits}/${actual.length})`);
    for (const [l, a] of wrong) console.log(`  ${l.file}: labelled ${l.kind}, got ${a.kind ? `${a.kind.word} (${a.kind.confidence}) — ${a.kind.evidence.map((e) => e.text.en).join('; ').slice(0, 200)}` : 'none (not read as a message)'}`);

    const byFile = new Map(rows.map(([l, a]) => [l.file, a]));
    const fluflDisagree: string[] = [];
    const disagreeKeys: string[] = [];
    for (const e of flufl) {
      const analysis = byFile.get(`flufl-bounce/${e.file}`)!;
      const wanted = new Set(e.addresses.map((a) => a.toLowerCase()));
      const got = new Set(analysis.bounces.filter((b) => (e.temporary ? b.action === 'delayed' : b.action === 'failed')).map((b) => (b.recipient ?? '').toLowerCase()));
      const missing = [...wanted].filter((a) => !got.has(a));
      if (!missing.length) continue;
      const key = `${e.file} (${e.detector})`;
      disagreeKeys.push(key);
      fluflDisagree.push(`  ${key}${e.temporary ? ' temporary' : ''}: flufl finds ${[...wanted].join(', ')}; we give ${[...got].join(', ') || 'none'} [${analysis.kind?.word}] — ${FLUFL_DISAGREEMENTS[key] ?? 'NOT IN THE KNOWN TABLE'}`);
    }
    const withAddresses = flufl.filter((e) => e.addresses.length > 0).length;
    console.log(`flufl.bounce addresses found: ${withAddresses - fluflDisagree.length}/${withAddresses}\n${fluflDisagree.join('\n')}`);

    expect(rows.filter(([l, a]) => l.kind === 'ordinary' && a.kind?.word === 'non-delivery').map(([l]) => l.file)).toEqual([]);
    const failedInNotice = rows.filter(([l, a]) => (l.kind === 'read-receipt' || l.kind === 'delay') && a.bounces.some((b) => b.action === 'failed'));
    expect(failedInNotice.map(([l]) => l.file)).toEqual([]);
    // New disagreements fail, and so do listed ones that no longer happen (stale).
    expect(disagreeKeys.filter((key) => !(key in FLUFL_DISAGREEMENTS))).toEqual([]);
    expect(Object.keys(FLUFL_DISAGREEMENTS).filter((key) => !disagreeKeys.includes(key))).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.99);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });
});
