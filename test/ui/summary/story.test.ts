// The summary's story, told from real Analyses of the fixture cases (the
// core run in Node with each case's frozen zone): who, what, how long, one
// sentence, and the findings that matter, in English and German.

import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import type { Analysis } from '../../../src/core/analysis.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { OWN_CASES, readCase } from '../../support/fixture-cases.ts';
import { joinSentence, tellStory, type Story } from '../../../src/ui/summary/story.ts';
import { MAX_STORY_FINDINGS } from '../../../src/ui/summary/story-findings.ts';
import { sayPhrase } from '../../../src/ui/summary/say-phrase.ts';
import { i18n } from '../../../src/ui/i18n/i18n.svelte.ts';

async function analyseCase(name: string): Promise<Analysis> {
  const fixture = readCase(`${OWN_CASES}${name}`);
  const lookups = createLookupSession(createZoneSource(fixture.zone));
  return analyze(fixture.message, { resolver: lookups.resolver, now: fixture.now, envelope: fixture.smtp ?? {} });
}

async function storyOf(name: string): Promise<Story> {
  const story = tellStory(await analyseCase(name));
  if (!story) throw new Error(`${name} told no story`);
  return story;
}

// German is a chunk of its own: once loaded, choose() switches at once.
beforeAll(async () => {
  await i18n.choose('de');
  await i18n.choose('en');
});

function sentence(story: Story, language: 'en' | 'de'): string {
  void i18n.choose(language);
  try {
    return joinSentence(story.sentence.map(sayPhrase));
  } finally {
    void i18n.choose('en');
  }
}

const codes = (story: Story) => story.findings.map((finding) => finding.code);

