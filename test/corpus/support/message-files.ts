// Which folders of test/corpus/data hold messages, and which of their files
// are messages (the rest are keys, DNS records, licences, expectation
// tables). Every folder must be in one list or the other, so a corpus added
// later is a decision, not a silent gap in the runners that read "all mail".

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFolder, corpusRoot } from './corpus-root.ts';

// Licences, notices and tables sit beside the messages in every folder.
const NEVER_A_MESSAGE = /(^|\/)(LICENSE|NOTICE|copyright|L?GPL-\d|MHA-MIT)[^/]*$|\.(json|md|yml)$/;

/** Folder → the files in it that are messages. */
export const MESSAGE_CORPORA: Readonly<Record<string, RegExp>> = {
  'sisimai-set-of-emails': /\.eml$/,
  'received-chains': /./,
  'flufl-bounce': /\.txt$/,
  'enmime-testdata': /\.raw$/,
  'spamassassin-samples': /\.txt$/,
  'eml-format': /\.eml$/,
  // Messages are .msg/.eml/.mbox or carry ".message" in the name; *.txt, *.dns, keys are DNS records and keys.
  'dkim-vectors': /\.(msg|eml|mbox)$|\.message/,
  'dmarc-authheaders': /\.message/,
  'rspamd-auth-cases': /\.eml$/,
};

/** Folder → why none of its files is a message of the collection. */
export const NOT_MESSAGE_CORPORA: Readonly<Record<string, string>> = {
  'arc-test-suite': 'YAML test suites; the messages are fragments inside the YAML, not files',
  'openspf-test-suite': 'YAML suites; its .eml cases were written here from the YAML (five fixed fields), not received mail',
  'received-headers': 'single Received lines in JSON tables',
  'message-kinds': 'labels (JSON) for messages of the other folders',
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The corpus folders that are in neither list (must be none). */
export function unlistedCorpora(): string[] {
  return readdirSync(corpusRoot())
    .filter((name) => statSync(join(corpusRoot(), name)).isDirectory())
    .filter((name) => !(name in MESSAGE_CORPORA) && !(name in NOT_MESSAGE_CORPORA));
}

/** Every message file of the collection, in a stable order. */
export function messageFiles(): string[] {
  return Object.entries(MESSAGE_CORPORA).flatMap(([name, isMessage]) => {
    const folder = corpusFolder(name);
    return filesUnder(folder)
      .filter((path) => !NEVER_A_MESSAGE.test(path) && isMessage.test(path.slice(folder.length)))
      .sort();
  });
}

/**
 * What makes two files the same message: their bytes with CRLF and CR read
 * as LF. Sisimai ships each of 88 bounces three times (LF, CRLF, CR), and
 * the authheaders messages are in two folders; a name they carry is still
 * seen in one message.
 */
export function messageIdentity(path: string): string {
  return readFileSync(path, 'latin1').replace(/\r\n?/g, '\n');
}
