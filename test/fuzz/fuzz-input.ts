// Input number N of a run, made from the seeds by the seeded generator:
// the same run seed and index give the same input in any worker, so a
// failure is kept as its index and made again byte for byte.

import type { ZoneFile } from '../../src/dns/zone-file.ts';
import { MAX_FUZZ_BYTES, mutateBytes } from './byte-mutations.ts';
import { mutateHeader } from './header-mutations.ts';
import { joinMessage, splitMessage } from './message-text.ts';
import { mutateMime } from './mime-mutations.ts';
import { randomFor, type Random } from './random.ts';
import type { MessageSeed, Seeds } from './seeds.ts';
import { mutateLink } from './share-mutations.ts';

export type FuzzInput =
  | { kind: 'message'; index: number; seed: string; mutations: string[]; bytes: Uint8Array; zone: ZoneFile; smtp: MessageSeed['smtp'] }
  | { kind: 'link'; index: number; seed: string; mutations: string[]; link: string };

// Share links are a small part of what a user opens; one input in eight.
const LINK_SHARE = 0.125;

/** Byte mutations (45 %), structure-aware ones (40 %), or both (15 %), stacked a few deep. */
function mutateMessage(bytes: Uint8Array, random: Random, other: Uint8Array, log: string[]): Uint8Array {
  const strategy = random.next();
  let out = bytes;
  if (strategy >= 0.45) {
    const message = splitMessage(out);
    for (let round = random.between(1, 4); round > 0; round--) log.push(random.chance(0.6) ? mutateHeader(message, random) : mutateMime(message, random));
    out = joinMessage(message);
  }
  if (strategy < 0.45 || strategy >= 0.85) {
    for (let round = random.between(1, 8); round > 0; round--) {
      const changed = mutateBytes(out, random, other);
      out = changed.bytes;
      log.push(changed.name);
    }
  }
  return out.length > MAX_FUZZ_BYTES ? out.subarray(0, MAX_FUZZ_BYTES) : out;
}

/** The first indexes are the seeds themselves, unchanged: every seed must pass before its mutants count. */
export async function makeInput(seeds: Seeds, runSeed: number, index: number): Promise<FuzzInput> {
  const messages = [...seeds.fixtures, ...seeds.corpus];
  if (index < messages.length) {
    const seed = messages[index]!;
    return { kind: 'message', index, seed: seed.name, mutations: [], bytes: seed.bytes, zone: seed.zone, smtp: seed.smtp };
  }
  if (index < messages.length + seeds.links.length) {
    const seed = seeds.links[index - messages.length]!;
    return { kind: 'link', index, seed: seed.name, mutations: [], link: seed.fragment };
  }
  const random = randomFor(runSeed, index);
  if (random.chance(LINK_SHARE) && seeds.links.length > 0) {
    const seed = random.pick(seeds.links);
    const mutated = await mutateLink(seed, random, (bytes) => mutateMessage(bytes, random, random.pick(messages).bytes, []));
    return { kind: 'link', index, seed: seed.name, mutations: mutated.mutations, link: mutated.link };
  }
  // Half the inputs from the fixtures, half from the corpus, however many each has.
  const pool = seeds.corpus.length > 0 && random.chance(0.5) ? seeds.corpus : seeds.fixtures;
  const seed = random.pick(pool);
  const mutations: string[] = [];
  const bytes = mutateMessage(seed.bytes, random, random.pick(messages).bytes, mutations);
  return { kind: 'message', index, seed: seed.name, mutations, bytes, zone: seed.zone, smtp: seed.smtp };
}

/** How many inputs are the unchanged seeds. */
export function seedCount(seeds: Seeds): number {
  return seeds.fixtures.length + seeds.corpus.length + seeds.links.length;
}
