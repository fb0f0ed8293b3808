// Structure-aware mutations of share links (src/core/share/share-link.ts,
// read only here): the JSON state changed value by value (types swapped,
// entries duplicated with the same key or index, lists grown, prototype
// keys, long and odd strings), the message inside mutated and the link
// made again, the compressed bytes damaged, and the link text itself cut,
// changed and given another version prefix.

import { deflateRaw } from '../../src/core/share/deflate-raw.ts';
import { encodeBase64 } from '../../src/core/share/rfc4648-base64.ts';
import { DEFLATE_LINK_PREFIX, SHARE_LINK_PREFIX } from '../../src/core/share/share-link.ts';
import { encodeV3Payload } from '../../src/core/share/link-format-v3.ts';
import { messageBytes, shareMessage, type ShareState } from '../../src/core/share/share-state.ts';
import { mutateBytes } from './byte-mutations.ts';
import type { Random } from './random.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ODD_STRINGS = [
  '', ' ', '\u0000', '\v=', '\u00a0', '\u2028', '\ufeff', '\u200b', '\ud800', '\udfff', '__proto__', 'constructor', 'toString', '<script>', '"', '\\',
  '2026-13-45T99:99:99Z', '2026-11-27T12:00:00Z', '0001-01-01T00:00:00Z', '+275760-09-13T00:00:00.000Z', 'pass', 'fail', 'none', 'policy', 'body',
  'example.com', 'xn--', 'xn--pypal-4ve.com', '\u0440aypal.com', 'ｐａｙｐａｌ.com', '192.0.2.1', '::1', '-1', 'NaN', 'v=spf1 +all',
];
// Cloned at each use: a shared [] or {} mutated in a later round could come
// to hold itself, and one input would leak into the next (seed 303 input 186425).
const ODD_VALUES: Json[] = [null, true, false, 0, -1, 1, 1.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, -0, [], {}, [null], { en: '', de: '' }];

interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

function slots(value: Json, out: Slot[] = []): Slot[] {
  if (value === null || typeof value !== 'object') return out;
  for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
    out.push({ parent: value, key });
    if (out.length < 5000) slots((value as Record<string | number, Json>)[key]!, out);
  }
  return out;
}

function oddString(random: Random): string {
  if (random.chance(0.1)) return random.pick(ODD_STRINGS).repeat(random.between(1000, 200_000));
  return random.pick(ODD_STRINGS);
}

function setOwn(target: Record<string, Json>, key: string, value: Json): void {
  // defineProperty, so that "__proto__" becomes an own key as JSON.parse makes it.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function mutateJson(root: Json, random: Random): string {
  const all = slots(root);
  if (all.length === 0) return 'json-empty';
  const { parent, key } = random.pick(all);
  const current = (parent as Record<string | number, Json>)[key]!;
  const op = random.below(7);
  if (op === 0) setOwn(parent as Record<string, Json>, String(key), random.chance(0.5) ? oddString(random) : structuredClone(random.pick(ODD_VALUES)));
  else if (op === 1 && Array.isArray(parent)) {
    // Copies of an entry (a DKIM result twice with one index): many of them only while the copies stay a few megabytes.
    const size = JSON.stringify(current).length + 1;
    const copies = random.chance(0.9) ? 1 : Math.min(random.between(100, 20_000), Math.ceil(4_000_000 / size));
    parent.splice(Number(key), 0, ...Array.from({ length: copies }, () => structuredClone(current)));
  }
  else if (op === 1) delete (parent as Record<string, Json>)[key as string];
  else if (op === 2 && !Array.isArray(parent)) setOwn(parent, random.pick(['__proto__', 'constructor', 'extra', 'index', '']), structuredClone(current));
  else if (op === 3 && typeof current === 'number') setOwn(parent as Record<string, Json>, String(key), random.pick([current + 1, current - 1, -current, current * 1000, 0]));
  else if (op === 4 && typeof current === 'string') setOwn(parent as Record<string, Json>, String(key), current + oddString(random));
  else if (op === 5) setOwn(parent as Record<string, Json>, String(key), Array.isArray(current) ? {} : [current]);
  else setOwn(parent as Record<string, Json>, String(key), structuredClone(random.pick(all).parent) as Json);
  return `json-${op}`;
}

