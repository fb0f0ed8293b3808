// Questions made from an analysis: each is asked only where the analysis
// knows the answer, and the answer is the fact the scenario teaches. The
// scenarios' messages are real analyses with known paths, so they serve as
// the inputs here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.ts';
import { createLookupSession } from '../../../src/dns/lookup-session.ts';
import { createZoneSource } from '../../../src/dns/zone.ts';
import { questionsFromAnalysis } from '../../../src/ui/teaching/analysis-quiz.ts';
import { loadScenario } from '../../../src/ui/teaching/library.ts';
import { SCENARIO_DIR } from '../../core/teaching/generate/main.ts';

async function analyseScenario(name: string) {
  const zone = JSON.parse(readFileSync(`${SCENARIO_DIR}/${name}.zone.json`, 'utf8'));
  const lookups = createLookupSession(createZoneSource(zone));
  return analyze(new Uint8Array(readFileSync(`${SCENARIO_DIR}/${name}.eml`)), { resolver: lookups.resolver, now: (await loadScenario(name))!.now, envelope: {} });
}

const answerOf = (question: { options: { en: string }[]; answer: number }) => question.options[question.answer]!.en;

describe('quiz from an analysis', () => {
  it('asks about the mailing list: first TLS hop, SPF hop, the DMARC domain, the changed body', async () => {
    const questions = questionsFromAnalysis(await analyseScenario('mailing-list-arc'));
    expect(questions.map((q) => q.prompt.en)).toEqual([
      'Which is the first hop that was encrypted with TLS?',
      'At which hop is SPF checked?',
      'Which domain must SPF or DKIM align with for DMARC?',
      'Which signature shows that the body was changed after signing?',
    ]);
    expect(answerOf(questions[0]!)).toMatch(/^Hop 1: \[192\.168\.178\.23\] → mail\.example\.com \(ESMTPSA\)$/);
    // The list host's relay to the member's MX: where the mailing list sample says SPF is checked.
    expect(answerOf(questions[1]!)).toBe('Hop 6: lists.example.org → mx.example.net (ESMTPS)');
    expect(answerOf(questions[2]!)).toBe('example.com');
    expect(questions[2]!.options.map((o) => o.en)).toContain('lists.example.org');
    expect(answerOf(questions[3]!)).toBe('d=example.com s=2026');
  });

  it('asks nothing about a changed body when every body hash matches', async () => {
    const questions = questionsFromAnalysis(await analyseScenario('forwarding-breaks-spf'));
    expect(questions.map((q) => q.prompt.en)).not.toContain('Which signature shows that the body was changed after signing?');
    expect(answerOf(questions.find((q) => q.prompt.en.startsWith('At which hop'))!)).toBe('Hop 3: mx.example.org → mx.example.net (ESMTPS)');
  });

  it('every question has 3 or 4 options, one answer among them, and both languages', async () => {
    for (const name of ['normal-path', 'mailman-pipe-alias', 'spoofed-from-dmarc-reject', 'web-server-www-data', 'user-unknown']) {
      for (const question of questionsFromAnalysis(await analyseScenario(name))) {
        expect(question.options.length).toBeGreaterThanOrEqual(3);
        expect(question.options.length).toBeLessThanOrEqual(4);
        expect(question.options[question.answer]).toBeDefined();
        expect(new Set(question.options.map((o) => o.en)).size).toBe(question.options.length);
        for (const text of [question.prompt, question.explanation, ...question.options]) {
          expect(text.en.trim()).not.toBe('');
          expect(text.de.trim()).not.toBe('');
        }
      }
    }
  });

  it('asks nothing of a single-hop message it cannot quiz on', async () => {
    expect(questionsFromAnalysis(await analyseScenario('spoofed-from-dmarc-reject')).map((q) => q.prompt.en)).toEqual([]);
  });
});
