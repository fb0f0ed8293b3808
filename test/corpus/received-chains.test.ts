// The 123 raw messages of test/corpus/data/received-chains: every one must
// be read without error, with one hop per Received field; then the relays
// SpamAssassin 4.0.1 read from each chain (relays.json: one independent
// reading, not ground truth) are compared with ours, field by field.
// Every disagreement is listed with its reason in the .known.ts table.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Hop } from '../../src/core/analysis.ts';
import { readReceivedChain } from '../../src/core/hops/received-chain.ts';
import { prepareMessage } from '../../src/core/message/prepare-message.ts';
import { corpusFile, corpusFolder } from './support/corpus-root.ts';
import { CorpusReport } from './support/corpus-report.ts';
import { COMPARED_FIELDS, fieldDifferences, formatRelay, normalise, relayOf, relayView, type SpamAssassinRelay } from './support/spamassassin-relays.ts';
import { KNOWN } from './received-chains.known.ts';

const NOW = new Date('2026-11-27T12:00:00Z');

interface RelaysFile {
  messages: Record<string, { receivedHeaders: number; spamassassinRelays: SpamAssassinRelay[] }>;
}

function compareRelays(ours: Hop[], theirs: SpamAssassinRelay[]): string[] {
  const differences: string[] = [];
  const length = Math.max(ours.length, theirs.length);
  for (let i = 0; i < length; i++) {
    const hop = ours[i];
    const relay = theirs[i];
    if (!hop) differences.push(`relay ${i + 1}: SpamAssassin ${formatRelay(normalise(relay!))}, we have none`);
    else if (!relay) differences.push(`relay ${i + 1}: we read ${formatRelay(relayOf(hop))} (hop ${hop.number}, ${hop.role}), SpamAssassin has none`);
    else differences.push(...fieldDifferences(relayOf(hop), normalise(relay), [...COMPARED_FIELDS, 'id']).map((d) => `relay ${i + 1} ${d}`));
  }
  return differences;
}

describe('Received chains corpus (123 messages, SpamAssassin 4.0.1 relays)', () => {
  it('reads every message and agrees with SpamAssassin, except for the known disagreements', () => {
    const root = corpusFolder('received-chains');
    const relays = JSON.parse(readFileSync(corpusFile(root, 'relays.json'), 'utf8')) as RelaysFile;
    const files = Object.keys(relays.messages).sort();
    expect(files.length).toBe(123);
    const report = new CorpusReport('received-chains', KNOWN);
    let fields = 0;
    let hops = 0;
    let withUnparsed = 0;
    let timed = 0;
    let relayFields = 0;
    let relayFieldsAgree = 0;
    const roles = new Map<string, number>();

    for (const file of files) {
      const expected = relays.messages[file]!;
      const prepared = prepareMessage(new Uint8Array(readFileSync(join(root, file))));
      const chain = readReceivedChain(prepared.fields, { now: NOW });
      expect(chain.hops.length, `${file}: one hop per Received field`).toBe(expected.receivedHeaders);
      fields += expected.receivedHeaders;
      hops += chain.hops.length;
      withUnparsed += chain.hops.filter((h) => h.unparsed.length > 0).length;
      timed += chain.hops.filter((h) => h.time !== null).length;
      for (const hop of chain.hops) roles.set(hop.role, (roles.get(hop.role) ?? 0) + 1);

      const ours = relayView(chain.hops);
      const theirs = expected.spamassassinRelays;
      ours.slice(0, theirs.length).forEach((hop, i) => {
        const a = relayOf(hop);
        const b = normalise(theirs[i]!);
        relayFields += COMPARED_FIELDS.length;
        relayFieldsAgree += COMPARED_FIELDS.filter((f) => a[f] === b[f]).length;
      });
      report.add({
        suite: 'relays',
        id: file,
        expected: theirs.map((r) => formatRelay(normalise(r))).join(' | '),
        got: ours.map((h) => formatRelay(relayOf(h))).join(' | '),
        differences: compareRelays(ours, theirs),
        diagnosis: `boundary hop ${chain.path.boundary.hop ?? 'none'}, SPF hop ${chain.path.envelopeHop.hop ?? 'none'}; roles ${chain.hops.map((h) => h.role).join(',')}`,
      });
    }
    report.note(`read without error: ${files.length}/${files.length} messages, ${hops}/${fields} Received fields as hops; ${timed} with a time; ${withUnparsed} with a part kept as not understood`);
    report.note(`roles: ${[...roles.entries()].sort().map(([r, n]) => `${r} ${n}`).join(', ')}`);
    report.note(`relay fields (ip, reverse name, HELO, by) where both list the relay: ${relayFieldsAgree}/${relayFields} (${((100 * relayFieldsAgree) / relayFields).toFixed(1)}%)`);
    console.log(report.summary());
    report.write();
    expect(report.unexpected()).toEqual([]);
    expect(report.stale()).toEqual([]);
  });
});
