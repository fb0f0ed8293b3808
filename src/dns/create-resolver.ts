// Resolvers ready to hand to analyze(): the library's way in (src/lib) and
// the shape a script wants — one call, no sources, caches or recorders to
// assemble. Each keeps its answers, so one question is asked once and the
// answers of one analysis agree (see cache.ts): make one per analysis, or
// one per batch when answers from one moment are what is wanted.

import { createCache } from './cache.ts';
import type { DohFormat, FetchFunction } from './doh.ts';
import { createOfflineSource } from './offline.ts';
import { DEFAULT_DOH_PRESET, isDohPresetId, type DohPresetId } from './presets.ts';
import { createPresetSource } from './preset-source.ts';
import { cachedResolverFrom, resolverFrom, type Resolver } from './resolver.ts';
import { createZoneSource, parseZoneFile } from './zone.ts';

export interface DohResolverOptions {
  /**
   * 'cloudflare', 'google' or 'quad9', or an endpoint URL: https:// (RFC 8484
   * §5), or http:// on this machine. Default: the page's default resolver.
   */
  resolver?: DohPresetId | string;
  /** RFC 8484 wire format (the default) or the provider's JSON API. */
  format?: DohFormat;
  /** Default: the global fetch (Node 18 and later, browsers, workers). */
  fetch?: FetchFunction;
  timeoutMs?: number;
}

/** DNS over HTTPS. Throws CustomDohUrlError for an endpoint that is not https:// (or local http://). */
export function createDohResolver(options: DohResolverOptions = {}): Resolver {
  const fetch = options.fetch ?? (globalThis as { fetch?: FetchFunction }).fetch;
  if (!fetch) throw new TypeError('createDohResolver: no global fetch here; pass one as the fetch option');
  const resolver = options.resolver ?? DEFAULT_DOH_PRESET;
  const format = options.format ?? 'wire';
  const choice = isDohPresetId(resolver) ? { preset: resolver, format } : { preset: 'custom' as const, url: resolver, format };
  return cachedResolverFrom(createCache(createPresetSource(choice, fetch, options.timeoutMs)));
}

/**
 * Answers from a frozen zone.json (the fixture format): the parsed JSON, checked
 * as parseZoneFile checks it (throws ZoneFileError). Sends nothing.
 */
export function createZoneResolver(zone: unknown): Resolver {
  return resolverFrom(createZoneSource(parseZoneFile(zone)));
}

/** No DNS at all: every lookup is a temporary error, so checks that need DNS say so. */
export function createOfflineResolver(): Resolver {
  return resolverFrom(createOfflineSource());
}
