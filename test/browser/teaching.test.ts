// The scenario library in the production build: every scenario opens by its
// link with the verdicts it states, a step link opens that step, the story
// moves by keyboard, the quiz is answered by keyboard alone and gives
// nothing away before an answer, the lesson passes axe in both languages,
// and the printed worksheet holds the title and questions with the answers
// on a page of their own.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.ts';
import { loadAllScenarios } from '../../src/ui/teaching/library.ts';
import type { Scenario } from '../../src/core/teaching/scenario.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCENARIOS = await loadAllScenarios();
const ARTIFACTS = new URL('../../test-results/teaching/', import.meta.url).pathname;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await harness?.close();
});

async function openScenario(hash: string, locale = 'en-GB'): Promise<Page> {
  const context = await harness.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`${harness.site.url}/${hash}`);
  await page.locator('#results[data-completed="1"]').waitFor();
  return page;
}

const scenario = (name: string): Scenario => SCENARIOS.find((s) => s.name === name)!;

describe('scenario library in the page', () => {
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s opens by its link with the verdicts it states', async (name, stated) => {
    const page = await openScenario(`#scenario/${name}`);
    expect(await page.locator('#lesson-title').innerText()).toBe(stated.title.en);
    expect(await page.locator('[data-message-kind]').getAttribute('data-message-kind')).toBe(stated.expect.kind);
    await page.locator('#tab-verdict').click();
    const word = (card: string) => page.locator(`[data-verdict="${card}"] [data-result]`).first().getAttribute('data-result');
    expect(await word('SPF')).toBe(stated.expect.spf ?? 'not-evaluated');
    expect(await word('DMARC')).toBe(stated.expect.dmarc ?? 'not-evaluated');
    expect(await word('ARC')).toBe(stated.expect.arc ?? 'not-evaluated');
    for (const signature of stated.expect.dkim) expect(await word(`DKIM ${signature.domain} (s=${signature.selector})`)).toBe(signature.result);
    // The verdicts rest on the scenario's frozen answers: nothing was asked of a resolver.
    expect(await page.locator('[data-verdict="SPF"]').first().getAttribute('data-source')).toBe('frozen');
    await page.context().close();
  });

  it('a step link opens that step, and the arrow keys move through the story', async () => {
    const normal = scenario('normal-path');
    const page = await openScenario('#scenario/normal-path/step/3');
    // The lesson's step (the mail path's edges carry data-step too).
    const step = page.locator('[aria-roledescription="step"][data-step]');
    expect(await step.getAttribute('data-step')).toBe('3');
    expect(await step.locator('.narration').innerText()).toBe(normal.steps[2]!.narration.en);
    await step.focus();
    await page.keyboard.press('ArrowRight');
    expect(await step.getAttribute('data-step')).toBe('4');
    expect(await page.evaluate(() => location.hash)).toBe('#scenario/normal-path/step/4');
    await page.keyboard.press('ArrowRight');
    expect(await step.getAttribute('data-step')).toBe('4');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await step.locator('.narration').innerText()).toBe(normal.steps[1]!.narration.en);
    // Another scenario's link in the same tab opens that scenario.
    await page.evaluate(() => (location.hash = '#scenario/user-unknown/step/2'));
    await page.locator('[data-lesson="user-unknown"] [data-step="2"]').waitFor();
    await page.context().close();
  });

  it('an unknown scenario name is said, not a blank page', async () => {
    const context = await harness.browser.newContext({ locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${harness.site.url}/#scenario/no-such-lesson`);
    await page.getByRole('alert').filter({ hasText: 'no-such-lesson' }).waitFor();
    expect(await page.getByLabel('Raw message').isVisible()).toBe(true);
    await context.close();
  });
});

