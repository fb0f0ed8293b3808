// The EventEmitter stand-in against node:events, event by event: the same
// generated script of on / once / off / removeListener / emit runs on both,
// with listeners that record each call and may themselves add, remove or
// emit while an emit is under way; the records, emit()'s answers and what
// is thrown must be the same.
import { EventEmitter as NodeEventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventEmitter } from '../../../src/worker/shims/event-emitter.ts';

type Emitter = Pick<EventEmitter, 'on' | 'once' | 'off' | 'removeListener' | 'emit'>;
type Step =
  | { op: 'on' | 'once' | 'off' | 'removeListener'; event: string; listener: number }
  | { op: 'emit'; event: string; payload: string; asError: boolean };

const EVENTS = ['drain', 'error', 'ünïcode'];
const LISTENERS = 3;
// Nested emits stop here: a listener emitting its own event would otherwise recurse for ever.
const MAX_DEPTH = 2;

const event = fc.constantFrom(...EVENTS);
const listener = fc.integer({ min: 0, max: LISTENERS - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ op: fc.constantFrom('on' as const, 'once' as const, 'off' as const, 'removeListener' as const), event, listener }),
  fc.record({ op: fc.constant('emit' as const), event, payload: fc.string({ unit: 'grapheme', maxLength: 4 }), asError: fc.boolean() }),
);
// What each listener does when called, after recording the call (nothing, most often).
const reaction = fc.option(step, { freq: 2 });

function run(emitter: Emitter, script: Step[], reactions: (Step | null)[]): unknown[] {
  const record: unknown[] = [];
  let depth = 0;
  const perform = (action: Step): void => {
    if (action.op !== 'emit') {
      record.push([action.op, action.event, action.listener, emitter[action.op](action.event, listeners[action.listener]!) === emitter]);
      return;
    }
    if (depth >= MAX_DEPTH) return;
    depth++;
    try {
      const argument = action.asError ? new Error(action.payload) : action.payload;
      try {
        record.push(['emit', action.event, emitter.emit(action.event, argument, 2)]);
      } catch (error) {
        // The very object passed, or (for a non-Error 'error') Node's ERR_UNHANDLED_ERROR.
        record.push(['threw', action.event, error === argument ? 'the argument' : (error as { code?: string }).code]);
      }
    } finally {
      depth--;
    }
  };
  const listeners = Array.from({ length: LISTENERS }, (_, id) =>
    function (this: unknown, ...args: unknown[]) {
      record.push(['called', id, this === emitter, args.map((arg) => (arg instanceof Error ? `Error ${arg.message}` : arg))]);
      const action = reactions[id];
      if (action) perform(action);
    },
  );
  for (const action of script) perform(action);
  return record;
}

describe('EventEmitter stand-in', () => {
  it('answers as node:events does, call by call, over generated scripts with listeners that change the list during emit', () => {
    const tally = { called: 0, threw: 0 };
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30, size: 'max' }), fc.array(reaction, { minLength: LISTENERS, maxLength: LISTENERS }), (script, reactions) => {
        const ours = run(new EventEmitter(), script, reactions);
        expect(ours).toEqual(run(new NodeEventEmitter() as unknown as Emitter, script, reactions));
        for (const entry of ours as [string][]) if (entry[0] === 'called') tally.called++;
        for (const entry of ours as [string][]) if (entry[0] === 'threw') tally.threw++;
      }),
      { numRuns: 3000 },
    );
    expect(tally.called).toBeGreaterThan(1000);
    expect(tally.threw).toBeGreaterThan(50);
  });

  it('still calls a once() listener removed by an earlier listener of the same emit, and only once when a nested emit ran it', () => {
    for (const emitter of [new EventEmitter(), new NodeEventEmitter()] as Emitter[]) {
      const calls: string[] = [];
      const later = () => calls.push('later');
      emitter.on('drain', () => emitter.off('drain', later));
      emitter.once('drain', later);
      expect(emitter.emit('drain')).toBe(true);
      expect(calls, emitter.constructor.name).toEqual(['later']);
      let nested = false;
      emitter.on('finish', () => {
        if (nested) return;
        nested = true;
        calls.push(`nested ${emitter.emit('finish')}`);
      });
      emitter.once('finish', () => calls.push('once'));
      emitter.emit('finish');
      expect(calls, emitter.constructor.name).toEqual(['later', 'once', 'nested true']);
    }
  });

  it('throws an unheard error, the Error itself or ERR_UNHANDLED_ERROR', () => {
    const failure = new Error('boom');
    expect(() => new EventEmitter().emit('error', failure)).toThrow(failure);
    expect(() => new EventEmitter().emit('error', 'text')).toThrow(expect.objectContaining({ code: 'ERR_UNHANDLED_ERROR' }));
    expect(new EventEmitter().emit('finish')).toBe(false);
  });
});
