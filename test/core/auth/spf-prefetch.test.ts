// SPF's questions asked ahead (src/core/auth/spf-prefetch.ts): the same
// verdicts and the same evidence as without, for every fixture case and
// the OpenSPF RFC suites; the counts it keeps to (10 terms, 3 + 2 void
// answers); and what it asked for nothing stays out of the evidence and
// the zone.json a share link carries.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import type { EnvelopeInput } from '../../../src/core/hops/infer-envelope.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import type { DnsSource, Resolver } from '../../../src/dns/resolver.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import type { ZoneFile } from '../../../src/dns/zone-file.ts';
import { corpusFolder } from '../../corpus/support/corpus-root.ts';
import { listCaseFolders, readCase } from '../../support/fixture-cases.ts';

/** A source that notes each question sent, and the most of those `watched` waiting at once. */
function counting(source: DnsSource, watched: RegExp) {
  const sent: string[] = [];
  let waiting = 0;
  let most = 0;
  const counted: DnsSource = {
    label: source.label,
    async lookup(name, type) {
      const question = `${type} ${name}`;
      sent.push(question);
      const watch = watched.test(question);
      if (watch) most = Math.max(most, ++waiting);
      try {
        return await source.lookup(name, type);
      } finally {
        if (watch) waiting--;
      }
    },
  };
  return { source: counted, sent, most: () => most };
}

/** One analysis; `ahead: false` hands the pipeline the session's resolver without its ahead asking. */
async function analyzeOver(zone: ZoneFile, message: Uint8Array, options: { now: string; envelope?: EnvelopeInput; ahead: boolean; watched?: RegExp }) {
  const network = counting(createZoneSource(zone), options.watched ?? /$^/);
  const session = createLookupSession(network.source);
  const resolver: Resolver = Object.assign((name: string, type: string) => session.resolver(name, type), { answer: session.resolver.answer! });
  let askedAhead = 0;
  if (options.ahead) {
    resolver.ahead = (name, type) => {
      askedAhead++;
      return session.resolver.ahead!(name, type);
    };
  }
  const analysis = await analyze(message, { resolver, now: options.now, envelope: options.envelope ?? {} });
  const evidence = session.evidence().map((entry) => `${entry.type} ${entry.name}`);
  return { analysis, evidence, sent: network.sent, most: network.most(), askedAhead, snapshot: session.snapshot() };
}

function minimalMessage(from: string): Uint8Array {
  const text = [`From: <${from}>`, 'To: <bob@example.com>', 'Subject: spf', 'Date: Fri, 27 Nov 2026 12:00:00 +0000', 'Message-ID: <spf@example.org>', '', 'test', ''].join('\r\n');
  return new TextEncoder().encode(text);
}

const NOW = '2026-11-27T12:00:00Z';

