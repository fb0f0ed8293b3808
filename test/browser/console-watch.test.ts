// The console watch every browser test runs under (console-watch.ts): it
// hears errors, warnings and uncaught errors of the page, and a test may
// declare exactly the messages it provokes.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';
import { expectConsoleMessage, takeConsoleSurprises } from './console-watch.ts';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('the console watch', () => {
  it('hears an error, a warning and an uncaught error in the page, and not an info', async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.site.url);
    await page.evaluate(() => {
      console.error('planted error');
      console.warn('planted warning');
      console.info('planted info');
      setTimeout(() => {
        throw new Error('planted throw');
      });
    });
    await page.waitForEvent('pageerror');
    const { unexpected, missing } = await takeConsoleSurprises();
    expect(unexpected).toEqual(expect.arrayContaining(['error: planted error', 'warning: planted warning', 'pageerror: planted throw']));
    expect(unexpected.join('\n')).not.toMatch(/planted info/);
    expect(missing).toEqual([]);
    await page.close();
  });

  it('passes a test that declares exactly what it provokes, and fails one whose declared message never came', async () => {
    const page = await harness.browser.newPage();
    await page.goto(harness.site.url);
    expectConsoleMessage('error: declared error');
    expectConsoleMessage('warning: never said');
    await page.evaluate(() => console.error('declared error'));
    const { unexpected, missing } = await takeConsoleSurprises();
    expect(unexpected).toEqual([]);
    expect(missing).toEqual(['warning: never said']);
    await page.close();
  });
});
