// Stand-in for `node:stream`. mailauth's verification path uses Writable
// only (its MessageParser, the base of the DKIM verifier): that is
// writable.ts. Its body hasher module also declares a Transform subclass
// when it loads, used only for signing; so the other classes can be
// declared and constructed, but reading or writing through them throws,
// as do the stream functions. (readable-stream, the whole of Node's stream
// code, was here before: about 23 kB gzip for one class.)
import { EventEmitter } from './event-emitter.ts';
import { notInBrowser } from './node-error.ts';
import { Writable } from './writable.ts';

const WHY = 'the Mail Lab worker has only the Writable stream mailauth verifies with';

function unavailable(name: string): (...args: unknown[]) => never {
  return () => {
    throw notInBrowser(name, WHY);
  };
}

function unavailableStream(name: string) {
  return class extends EventEmitter {
    constructor(..._options: unknown[]) {
      super();
    }
    read = unavailable(`${name}.read`);
    write = unavailable(`${name}.write`);
    push = unavailable(`${name}.push`);
    pipe = unavailable(`${name}.pipe`);
    end = unavailable(`${name}.end`);
  };
}

export { Writable };
export const Readable = unavailableStream('Readable');
export const Duplex = unavailableStream('Duplex');
export const Transform = unavailableStream('Transform');
export const PassThrough = unavailableStream('PassThrough');
export const Stream = EventEmitter;
export const pipeline = unavailable('stream.pipeline');
export const finished = unavailable('stream.finished');
export const addAbortSignal = unavailable('stream.addAbortSignal');
export const compose = unavailable('stream.compose');
export const destroy = unavailable('stream.destroy');
export const promises = { pipeline: unavailable('stream.promises.pipeline'), finished: unavailable('stream.promises.finished') };

// `require('stream')` in Node returns the Stream constructor with the
// classes as properties; an object of them serves the same destructuring.
export default { Readable, Writable, Duplex, Transform, PassThrough, Stream, pipeline, finished, addAbortSignal, compose, destroy, promises };
