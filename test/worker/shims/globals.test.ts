// The globals the worker installs before mailauth loads: setImmediate on a
// MessageChannel, and Buffer.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Buffer as PackageBuffer } from '../../../src/worker/shims/buffer.ts';
import { clearImmediateShim, setImmediateShim } from '../../../src/worker/shims/globals.ts';

function afterImmediate(): Promise<void> {
  return new Promise((resolve) => setImmediateShim(() => resolve()));
}

describe('setImmediate on MessageChannel', () => {
  it('runs callbacks in the order they were scheduled, with their arguments', async () => {
    const order: number[] = [];
    for (let i = 0; i < 200; i++) setImmediateShim((value) => order.push(value as number), i);
    await afterImmediate();
    expect(order).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('runs each callback as its own task: microtasks queued by one run before the next', async () => {
    const order: string[] = [];
    setImmediateShim(() => {
      order.push('first');
      queueMicrotask(() => order.push('microtask of first'));
      void Promise.resolve().then(() => order.push('promise of first'));
    });
    setImmediateShim(() => order.push('second'));
    await afterImmediate();
    expect(order).toEqual(['first', 'microtask of first', 'promise of first', 'second']);
  });

  it('does not run a cleared callback, even when cleared by an earlier one', async () => {
    const ran: string[] = [];
    const cleared = setImmediateShim(() => ran.push('cleared before it ran'));
    clearImmediateShim(cleared);
    let later = 0;
    setImmediateShim(() => clearImmediateShim(later));
    later = setImmediateShim(() => ran.push('cleared by the callback before it'));
    setImmediateShim(() => ran.push('kept'));
    clearImmediateShim(undefined);
    await afterImmediate();
    expect(ran).toEqual(['kept']);
  });

  // mailauth schedules each 64 KiB piece from the previous one's callback;
  // nested setTimeout(0) would wait >= 4 ms each time from the fifth level.
  it('is not clamped like nested setTimeout(0): 200 nested calls finish in well under 200 x 4 ms', async () => {
    const started = performance.now();
    await new Promise<void>((resolve) => {
      let depth = 0;
      const step = () => (++depth === 200 ? resolve() : setImmediateShim(step));
      setImmediateShim(step);
    });
    expect(performance.now() - started).toBeLessThan(400);
  });

  it('refuses a callback that is not a function, as Node does', () => {
    expect(() => setImmediateShim('code' as unknown as () => void)).toThrow(TypeError);
  });
});

describe('installing the globals', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('installs Buffer and setImmediate / clearImmediate only where they are missing', async () => {
    vi.stubGlobal('setImmediate', undefined);
    vi.stubGlobal('clearImmediate', undefined);
    vi.stubGlobal('Buffer', undefined);
    vi.resetModules();
    const fresh = await import('../../../src/worker/shims/globals.ts');
    const installed = globalThis as unknown as Record<string, unknown>;
    expect(installed.setImmediate).toBe(fresh.setImmediateShim);
    expect(installed.clearImmediate).toBe(fresh.clearImmediateShim);
    expect(installed.Buffer).toBe(PackageBuffer);
  });

  it('leaves existing ones alone (Node keeps its own)', async () => {
    const nativeSetImmediate = globalThis.setImmediate;
    const nativeBuffer = globalThis.Buffer;
    vi.resetModules();
    await import('../../../src/worker/shims/globals.ts');
    expect(globalThis.setImmediate).toBe(nativeSetImmediate);
    expect(globalThis.Buffer).toBe(nativeBuffer);
  });
});
