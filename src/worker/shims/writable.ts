// Node's Writable stream, as much of it as mailauth's DKIM verifier uses:
// its MessageParser extends Writable with _write() and _final(), and is fed
// with write() / 'drain' / end() and awaited on 'finish' or 'error'. The
// whole of readable-stream (about 23 kB gzip with its process, string
// decoder and abort-controller shims) was in the worker for this one class.
//
// The states and their order follow Node's lib/internal/streams/writable.js
// and destroy.js (no cork, writev or construct, which mailauth does not
// use): one _write() at a time, later chunks queued and written in a loop;
// write() answers false once the queued bytes reach highWaterMark, and
// 'drain' follows when all are written; end() waits for the queue, then
// _final(), 'prefinish', 'finish', 'close'. An error destroys the stream:
// pending callbacks get it, then 'error', then 'close'.
// test/worker/shims/writable.test.ts replays generated runs against Node's
// own Writable and compares every event and callback.
//
// Node defers with process.nextTick, whose queue runs before promise jobs;
// a worker has no such queue, and queueMicrotask runs in line with them. So
// in the worker a deferred write callback or 'drain' may come before or
// after a promise job that resolved meanwhile where Node would order them
// the other way. mailauth's verifier does not see this: it passes no write
// callbacks and waits only on 'drain', 'finish' and 'error'. Where
// process.nextTick exists (the tests in Node) it is used, so the comparison
// with Node is exact.
import { EventEmitter } from './event-emitter.ts';
import { Buffer } from './buffer.ts';
import { nodeError } from './node-error.ts';

type Callback = (error?: Error | null) => void;

export interface WritableOptions {
  highWaterMark?: number;
  objectMode?: boolean;
  decodeStrings?: boolean;
  write?: (this: Writable, chunk: unknown, encoding: string, callback: Callback) => void;
  final?: (this: Writable, callback: Callback) => void;
  destroy?: (this: Writable, error: Error | null, callback: Callback) => void;
}

// Node's defaults: 16 KiB, or 16 objects in object mode.
const DEFAULT_HIGH_WATER_MARK = 16 * 1024;
const DEFAULT_OBJECT_HIGH_WATER_MARK = 16;

const nodeNextTick = (globalThis as { process?: { nextTick?: (task: () => void) => void } }).process?.nextTick;
const nextTick: (task: () => void) => void = nodeNextTick ? (task) => nodeNextTick(task) : (task) => queueMicrotask(task);
const streamError = (message: string, code: string) => nodeError(message, code);

interface Queued {
  chunk: unknown;
  encoding: string;
  callback: Callback;
}

export class Writable extends EventEmitter {
  readonly #highWaterMark: number;
  readonly #objectMode: boolean;
  readonly #decodeStrings: boolean;
  #queue: Queued[] = [];
  #length = 0;
  #writing = false;
  #writeLength = 0;
  #writeCallback: Callback | null = null;
  #sync = false;
  #processingQueue = false;
  #needDrain = false;
  #ending = false;
  #finalCalled = false;
  #prefinished = false;
  #finished = false;
  /** Writes whose callback is still due, and the pending _final() and 'finish'. */
  #pending = 0;
  #afterWriteTick: { count: number; callback: Callback } | null = null;
  /** end()'s callbacks: called just before 'finish', or with the error that stopped the stream. */
  #onFinished: Callback[] = [];
  #errorEmitted = false;
  #closeEmitted = false;
  destroyed = false;
  errored: Error | null = null;

  constructor(options: WritableOptions = {}) {
    super();
    this.#objectMode = options.objectMode === true;
    this.#highWaterMark = options.highWaterMark ?? (this.#objectMode ? DEFAULT_OBJECT_HIGH_WATER_MARK : DEFAULT_HIGH_WATER_MARK);
    this.#decodeStrings = options.decodeStrings !== false;
    if (options.write) this._write = options.write;
    if (options.final) this._final = options.final;
    if (options.destroy) this._destroy = options.destroy;
  }

  get writableLength(): number {
    return this.#length;
  }

  get writableEnded(): boolean {
    return this.#ending;
  }

  get writableFinished(): boolean {
    return this.#finished;
  }

  _write(_chunk: unknown, _encoding: string, _callback: Callback): void {
    throw nodeError('The _write() method is not implemented', 'ERR_METHOD_NOT_IMPLEMENTED');
  }

  _final?(callback: Callback): void;

  _destroy(error: Error | null, callback: Callback): void {
    callback(error);
  }

