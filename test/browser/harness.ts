// One set of real parts per browser test file: the production build on a
// local static server, a local DNS-over-HTTPS server, and Chromium.

import { readdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { startDohServer } from '../support/doh-server.ts';
import type { AnalyzeRequest, AnalyzeResponse } from '../../src/worker/api.ts';

export const DIST = new URL('../../dist/', import.meta.url).pathname;

export type DohServer = Awaited<ReturnType<typeof startDohServer>>;

export interface Harness {
  browser: Browser;
  site: StaticServer;
  doh: DohServer;
  /** The English page's built worker script, e.g. /assets/entry-en-1a2b3c.js. */
  workerPath: string;
  close(): Promise<void>;
}

/** The analysis worker the page of a language loads (one per language, vite-plugin-one-language.ts). */
export function findWorkerAsset(language: 'en' | 'de' = 'en'): string {
  const name = readdirSync(new URL('assets/', `file://${DIST}`)).find((file) => new RegExp(`^entry-${language}-[\\w-]+\\.js$`).test(file));
  if (!name) throw new Error(`the build has no worker asset for ${language} (dist/assets/entry-${language}-*.js)`);
  return `/assets/${name}`;
}

export async function startHarness(): Promise<Harness> {
  const [site, doh, browser] = await Promise.all([startStaticServer(DIST), startDohServer({}), launchChromium()]);
  return {
    browser,
    site,
    doh,
    workerPath: findWorkerAsset(),
    async close() {
      await Promise.all([browser.close(), site.close(), doh.close()]);
    },
  };
}

/**
 * Calls the built worker the way comlink does (an APPLY message with the
 * request as a RAW wire value, the message buffer transferred), so the test
 * exercises the very file the page loads, with nothing of the test in it.
 */
export async function analyzeInWorker(page: Page, workerPath: string, request: Omit<AnalyzeRequest, 'message'> & { message: number[] }): Promise<AnalyzeResponse> {
  return page.evaluate(
    ({ workerPath, request }) =>
      new Promise<AnalyzeResponse>((resolve, reject) => {
        const worker = new Worker(workerPath, { type: 'module' });
        const message = new Uint8Array(request.message).buffer;
        const id = 'test-call';
        worker.addEventListener('error', (event) => reject(new Error(`worker error: ${event.message}`)));
        worker.addEventListener('message', (event: MessageEvent) => {
          const data = event.data as { id?: string; type: string; value: unknown };
          if (data.id !== id) return;
          worker.terminate();
          if (data.type === 'RAW') resolve(data.value as AnalyzeResponse);
          else reject(new Error(`worker threw: ${JSON.stringify(data.value)}`));
        });
        worker.postMessage(
          { id, type: 'APPLY', path: ['analyze'], argumentList: [{ type: 'RAW', value: { ...request, message } }] },
          [message],
        );
      }),
    { workerPath, request },
  );
}
