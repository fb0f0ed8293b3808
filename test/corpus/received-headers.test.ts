// SpamAssassin's 145 Received lines (t/rcvd_parser.t) and Microsoft MHA's
// chains, single fields and date forms, read by our Received parser.
// SpamAssassin gives, per line, the relay it extracts (ip, reverse name,
// HELO, by) or that it skips the line; MHA gives its from/by/with/id/for/
// via, the time and the delay. Every disagreement is listed with its
// reason in the .known.ts table; a new one or a stale entry fails the run.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Hop } from '../../src/core/analysis.ts';
import { readReceivedChain } from '../../src/core/hops/received-chain.ts';
import { readHeaderBlock } from '../../src/core/message/header-block.ts';
import type { RawField } from '../../src/core/message/header-block.ts';
import { corpusFile, corpusFolder } from './support/corpus-root.ts';
import { CorpusReport, type CaseOutcome } from './support/corpus-report.ts';
import { COMPARED_FIELDS, fieldDifferences, formatRelay, normalise, relayOf, type SpamAssassinRelay } from './support/spamassassin-relays.ts';
import { KNOWN } from './received-headers.known.ts';

const NOW = new Date('2026-11-27T12:00:00Z');

interface SpamAssassinCase {
  received: string;
  ignored?: boolean;
  relay?: SpamAssassinRelay;
}

function hopsOf(fields: RawField[]): Hop[] {
  return readReceivedChain(fields, { now: NOW }).hops;
}

function singleField(value: string): RawField[] {
  return [{ name: 'Received', value, raw: `Received: ${value}`, line: 1 }];
}

function fieldsOfHeaders(headers: string[]): RawField[] {
  const text = `${headers.map((h) => h.replace(/\r?\n/g, '\r\n')).join('\r\n')}\r\n\r\n`;
  return readHeaderBlock(new TextEncoder().encode(text)).fields;
}

const counts = Object.fromEntries(COMPARED_FIELDS.map((f) => [f, 0])) as Record<(typeof COMPARED_FIELDS)[number], number>;

function spamAssassinOutcome(index: number, entry: SpamAssassinCase): CaseOutcome {
  const hop = hopsOf(singleField(entry.received))[0]!;
  const id = `${String(index + 1).padStart(3, '0')} ${entry.received.slice(0, 60)}`;
  const diagnosis = `role ${hop.role}; unparsed ${JSON.stringify(hop.unparsed)}; notes: ${hop.notes.map((n) => n.en).join(' | ')}`;
  const skipped = hop.ip === null || hop.role === 'retrieval';
  if (entry.ignored) {
    return { suite: 'spamassassin', id, expected: 'not a relay', got: skipped ? 'not a relay' : `relay ${formatRelay(relayOf(hop))} (${hop.role})`, differences: skipped ? [] : ['SpamAssassin skips this line; we read a client address from it'], diagnosis };
  }
  const theirs = normalise(entry.relay!);
  const ours = relayOf(hop);
  for (const field of COMPARED_FIELDS) if (ours[field] === theirs[field]) counts[field]++;
  return { suite: 'spamassassin', id, expected: formatRelay(theirs), got: formatRelay(ours), differences: fieldDifferences(ours, theirs), diagnosis };
}

interface MhaRow {
  hop?: number;
  from?: string;
  by?: string;
  with?: string;
  id?: string;
  for?: string;
  via?: string;
  dateNum?: number;
  delaySort: number;
}

