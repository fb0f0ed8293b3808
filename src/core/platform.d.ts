// The few web-platform globals that exist both in Node (>= 20) and in a
// worker. core/ and dns/ are compiled against this file instead of the DOM
// or Node typings, so `document`, `window` or `Buffer` there is a type error.

interface TextDecodeOptions { stream?: boolean }
interface TextDecoderOptions { fatal?: boolean; ignoreBOM?: boolean }
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
declare class AbortController {
  readonly signal: AbortSignal;
  abort(reason?: unknown): void;
}

declare function setTimeout(callback: () => void, ms?: number): { readonly __timer: unique symbol } | number;
declare function clearTimeout(handle: ReturnType<typeof setTimeout> | undefined): void;
declare function queueMicrotask(callback: () => void): void;
declare function btoa(data: string): string;
declare function atob(data: string): string;

declare const console: {
  log(...data: unknown[]): void;
  warn(...data: unknown[]): void;
  error(...data: unknown[]): void;
};

declare class URL {
  constructor(url: string, base?: string | URL);
  href: string;
  protocol: string;
  hostname: string;
  host: string;
  origin: string;
  pathname: string;
  readonly searchParams: { set(name: string, value: string): void; get(name: string): string | null };
  toString(): string;
}

declare const performance: { now(): number };

// Compression Streams (WHATWG Compression Standard), used by share links.
// Node has them as globals since 18 ('deflate-raw' since 21.2 and 20.12),
// Chromium since 80 ('deflate-raw' since 103). Only what share/ calls.
interface ReadableStreamReadResult<T> { done: boolean; value?: T }
interface ReadableStreamDefaultReader<T> {
  read(): Promise<ReadableStreamReadResult<T>>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}
interface ReadableStream<T> {
  getReader(): ReadableStreamDefaultReader<T>;
}
interface WritableStreamDefaultWriter<T> {
  write(chunk: T): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}
interface WritableStream<T> {
  getWriter(): WritableStreamDefaultWriter<T>;
}
type CompressionFormat = 'deflate' | 'deflate-raw' | 'gzip';
declare class CompressionStream {
  constructor(format: CompressionFormat);
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
}
declare class DecompressionStream {
  constructor(format: CompressionFormat);
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
}
