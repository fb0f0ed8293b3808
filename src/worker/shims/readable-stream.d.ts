// readable-stream@4 ships no types; only what stream.ts re-exports is named.
declare module 'readable-stream' {
  type StreamClass = new (...args: any[]) => any;
  const streams: {
    Readable: StreamClass & { from(iterable: Iterable<unknown> | AsyncIterable<unknown>, options?: object): any };
    Writable: StreamClass;
    Duplex: StreamClass;
    Transform: StreamClass;
    PassThrough: StreamClass;
    Stream: StreamClass;
    pipeline: (...args: any[]) => any;
    finished: (...args: any[]) => any;
    addAbortSignal: (...args: any[]) => any;
    compose: (...args: any[]) => any;
    destroy: (...args: any[]) => any;
    promises: { pipeline: (...args: any[]) => Promise<void>; finished: (...args: any[]) => Promise<void> };
  };
  export default streams;
}
