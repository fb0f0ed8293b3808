// Turns the command line's INPUTs into messages, one at a time and in order:
// `-` (standard input), a file (one message, an mbox of several, a share
// file), a fixture case folder, a Maildir (cur/ and new/), or a folder of
// any of these. Nothing is read before it is needed, so a mailbox of any
// size is held one message at a time.

import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_INPUT_BYTES } from '../core/message/prepare-message.ts';
import { SHARE_FILE_EXTENSION } from '../core/share/share-file.ts';
import { InputError, loadInput, type LoadedInput } from './inputs.ts';
import { splitMbox, startsLikeMbox } from './mbox.ts';

/** One message of one INPUT: what was loaded, or why it could not be. */
export type InputItem = { input: string; index: number | null; loaded: LoadedInput } | { input: string; index: number | null; error: InputError };

/** The name `-` gets in reports. */
export const STDIN_LABEL = '(stdin)';

// Files picked up from a folder that is neither a case nor a Maildir: the
// names mail is saved under, so a README or a zone.json beside them is not
// taken for a message.
const MESSAGE_FILE = new RegExp(`(\\.eml|\\.mbox|\\.msg|\\.txt|${SHARE_FILE_EXTENSION.replaceAll('.', '\\.')})$`, 'i');
// Folders inside folders: deep enough for any mail archive layout, and an
// end to a symbolic link that points at its own parent.
const MAX_FOLDER_DEPTH = 8;

function unreadable(path: string, error: unknown): InputError {
  return error instanceof InputError ? error : new InputError('unreadable', `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

function plainMessage(path: string, message: Uint8Array): LoadedInput {
  return { path, message, zone: null, now: null, smtp: null };
}

/** Standard input up to one octet past what the core takes (it then says "too large"); the rest is read and dropped. */
async function collect(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let octets = 0;
  for await (const chunk of chunks) {
    if (octets > MAX_INPUT_BYTES) continue;
    parts.push(chunk);
    octets += chunk.length;
  }
  return new Uint8Array(Buffer.concat(parts).subarray(0, MAX_INPUT_BYTES + 1));
}

/** A stream that may be an mbox: split it, or take it whole. */
async function* messagesOfStream(label: string, chunks: AsyncIterable<Uint8Array>): AsyncGenerator<InputItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let seen = 0;
  // "From " is five octets; chunks may be smaller on a pipe.
  while (seen < 5) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
    seen += next.value.length;
  }
  const rest: AsyncIterable<Uint8Array> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  if (!startsLikeMbox(new Uint8Array(Buffer.concat(head)))) {
    yield { input: label, index: null, loaded: plainMessage(label, await collect(rest)) };
    return;
  }
  let index = 0;
  for await (const message of splitMbox(rest)) {
    index++;
    yield { input: label, index, loaded: plainMessage(`${label} #${index}`, message) };
  }
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (entry) => entry.isDirectory(),
    () => false,
  );
}

async function* maildirMessages(path: string): AsyncGenerator<InputItem> {
  // new/ before cur/: delivery order. tmp/ holds messages still being written (Maildir spec).
  for (const sub of ['new', 'cur']) {
    const folder = join(path, sub);
    if (!(await isFolder(folder))) continue;
    const names = (await readdir(folder)).filter((name) => !name.startsWith('.')).sort();
    for (const name of names) yield* fileMessages(join(folder, name));
  }
}

async function* fileMessages(path: string): AsyncGenerator<InputItem> {
  try {
    if (path.endsWith(SHARE_FILE_EXTENSION)) {
      yield { input: path, index: null, loaded: await loadInput(path) };
      return;
    }
    const head = new Uint8Array(5);
    const handle = await open(path, 'r');
    try {
      await handle.read(head, 0, 5, 0);
    } finally {
      await handle.close();
    }
    if (startsLikeMbox(head)) yield* messagesOfStream(path, createReadStream(path));
    else yield { input: path, index: null, loaded: await loadInput(path) };
  } catch (error) {
    yield { input: path, index: null, error: unreadable(path, error) };
  }
}

async function* folderMessages(path: string, depth: number): AsyncGenerator<InputItem> {
  let names: string[];
  try {
    names = await readdir(path);
  } catch (error) {
    yield { input: path, index: null, error: unreadable(path, error) };
    return;
  }
  if (names.includes('message.eml')) {
    yield* fileOrCase(path);
    return;
  }
  if (names.includes('cur') || names.includes('new')) {
    yield* maildirMessages(path);
    return;
  }
  if (depth >= MAX_FOLDER_DEPTH) return;
  for (const name of names.filter((entry) => !entry.startsWith('.')).sort()) {
    const child = join(path, name);
    if (await isFolder(child)) yield* folderMessages(child, depth + 1);
    else if (MESSAGE_FILE.test(name)) yield* fileMessages(child);
  }
}

/** A case folder, a share file or link: what loadInput reads. */
async function* fileOrCase(path: string): AsyncGenerator<InputItem> {
  try {
    yield { input: path, index: null, loaded: await loadInput(path) };
  } catch (error) {
    yield { input: path, index: null, error: unreadable(path, error) };
  }
}

async function* messagesOf(argument: string, stdin: AsyncIterable<Uint8Array>): AsyncGenerator<InputItem> {
  if (argument === '-') {
    yield* messagesOfStream(STDIN_LABEL, stdin);
    return;
  }
  let folder: boolean;
  try {
    folder = (await stat(argument)).isDirectory();
  } catch {
    // Not a path: a share link, or a file that is not there (loadInput says which).
    yield* fileOrCase(argument);
    return;
  }
  // A folder that is not a case or a Maildir is a folder of them.
  yield* folder ? folderMessages(argument, 1) : fileMessages(argument);
}

/** Every message of every INPUT, in command-line order. */
export async function* inputItems(argv: string[], stdin: AsyncIterable<Uint8Array>): AsyncGenerator<InputItem> {
  for (const argument of argv) yield* messagesOf(argument, stdin);
}
