// Share-state bounds (src/core/share/read-share-state.ts; issue 10, item
// 8): each hostile share of the issue, and one past each bound, is refused
// with `share-over-limit` in both languages before anything runs; a share
// at the bound still opens.

import { describe, expect, it } from 'vitest';
import { readShareState, MAX_SHARED_IP, MAX_SHARED_NAME, MAX_SHARED_NOTES, MAX_SHARED_SIGNATURES, MAX_SHARED_SWITCHES, MAX_SHARED_TEXT } from '../../../src/core/share/read-share-state.ts';
import { decodeShareLink } from '../../../src/core/share/share-link.ts';
import { deflateRaw } from '../../../src/core/share/deflate-raw.ts';
import { encodeBase64 } from '../../../src/core/share/rfc4648-base64.ts';
import { renderMarkdownReport } from '../../../src/core/share/markdown-report.ts';
import { analyseWithZone } from './share-support.ts';

const text = (length: number) => ({ en: 'x'.repeat(length), de: 'y'.repeat(length) });
const signature = (index: number, reason = text(10)) => ({ index, domain: 'example.com', selector: 's1', result: 'pass', reason });

function state(change: (json: Record<string, any>) => void = () => {}): Record<string, any> {
  const json: Record<string, any> = {
    maillab: 1,
    message: { utf8: 'From: a@example.com\r\nSubject: x\r\n\r\nHi\r\n' },
    settings: { now: '2026-11-27T12:00:00Z', envelope: {}, hop: null },
    dns: { records: {} },
    redaction: { switches: ['addresses'], replaced: {}, notes: [] },
    verifiedBeforeRedaction: { spf: null, dkim: [signature(0)], dmarc: null, arc: null },
  };
  change(json);
  return json;
}

const cases: { name: string; at: (json: Record<string, any>) => void; over: (json: Record<string, any>) => void; path: string }[] = [
  {
    name: 'DKIM entries (the issue: 200,000)',
    at: (j) => (j.verifiedBeforeRedaction.dkim = Array.from({ length: MAX_SHARED_SIGNATURES }, (_, i) => signature(i))),
    over: (j) => (j.verifiedBeforeRedaction.dkim = Array.from({ length: 200_000 }, (_, i) => signature(i))),
    path: 'verifiedBeforeRedaction.dkim',
  },
  {
    name: 'a reason (the issue: 30 MB)',
    at: (j) => (j.verifiedBeforeRedaction.spf = { result: 'pass', reason: text(MAX_SHARED_TEXT) }),
    over: (j) => (j.verifiedBeforeRedaction.spf = { result: 'pass', reason: text(30 * 1024 * 1024) }),
    path: 'verifiedBeforeRedaction.spf.reason.en',
  },
  {
    name: 'the HELO (the issue: 20 MB)',
    at: (j) => (j.settings.envelope.helo = `${'a'.repeat(MAX_SHARED_NAME - 4)}.com`),
    over: (j) => (j.settings.envelope.helo = 'a'.repeat(20 * 1024 * 1024)),
    path: 'settings.envelope.helo',
  },
  {
    name: 'the MAIL FROM',
    at: (j) => (j.settings.envelope.mailFrom = `${'a'.repeat(MAX_SHARED_NAME - 12)}@example.com`),
    over: (j) => (j.settings.envelope.mailFrom = `${'a'.repeat(MAX_SHARED_NAME)}@example.com`),
    path: 'settings.envelope.mailFrom',
  },
  {
    name: 'the client IP',
    at: (j) => (j.settings.envelope.ip = '192.0.2.1'.padStart(MAX_SHARED_IP, ' ')),
    over: (j) => (j.settings.envelope.ip = '1'.repeat(MAX_SHARED_IP + 1)),
    path: 'settings.envelope.ip',
  },
  {
    name: 'a DKIM domain and a reason in a DKIM entry',
    at: (j) => (j.verifiedBeforeRedaction.dkim = [{ ...signature(0), domain: 'd'.repeat(MAX_SHARED_NAME) }]),
    over: (j) => (j.verifiedBeforeRedaction.dkim = [signature(0), signature(1, text(MAX_SHARED_TEXT + 1))]),
    path: 'verifiedBeforeRedaction.dkim[1].reason.en',
  },
  {
    name: 'redaction notes',
    at: (j) => (j.redaction.notes = Array.from({ length: MAX_SHARED_NOTES }, () => text(100))),
    over: (j) => (j.redaction.notes = Array.from({ length: 1_000_000 }, () => text(1))),
    path: 'redaction.notes',
  },
  {
    name: 'redaction switches',
    at: (j) => (j.redaction.switches = Array.from({ length: MAX_SHARED_SWITCHES }, () => 'body')),
    over: (j) => (j.redaction.switches = Array.from({ length: MAX_SHARED_SWITCHES + 1 }, () => 'body')),
    path: 'redaction.switches',
  },
];

describe('share-state bounds', () => {
  for (const bound of cases) {
    it(`${bound.name}: refused past the bound, opened at it`, () => {
      expect(readShareState(state(bound.at)).ok).toBe(true);
      const result = readShareState(state(bound.over));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem.code).toBe('share-over-limit');
      expect(result.problem.text.en).toContain(bound.path);
      expect(result.problem.text.de).toContain(bound.path);
      expect(result.problem.text.de).toMatch(/nicht geöffnet/);
    });
  }

  it('a link with 200,000 DKIM entries gets the problem, not a RangeError', async () => {
    const json = new TextEncoder().encode(JSON.stringify(state(cases[0]!.over)));
    const link = `https://lab.example/#v1.${encodeBase64(await deflateRaw(json), 'base64url')}`;
    expect(await decodeShareLink(link)).toMatchObject({ ok: false, problem: { code: 'share-over-limit' } });
  });
});

describe('the Markdown report of a long list', () => {
  it('renders 200,000 DKIM rows line by line instead of overflowing the stack', async () => {
    const { analysis } = await analyseWithZone(new TextEncoder().encode('From: a@example.com\r\nSubject: x\r\n\r\nHi\r\n'), { records: {} }, '2026-11-27T12:00:00Z');
    const dkim = Array.from({ length: 200_000 }, (_, i) => ({ ...signature(i), result: 'pass' as const }));
    const report = renderMarkdownReport(analysis, { language: 'en', verifiedBeforeRedaction: { spf: null, dkim, dmarc: null, arc: null } });
    expect(report).toContain('DKIM #200000 (d=example.com, s=s1)');
  });
});
