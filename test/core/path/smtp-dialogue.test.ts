// The conversation rebuilt for each step: over the samples and the hop
// fixture cases, AUTH for an authenticated hop, STARTTLS exactly where the
// field says TLS, LHLO for LMTP, the hop's own id and recipient where the
// field gives them; 450 4.7.1 and the retry where greylisting was found;
// POP3 and IMAP commands for retrieval.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis.ts';
import { analyze } from '../../../src/core/analyze.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { listCaseFolders, OWN_CASES, readCase } from '../../support/fixture-cases.ts';

async function analyseCase(name: string): Promise<Analysis> {
  const fixture = readCase(join(OWN_CASES, name));
  const lookups = createLookupSession(createZoneSource(fixture.zone));
  return analyze(fixture.message, { resolver: lookups.resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
}

const hopCases = listCaseFolders(OWN_CASES)
  .map((folder) => folder.split('/').pop()!)
  .filter((name) => /^(?:sample|hops)-/.test(name));

describe('the SMTP dialogue of every recorded hop', () => {
  it.each(hopCases)('%s', async (name) => {
    const analysis = await analyseCase(name);
    for (const edge of analysis.route!.edges) {
      const hop = analysis.hops.find((h) => h.number === edge.hop);
      if (!hop) continue;
      const said = edge.dialogue.filter((line) => line.speaker === 'client').map((line) => line.text);
      const word = hop.with ?? '';
      if (hop.role === 'retrieval') {
        expect(said.some((text) => /^(?:RETR 1|a4 FETCH 1 BODY\[\])$/.test(text)), `hop ${hop.number}`).toBe(true);
        continue;
      }
      if (/^(?:mapi|https?|local)$/i.test(word)) {
        expect(edge.dialogue, `hop ${hop.number} ${word}`).toEqual([]);
        continue;
      }
      expect(said.includes('STARTTLS'), `hop ${hop.number}: STARTTLS iff TLS`).toBe(hop.tls === true);
      if (/SA$/i.test(word) || hop.auth) expect(said, `hop ${hop.number}`).toContain('AUTH PLAIN …');
      if (/LMTP/i.test(word)) expect(said[0], `hop ${hop.number}`).toMatch(/^LHLO /);
      if (hop.for) expect(said).toContain(`RCPT TO:<${hop.for}>`);
      if (hop.id) expect(edge.dialogue.map((line) => line.text)).toContain(`250 2.0.0 Ok: queued as ${hop.id}`);
      for (const line of edge.dialogue) if (line.source) expect(line.source.de, line.text).not.toBe(line.source.en);
    }
  });
});

describe('the special conversations', () => {
  it('the greylisted hop is refused with 450 4.7.1 and retried after the delay', async () => {
    const route = (await analyseCase('sample-greylisting')).route!;
    const lines = route.edges.find((edge) => edge.hop === 2)!.dialogue.map((line) => `${line.speaker} ${line.text}`);
    const refused = lines.indexOf('server 450 4.7.1 Recipient address rejected: Greylisted, try again later');
    expect(refused).toBeGreaterThan(0);
    expect(lines.slice(refused + 1, refused + 4)).toEqual(['client QUIT', 'pause … 21 min …', 'server 220 mx.example.com ESMTP']);
    expect(lines.filter((line) => line === 'client MAIL FROM:<rechnung@mueller-haustechnik.example>')).toHaveLength(2);
    expect(lines[lines.length - 3]).toBe('server 250 2.0.0 Ok: queued as 4YhQ1n2K8Rz4wGx');
  });

  it('the unrecorded retrieval is IMAP with IDLE: the server tells the program at once', async () => {
    const route = (await analyseCase('sample-normal')).route!;
    const retrieval = route.edges.find((edge) => edge.step === 'retrieval')!;
    expect(retrieval.hop).toBeNull();
    expect(retrieval.dialogue.map((line) => line.text)).toEqual(expect.arrayContaining(['a3 IDLE', '* 1 EXISTS', 'a4 FETCH 1 BODY[]']));
    expect(route.edges.find((edge) => edge.step === 'store')!.dialogue).toEqual([]);
  });

  it('fetchmail over POP3 pulls with RETR', async () => {
    const route = (await analyseCase('hops-fetchmail-pop3-spf')).route!;
    expect(route.edges.find((edge) => edge.hop === 2)!.dialogue.filter((line) => line.speaker === 'client').map((line) => line.text)).toEqual(['USER …', 'PASS …', 'STAT', 'RETR 1', 'QUIT']);
  });
});
