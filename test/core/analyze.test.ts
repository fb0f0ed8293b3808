// The pipeline's defined outcomes for bad input: each gives a problem code
// and a complete, JSON-safe Analysis, never a throw or a hang.

import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.ts';
import { ANALYSIS_SCHEMA, type Analysis } from '../../src/core/analysis.ts';
import { createLookupSession } from '../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../src/dns/zone.ts';
import { createOfflineSource } from '../../src/dns/offline.ts';
import { readCase, OWN_CASES } from '../support/fixture-cases.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const NOW = '2026-11-27T12:00:00Z';
const offline = () => createLookupSession(createOfflineSource()).resolver;

function codesOf(analysis: Analysis): string[] {
  return analysis.problems.map((p) => p.code);
}

describe('analyze: bad input', () => {
  it.each([
    ['empty', 'empty-input', new Uint8Array()],
    ['binary (a ZIP file)', 'binary-input', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0])],
    ['plain text', 'no-header', encode('just some text\nwithout a header\n')],
  ])('%s input gives %s and no verdicts', async (_name, code, bytes) => {
    const analysis = await analyze(bytes, { resolver: offline(), now: NOW });
    expect(codesOf(analysis)).toEqual([code]);
    expect(analysis.message).toBeNull();
    expect(analysis.spf).toBeNull();
    expect(analysis.dkim).toEqual([]);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('a NUL byte in a phishing message does not hide it: its header, hops and verdicts are analysed, with a warning (issue 10)', async () => {
    const fixture = readCase(`${OWN_CASES}sample-phishing`);
    const text = new TextDecoder('latin1').decode(fixture.message);
    const withNul = Uint8Array.from(text.replace('Subject: ', 'Subject: \0'), (c) => c.charCodeAt(0));
    const resolver = () => createLookupSession(createZoneSource(fixture.zone)).resolver;
    const clean = await analyze(fixture.message, { resolver: resolver(), now: fixture.now });
    const analysis = await analyze(withNul, { resolver: resolver(), now: fixture.now });
    expect(codesOf(analysis).filter((code) => code !== 'stray-control-bytes')).toEqual(codesOf(clean));
    expect(codesOf(analysis)).toContain('stray-control-bytes');
    expect(analysis.problems.find((p) => p.code === 'stray-control-bytes')!.severity).toBe('warning');
    expect(analysis.hops.length).toBe(clean.hops.length);
    expect(analysis.hops.length).toBeGreaterThan(0);
    expect(analysis.spf?.result).toBe(clean.spf?.result);
    expect(analysis.dmarc?.result).toBe('fail');
    expect(analysis.headerFindings).toEqual(clean.headerFindings);
  });

  it('a truncated header is analysed as headers-only, with the cut flagged', async () => {
    const analysis = await analyze(encode('From: a@example.com\r\nTo: Bob <bob@exa'), { resolver: offline(), now: NOW });
    expect(codesOf(analysis)).toEqual(expect.arrayContaining(['headers-only', 'truncated-header']));
    expect(analysis.input.headersOnly).toBe(true);
    expect(analysis.message?.from).toEqual(['a@example.com']);
  });

  it('no blank line between header and body: the rest becomes the body', async () => {
    const analysis = await analyze(encode('From: a@example.com\nSubject: x\nHello there\n'), { resolver: offline(), now: NOW });
    expect(codesOf(analysis)).toEqual(expect.arrayContaining(['missing-blank-line']));
    expect(analysis.message?.fields.map((f) => f.name)).toEqual(['From', 'Subject']);
  });

  it('a 50 MB message is analysed, its DKIM body hash computed over all of it', async () => {
    const fixture = readCase(`${OWN_CASES}dkim-rsa2048-simple-simple`);
    const head = new TextDecoder().decode(fixture.message);
    // Append 50 MB to the body: the signature's body hash no longer matches,
    // which proves the whole body was hashed, while the header still verifies.
    const padding = 'x'.repeat(998) + '\r\n';
    const big = encode(head + padding.repeat(50_000));
    expect(big.length).toBeGreaterThan(50_000_000);
    const analysis = await analyze(big, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
    expect(analysis.input.bytes).toBe(big.length);
    expect(analysis.dkim[0]).toMatchObject({ result: 'fail', signature: 'pass', bodyHash: { result: 'fail' } });
  }, 60_000);

  it('every analysis carries the schema version and the clock it used', async () => {
    const analysis = await analyze(encode('From: a@example.com\r\n\r\n'), { resolver: offline(), now: NOW });
    expect(analysis.schema).toBe(ANALYSIS_SCHEMA);
    expect(analysis.now).toBe('2026-11-27T12:00:00.000Z');
  });

  it('rejects an invalid clock as a programming error', async () => {
    await expect(analyze(encode('From: a@example.com\r\n\r\n'), { resolver: offline(), now: 'yesterday' })).rejects.toThrow(TypeError);
  });
});

describe('analyze: offline', () => {
  it('with no DNS, SPF and DKIM are temporary errors, not silence', async () => {
    const fixture = readCase(`${OWN_CASES}dkim-rsa2048-simple-simple`);
    const analysis = await analyze(fixture.message, { resolver: offline(), now: fixture.now, envelope: fixture.smtp ?? {} });
    expect(analysis.dkim[0]?.result).toBe('temperror');
    expect(analysis.spf?.result ?? 'temperror').toBe('temperror');
  });
});

describe('analyze: where SPF does not apply', () => {
  it('a bounce whose diagnosis cannot be loaded is shown as an ordinary message, with a problem saying why, never a throw', async () => {
    const fixture = readCase(`${OWN_CASES}sample-bounce`);
    const removedChunk = () => import('./no-such-chunk-was-ever-built.ts' as string);
    const analysis = await analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now, envelope: {}, loadBounceDiagnosis: removedChunk });
    expect(codesOf(analysis)).toContain('bounce-knowledge-not-loaded');
    expect(analysis.bounceReport).toBeNull();
    expect(analysis.kind?.word).toBe('ordinary');
    expect(analysis.message).not.toBeNull();
    const loaded = await analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now, envelope: {} });
    expect(loaded.bounceReport).not.toBeNull();
    expect(codesOf(loaded)).not.toContain('bounce-knowledge-not-loaded');
  });

  it('a bounce made locally and its returned submission: an info that SPF does not apply, no missing-envelope warning', async () => {
    const fixture = readCase(`${OWN_CASES}sample-bounce`);
    const analysis = await analyze(fixture.message, { resolver: createLookupSession(createZoneSource(fixture.zone)).resolver, now: fixture.now, envelope: {} });
    expect(codesOf(analysis)).toContain('spf-not-applicable');
    expect(codesOf(analysis)).not.toContain('no-envelope');
    expect(analysis.problems.find((p) => p.code === 'spf-not-applicable')!.severity).toBe('info');
    expect(analysis.path!.boundary.hop).toBeNull();
    expect(analysis.envelope!.provenance.ip.note.en).toMatch(/No hop in the part given passes the message from one MTA to another/);
    const original = analysis.bounceReport!.original!;
    expect(original.spf).toBeNull();
    expect(codesOf(original)).toEqual(expect.arrayContaining(['spf-not-applicable']));
    expect(codesOf(original)).not.toContain('no-envelope');
    expect(original.envelope!.provenance.helo.note.en).toMatch(/Hop 1 is a submission/);
    expect(original.dmarc?.result).toBe('pass');
  });
});
