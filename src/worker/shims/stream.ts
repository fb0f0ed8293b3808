// Stand-in for `node:stream`: readable-stream@4, Node's own stream code
// published for other platforms. It imports its own `process` and `buffer`,
// so no globals are needed (stream-browserify needs a global
// process.nextTick). The package name does not match the build alias for
// `stream` / `node:stream`, so this import cannot resolve back to this file.
import streams from 'readable-stream';

export const Readable = streams.Readable;
export const Writable = streams.Writable;
export const Duplex = streams.Duplex;
export const Transform = streams.Transform;
export const PassThrough = streams.PassThrough;
export const Stream = streams.Stream;
export const pipeline = streams.pipeline;
export const finished = streams.finished;
export const addAbortSignal = streams.addAbortSignal;
export const compose = streams.compose;
export const destroy = streams.destroy;
export const promises = streams.promises;

// `require('stream')` in Node returns the Stream constructor with the
// classes as properties; readable-stream's default export has that shape.
export default streams;
