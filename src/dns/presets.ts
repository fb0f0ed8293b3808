// The public DoH resolvers offered in the page, and a user-given one.
// Cloudflare and Google answer with `Access-Control-Allow-Origin: *`
// (measured from a browser worker while Mail Lab was designed); Quad9's CORS
// headers and the TXT style of its JSON endpoint were not measured, so its
// JSON TXT style is `auto`. Plain data and checks only: the page's first
// paint imports it, so the DoH client is built in preset-source.ts.

import type { DohFormat } from './doh.ts';
import type { JsonTxtStyle } from './doh-json.ts';

export type DohPresetId = 'cloudflare' | 'google' | 'quad9';

export interface DohPreset {
  id: DohPresetId;
  name: string;
  /** RFC 8484 endpoint. */
  wireUrl: string;
  /** JSON API endpoint. */
  jsonUrl: string;
  jsonTxt: JsonTxtStyle;
}

export const DOH_PRESETS: Readonly<Record<DohPresetId, DohPreset>> = {
  cloudflare: {
    id: 'cloudflare',
    name: 'Cloudflare',
    wireUrl: 'https://cloudflare-dns.com/dns-query',
    // The same path answers JSON when asked with `accept: application/dns-json`.
    jsonUrl: 'https://cloudflare-dns.com/dns-query',
    jsonTxt: 'quoted',
  },
  google: {
    id: 'google',
    name: 'Google',
    wireUrl: 'https://dns.google/dns-query',
    jsonUrl: 'https://dns.google/resolve',
    jsonTxt: 'plain',
  },
  quad9: {
    id: 'quad9',
    name: 'Quad9',
    wireUrl: 'https://dns.quad9.net/dns-query',
    jsonUrl: 'https://dns.quad9.net:5053/dns-query',
    jsonTxt: 'auto',
  },
};

/** Long enough for a cold recursive lookup, short enough that a message with 8 lookups stays usable. */
export const DEFAULT_TIMEOUT_MS = 4000;

/**
 * The wait for one DNS answer the page lets the user choose. Under a
 * second a cold recursive lookup fails for no fault of anyone's; over 10 s
 * the ten sequential lookups SPF may need (RFC 7208 §4.6.4) would outlast
 * the page's 60 s watchdog (src/worker/client.ts).
 */
export const TIMEOUT_RANGE_MS = { min: 1000, max: 10_000 } as const;

/**
 * The resolver used when nobody chose one, in the page and in the command
 * line alike, so that a message gives the same answers in both.
 */
export const DEFAULT_DOH_PRESET: DohPresetId = 'cloudflare';

export function isDohPresetId(value: string): value is DohPresetId {
  return Object.hasOwn(DOH_PRESETS, value);
}

/** What the user picked: a preset, or their own endpoint. */
export type DohChoice =
  | { preset: DohPresetId; format: DohFormat }
  | { preset: 'custom'; url: string; format: DohFormat; jsonTxt?: JsonTxtStyle };

export class CustomDohUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CustomDohUrlError';
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a user-given endpoint: HTTPS (RFC 8484 §5: DoH is HTTPS only), or
 * plain HTTP on this machine for a local resolver. The page is served over
 * HTTPS, where the browser would block plain HTTP to anywhere else anyway.
 */
export function parseCustomDohUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new CustomDohUrlError(`"${text}" is not a URL`);
  }
  if (url.protocol === 'https:') return url.href;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return url.href;
  throw new CustomDohUrlError(`a DoH endpoint must be https:// (or http:// on localhost), not "${url.protocol}"`);
}
