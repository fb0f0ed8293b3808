// The Chromium half of the benchmark: the built worker timed call by call,
// and the real page analysing the message while long tasks are watched.

import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';
import { findWorkerAsset } from '../browser/harness.ts';
import { startStaticServer } from '../support/static-server.ts';
import { startDohServer } from '../support/doh-server.ts';
import type { BenchMessage } from './large-message.ts';

export interface ChromiumFigures {
  workerRuns: number[];
  /** From `new Worker` to the answer to a ping, median of fresh workers (the script itself cached). */
  coldStartMs: number;
  /** From `new Worker` to the first analysis of the bench message. */
  firstAnalysisMs: number;
  longestTaskMs: number;
  pageAnalysisMs: number;
  pasteLongestTaskMs: number;
  pasteAnalysisMs: number;
  /** The same with a 50 MB message: the page must stay responsive. */
  large: { openMs: number; openLongestTaskMs: number; pasteMs: number; pasteLongestTaskMs: number };
}

const MESSAGE_PATH = '/bench-message.eml';

/** Runs the worker `runs + 1` times in one page; the first call includes start-up. */
async function timeWorker(page: Page, workerPath: string, message: BenchMessage, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ workerPath, zone, now, envelope, runs, messagePath }) => {
      const bytes = await (await fetch(messagePath)).arrayBuffer();
      const worker = new Worker(workerPath, { type: 'module' });
      const call = (id: string) =>
        new Promise<number>((resolve, reject) => {
          const start = performance.now();
          const copy = bytes.slice(0);
          const onMessage = (event: MessageEvent) => {
            if (event.data?.id !== id) return;
            worker.removeEventListener('message', onMessage);
            const value = event.data.value as { ok: boolean; analysis?: { dkim: { result: string }[] } };
            if (event.data.type !== 'RAW' || !value.ok || value.analysis!.dkim.some((s) => s.result !== 'pass')) {
              reject(new Error(`worker run failed: ${JSON.stringify(event.data).slice(0, 300)}`));
            }
            resolve(performance.now() - start);
          };
          worker.addEventListener('message', onMessage);
          worker.postMessage(
            { id, type: 'APPLY', path: ['analyze'], argumentList: [{ type: 'RAW', value: { message: copy, now, envelope, dns: { kind: 'zone', zone } } }] },
            [copy],
          );
        });
      const times: number[] = [];
      for (let i = 0; i <= runs; i++) times.push(await call(`run-${i}`));
      worker.terminate();
      return times;
    },
    { workerPath, zone: message.zone, now: message.now, envelope: message.envelope, runs, messagePath: MESSAGE_PATH },
  );
}

/**
 * From `new Worker` to its first answer (a comlink ping), in `runs` fresh
 * workers after one that fetched the script: what the worker's loading and
 * top-level code cost before it can take a call.
 */
export async function timeColdStart(page: Page, workerPath: string, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ workerPath, runs }) => {
      const startOne = () =>
        new Promise<number>((resolve, reject) => {
          const start = performance.now();
          const worker = new Worker(workerPath, { type: 'module' });
          worker.addEventListener('error', (event) => reject(new Error(`worker failed to start: ${event.message}`)));
          worker.addEventListener('message', (event: MessageEvent) => {
            if (event.data?.id !== 'ping') return;
            const ms = performance.now() - start;
            worker.terminate();
            if (event.data.type !== 'RAW' || event.data.value !== 'pong') reject(new Error(`unexpected answer: ${JSON.stringify(event.data)}`));
            resolve(ms);
          });
          worker.postMessage({ id: 'ping', type: 'APPLY', path: ['ping'], argumentList: [] });
        });
      await startOne();
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push(await startOne());
      return times;
    },
    { workerPath, runs },
  );
}

type LongTasks = { longTasks: number[] };

async function openPage(page: Page, dohUrl: string): Promise<void> {
  await page.reload();
  await page.getByText('Settings').click();
  await page.getByLabel('DNS resolver').selectOption('custom');
  await page.getByLabel('DNS-over-HTTPS URL').fill(dohUrl);
}

