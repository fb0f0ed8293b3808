// A setup file of the browser project: after every test, the console must
// have stayed quiet but for what the test declared (see console-watch.ts).

import { afterEach, expect } from 'vitest';
import { takeConsoleSurprises } from './console-watch.ts';

afterEach(async () => {
  const { unexpected, missing } = await takeConsoleSurprises();
  expect(unexpected, 'console errors, warnings or page errors').toEqual([]);
  expect(missing, 'declared with expectConsoleMessage() but never heard').toEqual([]);
});
