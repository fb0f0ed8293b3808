// The `node:stream` stand-in: readable-stream@4, as mailauth's DKIM
// verifier (a Writable) and body hasher (a Transform) use it.
import { describe, expect, it } from 'vitest';
import streamDefault, * as stream from '../../../src/worker/shims/stream.ts';

describe('stream', () => {
  it('exports the classes mailauth takes, also as properties of the default export', () => {
    for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough'] as const) {
      expect(typeof stream[name], name).toBe('function');
      expect(streamDefault[name], name).toBe(stream[name]);
    }
  });

  it('pipes a message through a Transform into a Writable', async () => {
    const seen: string[] = [];
    const upper = new stream.Transform({
      transform(chunk: Uint8Array, _encoding: string, callback: (error: null, data: string) => void) {
        callback(null, new TextDecoder().decode(chunk).toUpperCase());
      },
    });
    const sink = new stream.Writable({
      write(chunk: Uint8Array, _encoding: string, callback: () => void) {
        seen.push(new TextDecoder().decode(chunk));
        callback();
      },
    });
    await new Promise<void>((resolve, reject) => {
      stream.pipeline(stream.Readable.from(['from: a\r\n', 'to: b\r\n']), upper, sink, (error: Error | null) => (error ? reject(error) : resolve()));
    });
    expect(seen.join('')).toBe('FROM: A\r\nTO: B\r\n');
  });
});
