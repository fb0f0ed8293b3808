import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdownReport } from '../../../src/core/share/markdown-report.ts';
import { labelReason } from '../../../src/core/bounce/reason-labels.ts';
import { createShare } from '../../../src/core/share/create-share.ts';
import { analyseWithZone, corpusSamples, fixtureSamples } from './share-support.ts';

function sample(name: string) {
  const found = [...fixtureSamples(), ...corpusSamples()].find((s) => s.name === name || s.name.endsWith(name));
  if (!found) throw new Error(`no sample ${name}`);
  return found;
}

async function analysisOf(name: string) {
  const s = sample(name);
  return { ...(await analyseWithZone(s.message, s.zone, s.now, s.envelope)), sample: s };
}

describe('the Markdown report', () => {
  it('gives the verdicts with their reasons, the envelope and the DNS count, in English and German', async () => {
    const { analysis, evidence } = await analysisOf('case arc-one-instance-pass');
    expect(analysis.spf).not.toBeNull();
    const en = renderMarkdownReport(analysis, { language: 'en', dnsAnswers: evidence.length });
    const de = renderMarkdownReport(analysis, { language: 'de', dnsAnswers: evidence.length });
    expect(en.startsWith('# Mail Lab report\n')).toBe(true);
    expect(de.startsWith('# Mail-Lab-Bericht\n')).toBe(true);
    const signature = analysis.dkim[0]!;
    expect(en).toContain(`| DKIM #1 (d=${escapeMarkdown(signature.domain)}, s=${escapeMarkdown(signature.selector)}) | **${signature.result}** | ${escapeMarkdown(signature.reason.en)} |`);
    expect(de).toContain(`| **${signature.result}** | ${escapeMarkdown(signature.reason.de)} |`);
    expect(en).toContain(`| SPF | **${analysis.spf!.result}** |`);
    expect(en).toContain('## Envelope');
    expect(de).toContain('## Umschlag (Envelope)');
    expect(en).toContain(`DNS answers used: ${evidence.length}`);
    expect(de).toContain(`Verwendete DNS-Antworten: ${evidence.length}`);
  });

  it('lists every hop, oldest first', async () => {
    const { analysis } = await analysisOf('/rspamd/received5.eml');
    expect(analysis.hops.length).toBeGreaterThan(1);
    const report = renderMarkdownReport(analysis, { language: 'en' });
    const rows = report.split('\n').filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.map((row) => Number(row.split('|')[1]))).toEqual(analysis.hops.map((hop) => hop.number));
    expect(report).toContain('## Hops (oldest first)');
  });

  it('shows a bounce with its status, reason and recipient', async () => {
    const { analysis } = await analysisOf('/postal-mime/bounce.eml');
    expect(analysis.bounce).not.toBeNull();
    const report = renderMarkdownReport(analysis, { language: 'de' });
    expect(report).toContain('## Unzustellbarkeit');
    // The reason in words for people, never the raw vocabulary word.
    expect(report).toContain(`| ${escapeMarkdown(analysis.bounce!.status ?? '—')} | ${escapeMarkdown(labelReason(analysis.bounce!.reason).de)} |`);
    expect(report).not.toContain(`| ${analysis.bounce!.reason} |`);
  });

  it('escapes what comes from the message, so it cannot inject Markdown or HTML', async () => {
    const message = new TextEncoder().encode('From: a@example.com\r\nSubject: | **bold** <img src=x onerror=alert(1)> [x](javascript:y)\r\n\r\nhi\r\n');
    const { analysis } = await analyseWithZone(message, { records: {} }, '2026-11-27T12:00:00Z');
    const report = renderMarkdownReport(analysis, { language: 'en' });
    const subjectLine = report.split('\n').find((line) => line.startsWith('**Subject:**'))!;
    expect(subjectLine).toBe('**Subject:** \\| \\*\\*bold\\*\\* \\<img src=x onerror=alert\\(1\\)\\> \\[x\\]\\(javascript:y\\)  ');
    expect(report).not.toMatch(/(?<!\\)[<>]/);
  });

  it('a redacted share: says what was redacted and gives the verdicts verified before redaction', async () => {
    const { analysis, snapshot, sample: s } = await analysisOf('case inferred-postfix-spf-pass');
    const { state } = createShare({ message: s.message, now: analysis.now, snapshot, analysis, redact: ['ip-addresses', 'local-parts'] });
    const en = renderMarkdownReport(analysis, { language: 'en', redaction: state.redaction, verifiedBeforeRedaction: state.verifiedBeforeRedaction });
    const de = renderMarkdownReport(analysis, { language: 'de', redaction: state.redaction, verifiedBeforeRedaction: state.verifiedBeforeRedaction });
    expect(en).toContain('## Verdicts (verified before redaction)');
    expect(en).toContain('**Redacted before sharing:** Local parts of addresses, IP addresses.');
    expect(de).toContain('## Ergebnisse (vor dem Schwärzen geprüft)');
    expect(de).toContain('Lokalteile der Adressen, IP-Adressen');
  });
});

describe('the Markdown report: the sending server checklist', () => {
  it('counts every item and lists those that fail or warn, worst first, with why and the fix line, in English and German', async () => {
    const { readFileSync } = await import('node:fs');
    const { SENDER_ZONE } = await import('../sender/sender-zone.ts');
    const message = new Uint8Array(readFileSync(new URL('../sender/messages/home-line.eml', import.meta.url)));
    const { analysis } = await analyseWithZone(message, SENDER_ZONE, '2026-11-27T12:00:00Z');
    const en = renderMarkdownReport(analysis, { language: 'en' });
    const de = renderMarkdownReport(analysis, { language: 'de' });
    const failed = analysis.sender!.items.filter((item) => item.status === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    expect(en).toContain('## Sending server checklist');
    expect(en).toContain(`203.0.113.10, hop 1: ${failed.length} fail,`);
    expect(en).toContain('DNS blocklists were not asked');
    for (const item of failed) expect(en).toContain(`| ${escapeMarkdown(item.title.en)} | **fail** | ${escapeMarkdown(item.subject)} | ${escapeMarkdown(item.reason.en)} |`);
    expect(en).toContain('`smtp_helo_name = 10-113-0-203.dynamic.isp.example`');
    const rows = en.split('\n').filter((line) => /^\| .* \| \*\*(fail|warn)\*\* \|/.test(line));
    const statuses = rows.map((line) => (line.includes('**fail**') ? 'fail' : 'warn'));
    expect(statuses).toEqual([...statuses].sort());
    expect(en).not.toContain('**pass**');
    expect(de).toContain('## Checkliste des sendenden Servers');
    expect(de).toContain(`| ${escapeMarkdown(failed[0]!.title.de)} | **nicht bestanden** |`);
  });
});