const firstWord = (text: string | undefined) => (text === undefined ? '' : text.trim().split(/\s+/)[0]!);
const withoutComment = (text: string | undefined) => (text === undefined ? '' : text.replace(/\s*\(.*$/s, '').trim());
const withoutAngles = (text: string | undefined) => (text ?? '').replace(/^<|>$/g, '');

function mhaDifferences(hop: Hop | undefined, row: MhaRow): { got: string; expected: string; differences: string[] } {
  const ours = {
    from: hop?.from ?? '',
    by: hop?.by ?? '',
    with: hop?.with ?? '',
    id: hop?.id ?? '',
    for: hop?.for ?? '',
    via: hop?.via ?? '',
    time: hop?.time ? String(Date.parse(hop.time)) : '',
    delay: hop?.delaySeconds === null || hop?.delaySeconds === undefined ? '-1' : String(Math.round(hop.delaySeconds * 1000)),
  };
  const theirs = {
    from: firstWord(row.from),
    by: firstWord(row.by),
    with: withoutComment(row.with),
    id: row.id ?? '',
    for: withoutAngles(row.for),
    via: row.via ?? '',
    time: row.dateNum === undefined ? '' : String(row.dateNum),
    delay: String(row.delaySort),
  };
  const keys = Object.keys(ours) as (keyof typeof ours)[];
  const show = (values: typeof ours) => keys.map((k) => `${k}=${values[k]}`).join(' ');
  return { got: show(ours), expected: show(theirs), differences: keys.filter((k) => ours[k] !== theirs[k]).map((k) => `${k}: MHA "${theirs[k]}", we "${ours[k]}"`) };
}

describe('Received headers corpus (SpamAssassin rcvd_parser, MHA)', () => {
  it('agrees with SpamAssassin and MHA, except for the known disagreements', () => {
    const root = corpusFolder('received-headers');
    const report = new CorpusReport('received-headers', KNOWN);

    const spamAssassin = JSON.parse(readFileSync(corpusFile(root, 'spamassassin-rcvd-parser.json'), 'utf8')) as { cases: SpamAssassinCase[] };
    expect(spamAssassin.cases.length).toBe(145);
    spamAssassin.cases.forEach((entry, index) => report.add(spamAssassinOutcome(index, entry)));
    const relays = spamAssassin.cases.filter((c) => c.relay).length;
    const fieldAgree = Object.values(counts).reduce((a, b) => a + b, 0);
    report.note(`SpamAssassin, per field over ${relays} relay lines: ${COMPARED_FIELDS.map((f) => `${f} ${counts[f]}/${relays}`).join(', ')}; together ${fieldAgree}/${relays * COMPARED_FIELDS.length} (${((100 * fieldAgree) / (relays * COMPARED_FIELDS.length)).toFixed(1)}%)`);
    const relayLines = report.outcomes.filter((o) => o.suite === 'spamassassin' && o.expected !== 'not a relay');
    const relayAgree = relayLines.filter((o) => o.differences.length === 0).length;
    report.note(`SpamAssassin, whole relay lines (ip, reverse name, HELO and by all equal): ${relayAgree}/${relays} (${((100 * relayAgree) / relays).toFixed(1)}%)`);

    const mha = JSON.parse(readFileSync(corpusFile(root, 'mha-received.json'), 'utf8')) as {
      chains: { title: string; headers: string[]; rows: MhaRow[] }[];
      singles: { header: string | null; expected: MhaRow }[];
      dates: { name: string; header: string; dateNum: number; hasZone: boolean }[];
    };
    mha.chains.forEach((chain, c) => {
      const hops = hopsOf(fieldsOfHeaders(chain.headers));
      expect(hops.length, chain.title).toBe(chain.rows.length);
      chain.rows.forEach((row, r) => report.add({ suite: 'mha chains', id: `chain ${c + 1} hop ${r + 1}`, ...mhaDifferences(hops[r], row), diagnosis: hops[r]?.roleReason.en ?? '' }));
    });
    mha.singles.forEach((single, s) => {
      const value = (single.header ?? '').replace(/^Received:\s*/i, '');
      const hop = hopsOf(singleField(value))[0];
      report.add({ suite: 'mha singles', id: `single ${s + 1} ${JSON.stringify(single.header)?.slice(0, 50)}`, ...mhaDifferences(hop, { ...single.expected, delaySort: -1 }), diagnosis: hop ? `unparsed ${JSON.stringify(hop.unparsed)}; ${hop.notes.map((n) => n.en).join(' | ')}` : 'no hop' });
    });
    mha.dates.forEach((date) => {
      const hop = hopsOf(singleField(date.header.replace(/^Received:\s*/i, '')))[0]!;
      const got = `time=${hop.time ? Date.parse(hop.time) : ''} zone=${hop.zoneAssumed ? 'assumed' : 'given'}`;
      const expected = `time=${date.dateNum} zone=${date.hasZone ? 'given' : 'assumed'}`;
      report.add({ suite: 'mha dates', id: date.name, expected, got, differences: got === expected ? [] : [`MHA ${expected}, we ${got}`], diagnosis: hop.notes.map((n) => n.en).join(' | ') });
    });

    console.log(report.summary());
    report.write();
    expect(report.unexpected()).toEqual([]);
    expect(report.stale()).toEqual([]);
  });
});
