// The analysis worker of the German page: entry.ts, built with only the
// German prose of the core (vite-plugin-one-language.ts reads the language
// from this file's name).
import './entry.ts';
