// The Writable stand-in against Node's own Writable: generated runs of
// writes (of any size, answered at once, later or with an error), an end()
// with or without a callback, and a _final() that succeeds or fails, must
// give the same write() results and the same events in the same order.
import * as nodeStream from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Buffer as StandInBuffer } from '../../../src/worker/shims/buffer.ts';
import { Writable } from '../../../src/worker/shims/writable.ts';

type Answer = 'sync' | 'promise' | 'later' | 'error';
interface Run {
  highWaterMark: number;
  writes: { bytes: number; answer: Answer; asString: boolean }[];
  /** Writes made before the first write is answered, the rest one per 'drain' or callback. */
  eager: number;
  final: 'none' | 'sync' | 'promise' | 'later' | 'error';
  endCallback: boolean;
  writeAfterEnd: boolean;
}

type WritableClass = new (options: object) => nodeStream.Writable;

/** Runs one scenario and returns what the stream did, in order. */
function play(WritableType: WritableClass, run: Run): Promise<string[]> {
  const log: string[] = [];
  return new Promise((resolve) => {
    let next = 0;
    const later = (action: () => void) => setImmediate(action);
    const stream = new WritableType({
      highWaterMark: run.highWaterMark,
      write(chunk: Uint8Array, encoding: string, callback: (error?: Error) => void) {
        const index = Number(new TextDecoder().decode(chunk.subarray(0, 4)));
        log.push(`_write ${index} ${chunk.length} ${encoding} ${chunk instanceof Uint8Array}`);
        const answer = run.writes[index]!.answer;
        if (answer === 'sync') callback();
        // mailauth's MessageParser answers from a promise's then().
        else if (answer === 'promise') void Promise.resolve().then(() => callback());
        else if (answer === 'later') later(() => callback());
        else later(() => callback(new Error(`write ${index} failed`)));
      },
      ...(run.final === 'none'
        ? {}
        : {
            final(callback: (error?: Error) => void) {
              log.push('_final');
              if (run.final === 'sync') callback();
              else if (run.final === 'promise') void Promise.resolve().then(() => callback());
              else if (run.final === 'later') later(() => callback());
              else later(() => callback(new Error('final failed')));
            },
          }),
    });
    for (const event of ['drain', 'prefinish', 'finish', 'close']) stream.on(event, () => log.push(event));
    stream.on('error', (error: Error) => log.push(`error ${error.message}`));
    stream.on('close', () => later(() => resolve(log)));
    const writeOne = () => {
      if (next >= run.writes.length) {
        if (next === run.writes.length) {
          next++;
          if (run.endCallback) stream.end((error?: Error | null) => log.push(`end callback ${error?.message ?? 'ok'}`));
          else stream.end();
          if (run.writeAfterEnd) log.push(`write after end ${stream.write(new Uint8Array(1), (error?: Error | null) => log.push(`late callback ${error?.message ?? 'ok'}`))}`);
        }
        return false;
      }
      const index = next++;
      const { bytes, asString } = run.writes[index]!;
      const text = String(index).padStart(4, '0') + 'x'.repeat(bytes);
      const chunk = asString ? text : new TextEncoder().encode(text);
      const ok = stream.write(chunk, (error?: Error | null) => log.push(`callback ${index} ${error?.message ?? 'ok'}`));
      log.push(`write ${index} -> ${ok}`);
      return ok;
    };
    for (let i = 0; i < run.eager; i++) writeOne();
    const more = () => {
      if (stream.destroyed) return;
      while (writeOne());
    };
    stream.on('drain', more);
    later(more);
  });
}

const runs: fc.Arbitrary<Run> = fc.record({
  highWaterMark: fc.constantFrom(1, 8, 64, 16 * 1024),
  writes: fc.array(fc.record({ bytes: fc.nat({ max: 40 }), answer: fc.constantFrom<Answer>('sync', 'promise', 'promise', 'later', 'error'), asString: fc.boolean() }), { maxLength: 8 }),
  eager: fc.nat({ max: 4 }),
  final: fc.constantFrom('none', 'sync', 'promise', 'later', 'error'),
  endCallback: fc.boolean(),
  writeAfterEnd: fc.boolean(),
});

describe('Writable stand-in', () => {
  it('writes, drains, finishes and fails as Node\'s Writable does', async () => {
    await fc.assert(
      fc.asyncProperty(runs, async (run) => {
        const expected = await play(nodeStream.Writable as unknown as WritableClass, run);
        const actual = await play(Writable as unknown as WritableClass, run);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('hands _write() a Buffer (the worker\'s) over the written Uint8Array, not a copy', () => {
    const bytes = new Uint8Array([1, 2, 3, 4]);
    let seen: Uint8Array | null = null;
    new Writable({ write: (chunk, _encoding, callback) => ((seen = chunk as Uint8Array), callback()) }).write(bytes.subarray(1, 3));
    expect(StandInBuffer.isBuffer(seen)).toBe(true);
    expect(seen!.buffer).toBe(bytes.buffer);
    expect([...seen!]).toEqual([2, 3]);
  });
});
