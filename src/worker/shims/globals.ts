// Globals that mailauth uses without importing them. Imported first by the
// worker entry, before anything that loads mailauth.
//
// - `Buffer`: the SPF code and the DKIM body hasher use the bare global; a
//   worker without it fails only once SPF runs.
// - `setImmediate` / `clearImmediate`: mailauth feeds messages to its parsers
//   in 64 KiB pieces, one per setImmediate. A worker has no setImmediate, and
//   setTimeout(0) is no substitute: the HTML standard clamps nested timers
//   to at least 4 ms (timer initialisation steps, nesting level > 5), which
//   adds ~0.6 s to a 10 MB message. A MessageChannel message is a task that
//   runs as soon as the event loop is free.
//
// Each is installed only when missing, so in Node the native ones stay.
import { Buffer } from './buffer.ts';

type ImmediateCallback = (...args: unknown[]) => void;

const pending = new Map<number, { callback: ImmediateCallback; args: unknown[] }>();
let nextId = 1;
let channel: MessageChannel | undefined;

// Node keeps a process alive while a port listens, and not at all for an
// unref()'d one: like Node's own immediates, the port holds the process
// only while callbacks are pending. Browsers have neither method.
type NodeMessagePort = MessagePort & { ref?: () => void; unref?: () => void };

function holdWhilePending(): void {
  const port = channel?.port1 as NodeMessagePort | undefined;
  if (pending.size > 0) port?.ref?.();
  else port?.unref?.();
}

function openChannel(): MessageChannel {
  const opened = new MessageChannel();
  opened.port1.onmessage = (event: MessageEvent<number>) => {
    const entry = pending.get(event.data);
    if (!entry) return; // cleared before it ran
    pending.delete(event.data);
    if (pending.size === 0) holdWhilePending();
    entry.callback(...entry.args);
  };
  return opened;
}

// Callbacks run in the order they were scheduled, one task each (messages on
// one port are delivered in order).
export function setImmediateShim(callback: ImmediateCallback, ...args: unknown[]): number {
  if (typeof callback !== 'function') {
    throw Object.assign(new TypeError('The "callback" argument must be of type function.'), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  channel ??= openChannel();
  const id = nextId++;
  pending.set(id, { callback, args });
  if (pending.size === 1) holdWhilePending();
  channel.port2.postMessage(id);
  return id;
}

export function clearImmediateShim(id: number | undefined): void {
  if (id !== undefined && pending.delete(id) && pending.size === 0) holdWhilePending();
}

// Typed loosely on purpose: whether Node's typings for these globals are
// visible depends on which packages the compilation pulls in.
const scope = globalThis as unknown as Record<'Buffer' | 'setImmediate' | 'clearImmediate', unknown>;

if (scope.Buffer === undefined) scope.Buffer = Buffer;
if (typeof scope.setImmediate !== 'function') {
  scope.setImmediate = setImmediateShim;
  scope.clearImmediate = clearImmediateShim;
}