async function linkOf(json: string | Uint8Array): Promise<string> {
  const bytes = typeof json === 'string' ? new TextEncoder().encode(json) : json;
  return `#${DEFLATE_LINK_PREFIX}${encodeBase64(await deflateRaw(bytes), 'base64url')}`;
}

const LINK_CHARACTERS = ['%', '#', ' ', '\n', '=', '+', '/', '.', '-', '_', 'A', '0', '\u00a0', '\u2028', '\ud800', 'é', 'v1.', 'v2.', 'v3.', '#v1.'];

function mutateText(link: string, random: Random): { link: string; name: string } {
  const at = random.below(link.length + 1);
  const op = random.below(6);
  if (op === 0) return { link: link.slice(0, at), name: 'text-truncate' };
  if (op === 1) return { link: link.slice(0, at) + random.pick(LINK_CHARACTERS) + link.slice(at), name: 'text-insert' };
  if (op === 2) return { link: link.slice(0, at) + link.slice(at + random.between(1, 64)), name: 'text-delete' };
  if (op === 3) return { link: link.replace(/v\d\./, random.pick(['v1.', 'v2.', 'v3.', 'v0.', 'v01.', 'V1.', 'v99999999999.', 'v1..', ''])), name: 'text-version' };
  if (op === 4) return { link: `https://maillab.example/${random.pick(['', '?x=1', '#', '##'])}${link}`, name: 'text-base' };
  return { link: link.slice(0, at) + link.slice(Math.max(0, at - 200), at) + link.slice(at), name: 'text-duplicate' };
}

/**
 * One mutated link from `seed`. `mutateMessage` changes the bytes of the
 * message inside (the fuzzer's message mutations), so the link replays a
 * hostile message with the DNS answers it carries.
 */
export async function mutateLink(seed: { state: ShareState; fragment: string }, random: Random, mutateMessage: (bytes: Uint8Array) => Uint8Array): Promise<{ link: string; mutations: string[] }> {
  const strategy = random.below(4);
  if (strategy === 0) {
    let link = seed.fragment;
    const mutations: string[] = [];
    for (let round = random.between(1, 3); round > 0; round--) {
      const changed = mutateText(link, random);
      link = changed.link;
      mutations.push(changed.name);
    }
    return { link, mutations };
  }
  if (strategy === 1) {
    // The compressed bytes of either format written: DEFLATE's (v2) or the context-mixing coder's (v3).
    const coded = random.chance(0.5) ? encodeV3Payload(seed.state) : null;
    let bytes = coded ?? (await deflateRaw(new TextEncoder().encode(JSON.stringify(seed.state))));
    const format = coded ? 'v3' : 'deflate';
    const mutations: string[] = [];
    for (let round = random.between(1, 3); round > 0; round--) {
      const changed = mutateBytes(bytes, random, bytes);
      bytes = changed.bytes;
      mutations.push(`${format}-${changed.name}`);
    }
    return { link: `#${coded ? SHARE_LINK_PREFIX : DEFLATE_LINK_PREFIX}${encodeBase64(bytes, 'base64url')}`, mutations };
  }
  const state = JSON.parse(JSON.stringify(seed.state)) as Json;
  if (strategy === 2) {
    (state as { message: Json }).message = shareMessage(mutateMessage(messageBytes(seed.state.message))) as Json;
    return { link: await linkOf(JSON.stringify(state)), mutations: ['message'] };
  }
  const mutations: string[] = [];
  for (let round = random.between(1, 4); round > 0; round--) mutations.push(mutateJson(state, random));
  return { link: await linkOf(JSON.stringify(state)), mutations };
}
