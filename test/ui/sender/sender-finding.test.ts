import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { senderFinding } from '../../../src/ui/sender/sender-finding.ts';
import { findingsOf } from '../../../src/ui/summary/story-findings.ts';
import { senderSession } from '../../core/sender/sender-zone.ts';

const NOW = '2026-11-27T12:00:00Z';
const message = (name: string) => new Uint8Array(readFileSync(new URL(`../../core/sender/messages/${name}`, import.meta.url)));

describe('the summary chip of the sender checklist', () => {
  it('names the failed items shortly in both languages and points at the first failed item in the Sender tab', async () => {
    const analysis = await analyze(message('home-line.eml'), { resolver: senderSession().resolver, now: NOW });
    const finding = senderFinding(analysis)!;
    expect(finding.label.params!['items']).toEqual({
      en: 'dynamic-looking address, HELO name, envelope domain takes no mail',
      de: 'dynamisch wirkende Adresse, HELO-Name, Umschlag-Domain nimmt keine Mail',
    });
    expect(finding.target).toEqual({ tab: 'sender', selector: '[data-score-item][data-status="fail"]' });
    expect(findingsOf(analysis).map((f) => f.code)).toContain('sender-checklist');
  });

  it('has no chip when nothing fails', async () => {
    const analysis = await analyze(message('well-kept.eml'), { resolver: senderSession().resolver, now: NOW });
    expect(senderFinding(analysis)).toBeNull();
  });
});
