// The Analysis a worker built for one page language gives
// (vite-plugin-one-language.ts), from the one the core gives in Node.

/**
 * The analysis as a worker of one language gives it: every {en, de} text
 * holds that language's text twice. Two strings the core writes from a
 * text's English (a problem's `message`, for the CLI; the pause line of the
 * rebuilt SMTP dialogue) hold the worker's language there: a problem's
 * message is its text in that language, and a pause line is compared
 * without its wording (both sides are read through this).
 */
export function inOneLanguage<T>(value: T, language: 'en' | 'de'): T {
  if (Array.isArray(value)) return value.map((item: unknown) => inOneLanguage(item, language)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inOneLanguage(item, language)])) as Record<string, unknown>;
  const original = value as Record<string, unknown>;
  if (typeof original['en'] === 'string' && typeof original['de'] === 'string') copy['en'] = copy['de'] = original[language];
  const text = original['text'] as Record<string, unknown> | undefined;
  if (typeof original['message'] === 'string' && typeof text?.['en'] === 'string') copy['message'] = text[language];
  if (original['speaker'] === 'pause') delete copy['text'];
  return copy as T;
}
