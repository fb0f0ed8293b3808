import { mount } from 'svelte';
import App from './App.svelte';
import { i18n } from './i18n/i18n.svelte.ts';
import { startLanguage } from './settings/settings.svelte.ts';
import './theme.css';

// A German page waits for its messages (a chunk of their own) before the
// first render, so it never flashes English; if they cannot be had, English.
// Not a top-level await: with one, the bundler splits the entry into pieces,
// as the lazy chunks that import from it must not wait on it.
void i18n
  .choose(startLanguage())
  .catch(() => undefined)
  .then(() => mount(App, { target: document.getElementById('app')! }));
