// `npm run analyze -- [options] INPUT...`: the same analysis as the page,
// in Node, over the same core and DNS code.

import { run } from './run.ts';

process.exitCode = await run(
  process.argv.slice(2),
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
