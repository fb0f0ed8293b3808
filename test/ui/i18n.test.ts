// Every string of the page exists in English and German, with the same
// placeholders; every problem the core or the worker can report has a text.

import { describe, expect, it } from 'vitest';
import { EN } from '../../src/ui/i18n/messages-en.ts';
import { DE } from '../../src/ui/i18n/messages-de.ts';
import { browserLanguage, I18n } from '../../src/ui/i18n/i18n.svelte.ts';
import { PROBLEMS } from '../../src/core/problems.ts';
import { WORKER_PROBLEM_CODES } from '../../src/worker/api.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('German has every English key, none empty, with the same placeholders', () => {
    expect(Object.keys(DE).sort()).toEqual(Object.keys(EN).sort());
    for (const [key, english] of Object.entries(EN)) {
      const german = DE[key as keyof typeof EN];
      expect(german.trim(), key).not.toBe('');
      expect(placeholders(german), key).toEqual(placeholders(english));
    }
  });

  it('German is German: most strings differ from English', () => {
    const same = Object.keys(EN).filter((key) => EN[key as keyof typeof EN] === DE[key as keyof typeof EN]);
    // Protocol words and names stay the same (MUA, MTA, TLS, "Name"): a few, not many.
    expect(same.length).toBeLessThan(Object.keys(EN).length / 10);
  });

  it('every worker problem has a message in both languages', () => {
    for (const code of WORKER_PROBLEM_CODES) {
      expect(EN).toHaveProperty(`error.${code}`);
      expect(DE).toHaveProperty(`error.${code}`);
    }
  });

  it('every core problem has an English and a German text', () => {
    for (const [code, entry] of Object.entries(PROBLEMS)) {
      expect(entry.en, code).not.toBe('');
      expect(entry.de, code).not.toBe('');
      expect(entry.de, code).not.toBe(entry.en);
    }
  });

  it('shows German only once its messages are here, never a mix, and the last choice wins', async () => {
    const i18n = new I18n();
    const german = i18n.choose('de');
    expect(i18n.language).toBe('en');
    expect(i18n.t('app.tagline')).toBe(EN['app.tagline']);
    const english = i18n.choose('en');
    await Promise.all([german, english]);
    expect([i18n.language, i18n.t('app.tagline')]).toEqual(['en', EN['app.tagline']]);
    await i18n.choose('de');
    expect([i18n.language, i18n.t('app.tagline')]).toEqual(['de', DE['app.tagline']]);
  });

  it('switches only once the work registered before a switch is done, applying its result in the same moment; a failed one still lets it switch', async () => {
    const i18n = new I18n();
    let started!: () => void;
    const preparing = new Promise<void>((resolve) => (started = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    i18n.beforeSwitch(async (language) => {
      started();
      await released;
      return () => seen.push(`${language} applied while the page said ${i18n.language}`);
    });
    const unregister = i18n.beforeSwitch(() => Promise.reject(new Error('the worker failed')));
    const switching = i18n.choose('de');
    await preparing;
    expect(i18n.language).toBe('en');
    release();
    await switching;
    expect(seen).toEqual(['de applied while the page said de']);
    unregister();
    // The same language again is no switch: nothing is prepared.
    await i18n.choose('de');
    expect(seen).toHaveLength(1);
  });

  it('picks the language from the browser, German for any de-* tag', () => {
    expect(browserLanguage(['de-AT', 'en'])).toBe('de');
    expect(browserLanguage(['fr-FR', 'de'])).toBe('de');
    expect(browserLanguage(['en-US', 'de'])).toBe('en');
    expect(browserLanguage(['fr', 'es'])).toBe('en');
  });
});
