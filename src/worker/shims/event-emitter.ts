// Node's EventEmitter as far as the worker uses it: the Writable of
// writable.ts emits on it, and the callers of that Writable (mailauth's
// tools.writeToStream, Mail Lab's mailauth adapter) listen with on() and
// once(). Answered as node:events answers them: listeners run in the order
// added, on a copy of the list taken when emit() starts (one added or
// removed meanwhile does not change that emit), with the emitter as
// `this`; a once() listener is removed just before its one call;
// removeListener() / off() take the last registration of the function,
// once() wrappers included; an 'error' with no listener is thrown.
// Not here: 'newListener' / 'removeListener' events, listener counts,
// prepend*, max-listener warnings, captureRejections (no caller).
// Compared with node:events in test/worker/shims/event-emitter.test.ts.
// Replaces the `events` package: 1,538 bytes gzip of the worker.
import { nodeError } from './node-error.ts';

type Listener = (...args: never[]) => unknown;
type EventName = string | symbol;

interface OnceWrapper {
  (...args: unknown[]): unknown;
  listener: Listener;
}

const registered = (entry: Listener | OnceWrapper, listener: Listener) => entry === listener || (entry as OnceWrapper).listener === listener;

export class EventEmitter {
  readonly #listeners = new Map<EventName, Listener[]>();

  on(event: EventName, listener: Listener): this {
    const list = this.#listeners.get(event);
    if (list) list.push(listener);
    else this.#listeners.set(event, [listener]);
    return this;
  }

  once(event: EventName, listener: Listener): this {
    let fired = false;
    // `fired` keeps a wrapper still on an outer emit's copy of the list from running again after a nested emit ran it.
    const wrapper: OnceWrapper = Object.assign(
      (...args: unknown[]) => {
        if (fired) return undefined;
        fired = true;
        this.removeListener(event, wrapper);
        return (listener as (...args: unknown[]) => unknown).apply(this, args);
      },
      { listener },
    );
    return this.on(event, wrapper);
  }

  removeListener(event: EventName, listener: Listener): this {
    const list = this.#listeners.get(event);
    if (!list) return this;
    for (let index = list.length - 1; index >= 0; index--) {
      if (!registered(list[index]!, listener)) continue;
      list.splice(index, 1);
      if (list.length === 0) this.#listeners.delete(event);
      break;
    }
    return this;
  }

  off(event: EventName, listener: Listener): this {
    return this.removeListener(event, listener);
  }

  emit(event: EventName, ...args: unknown[]): boolean {
    const list = this.#listeners.get(event);
    if (!list) {
      if (event === 'error') throw unhandled(args[0]);
      return false;
    }
    for (const listener of list.slice()) (listener as (...args: unknown[]) => unknown).apply(this, args);
    return true;
  }
}

/** Node throws the error itself, or for anything else ERR_UNHANDLED_ERROR. */
function unhandled(error: unknown): Error {
  if (error instanceof Error) return error;
  return nodeError(`Unhandled error. (${String(error)})`, 'ERR_UNHANDLED_ERROR');
}

export default EventEmitter;
