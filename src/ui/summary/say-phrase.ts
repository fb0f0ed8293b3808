// A phrase of the story in the page's language: values that come in both
// languages are picked, the rest filled in as they are.

import { i18n } from '../i18n/i18n.svelte.ts';
import type { Phrase } from './story.ts';

export function sayPhrase(phrase: Phrase): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(phrase.params ?? {})) params[name] = typeof value === 'object' ? i18n.pick(value) : value;
  return i18n.t(phrase.key, params);
}
