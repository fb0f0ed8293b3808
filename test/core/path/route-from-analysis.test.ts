// The mail path built in core: the facts issue 14 found wrong, the whole
// path with its roles, organisations and check points for the samples and
// the hop fixture cases, and the invariants over every real chain of the
// received-chains corpus.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/analysis.ts';
import { analyze } from '../../../src/core/analyze.ts';
import { readReceivedChain } from '../../../src/core/hops/received-chain.ts';
import { prepareMessage } from '../../../src/core/message/prepare-message.ts';
import { routeFromAnalysis } from '../../../src/core/path/route-from-analysis.ts';
import { ROUTE_LEGEND } from '../../../src/core/path/route-legend.ts';
import type { MailRoute } from '../../../src/core/path/mail-route.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { listCaseFolders, OWN_CASES, readCase } from '../../support/fixture-cases.ts';
import { corpusFile, corpusFolder } from '../../corpus/support/corpus-root.ts';
import { routeViolations } from './route-invariants.ts';

async function analyseCase(name: string): Promise<Analysis> {
  const fixture = readCase(join(OWN_CASES, name));
  const lookups = createLookupSession(createZoneSource(fixture.zone));
  return analyze(fixture.message, { resolver: lookups.resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
}

const hostsOf = (route: MailRoute) => route.nodes.map((n) => n.host);
const nodeNamed = (route: MailRoute, host: string) => route.nodes.find((n) => n.host === host)!;
const rolesOf = (route: MailRoute) => route.nodes.map((n) => n.roles.join('+'));

describe('the facts issue 14 found wrong', () => {
  it('never narrates a hop that does not state TLS as unencrypted (MAPI: unknown)', async () => {
    const route = (await analyseCase('sample-office365')).route!;
    const mapi = route.edges.find((e) => e.hop === 1)!;
    expect(mapi.tls).toBe('unknown');
    expect(mapi.narration.en).toContain('does not say whether the connection was encrypted');
    expect(mapi.narration.de).toContain('sagt nicht, ob die Verbindung verschlüsselt war');
    const lmtp = (await analyseCase('sample-normal')).route!.edges.find((e) => e.protocol === 'LMTP')!;
    expect(lmtp.tls).toBe('not-encrypted');
  });

  it('draws the fetchmail host as MRA and the POP3 server as the mailbox host, not as an MTA', async () => {
    const route = (await analyseCase('hops-fetchmail-pop3-spf')).route!;
    expect(nodeNamed(route, 'pop.example.com').roles).toEqual(['MX', 'MDA']);
    expect(nodeNamed(route, 'laptop.example.org').roles).toEqual(['MRA']);
    expect(rolesOf(route)).toEqual(['MUA', 'MTA', 'MX+MDA', 'mailbox', 'MRA', 'MUA']);
    expect(route.edges.find((e) => e.hop === 2)!.step).toBe('retrieval');
  });

  it('draws a host once, with its content filter as a loop, not as a second node', async () => {
    const route = (await analyseCase('sample-normal')).route!;
    expect(hostsOf(route).filter((h) => h === 'mail.example.com')).toHaveLength(1);
    expect(hostsOf(route)).not.toContain('localhost');
    const msa = nodeNamed(route, 'mail.example.com');
    expect(msa.loops).toEqual([expect.objectContaining({ hops: [2, 3], filter: 'amavisd-new, port 10026' })]);
    expect(msa.roles).toEqual(['MSA', 'filter']);
  });

  it('names the MAPI program Outlook, never the Exchange server', async () => {
    for (const name of ['sample-office365', 'hops-exchange-onprem-mapi']) {
      const analysis = await analyseCase(name);
      const program = analysis.route!.nodes[0]!;
      expect(program.roles).toEqual(['MUA']);
      expect(program.host).toBeNull();
      expect(program.label.en).toBe('Outlook (MAPI)');
      expect(analysis.route!.nodes[1]!.host).toBe(analysis.hops[0]!.by);
    }
  });
});

describe('the whole path with roles', () => {
  it('walks the normal sample from the sender’s program to the reader’s', async () => {
    const route = (await analyseCase('sample-normal')).route!;
    expect(rolesOf(route)).toEqual(['MUA', 'MSA+filter', 'MX', 'MDA', 'mailbox', 'MRA', 'MUA']);
    expect(route.nodes.map((n) => n.inferred !== null)).toEqual([false, false, false, false, true, true, true]);
    expect(route.edges.map((e) => e.step)).toEqual(['submission', 'relay', 'delivery', 'store', 'retrieval', 'reading']);
    expect(route.edges[4]!.protocol).toBe('IMAP/POP3');
    expect(route.edges[4]!.narration.en).toMatch(/IDLE.*push.*POP3.*pull/);
  });

  it('draws the sender’s program as inferred where no field records it', async () => {
    const route = (await analyseCase('hops-fetchmail-imap-local')).route!;
    expect(route.nodes[0]!.inferred?.en).toMatch(/No Received field records the sender’s program/);
    expect(route.edges[0]!.step).toBe('not-recorded');
    // fetchmail handed to localhost, which the next field names: one MRA node with the local re-injection as its loop.
    expect(nodeNamed(route, 'laptop.example.org').roles).toEqual(['MRA']);
    expect(nodeNamed(route, 'laptop.example.org').loops.map((l) => l.hops)).toEqual([[3]]);
  });

  it('draws a program on the server itself as inferred (created here)', async () => {
    const route = (await analyseCase('sample-bounce')).route!;
    expect(route.nodes[0]!.host).toBeNull();
    expect(route.nodes[0]!.inferred?.en).toContain('RFC 5321 §4.4');
    expect(route.edges[0]!.hop).toBe(1);
    expect(route.edges[0]!.narration.de).toMatch(/^Station 1: Ein Programm auf dem Server hat die Nachricht bei mail\.example\.com eingeliefert/);
  });

  it('has a legend entry in English and German for every role and both line styles', () => {
    const keys = ROUTE_LEGEND.map((entry) => entry.key);
    expect(keys).toEqual(['MUA', 'MSA', 'MTA', 'MX', 'filter', 'MDA', 'mailbox', 'MRA', 'unknown', 'inferred', 'boundary']);
    for (const entry of ROUTE_LEGEND) {
      expect(entry.sentence.en).toMatch(/\.$/);
      expect(entry.sentence.de).toMatch(/\.$/);
      expect(entry.sentence.de).not.toBe(entry.sentence.en);
    }
  });
});

describe('organisations, trust boundary and check points', () => {
  it('puts the mailing list between sender and receiver, and the checks where they happened', async () => {
    const route = (await analyseCase('sample-mailing-list')).route!;
    expect(route.organisations.map((o) => [o.side, o.domain, o.first, o.last])).toEqual([
      ['sender', 'example.com', 0, 1],
      ['intermediary', 'example.org', 2, 2],
      ['receiver', 'example.net', 3, 7],
    ]);
    expect(route.boundaryBefore).toBe(3);
    const at = (kind: string) => route.checkpoints.filter((c) => c.kind === kind).map((c) => [route.nodes[c.node]!.host, c.short.en]);
    expect(at('dkim-signed')).toEqual([
      ['lists.example.org', 'DKIM lists.example.org: pass'],
      ['mail.example.com', 'DKIM example.com: fail'],
    ]);
    expect(at('arc-sealed')).toEqual([['lists.example.org', 'ARC i=1 lists.example.org']]);
    expect(at('spf-checked')).toEqual([['mx.example.net', 'SPF: pass']]);
    expect(at('body-changed')).toEqual([['lists.example.org', 'body changed']]);
    expect(route.checkpoints.find((c) => c.kind === 'spf-checked')!.text.en).toContain('MAIL FROM team-bounces@lists.example.org');
  });

  it('marks greylisting and the clock that is wrong', async () => {
    const route = (await analyseCase('sample-greylisting')).route!;
    const at = (kind: string) => route.checkpoints.filter((c) => c.kind === kind).map((c) => [route.nodes[c.node]!.host, c.short.en]);
    expect(at('greylisted')).toEqual([['mx.example.com', 'greylisting 21 min']]);
    expect(at('clock-skew')).toEqual([['mx.example.com', 'clock −5 min']]);
  });

  it('places a provider’s signature for its customer at the last sending host, saying it is inferred', async () => {
    const route = (await analyseCase('sample-office365')).route!;
    const dkim = route.checkpoints.find((c) => c.kind === 'dkim-signed')!;
    expect(dkim.inferredPlace).toBe(true);
    expect(route.nodes[dkim.node]!.host).toBe('mail-db8eur05on2070b.outbound.protection.outlook.com');
    expect(route.checkpoints.filter((c) => c.kind === 'arc-sealed').map((c) => route.nodes[c.node]!.host)).toEqual(['mail-db8eur05on2070b.outbound.protection.outlook.com', 'mx.google.com']);
  });
});

describe('invariants', () => {
  const hopCases = listCaseFolders(OWN_CASES)
    .map((folder) => folder.split('/').pop()!)
    .filter((name) => /^(?:sample|hops|inferred|headers-spf)-/.test(name));

  it.each(hopCases)('%s', async (name) => {
    const analysis = await analyseCase(name);
    expect(routeViolations(analysis.route!, analysis.hops)).toEqual([]);
  });

  it('hold for every chain of the received-chains corpus', () => {
    const root = corpusFolder('received-chains');
    const relays = JSON.parse(readFileSync(corpusFile(root, 'relays.json'), 'utf8')) as { messages: Record<string, unknown> };
    const files = Object.keys(relays.messages).sort();
    expect(files.length).toBe(123);
    const failures: string[] = [];
    let drawn = 0;
    for (const file of files) {
      const prepared = prepareMessage(new Uint8Array(readFileSync(join(root, file))));
      const chain = readReceivedChain(prepared.fields, { now: new Date('2026-11-27T12:00:00Z') });
      const route = routeFromAnalysis({ hops: chain.hops, path: chain.path, dkim: [], arc: null, spf: null, envelope: null });
      if (chain.hops.length === 0) {
        expect(route).toBeNull();
        continue;
      }
      drawn += 1;
      failures.push(...routeViolations(route!, chain.hops).map((v) => `${file}: ${v}`));
    }
    expect(failures).toEqual([]);
    expect(drawn).toBeGreaterThan(100);
  });
});