/** Runs `act`, waits for the verdict, and returns the time and the longest task seen meanwhile. */
async function watch(page: Page, act: () => Promise<void>): Promise<{ longestTaskMs: number; ms: number }> {
  await page.evaluate(() => ((globalThis as unknown as LongTasks).longTasks.length = 0));
  const start = Date.now();
  await act();
  await page.locator('[data-verdict^="DKIM"] [data-result="pass"]').first().waitFor({ timeout: 120_000 });
  const ms = Date.now() - start;
  const tasks = await page.evaluate(() => (globalThis as unknown as LongTasks).longTasks);
  return { longestTaskMs: Math.max(0, ...tasks), ms };
}

const LARGE_MESSAGE_PATH = '/bench-message-50mb.eml';

async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: number[] = [];
    (globalThis as unknown as LongTasks).longTasks = seen;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => seen.push(entry.duration))).observe({ type: 'longtask', buffered: true });
  });
}

/**
 * Opens the message at `path` as a file. The file is made in the page, as a
 * file picker would hand it over; Playwright's setInputFiles would ship it
 * through the debugging protocol on the page's main thread and be counted
 * as the page's own work.
 */
async function openAsFile(page: Page, dohUrl: string, path: string) {
  await openPage(page, dohUrl);
  await page.evaluate(async (from) => {
    const blob = await (await fetch(from)).blob();
    (globalThis as unknown as { benchFile: File }).benchFile = new File([blob], 'bench.eml', { type: 'message/rfc822' });
  }, path);
  return watch(page, () =>
    page.locator('input[type=file][accept^=".eml"]').evaluate((input: HTMLInputElement) => {
      const data = new DataTransfer();
      data.items.add((globalThis as unknown as { benchFile: File }).benchFile);
      input.files = data.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }),
  );
}

/** Pastes the message at `path`: the text arrives in the page first, as a clipboard would hold it. */
async function paste(page: Page, dohUrl: string, path: string) {
  await openPage(page, dohUrl);
  await page.evaluate(async (from) => {
    (globalThis as unknown as { pasteText: string }).pasteText = await (await fetch(from)).text();
  }, path);
  return watch(page, () =>
    page.getByLabel('Raw message').evaluate((area) => {
      const data = new DataTransfer();
      data.setData('text/plain', (globalThis as unknown as { pasteText: string }).pasteText);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }),
  );
}

export async function measureInChromium(dist: string, message: BenchMessage, large: BenchMessage, runs: number): Promise<ChromiumFigures> {
  const [site, doh, browser] = await Promise.all([startStaticServer(dist), startDohServer({ zone: message.zone }), launchChromium()]);
  try {
    const page = await browser.newPage();
    // tsx compiles with esbuild's keepNames, which wraps the functions handed
    // to page.evaluate in calls to a `__name` helper the page lacks.
    await page.addInitScript('globalThis.__name = (target) => target;');
    await page.route(`**${MESSAGE_PATH}`, (route) => route.fulfill({ body: Buffer.from(message.bytes), contentType: 'message/rfc822' }));
    await page.route(`**${LARGE_MESSAGE_PATH}`, (route) => route.fulfill({ body: Buffer.from(large.bytes), contentType: 'message/rfc822' }));
    await page.goto(site.url);
    const coldStarts = await timeColdStart(page, findWorkerAsset(), runs);
    const [firstAnalysisMs, ...workerRuns] = await timeWorker(page, findWorkerAsset(), message, runs);
    await watchLongTasks(page);
    const opened = await openAsFile(page, doh.url, MESSAGE_PATH);
    const pasted = await paste(page, doh.url, MESSAGE_PATH);
    const opened50 = await openAsFile(page, doh.url, LARGE_MESSAGE_PATH);
    const pasted50 = await paste(page, doh.url, LARGE_MESSAGE_PATH);
    return {
      workerRuns,
      coldStartMs: [...coldStarts].sort((a, b) => a - b)[Math.floor(coldStarts.length / 2)]!,
      firstAnalysisMs: firstAnalysisMs!,
      longestTaskMs: opened.longestTaskMs,
      pageAnalysisMs: opened.ms,
      pasteLongestTaskMs: pasted.longestTaskMs,
      pasteAnalysisMs: pasted.ms,
      large: { openMs: opened50.ms, openLongestTaskMs: opened50.longestTaskMs, pasteMs: pasted50.ms, pasteLongestTaskMs: pasted50.longestTaskMs },
    };
  } finally {
    await Promise.all([browser.close(), site.close(), doh.close()]);
  }
}
