// Where the shared public corpora live: MAIL_LAB_CORPUS if set, else
// ../shared/corpus beside the repository, else /work/shared/corpus (a CI
// clone may sit anywhere on the machine that holds the corpora). A missing
// folder is a failure, never a skip: a corpus run that silently did nothing
// would read as "all agree".

import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const BESIDE_REPOSITORY = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const ON_THIS_MACHINE = '/work/shared/corpus/';

export function corpusRoot(): string {
  const fromEnv = process.env['MAIL_LAB_CORPUS'];
  const root = fromEnv ? resolve(fromEnv) : existsSync(BESIDE_REPOSITORY) ? BESIDE_REPOSITORY : ON_THIS_MACHINE;
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(
      `The shared corpus folder is missing: ${root} ` +
        (fromEnv ? '(from MAIL_LAB_CORPUS). ' : '(looked for ../shared/corpus beside the repository, then /work/shared/corpus). ') +
        'Check it out there, or set MAIL_LAB_CORPUS to its path.',
    );
  }
  return root;
}

/** The folder of one corpus, e.g. `corpusFolder('dkim-vectors')`; fails when it is not there. */
export function corpusFolder(name: string): string {
  const folder = join(corpusRoot(), name);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`The corpus "${name}" is missing: no folder ${folder}. Is MAIL_LAB_CORPUS pointing at an older corpus?`);
  }
  return folder;
}

/** A file inside a corpus, which must exist. */
export function corpusFile(folder: string, relative: string): string {
  const path = join(folder, relative);
  if (!existsSync(path)) throw new Error(`Corpus file missing: ${path}`);
  return path;
}