describe('quiz', () => {
  it('reveals nothing before an answer and is answered by keyboard alone', async () => {
    const forwarding = scenario('forwarding-breaks-spf');
    const page = await openScenario('#scenario/forwarding-breaks-spf');
    const quiz = page.locator('[data-quiz="lesson-quiz"]');
    // Before any answer: no option is marked, every option's markup has the same attributes, no explanation is in the page.
    expect(await quiz.locator('[data-correct]').count()).toBe(0);
    expect(await quiz.locator('[data-feedback]').count()).toBe(0);
    const shapes = await quiz.locator('button.option').evaluateAll((buttons) =>
      buttons.map((b) => [...b.attributes].map((a) => `${a.name}=${a.name === 'data-option' ? '' : a.value}`).sort().join(' ')),
    );
    expect(new Set(shapes).size).toBe(1);
    const html = await page.content();
    for (const question of forwarding.questions) expect(html).not.toContain(question.explanation.en.slice(0, 40));

    // Tab from the top of the quiz to the right option of question 1, and answer it with Enter.
    await quiz.locator('h3').evaluate((h) => (h as HTMLElement).setAttribute('tabindex', '-1'));
    await quiz.locator('h3').focus();
    const first = forwarding.questions[0]!;
    for (let press = 0; press <= first.answer; press++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-option'))).toBe(String(first.answer + 1));
    await page.keyboard.press('Enter');
    const feedback = quiz.locator('[data-question="1"] [data-feedback]');
    expect(await feedback.innerText()).toContain('Right.');
    expect(await feedback.innerText()).toContain(first.explanation.en);
    expect(await quiz.locator('[data-score]').getAttribute('data-score')).toBe('1');

    // Question 2, a wrong option chosen with Space: the explanation names the right one.
    const second = forwarding.questions[1]!;
    const wrong = second.answer === 0 ? 1 : 0;
    await quiz.locator(`[data-question="2"] [data-option="${wrong + 1}"]`).evaluate((b) => (b as HTMLElement).focus());
    await page.keyboard.press('Space');
    const secondFeedback = quiz.locator('[data-question="2"] [data-feedback]');
    expect(await secondFeedback.innerText()).toContain(`Not quite. The answer is: ${second.options[second.answer]!.en}`);
    expect(await quiz.locator('[data-score]').innerText()).toContain('1 of 3 right, 2 answered');
    // Question 3 is still unanswered and unmarked.
    expect(await quiz.locator('[data-question="3"] [data-correct]').count()).toBe(0);
    // An answered question cannot be answered again.
    await quiz.locator(`[data-question="2"] [data-option="${second.answer + 1}"]`).evaluate((b) => (b as HTMLElement).focus());
    await page.keyboard.press('Enter');
    expect(await quiz.locator('[data-score]').getAttribute('data-score')).toBe('1');
    await page.context().close();
  });
});

describe('quiz from the analysis', () => {
  it('asks about the open message, reveals nothing before an answer, and answers by keyboard', async () => {
    const page = await openScenario('#scenario/mailing-list-arc');
    const details = page.locator('[data-analysis-quiz]');
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    const quiz = details.locator('[data-quiz="analysis-quiz"]');
    expect(await quiz.locator('[data-question]').count()).toBe(4);
    expect(await quiz.locator('[data-correct], [data-feedback]').count()).toBe(0);
    const question = quiz.locator('[data-question="3"]');
    expect(await question.locator('.prompt').innerText()).toBe('Which domain must SPF or DKIM align with for DMARC?');
    const right = question.locator('button.option', { hasText: /^example\.com$/ });
    await right.focus();
    await page.keyboard.press('Enter');
    expect(await question.locator('[data-feedback]').innerText()).toContain('Right.');
    expect(await right.getAttribute('data-correct')).toBe('true');
    expect(await quiz.locator('[data-score]').getAttribute('data-score')).toBe('1');
    await page.context().close();
  });
});

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  it.each([['en-GB'], ['de-DE']])('an open lesson with an answered quiz passes axe (%s)', async (locale) => {
    const page = await openScenario('#scenario/mailing-list-arc/step/2', locale);
    await page.locator('details:has(#teaching-heading) summary').click();
    await page.locator('[data-quiz="lesson-quiz"] [data-question="1"] [data-option="1"]').click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${ARTIFACTS}lesson-${locale}.png`, fullPage: true });
    await page.context().close();
  });
});

describe('worksheet', () => {
  // Every scenario, in English and German by turns: each must fit its handout on one or two pages.
  const printed = SCENARIOS.map((s, index) => [s.name, index % 2 ? 'de-DE' : 'en-GB', index % 2 ? 'de' : 'en'] as const);
  it.each(printed)('%s printed (%s): title and questions first, the answers on a page of their own', async (name, locale, language) => {
    const stated = scenario(name);
    const page = await openScenario(`#scenario/${name}`, locale);
    // The print dialog itself is the browser's; the PDF below is what it would print.
    await page.evaluate(() => (window.print = () => undefined));
    await page.locator('[data-print-worksheet]').click();
    const sheet = page.locator('[data-worksheet-sheet]');
    await sheet.waitFor({ state: 'attached' });
    // Made for the printer only: the answers never show on the screen (or the projector).
    expect(await sheet.isVisible()).toBe(false);
    const file = `${ARTIFACTS}worksheet-${name}-${language}.pdf`;
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    // One line of text: a word broken at its hyphen over two lines is joined again.
    const flat = (text: string) => text.replace(/-\s+/g, '-').replace(/\s+/g, ' ');
    const answerHeading = language === 'en' ? 'Answers:' : 'Lösungen:';
    const answerPage = pages.findIndex((p) => flat(p).includes(answerHeading));
    expect(answerPage).toBeGreaterThanOrEqual(1);
    expect(answerPage).toBeLessThanOrEqual(2);
    const handout = flat(pages.slice(0, answerPage).join(' '));
    const answers = flat(pages.slice(answerPage).join(' '));
    expect(handout).toContain(stated.title[language]);
    for (const question of stated.questions) {
      expect(handout).toContain(flat(question.prompt[language]).slice(0, 30));
      expect(handout).not.toContain(flat(question.explanation[language]).slice(0, 30));
      expect(answers).toContain(flat(question.explanation[language]).slice(0, 30));
    }
    // The worksheet alone: neither the quiz's buttons nor the analysis are printed.
    expect(handout).not.toContain(language === 'en' ? 'Score:' : 'Punkte:');
    expect(handout).not.toContain('Mail Lab report');
    // When the print dialog closes, the worksheet goes and printing gives the report again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await sheet.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => 'worksheet' in document.documentElement.dataset)).toBe(false);
    await page.context().close();
  });
});
