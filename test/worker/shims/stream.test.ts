// The `node:stream` stand-in: the Writable mailauth verifies with
// (writable.test.ts compares it with Node's), and the other classes only
// as far as mailauth's modules declare subclasses of them when they load.
import { describe, expect, it } from 'vitest';
import streamDefault, * as stream from '../../../src/worker/shims/stream.ts';
import { Writable } from '../../../src/worker/shims/writable.ts';

describe('stream', () => {
  it('exports the classes mailauth takes, also as properties of the default export', () => {
    for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough'] as const) {
      expect(typeof stream[name], name).toBe('function');
      expect(streamDefault[name], name).toBe(stream[name]);
    }
    expect(stream.Writable).toBe(Writable);
  });

  it('lets a Transform subclass be declared and built, as mailauth\'s body hasher module does, but not used', () => {
    class BodyHashStream extends stream.Transform {
      hashed = 0;
    }
    const hasher = new BodyHashStream();
    expect(hasher.hashed).toBe(0);
    expect(() => hasher.write(new Uint8Array(1))).toThrow(/Transform\.write is not available/);
    expect(() => stream.pipeline()).toThrow(/stream\.pipeline is not available/);
  });
});
