// The page's language: English or German, chosen from the browser unless
// the user picks one. Every UI string lives in messages-en.ts and
// messages-de.ts; prose the core writes arrives as {en, de} and is picked here.

import type { LocalizedText } from '../../core/analysis.ts';
import { EN, type MessageKey } from './messages-en.ts';
import { DE } from './messages-de.ts';

export type Language = 'en' | 'de';

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en: EN, de: DE };

export function browserLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'de') return 'de';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

export class I18n {
  language = $state<Language>('en');

  /** A UI string, with {name} placeholders filled in. */
  t(key: MessageKey, params: Record<string, string | number> = {}): string {
    const template = CATALOGUES[this.language][key];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
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
