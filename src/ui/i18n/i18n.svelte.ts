// The page's language: English or German, chosen from the browser unless
// the user picks one. Every UI string lives in messages-en.ts and
// messages-de.ts; prose the core writes arrives as {en, de} and is picked here.

import type { LocalizedText } from '../../core/analysis.ts';
import { EN, type MessageKey } from './messages-en.ts';

export type Language = 'en' | 'de';

type Catalogue = Record<MessageKey, string>;

/** Work done before the page shows another language; what it returns is applied in the same moment as the switch. */
export type BeforeSwitch = (language: Language) => Promise<(() => void) | void>;

// English is part of the page; German is a chunk of its own, fetched only for
// a page shown in German (issue 18: first paint ≤ 45 KB gzip; it is 10 KB).
const LOADERS: Record<Language, () => Promise<Catalogue>> = {
  en: () => Promise.resolve(EN),
  de: () => import('./messages-de.ts').then((module) => module.DE),
};

export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'de') return 'de';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** A template's {name} placeholders filled in; a name without a value stays as written. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export class I18n {
  /** The language the page is shown in: changed by choose(), once its messages are here. */
  language = $state<Language>('en');
  #catalogue = $state.raw<Catalogue>(EN);
  #loaded: Partial<Record<Language, Catalogue>> = { en: EN };
  #wanted: Language = 'en';
  readonly #beforeSwitch: BeforeSwitch[] = [];

  /**
   * Registers work a switch waits for, run in the order registered (a
   * result shown is made again in the other language's worker: each carries
   * one language's prose). Returns the way to unregister it.
   */
  beforeSwitch(prepare: BeforeSwitch): () => void {
    this.#beforeSwitch.push(prepare);
    return () => {
      const at = this.#beforeSwitch.indexOf(prepare);
      if (at >= 0) this.#beforeSwitch.splice(at, 1);
    };
  }

  /**
   * Shows the page in this language: at once when its messages are here,
   * else once they have arrived (until then the page stays in the language
   * it was in, never a mix). The last choice wins. A German page's start
   * awaits this before the first render, so it never flashes English.
   */
  async choose(language: Language): Promise<void> {
    this.#wanted = language;
    const catalogue = (this.#loaded[language] ??= await LOADERS[language]());
    const applied: ((() => void) | void)[] = [];
    // A preparation that fails leaves its view as it was: the other language's prose, never a blank.
    if (language !== this.language) for (const prepare of [...this.#beforeSwitch]) applied.push(await prepare(language).catch(() => undefined));
    if (this.#wanted !== language) return;
    this.#catalogue = catalogue;
    this.language = language;
    for (const apply of applied) apply?.();
  }

  /** A UI string, with {name} placeholders filled in. */
  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    return fillTemplate(this.#catalogue[key], params);
  }

  /** Prose from the core in the current language. */
  pick(text: LocalizedText): string {
    return text[this.language];
  }

  /** Numbers and times the way the reader writes them. */
  number(value: number, digits = 0): string {
    return value.toLocaleString(this.language === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  }
}

export const i18n = new I18n();