describe('tellStory', () => {
  it('tells a normal delivery: who, what, how long, authenticated by both', async () => {
    const story = await storyOf('sample-normal');
    expect(story.from.address).toMatch(/@/);
    expect(story.subject).toBeTruthy();
    expect(story.transit?.totalSeconds).toBeGreaterThan(0);
    expect(story.tone).toBe('good');
    expect(sentence(story, 'en')).toMatch(/^Delivered in .+; authenticated as [\w.-]+ by DKIM and SPF\.$/);
    expect(sentence(story, 'de')).toMatch(/^Zugestellt in .+; als [\w.-]+ durch DKIM und SPF authentifiziert\.$/);
    expect(codes(story)).toEqual([]);
  });

  it('puts the deception of the phishing sample first, with the decoded subject and the display name apart from the address', async () => {
    const story = await storyOf('sample-phishing');
    expect(story.subject).toBe('Your account has been limited – action required');
    expect(story.from).toEqual({ name: 'service@examplebank.example', address: 'service@xn--exmplebank-0qi.example' });
    expect(story.tone).toBe('bad');
    expect(sentence(story, 'en')).toContain('fails DMARC (policy none)');
    expect(codes(story).slice(0, 2)).toEqual(['lookalike-domain', 'display-name-address']);
    expect(codes(story)).toContain('forged-verdict');
    expect(codes(story)).toContain('dmarc-fail');
    const forged = story.findings.find((finding) => finding.code === 'forged-verdict')!;
    expect(forged.target).toEqual({ tab: 'verdict', selector: '.comparison .ignored' });
    // Most serious first: every error before every warning.
    const severities = story.findings.map((finding) => finding.severity);
    const rank = { error: 0, warning: 1, info: 2 };
    expect(severities).toEqual([...severities].sort((a, b) => rank[a] - rank[b]));
    expect(severities).toContain('warning');
  });

  it('says a mailing list broke DMARC and its ARC seal vouches for before', async () => {
    const story = await storyOf('sample-mailing-list');
    expect(story.tone).toBe('warn');
    expect(sentence(story, 'en')).toMatch(/fails DMARC after forwarding; the ARC seal of [\w.-]+ records/);
  });

  it('tells a bounce by its recipient and status, with the explanation beside it, and no transit in the sentence', async () => {
    const story = await storyOf('sample-bounce');
    expect(sentence(story, 'en')).toBe('Bounce: mail to ben.wagenr@example.net failed (5.1.1).');
    expect(sentence(story, 'de')).toContain('ben.wagenr@example.net');
    expect(story.detail?.en).toContain('does not exist');
  });

  it('tells a read receipt, a delivery confirmation and a delay warning as what they are, never as a bounce', async () => {
    expect(sentence(await storyOf('kind-read-receipt'), 'en')).toBe('A read receipt (disposition: displayed).');
    expect(sentence(await storyOf('bounce-delivered'), 'en')).toBe('Delivery report for bob@example.net (2.0.0).');
    expect(sentence(await storyOf('kind-delay-warning'), 'en')).toBe('Delay warning: mail to bob@example.net is not delivered yet (4.7.1).');
    expect(sentence(await storyOf('kind-subject-phrase-ordinary'), 'en')).not.toMatch(/bounce/i);
  });

  it('names the greylisting and the hop whose clock is off, and the slowest hop', async () => {
    const story = await storyOf('sample-greylisting');
    expect(codes(story)).toEqual(expect.arrayContaining(['greylisting', 'clock-skew']));
    const slowest = story.transit?.slowest;
    expect(slowest?.seconds).toBeGreaterThanOrEqual(20 * 60);
    expect(story.findings.find((finding) => finding.code === 'clock-skew')?.target.selector).toMatch(/^\[data-skew="\d+"\]$/);
  });

  it('tells nothing for input that is not a message', async () => {
    const analysis = await analyze(new TextEncoder().encode('Hello,\nthis is not mail.\n'), { resolver: createLookupSession(createZoneSource({ records: {} })).resolver, now: '2026-01-01T00:00:00Z' });
    expect(tellStory(analysis)).toBeNull();
  });

  it('never shows more than the limit of chips, counting the rest', async () => {
    const analysis = await analyseCase('sample-phishing');
    // The same findings many times over, as a crafted header could produce them.
    const from = analysis.headers.find((header) => header.name === 'From')!;
    const many: Analysis = {
      ...analysis,
      spf: analysis.spf && { ...analysis.spf, result: 'fail' },
      path: analysis.path && { ...analysis.path, skews: [{ hop: 1, seconds: -60, culprit: 1, text: { en: 'x', de: 'x' } }], greylisting: [{ source: 'delay', software: null, delaySeconds: 600, hop: 2, raw: null, text: { en: 'g', de: 'g' } }] },
      headers: [...analysis.headers, { ...from, findings: [{ code: 'spam-flag', severity: 'warning', text: { en: 's', de: 's' }, related: [] }] }],
    };
    const story = tellStory(many)!;
    expect(story.findings).toHaveLength(MAX_STORY_FINDINGS);
    expect(story.findings.at(-1)?.code).toBe('more');
    expect(story.findings.at(-1)?.label.params?.['count']).toBeGreaterThan(0);
  });

  for (const name of ['dkim-ed25519', 'spf-a-cidr-outside', 'dmarc-no-record', 'dmarc-record-timeout', 'dmarc-strict-aspf-fail', 'hops-amavis-top-spf', 'headers-lookalike-domain', 'bounce-userunknown', 'arc-two-instances-pass', 'hops-clock-skew', 'inferred-postfix-spf-pass', 'headers-display-name-address']) {
    it(`has From, Subject and a sentence in both languages for ${name}`, async () => {
      const story = await storyOf(name);
      expect(story.from.address ?? '').not.toBe('');
      expect(story.subject).not.toBeNull();
      for (const language of ['en', 'de'] as const) {
        const text = sentence(story, language);
        expect(text).toMatch(/^\p{Lu}.*\.$/u);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    });
  }
});

describe('joinSentence', () => {
  it('capitalises, joins with semicolons and ends with a full stop', () => {
    expect(joinSentence(['delivered in 4 s', 'authenticated as example.com by DKIM'])).toBe('Delivered in 4 s; authenticated as example.com by DKIM.');
    expect(joinSentence(['ärger'])).toBe('Ärger.');
    expect(joinSentence([])).toBe('');
  });
});
