// The public corpora live in the repository, in test/corpus/data (one
// folder per corpus, each with its NOTICE and licence; README.md there says
// what each holds). A missing folder or file is a failure, never a skip: a
// corpus run that silently did nothing would read as "all agree".

import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CORPUS_DATA = fileURLToPath(new URL('../data/', import.meta.url));

export function corpusRoot(): string {
  if (!existsSync(CORPUS_DATA) || !statSync(CORPUS_DATA).isDirectory()) {
    throw new Error(`The corpus folder is missing: ${CORPUS_DATA} (it is part of the repository: is the checkout complete?)`);
  }
  return CORPUS_DATA;
}

/** The folder of one corpus, e.g. `corpusFolder('dkim-vectors')`; fails when it is not there. */
export function corpusFolder(name: string): string {
  const folder = join(corpusRoot(), name);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`The corpus "${name}" is missing: no folder ${folder}.`);
  }
  return folder;
}

/** A file inside a corpus, which must exist. */
export function corpusFile(folder: string, relative: string): string {
  const path = join(folder, relative);
  if (!existsSync(path)) throw new Error(`Corpus file missing: ${path}`);
  return path;
}
