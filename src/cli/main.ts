// The body of the `mail-lab` command (bin.ts, built or run from the
// sources by `npm run analyze` under tsx).

import { run } from './run.ts';

/** `workerEntry`: the script a worker thread of --jobs starts (bin.js once built). */
export async function main(workerEntry: URL): Promise<void> {
  process.exitCode = await run(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
    { workerEntry },
  );
}
