// Shared by the share tests: analyse a message the way the page does (a
// recording DNS session over a zone), and list the realistic messages the
// redaction is measured on.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze.ts';
import type { Analysis } from '../../../src/core/analysis.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';
import type { DnsEvidence } from '../../../src/dns/recorder.ts';
import { OWN_CASES, listCaseFolders, readCase } from '../../support/fixture-cases.ts';
import { corpusFolder } from '../../corpus/support/corpus-root.ts';

export interface Analysed {
  analysis: Analysis;
  snapshot: ZoneFile;
  evidence: DnsEvidence[];
}

export async function analyseWithZone(message: Uint8Array, zone: ZoneFile, now: string, envelope?: { ip?: string; helo?: string; mailFrom?: string }, hop?: number | null): Promise<Analysed> {
  const session = createLookupSession(createZoneSource(zone));
  const analysis = await analyze(message, { resolver: session.resolver, now, envelope: envelope ?? {}, envelopeHop: hop ?? undefined });
  return { analysis, snapshot: session.snapshot(), evidence: session.evidence() };
}

export interface SampleMessage {
  name: string;
  message: Uint8Array;
  zone: ZoneFile;
  now: string;
  envelope: { ip?: string; helo?: string; mailFrom?: string } | undefined;
}

export function fixtureSamples(): SampleMessage[] {
  return listCaseFolders(OWN_CASES).map((folder) => {
    const fixture = readCase(folder);
    return { name: `case ${fixture.name}`, message: fixture.message, zone: fixture.zone, now: fixture.now, envelope: fixture.smtp };
  });
}

function listMessages(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return listMessages(path);
    return /^(LICENSE|NOTICE)|\.json$|\.md$/.test(name) ? [] : [path];
  });
}

/** The received-chains corpus (SpamAssassin, rspamd, mailauth, postal-mime, mailparser, SpamScope messages); a missing corpus fails. */
export function corpusSamples(): SampleMessage[] {
  const root = corpusFolder('received-chains');
  return listMessages(root)
    .sort()
    .map((path) => ({ name: `corpus ${path.slice(root.length)}`, message: new Uint8Array(readFileSync(path)), zone: { records: {} }, now: '2026-11-27T12:00:00Z', envelope: undefined }));
}