describe('SPF questions asked ahead', () => {
  it('give the same SPF verdict and the same evidence as without, for every fixture case and OpenSPF RFC case', { timeout: 60_000 }, async () => {
    const folders = [
      ...listCaseFolders(new URL('../../cases/', import.meta.url).pathname),
      ...['rfc7208', 'rfc4408'].flatMap((suite) => listCaseFolders(join(corpusFolder('openspf-test-suite'), 'cases', suite))),
    ];
    const differing: string[] = [];
    let askedAhead = 0;
    for (const folder of folders) {
      const fixture = readCase(folder);
      const options = { now: fixture.now, envelope: fixture.smtp ?? {} };
      const [ahead, after] = [await analyzeOver(fixture.zone, fixture.message, { ...options, ahead: true }), await analyzeOver(fixture.zone, fixture.message, { ...options, ahead: false })];
      if (JSON.stringify(ahead.analysis.spf) !== JSON.stringify(after.analysis.spf)) differing.push(`${fixture.name}: SPF ${ahead.analysis.spf?.result} against ${after.analysis.spf?.result}`);
      // Without `ahead`, the DMARC records asked ahead are asked for real: a
      // walk that ended early leaves one in that evidence, and only there.
      const missing = ahead.evidence.filter((question) => !after.evidence.includes(question));
      const extra = after.evidence.filter((question) => !ahead.evidence.includes(question) && !question.startsWith('TXT _dmarc.'));
      if (missing.length + extra.length > 0) differing.push(`${fixture.name}: evidence ${ahead.evidence.join(', ')} against ${after.evidence.join(', ')}`);
      // Beyond the evaluated domain's own record, which the evaluation asks first anyway.
      if (ahead.askedAhead > 1) askedAhead++;
    }
    expect(differing).toEqual([]);
    expect(folders.length).toBeGreaterThan(300);
    // It is at work: many evaluations had their terms' questions asked ahead.
    expect(askedAhead).toBeGreaterThan(100);
  });

  it('asks the first 10 DNS-querying terms, at most 5 waiting at once, and never the 11th (RFC 7208 §4.6.4)', async () => {
    const fixture = readCase(new URL('../../cases/spf-too-many-lookups/', import.meta.url).pathname);
    const hostQuestion = /^A h\d+\.example\.org$/;
    const options = { now: fixture.now, envelope: fixture.smtp ?? {}, watched: hostQuestion };
    const run = await analyzeOver(fixture.zone, fixture.message, { ...options, ahead: true });
    expect(run.analysis.spf?.result).toBe('permerror');
    const hosts = run.sent.filter((question) => hostQuestion.test(question));
    expect(hosts.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `A h${i + 1}.example.org`).sort());
    expect(run.most).toBe(5);
    const without = await analyzeOver(fixture.zone, fixture.message, { ...options, ahead: false });
    expect(without.sent.filter((question) => hostQuestion.test(question)).sort()).toEqual(hosts);
    expect(without.most).toBe(1);
  });

  it('meets at most 2 void answers beyond the 3 that end the evaluation', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `v${i + 1}.example.org`);
    const zone: ZoneFile = { records: { 'example.org': { TXT: [`v=spf1 ${names.map((name) => `a:${name}`).join(' ')} -all`] } } };
    const run = await analyzeOver(zone, minimalMessage('alice@example.org'), { now: NOW, envelope: { ip: '192.0.2.1', helo: 'mail.example.org', mailFrom: 'alice@example.org' }, ahead: true });
    expect(run.analysis.spf?.result).toBe('permerror');
    const voids = run.sent.filter((question) => /^A v\d\.example\.org$/.test(question));
    expect(voids.length).toBeLessThanOrEqual(5);
    // The evaluation asked the first three; the evidence holds those only.
    expect(run.evidence.filter((question) => /^A v\d\.example\.org$/.test(question))).toEqual(['A v1.example.org', 'A v2.example.org', 'A v3.example.org']);
  });

  it('keeps what the evaluation never reached out of the evidence and the zone.json, and the zone.json gives the same verdict', async () => {
    const zone: ZoneFile = {
      records: {
        'example.org': { TXT: ['v=spf1 a:mail.example.org a:backup.example.org include:_spf.partner.example -all'] },
        'mail.example.org': { A: ['192.0.2.10'] },
        'backup.example.org': { A: ['192.0.2.11'] },
        '_spf.partner.example': { TXT: ['v=spf1 exists:%{i}.allow.partner.example -all'] },
        '192.0.2.10.allow.partner.example': { A: ['127.0.0.2'] },
      },
    };
    const envelope = { ip: '192.0.2.10', helo: 'mail.example.org', mailFrom: 'alice@example.org' };
    const run = await analyzeOver(zone, minimalMessage('alice@example.org'), { now: NOW, envelope, ahead: true });
    expect(run.analysis.spf?.result).toBe('pass');
    // Sent ahead, with the include's own term...
    for (const question of ['A backup.example.org', 'TXT _spf.partner.example', 'A 192.0.2.10.allow.partner.example']) {
      expect(run.sent).toContain(question);
      // ...but the first term matched: no part of what the verdict used.
      expect(run.evidence).not.toContain(question);
    }
    // The record itself names them (it was used), but nothing of their answers is kept.
    expect(Object.keys(run.snapshot.records).sort()).toEqual(['example.org', 'mail.example.org']);
    const replayed = await analyzeOver(run.snapshot, minimalMessage('alice@example.org'), { now: NOW, envelope, ahead: true });
    expect(replayed.analysis.spf).toEqual(run.analysis.spf);
  });

  it('sends no more terms once the evaluation has its result', async () => {
    const hosts = Array.from({ length: 8 }, (_, i) => `h${i + 1}.example.org`);
    const zone: ZoneFile = { records: { 'example.org': { TXT: [`v=spf1 ${hosts.map((host) => `a:${host}`).join(' ')} -all`] }, ...Object.fromEntries(hosts.map((host, i) => [host, { A: [`192.0.2.${i + 1}`] }])) } };
    const inner = createZoneSource(zone);
    // The hosts' answers wait until the test lets them go.
    const held: { name: string; release: () => void }[] = [];
    let fiveHeld: () => void = () => undefined;
    const fiveAsked = new Promise<void>((resolve) => (fiveHeld = resolve));
    const sent: string[] = [];
    const source: DnsSource = {
      label: inner.label,
      async lookup(name, type) {
        sent.push(`${type} ${name}`);
        if (/^h\d\./.test(name)) {
          await new Promise<void>((release) => {
            held.push({ name, release });
            if (held.length === 5) fiveHeld();
          });
        }
        return inner.lookup(name, type);
      },
    };
    const session = createLookupSession(source);
    const analysis = analyze(minimalMessage('alice@example.org'), { resolver: session.resolver, now: NOW, envelope: { ip: '192.0.2.1', helo: 'mail.example.org', mailFrom: 'alice@example.org' } });
    await fiveAsked;
    expect(held.map((entry) => entry.name)).toEqual(hosts.slice(0, 5));
    // h1 matches: the evaluation ends with pass. Its answer may still let one more term go.
    held[0]!.release();
    const spf = (await analysis).spf;
    expect(spf?.result).toBe('pass');
    for (const entry of held.slice(1)) entry.release();
    // Each released answer would have sent the next term; once every promise
    // has settled (the zone answers without timers), none has.
    await new Promise((drained) => setImmediate(drained));
    expect(sent.filter((question) => /^A h\d\./.test(question))).toHaveLength(held.length);
    expect(sent).not.toContain('A h7.example.org');
    expect(sent).not.toContain('A h8.example.org');
  });
});
