// Every fixture case and sample, analysed over DNS-over-HTTPS against the
// local server: no question reaches the server twice in one analysis (the
// sender checks, SPF, DKIM and the DMARC records asked ahead all run at
// once now, and share one cache). Timing lives in npm run bench
// (test/bench/dns-critical-path.ts), never here.

import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { createDohSource } from '../../src/dns/doh.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { parseZoneFile } from '../../src/dns/zone.ts';
import type { DnsSource } from '../../src/dns/resolver.ts';
import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { startDohServer } from '../support/doh-server.ts';
import { listCaseFolders, readCase } from '../support/fixture-cases.ts';

interface Input {
  name: string;
  message: Uint8Array;
  zone: ZoneFile;
  now: string;
  envelope?: { ip?: string; helo?: string; mailFrom?: string } | undefined;
}

const SAMPLES = new URL('../../src/ui/samples/', import.meta.url).pathname;
const inputs: Input[] = [
  ...listCaseFolders(new URL('../cases/', import.meta.url).pathname).map((folder) => {
    const fixture = readCase(folder);
    return { name: fixture.name, message: fixture.message, zone: fixture.zone, now: fixture.now, envelope: fixture.smtp };
  }),
  ...readdirSync(SAMPLES)
    .filter((file) => file.endsWith('.eml'))
    .map((file) => {
      const id = file.slice(0, -'.eml'.length);
      const zone = parseZoneFile(JSON.parse(readFileSync(`${SAMPLES}${id}.zone.json`, 'utf8')));
      return { name: `sample ${id}`, message: readFileSync(`${SAMPLES}${file}`), zone, now: '2026-11-25T00:00:00Z' };
    }),
];

/** The questions that reached `source`, in order, as "TYPE name". */
async function questionsOf(input: Input, source: DnsSource, ask: (question: string) => void): Promise<void> {
  const session = createLookupSession(source);
  await analyze(input.message, { resolver: session.resolver, now: input.now, ...(input.envelope ? { envelope: input.envelope } : {}) });
  for (const entry of session.evidence()) ask(`${entry.type} ${entry.name}`);
}

describe('DNS questions of an analysis', () => {
  it('reach the DNS-over-HTTPS server once each, for every fixture case and sample', async () => {
    const server = await startDohServer();
    try {
      const duplicated: string[] = [];
      for (const input of inputs.filter((input) => !JSON.stringify(input.zone).includes('"TIMEOUT"'))) {
        server.setZone(input.zone);
        const before = server.requests.length;
        await questionsOf(input, createDohSource({ url: server.url, format: 'wire', fetch: globalThis.fetch }), () => undefined);
        const asked = server.requests.slice(before).map((request) => `${request.type} ${request.name?.toLowerCase()}`);
        const seen = new Set<string>();
        for (const question of asked) (seen.has(question) ? duplicated.push(`${input.name}: ${question}`) : seen.add(question));
      }
      expect(duplicated).toEqual([]);
      expect(server.requests.length).toBeGreaterThan(inputs.length);
    } finally {
      await server.close();
    }
  });
});
