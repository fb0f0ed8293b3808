// The analysis worker of the English page: entry.ts, built with only the
// English prose of the core (vite-plugin-one-language.ts reads the language
// from this file's name).
import './entry.ts';
