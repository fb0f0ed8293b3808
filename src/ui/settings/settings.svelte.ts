// What the user chose: the resolver, offline mode, theme and language. Kept
// in localStorage (it never leaves the browser) and applied to the page.

import { DEFAULT_DOH_PRESET, DEFAULT_TIMEOUT_MS, DOH_PRESETS, TIMEOUT_RANGE_MS, type DohPresetId } from '../../dns/presets.ts';
import type { DnsSettings } from '../../worker/api.ts';
import { browserLanguage, i18n, type Language } from '../i18n/i18n.svelte.ts';

export type ResolverChoice = DohPresetId | 'custom' | 'offline';
export type Theme = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'mail-lab.settings';

interface Stored {
  resolver: ResolverChoice;
  customUrl: string;
  theme: Theme;
  language: Language | null;
  timeoutSeconds: number;
  blocklists: boolean;
}

/** A wait the page accepts (TIMEOUT_RANGE_MS), in whole seconds; anything else gives the default. */
export function clampTimeoutSeconds(value: unknown): number {
  const seconds = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : DEFAULT_TIMEOUT_MS / 1000;
  return Math.min(TIMEOUT_RANGE_MS.max / 1000, Math.max(TIMEOUT_RANGE_MS.min / 1000, seconds));
}

const RESOLVERS: ResolverChoice[] = ['cloudflare', 'google', 'quad9', 'custom', 'offline'];
const THEMES: Theme[] = ['system', 'light', 'dark'];

function readStored(): Partial<Stored> {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const value: unknown = raw ? JSON.parse(raw) : {};
    return value && typeof value === 'object' ? (value as Partial<Stored>) : {};
  } catch {
    // Storage can be disabled (private windows, strict settings): defaults then.
    return {};
  }
}

/** The language the page opens in: the one chosen in the settings, else the browser's. */
export function startLanguage(): Language {
  const chosen = readStored().language;
  return chosen === 'en' || chosen === 'de' ? chosen : browserLanguage(navigator.languages);
}

export class Settings {
  resolver = $state<ResolverChoice>(DEFAULT_DOH_PRESET);
  customUrl = $state('');
  theme = $state<Theme>('system');
  /** null: follow the browser. */
  language = $state<Language | null>(null);
  /** Ask DNS blocklists about the sending server; off unless the user turns it on (each list learns the address). */
  blocklists = $state(false);
  /** How long each DNS lookup may take before it counts as a timeout. */
  timeoutSeconds = $state(DEFAULT_TIMEOUT_MS / 1000);

  constructor() {
    const stored = readStored();
    if (stored.resolver && RESOLVERS.includes(stored.resolver)) this.resolver = stored.resolver;
    if (typeof stored.customUrl === 'string') this.customUrl = stored.customUrl;
    if (stored.theme && THEMES.includes(stored.theme)) this.theme = stored.theme;
    if (stored.language === 'en' || stored.language === 'de') this.language = stored.language;
    if (stored.blocklists === true) this.blocklists = true;
    if (stored.timeoutSeconds !== undefined) this.timeoutSeconds = clampTimeoutSeconds(stored.timeoutSeconds);
  }

  /** The resolver as the page names it: "Cloudflare", or the custom URL's host. */
  get resolverName(): string {
    if (this.resolver === 'offline') return '';
    if (this.resolver !== 'custom') return DOH_PRESETS[this.resolver].name;
    try {
      return new URL(this.customUrl.trim()).host;
    } catch {
      return this.customUrl.trim();
    }
  }

  get offline(): boolean {
    return this.resolver === 'offline';
  }

  /** Where DNS answers come from for a live analysis. */
  dnsSettings(): DnsSettings {
    if (this.resolver === 'offline') return { kind: 'offline' };
    const timeoutMs = clampTimeoutSeconds(this.timeoutSeconds) * 1000;
    if (this.resolver === 'custom') return { kind: 'doh', url: this.customUrl.trim(), format: 'wire', label: this.customUrl.trim(), timeoutMs };
    const preset = DOH_PRESETS[this.resolver];
    return { kind: 'doh', url: preset.wireUrl, format: 'wire', label: preset.name, timeoutMs };
  }

  /** Applies theme and language to the document and remembers the choice. */
  apply(): void {
    const root = document.documentElement;
    root.dataset['theme'] = this.theme;
    // German that cannot be had (offline before the page was stored) leaves the page in the language it is in.
    void i18n.choose(this.language ?? browserLanguage(navigator.languages)).then(
      () => (root.lang = i18n.language),
      () => undefined,
    );
    try {
      const stored: Stored = {
        resolver: this.resolver,
        customUrl: this.customUrl,
        theme: this.theme,
        language: this.language,
        timeoutSeconds: clampTimeoutSeconds(this.timeoutSeconds),
        blocklists: this.blocklists,
      };
      localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    } catch {
      // Not remembered when storage is unavailable; the page still works.
    }
  }
}
