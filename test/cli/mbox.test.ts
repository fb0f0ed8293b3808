import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitMbox, startsLikeMbox } from '../../src/cli/mbox.ts';
import { MAX_INPUT_BYTES } from '../../src/core/message/prepare-message.ts';
import { corpusFolder } from '../corpus/support/corpus-root.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The bytes in chunks of `size`, as a pipe may deliver them. */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) yield bytes.subarray(offset, offset + size);
}

async function split(bytes: Uint8Array, chunkSize = 65_536): Promise<string[]> {
  const messages: string[] = [];
  for await (const message of splitMbox(chunked(bytes, chunkSize))) messages.push(decoder.decode(message));
  return messages;
}

/** What an mboxrd writer does: quote every line that starts with >*"From ", then the envelope line and a closing empty line. */
function writeMbox(messages: string[], lineEnd = '\n'): Uint8Array {
  const quoted = messages.map((message) => `From MAILER-DAEMON Thu Jan  1 00:00:00 2026${lineEnd}${message
      .split('\n')
      .map((line) => line.replace(/^(>*From )/, '>$1'))
      .join('\n')}${lineEnd}`);
  return encoder.encode(quoted.join(''));
}

const SISIMAI = join(corpusFolder('sisimai-set-of-emails'), 'maildir', 'bsd');
const THREE_BOUNCES = ['lhost-postfix-01.eml', 'lhost-exim-01.eml', 'rfc3464-01.eml'].map((name) => readFileSync(join(SISIMAI, name), 'latin1'));

describe('splitMbox', () => {
  it('gives back the three Sisimai bounces of an mbox as they were, at any chunk size', async () => {
    const mbox = writeMbox(THREE_BOUNCES);
    expect(startsLikeMbox(mbox)).toBe(true);
    for (const size of [1, 7, 4096, 1 << 20]) expect(await split(mbox, size)).toEqual(THREE_BOUNCES);
  });

  it('undoes >From quoting by one level and leaves other > lines alone', async () => {
    const body = 'Subject: q\n\nFrom here on\n>From a quote\n>>From deeper\n> From not quoting\n>Fromage\n';
    const mbox = encoder.encode(`From a@b Sat Jan  1 00:00:00 2026\nSubject: q\n\n>From here on\n>>From a quote\n>>>From deeper\n> From not quoting\n>Fromage\n\n`);
    expect(await split(mbox)).toEqual([body]);
  });

  it('reads CRLF mailboxes and drops only the separating empty line', async () => {
    const messages = ['Subject: a\r\n\r\nbody\r\n\r\n', 'Subject: b\r\n\r\nlast\r\n'];
    expect(await split(writeMbox(messages, '\r\n'))).toEqual(messages);
  });

  it('keeps a message only to one octet past the input limit, and reads on to the next', async () => {
    const huge = new Uint8Array(MAX_INPUT_BYTES + 4096).fill(0x61);
    const mbox = Buffer.concat([encoder.encode('From a@b Sat Jan  1 00:00:00 2026\nSubject: big\n\n'), huge, encoder.encode('\n\nFrom a@b Sat Jan  1 00:00:00 2026\nSubject: small\n\nbody\n')]);
    const lengths: number[] = [];
    let last = '';
    for await (const message of splitMbox(chunked(mbox, 1 << 16))) {
      lengths.push(message.length);
      last = decoder.decode(message);
    }
    expect(lengths[0]).toBe(MAX_INPUT_BYTES + 1);
    expect(lengths).toHaveLength(2);
    expect(last).toBe('Subject: small\n\nbody\n');
  });

  it('"From:" is a header field, not an envelope line', () => {
    expect(startsLikeMbox(encoder.encode('From: a@b\n'))).toBe(false);
    expect(startsLikeMbox(encoder.encode('Fro'))).toBe(false);
  });

  it('round-trips any messages an mboxrd writer quoted, over all of Unicode', async () => {
    const line = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 10 }).map((rest) => `From ${rest}`), fc.nat(3).map((depth) => `${'>'.repeat(depth)}From x`));
    const message = fc.array(line.map((text) => text.replace(/[\r\n]/g, ' ')), { minLength: 1, maxLength: 8 }).map((lines) => `${lines.join('\n')}\n`);
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 64 }), async (messages, chunkSize) => {
        expect(await split(writeMbox(messages), chunkSize)).toEqual(messages);
      }),
    );
  });
});
