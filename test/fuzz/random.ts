// A small seeded generator, so that input number N of a run is the same
// input on every machine and in every worker: a failure is reproduced from
// its run seed and index alone (npm run fuzz -- --replay N).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  below(max: number): number;
  /** An integer in [min, max], inclusive. */
  between(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** splitmix32 over (run seed, index): neighbouring indexes get unrelated streams. */
function mix(seed: number, index: number): number {
  let z = (seed ^ Math.imul(index + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
  return (z ^ (z >>> 15)) >>> 0;
}

/** mulberry32: 32 bits of state, good enough to pick mutations, and fast. */
export function randomFor(runSeed: number, index: number): Random {
  let state = mix(runSeed >>> 0, index >>> 0);
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (max: number) => Math.floor(next() * max);
  return {
    next,
    below,
    between: (min, max) => min + below(max - min + 1),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[below(items.length)]!;
    },
  };
}