  write(chunk: unknown, encoding?: string | Callback | null, callback?: Callback): boolean {
    const done: Callback = typeof encoding === 'function' ? encoding : (callback ?? (() => {}));
    const [data, dataEncoding] = this.#toChunk(chunk, typeof encoding === 'string' ? encoding : 'utf8');
    const refused = this.#ending ? streamError('write after end', 'ERR_STREAM_WRITE_AFTER_END') : this.destroyed ? streamError('Cannot call write after a stream was destroyed', 'ERR_STREAM_DESTROYED') : null;
    if (refused) {
      nextTick(() => done(refused));
      this.#errorOrDestroy(refused);
      return false;
    }
    this.#pending++;
    const size = this.#sizeOf(data);
    this.#length += size;
    if (this.#writing || this.errored) this.#queue.push({ chunk: data, encoding: dataEncoding, callback: done });
    else this.#startWrite(data, dataEncoding, size, done);
    // Measured after the write: one answered at once no longer counts (Node 22 on).
    const belowMark = this.#length < this.#highWaterMark;
    if (!belowMark) this.#needDrain = true;
    return belowMark && !this.errored && !this.destroyed;
  }

  end(chunk?: unknown, encoding?: string | Callback | null, callback?: Callback): this {
    let done = callback;
    if (typeof chunk === 'function') {
      done = chunk as Callback;
      chunk = null;
    } else if (typeof encoding === 'function') {
      done = encoding;
      encoding = null;
    }
    if (chunk !== null && chunk !== undefined) this.write(chunk, encoding);
    let problem: Error | null = null;
    if (!this.errored && !this.#ending) {
      this.#ending = true;
      this.#finishIfDone(true);
    } else if (this.#finished) problem = streamError('Cannot call end after a stream was finished', 'ERR_STREAM_ALREADY_FINISHED');
    else if (this.destroyed) problem = streamError('Cannot call end after a stream was destroyed', 'ERR_STREAM_DESTROYED');
    if (done) {
      const settle = done;
      if (problem || this.#finished) nextTick(() => settle(problem));
      else this.#onFinished.push(settle);
    }
    return this;
  }

  destroy(error?: Error | null): this {
    if (this.destroyed) return this;
    if (this.#queue.length > 0 || this.#onFinished.length > 0) nextTick(() => this.#failQueued());
    if (error && !this.errored) this.errored = error;
    this.destroyed = true;
    let called = false;
    const onDestroyed = (destroyError?: Error | null) => {
      if (called) return;
      called = true;
      if (destroyError && !this.errored) this.errored = destroyError;
      nextTick(() => {
        if (destroyError && !this.#errorEmitted) {
          this.#errorEmitted = true;
          this.emit('error', destroyError);
        }
        this.#closeEmitted = true;
        this.emit('close');
      });
    };
    try {
      this._destroy(error ?? null, onDestroyed);
    } catch (thrown) {
      onDestroyed(thrown as Error);
    }
    return this;
  }

  #toChunk(chunk: unknown, encoding: string): [unknown, string] {
    if (chunk === null) throw nodeError('May not write null values to stream', 'ERR_STREAM_NULL_VALUES', TypeError);
    if (this.#objectMode) return [chunk, encoding];
    if (typeof chunk === 'string') return this.#decodeStrings ? [Buffer.from(chunk, encoding as BufferEncoding), 'buffer'] : [chunk, encoding];
    // Node hands _write() a Buffer over the same memory, not a copy.
    if (chunk instanceof Uint8Array) return [Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength), 'buffer'];
    throw nodeError('The "chunk" argument must be of type string or an instance of Buffer or Uint8Array', 'ERR_INVALID_ARG_TYPE', TypeError);
  }

  #sizeOf(chunk: unknown): number {
    return this.#objectMode ? 1 : (chunk as { length: number }).length;
  }

  #startWrite(chunk: unknown, encoding: string, size: number, callback: Callback): void {
    this.#writeLength = size;
    this.#writeCallback = callback;
    this.#writing = true;
    this.#sync = true;
    this._write(chunk, encoding, (error) => this.#onWrite(error ?? null));
    this.#sync = false;
  }

  #onWrite(error: Error | null): void {
    const sync = this.#sync;
    const callback = this.#writeCallback;
    if (!callback) {
      this.#errorOrDestroy(streamError('Callback called multiple times', 'ERR_MULTIPLE_CALLBACK'));
      return;
    }
    this.#writing = false;
    this.#writeCallback = null;
    this.#length -= this.#writeLength;
    this.#writeLength = 0;
    if (error) {
      if (!this.errored) this.errored = error;
      const fail = () => {
        this.#pending--;
        callback(error);
        this.#failQueued();
        this.#errorOrDestroy(error);
      };
      if (sync) nextTick(fail);
      else fail();
      return;
    }
    if (this.#queue.length > 0) this.#writeQueued();
    if (!sync) {
      this.#afterWrite(1, callback);
    } else if (this.#afterWriteTick?.callback === callback) {
      this.#afterWriteTick.count++;
    } else {
      const tick = { count: 1, callback };
      this.#afterWriteTick = tick;
      nextTick(() => {
        this.#afterWriteTick = null;
        this.#afterWrite(tick.count, tick.callback);
      });
    }
  }

  /** Writes queued chunks in a loop while each is answered at once (Node's clearBuffer). */
  #writeQueued(): void {
    if (this.#processingQueue || this.destroyed) return;
    this.#processingQueue = true;
    while (this.#queue.length > 0 && !this.#writing) {
      const { chunk, encoding, callback } = this.#queue.shift()!;
      this.#startWrite(chunk, encoding, this.#sizeOf(chunk), callback);
    }
    this.#processingQueue = false;
  }

  #afterWrite(count: number, callback: Callback): void {
    if (!this.#ending && !this.destroyed && this.#length === 0 && this.#needDrain) {
      this.#needDrain = false;
      this.emit('drain');
    }
    for (let i = 0; i < count; i++) {
      this.#pending--;
      callback();
    }
    if (this.destroyed) this.#failQueued();
    this.#finishIfDone(false);
  }

  /** Queued writes and end()'s callbacks learn why they will never complete (Node's errorBuffer). */
  #failQueued(): void {
    if (this.#writing) return;
    for (const { chunk, callback } of this.#queue.splice(0)) {
      this.#length -= this.#sizeOf(chunk);
      callback(this.errored ?? streamError('Cannot call write after a stream was destroyed', 'ERR_STREAM_DESTROYED'));
    }
    for (const settle of this.#onFinished.splice(0)) settle(this.errored ?? streamError('Cannot call end after a stream was destroyed', 'ERR_STREAM_DESTROYED'));
  }

  #needsFinish(): boolean {
    return this.#ending && !this.destroyed && this.#length === 0 && !this.errored && this.#queue.length === 0 && !this.#finished && !this.#writing && !this.#errorEmitted && !this.#closeEmitted;
  }

  #finishIfDone(sync: boolean): void {
    if (!this.#needsFinish()) return;
    this.#prefinish();
    if (this.#pending !== 0) return;
    this.#pending++;
    if (sync) {
      nextTick(() => {
        if (this.#needsFinish()) this.#finish();
        else this.#pending--;
      });
    } else if (this.#needsFinish()) {
      this.#finish();
    } else {
      this.#pending--;
    }
  }

  #prefinish(): void {
    if (this.#prefinished || this.#finalCalled) return;
    if (typeof this._final === 'function' && !this.destroyed) {
      this.#finalCalled = true;
      this.#callFinal();
    } else {
      this.#prefinished = true;
      this.emit('prefinish');
    }
  }

  #callFinal(): void {
    let called = false;
    const onFinal = (error?: Error | null) => {
      if (called) {
        this.#errorOrDestroy(error ?? streamError('Callback called multiple times', 'ERR_MULTIPLE_CALLBACK'));
        return;
      }
      called = true;
      this.#pending--;
      if (error) {
        for (const settle of this.#onFinished.splice(0)) settle(error);
        this.#errorOrDestroy(error);
      } else if (this.#needsFinish()) {
        this.#prefinished = true;
        this.emit('prefinish');
        this.#pending++;
        // 'finish' always comes a tick after _final()'s callback, as in Node.
        nextTick(() => this.#finish());
      }
    };
    this.#sync = true;
    this.#pending++;
    try {
      this._final!(onFinal);
    } catch (thrown) {
      onFinal(thrown as Error);
    }
    this.#sync = false;
  }

  #finish(): void {
    this.#pending--;
    this.#finished = true;
    for (const settle of this.#onFinished.splice(0)) settle();
    this.emit('finish');
    this.destroy();
  }

  /** Node's errorOrDestroy(): a live stream is destroyed with the error; a destroyed one ignores it. */
  #errorOrDestroy(error: Error): void {
    if (this.destroyed) return;
    this.destroy(error);
  }
}
