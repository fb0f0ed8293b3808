// The sample bounces of the Sisimai project (test/corpus/data/sisimai-set-of-emails):
// 612 bounces from 72 decoders (MTAs, providers, RFC 3464, ARF, RFC 3834),
// with the reason, status and recipient Sisimai gives for each record.
// Every message goes through the whole pipeline (analyze) with an empty
// zone, as a pasted bounce would offline; `bounces[]` is compared record by
// record (support/sisimai-expectation.ts says how).
//
// Also: the CRLF (dos/) and CR (mac/) copies must give exactly the bounces
// of their LF originals, and the two messages that are not bounces none.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis, BounceRecipient } from '../../src/core/analysis.ts';
import { corpusFile, corpusFolder } from './support/corpus-root.ts';
import { CorpusReport, mapLimit, type CaseOutcome } from './support/corpus-report.ts';
import { replay } from './support/replay.ts';
import {
  expectedWords,
  gotWords,
  reasonAgrees,
  recipientAgrees,
  statusAgrees,
  type SisimaiCorpus,
  type SisimaiRecord,
} from './support/sisimai-expectation.ts';
import { KNOWN } from './sisimai-set-of-emails.known.ts';

// Bounces carry no signatures that expire; any fixed clock will do.
const NOW = '2026-01-01T00:00:00Z';
const EMPTY_ZONE = { records: {} };

const pct = (n: number, of: number) => `${n}/${of} (${((n / of) * 100).toFixed(1)}%)`;

interface Tally {
  reason: number;
  status: number;
  recipient: number;
  recipientCompared: number;
  records: number;
}

function recordOutcome(record: SisimaiRecord, got: BounceRecipient | undefined, tally: Tally): CaseOutcome {
  const differences: string[] = [];
  const reason = reasonAgrees(record, got);
  const status = statusAgrees(record, got);
  const recipient = recipientAgrees(record, got);
  tally.records++;
  if (reason) tally.reason++;
  else differences.push(`reason: expected ${record.reason}, got ${got?.reason ?? 'no record'}`);
  if (status) tally.status++;
  else differences.push(`status: expected ${record.status || '(none)'}, got ${got?.status ?? 'null'}`);
  if (recipient !== null) {
    tally.recipientCompared++;
    if (recipient) tally.recipient++;
    else differences.push(`recipient: expected ${record.recipient}, got ${got?.recipient ?? 'null'}`);
  }
  return {
    suite: 'bounces',
    id: `${record.file.replace('maildir/', '')}#${record.index}`,
    expected: expectedWords(record),
    got: gotWords(got),
    differences,
    diagnosis: got ? `${got.evidence}${got.diagnosticCode ? ` | ${got.diagnosticCode.slice(0, 140)}` : ''}` : 'the message gave fewer bounce records',
  };
}

function bounceWords(analysis: Analysis): string {
  return JSON.stringify((analysis.bounceReport?.recipients ?? []).map((b) => [b.recipient, b.status, b.reason, b.replyCode, b.command, b.remoteMta, b.diagnosticCode]));
}

describe('Sisimai set of emails', () => {
  it('agrees with Sisimai on reason, status and recipient, except for the known disagreements', { timeout: 240_000 }, async () => {
    const root = corpusFolder('sisimai-set-of-emails');
    const corpus = JSON.parse(readFileSync(corpusFile(root, 'expected.json'), 'utf8')) as SisimaiCorpus;
    expect(corpus.bounces.length).toBe(649);
    const byFile = new Map<string, SisimaiRecord[]>();
    for (const record of corpus.bounces) byFile.set(record.file, [...(byFile.get(record.file) ?? []), record]);
    const files = [...new Set([...byFile.keys(), ...Object.values(corpus.lineEndingVariants), ...corpus.withoutExpectation])];
    const analyses = new Map<string, Analysis>();
    await mapLimit(files, 4, async (file) => {
      analyses.set(file, await replay(new Uint8Array(readFileSync(corpusFile(root, file))), EMPTY_ZONE, { now: NOW }));
    });

    const report = new CorpusReport('sisimai', KNOWN);
    const tally: Tally = { reason: 0, status: 0, recipient: 0, recipientCompared: 0, records: 0 };
    for (const [file, records] of byFile) {
      // Sisimai lists every recipient of a report, deliveries and complaints too: compare with all of them.
      const bounces = analyses.get(file)!.bounceReport?.recipients ?? [];
      for (const record of records) report.add(recordOutcome(record, bounces[record.index - 1], tally));
    }
    for (const file of corpus.withoutExpectation) {
      const analysis = analyses.get(file)!;
      report.add({
        suite: 'bounces', id: file.replace('maildir/', ''), expected: '', got: (analysis.bounceReport?.recipients ?? []).map((b) => gotWords(b)).join(', '), differences: [],
        diagnosis: '', excluded: { kind: 'no-expectation', reason: 'the corpus has no expectation for this sample (README)' },
      });
    }

    for (const [variant, original] of Object.entries(corpus.lineEndingVariants)) {
      const ours = bounceWords(await replay(new Uint8Array(readFileSync(corpusFile(root, variant))), EMPTY_ZONE, { now: NOW }));
      const theirs = bounceWords(analyses.get(original)!);
      report.add({
        suite: 'line-endings', id: variant.replace('maildir/', ''), expected: `the bounces of ${original.replace('maildir/', '')}`,
        got: ours === theirs ? 'the same bounces' : ours, differences: ours === theirs ? [] : [`differs from ${original}: ${theirs}`], diagnosis: '',
      });
    }
    for (const file of corpus.notBounces) {
      const analysis = await replay(new Uint8Array(readFileSync(corpusFile(root, file))), EMPTY_ZONE, { now: NOW });
      const none = analysis.bounce === null && analysis.bounces.length === 0 && analysis.bounceReport === null;
      report.add({
        suite: 'not-bounces', id: file.replace('maildir/', ''), expected: 'no bounce', got: none ? 'no bounce' : analysis.bounces.map((b) => gotWords(b)).join(', '),
        differences: none ? [] : ['read as a bounce'], diagnosis: analysis.bounceReport?.because.join('; ') ?? '',
      });
    }

    report.note(`reason agrees ${pct(tally.reason, tally.records)}, status ${pct(tally.status, tally.records)}, recipient ${pct(tally.recipient, tally.recipientCompared)}`);
    console.log(report.summary());
    report.write();
    expect(report.unexpected()).toEqual([]);
    expect(report.stale()).toEqual([]);
    expect(tally.reason / tally.records).toBeGreaterThanOrEqual(0.95);
    expect(tally.status / tally.records).toBeGreaterThanOrEqual(0.95);
    expect(tally.recipient / tally.recipientCompared).toBeGreaterThanOrEqual(0.98);
  });
});
