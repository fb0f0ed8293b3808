// What the fuzzer mutates: the fixture messages (test/cases/*/message.eml
// with their zones), the corpus messages, and share links made from some
// fixture cases, unredacted and with every redaction switch on. The corpus
// is read from test/corpus/data/ when the repository holds it, else from
// the shared corpus folder; a machine without either fuzzes the fixtures
// alone and says so.

import { corpusRoot } from '../corpus/support/corpus-root.ts';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze.ts';
import { createShare } from '../../src/core/share/create-share.ts';
import { encodeShareFragment } from '../../src/core/share/share-link.ts';
import { REDACTION_SWITCHES } from '../../src/core/share/redaction-switches.ts';
import type { ShareState } from '../../src/core/share/share-state.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { parseZoneFile, type ZoneFile } from '../../src/dns/zone-file.ts';
import { listCaseFolders, OWN_CASES, readCase } from '../support/fixture-cases.ts';

/** The clock of every fuzz run: the fixtures' `now`. */
export const FUZZ_NOW = '2026-11-27T12:00:00Z';

export interface MessageSeed {
  name: string;
  bytes: Uint8Array;
  zone: ZoneFile;
  smtp: { ip?: string; helo?: string; mailFrom?: string };
}

export interface LinkSeed {
  name: string;
  state: ShareState;
  fragment: string;
}

export interface Seeds {
  fixtures: MessageSeed[];
  corpus: MessageSeed[];
  links: LinkSeed[];
  /** Where the corpus messages came from. */
  corpusSource: string;
}

// A corpus file larger than this is not a seed: the mutations make inputs
// of their own size, and the run measures parsers, not copying.
const MAX_SEED_BYTES = 1024 * 1024;
// The first line of a message: a header field, or an mbox "From " line (RFC 4155).
const MESSAGE_START = /^(?:[\x21-\x39\x3b-\x7e]{1,80}[ \t]*:|From )/;
const EMPTY_ZONE: ZoneFile = { records: {} };

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.isFile() ? [path] : [];
    });
}

/** A corpus case folder may carry its zone (the openspf cases do); a damaged one counts as none. */
function zoneBeside(file: string): ZoneFile {
  const path = join(file, '..', 'zone.json');
  if (!existsSync(path)) return EMPTY_ZONE;
  try {
    return parseZoneFile(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return EMPTY_ZONE;
  }
}

function corpusSeeds(root: string): MessageSeed[] {
  const seeds: MessageSeed[] = [];
  for (const path of walk(root)) {
    if (statSync(path).size > MAX_SEED_BYTES || /\.(json|ya?ml|md|pem|key|private)$/i.test(path)) continue;
    const bytes = new Uint8Array(readFileSync(path));
    if (!MESSAGE_START.test(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))) continue;
    seeds.push({ name: `corpus:${path.slice(root.length)}`, bytes, zone: zoneBeside(path), smtp: {} });
  }
  return seeds;
}

/** Every 14th fixture case as a link, unredacted and fully redacted: about two dozen links. */
async function linkSeeds(fixtures: { name: string; bytes: Uint8Array; zone: ZoneFile; smtp: MessageSeed['smtp'] }[]): Promise<LinkSeed[]> {
  const links: LinkSeed[] = [];
  for (const fixture of fixtures.filter((_, i) => i % 14 === 0)) {
    const session = createLookupSession(createZoneSource(fixture.zone));
    const analysis = await analyze(fixture.bytes, { resolver: session.resolver, now: FUZZ_NOW, envelope: fixture.smtp });
    for (const redact of [[], REDACTION_SWITCHES]) {
      const { state } = createShare({ message: fixture.bytes, now: FUZZ_NOW, envelope: fixture.smtp, snapshot: session.snapshot(), analysis, redact });
      links.push({ name: `link:${fixture.name}${redact.length ? ':redacted' : ''}`, state, fragment: await encodeShareFragment(state) });
    }
  }
  return links;
}

export async function loadSeeds(): Promise<Seeds> {
  const fixtures = listCaseFolders(OWN_CASES).map((folder) => {
    const fixture = readCase(folder);
    return { name: `case:${fixture.name}`, bytes: fixture.message, zone: fixture.zone, smtp: fixture.smtp ?? {} };
  });
  // The corpora are part of the repository (corpus-root.ts fails when they are missing).
  const root = corpusRoot();
  const corpus = corpusSeeds(root);
  return {
    fixtures,
    corpus,
    links: await linkSeeds(fixtures),
    corpusSource: `${corpus.length} messages from ${root}`,
  };
}
