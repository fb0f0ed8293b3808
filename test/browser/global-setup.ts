// Browser tests run against the production build. `npm test` builds first;
// when the browser project runs alone, build here if dist/ is missing.

import { existsSync } from 'node:fs';
import { build } from 'vite';
import { CHROMIUM_PATH } from './chromium.ts';

export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}: run test/browser/ensure-chromium.sh (npm test does) or set CHROMIUM_PATH.`);
  }
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    await build({ logLevel: 'warn' });
  }
}
